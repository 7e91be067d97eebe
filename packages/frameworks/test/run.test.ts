import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = new URL('../src/extract/run.ts', import.meta.url).pathname;
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run extract', { timeout: 120_000 }, () => {
  it('--check confirms the committed data matches a fresh extraction', () => {
    const r = run(['--check']);
    expect(r.stderr).not.toMatch(/differs|missing/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/committed data matches a fresh extraction/);
    expect(r.stdout).toMatch(/telford-wrekin: 314 indicators/);
  });

  it('reports a missing seeds folder as an extraction error naming the file', () => {
    const r = run(['--check', 'dudley'], { LEVELWISE_SEEDS: '/nonexistent/seeds' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /Extraction failed: 004_5a9804e438695bce\.txt:0: cannot read seed \/nonexistent\/seeds/,
    );
  });

  it('rejects unknown areas and options', () => {
    expect(run(['atlantis']).status).toBe(64);
    expect(run(['atlantis']).stderr).toMatch(/Unknown area "atlantis"/);
    expect(run(['--force']).stderr).toMatch(/Unknown option\(s\): --force/);
  });
});
