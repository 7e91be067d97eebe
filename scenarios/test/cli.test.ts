import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVignetteFiles } from '../src/catalogue.ts';
import { main } from '../src/cli.ts';
import { fixtureFrameworkLookup } from '../src/fixture-framework.ts';
import { type PendingIndicator, withPendingIndicators } from '../src/pending-indicators.ts';
import type { Vignette } from '../src/vignette.schema.ts';
import { fixturePath, fixtureText, lineOf, replaceOnce } from './helpers.ts';

async function run(args: string[], fixtures = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    fixtures ? () => fixtureFrameworkLookup : undefined,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const scratch = mkdtempSync(join(tmpdir(), 'levelwise-scenarios-cli-'));

describe('levelwise-scenarios CLI', () => {
  it('validates the shipped vignettes against @levelwise/frameworks', async () => {
    const { code, out, err } = await run(['validate']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(`ok: ${listVignetteFiles().length} files, 0 errors`);
  });

  it('exits non-zero with file:line messages for a corrupted vignette', async () => {
    const text = replaceOnce(
      fixtureText('ruby-young-carer.yaml'),
      'kind: strength\n        domain: child-development\n        keys:\n          telford-wrekin: { indicators: [tw-1-relationships-draft-peers] }',
      'kind: strenght\n        domain: child-development\n        keys:\n          telford-wrekin: { indicators: [tw-1-relationships-draft-peers] }',
    );
    const file = join(scratch, 'ruby-young-carer.yaml');
    writeFileSync(file, text);
    const { code, err } = await run(['validate', file], true);
    expect(code).toBe(1);
    const line = lineOf(text, 'kind: strenght');
    expect(err).toContain(`ruby-young-carer.yaml:${line}:`);
    expect(err).toMatch(
      /stages\[0\]\.facts\[5\]\.kind: Invalid option: expected one of "concern"\|"strength"/,
    );
    expect(err).toMatch(/1 file, 1 error/);
  });

  it('validates a draft against the real data plus pending indicators, and a non-draft against the data alone', async () => {
    const pending: PendingIndicator[] = [
      {
        id: 'sw-4-pending-example',
        area: 'sandwell',
        level: 4,
        domain: 'child-development',
        localDimension: 'Example',
        text: 'An indicator frameworks does not expose yet',
        seedLine: '001_0f72561f637e3af1.txt:1',
      },
    ];
    const lookupFor = (v: Vignette) =>
      v.draft ? withPendingIndicators(fixtureFrameworkLookup, pending) : fixtureFrameworkLookup;
    const dir = mkdtempSync(join(scratch, 'pending-'));
    const file = join(dir, 'ruby-young-carer.yaml');
    const keyed = replaceOnce(
      fixtureText('ruby-young-carer.yaml'),
      'sandwell: { indicators: [sa-3-family-draft-young-carer-assessment] }',
      'sandwell: { indicators: [sa-3-family-draft-young-carer-assessment, sw-4-pending-example] }',
    );
    // A draft may key the pending indicator (Sandwell then derives 4, so its expectation moves too).
    const draft = replaceOnce(
      keyed.replace('draft: false', 'draft: true'),
      'sandwell: { level: 3 }',
      'sandwell: { level: 4 }',
    );
    writeFileSync(file, draft);
    const asDraft = await main(['validate', file], { out: () => {}, err: (t) => expect.fail(t) }, lookupFor);
    expect(asDraft).toBe(0);
    // The same keys outside a draft are checked against the data alone.
    writeFileSync(file, draft.replace('draft: true', 'draft: false'));
    const errors: string[] = [];
    const notDraft = await main(['validate', file], { out: () => {}, err: (t) => errors.push(t) }, lookupFor);
    expect(notDraft).toBe(1);
    expect(errors[0]).toContain(`ruby-young-carer.yaml:${lineOf(draft, 'sw-4-pending-example')}:`);
    expect(errors[0]).toMatch(
      /indicator `sw-4-pending-example` does not exist in Sandwell \(fixture catalogue/,
    );
  });

  it('rejects two files with the same id', async () => {
    const a = mkdtempSync(join(scratch, 'dup-a-'));
    const b = mkdtempSync(join(scratch, 'dup-b-'));
    for (const dir of [a, b])
      writeFileSync(join(dir, 'ruby-young-carer.yaml'), fixtureText('ruby-young-carer.yaml'));
    const { code, err } = await run(
      ['validate', join(a, 'ruby-young-carer.yaml'), join(b, 'ruby-young-carer.yaml')],
      true,
    );
    expect(code).toBe(1);
    expect(err).toMatch(/id: the id `ruby-young-carer` is also used by /);
  });

  it('requires the file name to match the id', async () => {
    const file = join(scratch, 'renamed.yaml');
    writeFileSync(file, fixtureText('ruby-young-carer.yaml'));
    const { code, err } = await run(['validate', file], true);
    expect(code).toBe(1);
    expect(err).toMatch(
      /renamed\.yaml:\d+:1: id: the id `ruby-young-carer` must match the file name \(renamed\)/,
    );
  });

  it('prints the key for an area as JSON, with indicators behind each stage', async () => {
    const { code, out } = await run(['key', 'ruby-young-carer', '--area', 'dudley', '--json']);
    expect(code).toBe(0);
    const key = JSON.parse(out);
    expect(key.stages.map((s: { band: number[] }) => s.band)).toEqual([
      [3, 4],
      [1, 2],
    ]);
    expect(key.stages[0].steps[0].indicators[0]).toMatchObject({ level: 4, levelName: 'Specialist' });
    expect(key.stages[0].response.acceptable).toEqual(['targeted-early-help', 'front-door-referral']);
  });

  it('scores an answer file with every rule explained', async () => {
    const { code, out } = await run(
      [
        'score',
        fixturePath('oskar-health-visitor.yaml'),
        '--area',
        'telford-wrekin',
        '--answer',
        fixturePath('oskar-answers.json'),
        '--json',
      ],
      true,
    );
    expect(code).toBe(0);
    const { result } = JSON.parse(out);
    expect(result.stages).toHaveLength(3);
    expect(result.passed).toBe(false);
    expect(result.unsafe.map((u: { kind: string }) => u.kind)).toContain('level-under-call');
    expect(result.stages[2].components.level.rules[0].rule).toBe('level.adjacent');
    const text = await run(
      [
        'score',
        fixturePath('oskar-health-visitor.yaml'),
        '--area',
        'telford-wrekin',
        '--answer',
        fixturePath('oskar-answers.json'),
      ],
      true,
    );
    expect(text.out).toMatch(/UNSAFE level-under-call/);
    expect(text.out).toMatch(/\[evidence\.distractor\]/);
  });

  it('names the file and field of a bad answer file', async () => {
    const file = join(scratch, 'answers.json');
    writeFileSync(
      file,
      JSON.stringify([
        { facts: [], level: 5, response: 'phone-a-friend', consent: 'seek-consent', confidence: 3 },
      ]),
    );
    const { code, err } = await run(['score', 'ruby-young-carer', '--area', 'sandwell', '--answer', file]);
    expect(code).toBe(1);
    expect(err).toContain(`${file}: 0.level:`);
    expect(err).toContain(`${file}: 0.response:`);
  });

  it('reports catalogue statistics as JSON', async () => {
    // The first two shipped vignettes, whose figures are known; the whole catalogue is checked in
    // catalogue-coverage.test.ts.
    const files = listVignetteFiles().filter((f) => /(oskar-health-visitor|ruby-young-carer)\.yaml$/.test(f));
    const { code, out } = await run(['stats', '--json', ...files]);
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats.vignettes).toBe(2);
    expect(stats.finalLevels.sandwell).toEqual({ 1: 1, 2: 0, 3: 0, 4: 1 });
    expect(stats.steps['telford-wrekin']).toEqual({ up: 1, down: 1, same: 0 });
    expect(stats.crossAreaDifferences).toEqual([
      {
        vignetteId: 'ruby-young-carer',
        stageId: 'autumn-term',
        levels: { 'telford-wrekin': 4, sandwell: 3, 'stoke-on-trent': 3, 'nottingham-city': 3, dudley: 4 },
      },
    ]);
    expect(stats.ages).toMatchObject({ '0-1': 1, '11-15': 1 });
  });

  it('explains usage errors with exit status 2', async () => {
    expect((await run([])).code).toBe(2);
    const badArea = await run(['key', 'ruby-young-carer', '--area', 'leeds']);
    expect(badArea.code).toBe(2);
    expect(badArea.err).toMatch(/unknown area "leeds"/);
    expect((await run(['key', 'no-such-vignette', '--area', 'dudley'])).err).toMatch(
      /no vignette "no-such-vignette"/,
    );
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['validate', '--bogus'])).code).toBe(2);
  });

  it('writes the JSON Schema, and the committed copy is up to date', async () => {
    const out = join(scratch, 'schema.json');
    const { code } = await run(['schema', '--out', out]);
    expect(code).toBe(0);
    const committed = JSON.parse(
      readFileSync(new URL('../vignette.schema.generated.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });
});
