import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

const work = mkdtempSync(join(tmpdir(), 'levelwise-scorm-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
mkdirSync(content);
writeFileSync(join(content, 'index.html'), '<!doctype html><title>x</title>');
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const good = [
  '--standard',
  '1.2',
  '--area',
  'stoke-on-trent',
  '--title',
  'Levelwise',
  '--pass-mark',
  '80',
  '--content',
  content,
];

describe('levelwise-scorm-package', () => {
  it('builds a zip and reports its size and hash', () => {
    const out = join(work, 'ok.zip');
    const r = run([...good, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote .*ok\.zip\n {2}SCORM 1\.2, 5 entries, \d+ bytes\n {2}sha256 [0-9a-f]{64}/);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [['--area', 'wolverhampton'], 'area: unknown area "wolverhampton"'],
    [['--pass-mark', '120'], 'passMark: must be from 0 to 100'],
    [['--pass-mark', 'eighty'], '(--pass-mark "eighty" is not a number)'],
    [['--launch', 'start.html'], 'launchFile: "start.html" does not exist'],
    [['--standard', '2004v3'], 'standard: must be "1.2" or "2004"'],
  ])('%j exits 2 with a clear message and writes nothing', (patch, message) => {
    const args = [...good];
    for (let i = 0; i < patch.length; i += 2) {
      const at = args.indexOf(patch[i]!);
      if (at === -1) args.push(patch[i]!, patch[i + 1]!);
      else args[at + 1] = patch[i + 1]!;
    }
    const dir = join(work, `refused-${Math.random().toString(36).slice(2)}`);
    const r = run([...args, '--out', join(dir, 'x.zip')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('No zip was written.');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it('exits 2 on unknown or missing options, and prints help', () => {
    expect(run([...good, '--out', join(work, 'u.zip'), '--colour', 'red']).code).toBe(2);
    const missing = run(['--standard', '2004']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('missing --area, --title, --pass-mark, --content, --out');
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: levelwise-scorm-package');
  });

  it('runs as a program (Node type stripping) with the right exit codes', () => {
    const ok = spawnSync(process.execPath, [cli, ...good, '--out', join(work, 'p.zip'), '--quiet'], {
      encoding: 'utf8',
    });
    expect([ok.status, ok.stdout, ok.stderr]).toEqual([0, '', '']);
    const bad = spawnSync(process.execPath, [cli, ...good, '--pass-mark=-3', '--out', join(work, 'q.zip')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('passMark: must be from 0 to 100 (a percentage), got -3');
    expect(existsSync(join(work, 'q.zip'))).toBe(false);
  });
});
