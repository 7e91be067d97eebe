import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';
import { AREA_IDS, getFramework } from '../src/index.ts';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('levelwise-frameworks CLI', () => {
  it('list: one row per area with local level names and counts', () => {
    const r = run('list');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/telford-wrekin .*Universal · Vulnerable · Complex · Acute\s+314/);
    expect(r.out.split('\n')).toHaveLength(2 + 5);
  });

  it('show: a readable table per cell, filtered by level and dimension', () => {
    const r = run('show', 'telford-wrekin', '--level', '4', '--dimension', 'Health');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/16 indicator\(s\)/);
    expect(r.out).toMatch(/Level 4 Acute · Health \(16\)/);
    expect(r.out).toMatch(/tw-4-health-[0-9a-f]{6}\s+Parents\/carers refusal/);
    expect(run('show', 'dudley', '--level=3').out).toMatch(/level inferred/);
  });

  it('compare: a curated concept with its difference, members and relations', () => {
    const r = run('compare', 'under-13-sexual-activity');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(curated concept under-13-sexual-activity\)/);
    expect(r.out).toMatch(/Difference: Telford puts/);
    expect(r.out).toMatch(/L3 Complex \{looser\}\s+tw-3-health-[0-9a-f]{6}/);
    expect(r.out).toMatch(/stoke-on-trent: no indicator/);
  });

  it("compare: a curated rule difference lists each area's position with local level names", () => {
    const r = run('compare', 'level-names-collide');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(curated rule difference level-names-collide\)/);
    expect(r.out).toMatch(/L3 Complex: Level 3 is "Complex"\./);
  });

  it('compare: cross-area text match when no concept matches', () => {
    const r = run('compare', 'privately', 'fostered');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/sandwell: levels 4/);
    expect(run('compare', 'qqqqqq').code).toBe(1);
  });

  it('stats --json: counts per area, level, domain and dimension plus other tables', () => {
    const r = run('stats', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total).toBe(1294);
    expect(json.tables.concepts).toBeGreaterThan(30);
    expect(json.areas[0].tables).toMatchObject({ levels: 4, dimensions: 11 });
    expect(json.areas.map((a: { indicators: { total: number } }) => a.indicators.total)).toEqual([
      314, 264, 296, 236, 184,
    ]);
    expect(json.areas[4].indicators.byDomain).toEqual({
      'child-development': 127,
      mixed: 38,
      'extra-familial': 19,
    });
  });

  it('export --json: every indicator with id, level, domain, dimension, text, source file and lines', () => {
    const r = run('export', 'sandwell', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(264);
    expect(Object.keys(rows[0])).toEqual([
      'id',
      'level',
      'domain',
      'dimension',
      'text',
      'sourceFile',
      'lines',
    ]);
    expect(rows[0].sourceFile).toBe('001_0f72561f637e3af1.txt');
    expect(rows.some((row: { lines: unknown[] }) => row.lines.length === 2)).toBe(true);
  });

  it.each(AREA_IDS)('show and export cover every indicator of %s', (area) => {
    const total = getFramework(area).indicators.length;
    let shown = 0;
    for (const level of ['1', '2', '3', '4']) {
      const r = run('show', area, '--level', level);
      expect(r.code).toBe(0);
      shown += Number(/: (\d+) indicator\(s\)/.exec(r.out)![1]);
    }
    expect(shown).toBe(total);
    const rows = JSON.parse(run('export', area, '--json').out) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(getFramework(area).indicators.map((i) => i.id));
  });

  it('--help anywhere prints the usage and succeeds', () => {
    for (const argv of [['--help'], ['show', '--help'], ['help']]) {
      const r = run(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Usage:/);
    }
  });

  it.each([
    [['show', 'telford'], /Unknown area "telford"/],
    [['show', 'sandwell', '--colour'], /Unknown option "--colour"/],
    [['show', 'sandwell', '--level', '5'], /--level must be 1, 2, 3 or 4/],
    [['show', 'sandwell', '--level'], /--level needs a value/],
    [['show', 'sandwell', '--dimension', 'Nope'], /Unknown dimension "Nope" for sandwell/],
    [['export', 'sandwell'], /add --json/],
    [['export'], /needs an area/],
    [['stats', '--csv'], /Unknown option "--csv"/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['compare'], /needs a concept id or some words\. Concepts: .*under-13-sexual-activity/],
    [[], /Usage:/],
  ])('%j fails with a clear message and exit code 2', (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('runs as the package bin under Node 24 and exits non-zero on bad input', { timeout: 60_000 }, () => {
    const bin = new URL('../src/cli.ts', import.meta.url).pathname;
    const ok = spawnSync(process.execPath, [bin, 'stats'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/dudley\s+184/);
    const bad = spawnSync(process.execPath, [bin, 'show', 'atlantis'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown area "atlantis"/);
  });
});
