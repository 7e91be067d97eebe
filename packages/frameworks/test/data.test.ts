/**
 * Integrity of the committed data (packages/frameworks/data/*.json) against the seed documents in
 * ../shared/seeds (or LEVELWISE_SEEDS): schema, provenance, reproducibility and the curated counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { concepts as curatedConcepts } from '../src/concepts/concepts.ts';
import { compareCellCounts, countedDimension } from '../src/extract/count-check.ts';
import {
  EXPECTED_COUNTS,
  EXPECTED_DOMAIN_COUNTS,
  EXPECTED_DUDLEY_CELL_LINES,
  EXPECTED_LEVEL_LINES,
} from '../src/extract/expected-counts.ts';
import {
  CONCEPTS_FILE,
  dataFilePath,
  defaultSeedsDir,
  extractArea,
  extractConcepts,
  readSeed,
  serialiseJson,
} from '../src/extract/extract-all.ts';
import { normaliseText } from '../src/extract/normalise.ts';
import { indicatorIdBase } from '../src/extract/pipeline.ts';
import { spanHash, textOccursInSpans } from '../src/extract/provenance.ts';
import { KNOWN_COUNT_DIFFERENCES } from '../src/extract/readers/index.ts';
import { AREA_IDS, type AreaData, AreaDataSchema, ConceptsDataSchema } from '../src/schema.ts';

const seeds = defaultSeedsDir();
const committedText = (area: string) => readFileSync(dataFilePath(area as AreaData['area']), 'utf8');
const committed = Object.fromEntries(
  AREA_IDS.map((a) => [a, JSON.parse(committedText(a)) as AreaData]),
) as Record<AreaData['area'], AreaData>;

describe.each(AREA_IDS)('%s data', (area) => {
  const data = committed[area];
  const seed = readSeed(seeds, area);

  it('validates against the schema', () => {
    const result = AreaDataSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('was extracted from the seed as it is now (same bytes)', () => {
    expect(data.source.file).toBe(seed.file);
    expect(data.source.sha256).toBe(seed.sha256);
    expect(data.source.lineCount).toBe(seed.lines.length);
  });

  it('every indicator text occurs in its source document at the recorded lines, and span hashes match', () => {
    const failures: string[] = [];
    for (const ind of data.indicators) {
      if (!textOccursInSpans(ind.textVerbatim, seed.lines, ind.provenance.spans)) {
        failures.push(
          `${ind.id}: not at ${ind.provenance.spans.map((s) => `${s.start}-${s.end}`).join(',')}`,
        );
      }
      for (const s of ind.provenance.spans) {
        if (s.file !== seed.file) failures.push(`${ind.id}: span in ${s.file}`);
        if (spanHash(seed.lines, s) !== s.hash)
          failures.push(`${ind.id}: hash of ${s.start}-${s.end} changed`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('spans are tight (at most 5 lines each) and single-span texts sit inside their lines (plain substring check)', () => {
    for (const ind of data.indicators) {
      for (const s of ind.provenance.spans) expect(s.end - s.start).toBeLessThan(5);
      if (ind.provenance.spans.length === 1) {
        const s = ind.provenance.spans[0]!;
        const lines = normaliseText(seed.lines.slice(s.start - 1, s.end).join('\n'));
        expect(lines.includes(normaliseText(ind.textVerbatim)), ind.id).toBe(true);
      }
    }
  });

  it('ids are derived from content and unique; normalised text is normaliseText(verbatim)', () => {
    const ids = new Set<string>();
    for (const ind of data.indicators) {
      expect(ind.textNormalised).toBe(normaliseText(ind.textVerbatim));
      const base = indicatorIdBase(area, ind.level, ind.dimensionId, ind.textNormalised);
      expect(ind.id === base || ind.id.startsWith(`${base}-`)).toBe(true);
      expect(ids.has(ind.id)).toBe(false);
      ids.add(ind.id);
    }
  });

  it('re-running the extraction reproduces the committed file exactly', () => {
    const fresh = extractArea(area, seeds);
    expect(fresh).toEqual(data);
    expect(serialiseJson(fresh)).toBe(committedText(area));
  });

  it('per-cell counts agree with source-notes, except documented differences', () => {
    const expected = EXPECTED_COUNTS[area];
    const { differences, unmatchedDimensions } = compareCellCounts(
      data.indicators,
      expected,
      KNOWN_COUNT_DIFFERENCES[area] ?? [],
    );
    expect(unmatchedDimensions).toEqual([]);
    expect(differences.filter((d) => d.reason === undefined)).toEqual([]);
    const documentedDelta = differences.reduce((n, d) => n + d.actual - d.expected, 0);
    expect(data.indicators.length).toBe(expected.total + documentedDelta);
  });

  it('level totals and (as printed) domain totals agree with source-notes §0 and Appendix A', () => {
    const expected = EXPECTED_COUNTS[area];
    const known = KNOWN_COUNT_DIFFERENCES[area] ?? [];
    const byLevel = [1, 2, 3, 4].map((l) => data.indicators.filter((i) => i.level === l).length);
    const adjusted = expected.levelTotals.map(
      (t, i) => t + known.filter((k) => k.level === i + 1).reduce((n, k) => n + k.actual - k.expected, 0),
    );
    expect(byLevel).toEqual(adjusted);
    if (known.length === 0) {
      const domainOf = new Map(data.dimensions.map((d) => [d.label, d.domain]));
      const counts: Record<string, number[]> = {};
      for (const ind of data.indicators) {
        const domain = domainOf.get(countedDimension(ind)) ?? ind.domain;
        counts[domain] ??= [0, 0, 0, 0];
        counts[domain]![ind.level - 1]!++;
      }
      expect(counts).toEqual(EXPECTED_DOMAIN_COUNTS[area]);
    }
  });

  it('mechanical count matches source-notes §0 where it gives one', () => {
    const expected = EXPECTED_COUNTS[area].mechanicalCount;
    if (expected !== undefined) expect(data.mechanicalCount).toBe(expected);
  });

  it('every dimension has exactly one mapping and every indicator a declared dimension', () => {
    expect(data.dimensionMappings.map((m) => m.dimensionId)).toEqual(data.dimensions.map((d) => d.id));
    const dims = new Map(data.dimensions.map((d) => [d.id, d]));
    for (const ind of data.indicators) {
      const d = dims.get(ind.dimensionId);
      expect(d?.label).toBe(ind.dimension);
      expect(d?.domain).toBe(ind.domain);
      expect(d?.levels).toContain(ind.level);
    }
  });

  it('duplicate and near-duplicate links point at indicators of the same area', () => {
    const ids = new Set(data.indicators.map((i) => i.id));
    for (const ind of data.indicators) {
      if (ind.flags.duplicateOf) {
        expect(ids.has(ind.flags.duplicateOf)).toBe(true);
        expect(ind.flags.duplicateOf).not.toBe(ind.id);
      }
      for (const n of ind.flags.nearDuplicates ?? []) expect(ids.has(n.id)).toBe(true);
    }
  });
});

describe('README', () => {
  it('lists every documented count difference with its reason', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const area of AREA_IDS) {
      for (const k of KNOWN_COUNT_DIFFERENCES[area] ?? []) {
        expect(readme, `${area} L${k.level} ${k.dimension}`).toContain(k.reason);
        expect(readme).toContain(k.dimension);
      }
    }
    expect(readme).toMatch(/### Disagreements with source-notes, and why/);
  });
});

describe('tab cells as an independent check of level columns', () => {
  it.each(['telford-wrekin', 'sandwell'] as const)(
    '%s: every span with a cell sits in the column of its level (cells 0-3 are levels 1-4)',
    (area) => {
      const spans = committed[area].indicators.flatMap((i) => i.provenance.spans.map((s) => ({ s, i })));
      const withCell = spans.filter((x) => x.s.cell !== undefined);
      expect(withCell.length).toBeGreaterThan(spans.length * 0.95);
      expect(withCell.filter((x) => x.s.cell !== x.i.level - 1).map((x) => x.i.id)).toEqual([]);
    },
  );

  it('stoke-on-trent: child-development items sit in cell 0, parent and family items in cell 1 (as printed)', () => {
    const data = committed['stoke-on-trent'];
    const domainOf = new Map(data.dimensions.map((d) => [d.label, d.domain]));
    const wrong = data.indicators.filter((i) => {
      const cell = i.provenance.spans[0]!.cell;
      if (cell === undefined) return false;
      const printed = domainOf.get(i.flags.literalDimension ?? i.dimension);
      return cell !== (printed === 'child-development' ? 0 : 1);
    });
    expect(wrong.map((i) => i.id)).toEqual([]);
  });
});

describe('line ranges as an independent check of levels in the row layouts', () => {
  it.each(['stoke-on-trent', 'nottingham-city'] as const)(
    '%s: every item lies in its level’s lines',
    (area) => {
      const ranges = EXPECTED_LEVEL_LINES[area]!;
      const outside = committed[area].indicators.filter((i) =>
        i.provenance.spans.some((s) => s.start < ranges[i.level][0] || s.end > ranges[i.level][1]),
      );
      expect(outside.map((i) => `${i.id} @${i.provenance.spans[0]!.start}`)).toEqual([]);
    },
  );

  it('dudley: every item lies in the lines source-notes §5.3.1 gives its theme and (inferred) level', () => {
    const outside = committed.dudley.indicators.filter((i) => {
      const range = EXPECTED_DUDLEY_CELL_LINES[i.dimension]?.[i.level];
      return !range || i.provenance.spans.some((s) => s.start < range[0] || s.end > range[1]);
    });
    expect(outside.map((i) => `${i.id} @${i.provenance.spans[0]!.start}`)).toEqual([]);
  });
});

describe('figures source-notes states about the whole set', () => {
  it('totals 1,294 indicators', () => {
    expect(AREA_IDS.reduce((n, a) => n + committed[a].indicators.length, 0)).toBe(1294);
  });

  it('Telford has 7 cross-reference bullets and duplicate groups of 3, 2, 2, 2 and 2 (§1.3.3)', () => {
    const t = committed['telford-wrekin'].indicators;
    expect(t.filter((i) => i.flags.crossReference === 'CE section')).toHaveLength(7);
    const groups = new Map<string, number>();
    for (const i of t)
      if (i.flags.duplicateOf) groups.set(i.flags.duplicateOf, (groups.get(i.flags.duplicateOf) ?? 1) + 1);
    expect([...groups.values()].sort()).toEqual([2, 2, 2, 2, 3]);
  });

  it('Nottingham has 8 within-document duplicates (§4.3.2)', () => {
    expect(committed['nottingham-city'].indicators.filter((i) => i.flags.duplicateOf)).toHaveLength(8);
  });

  it('Dudley: 17 strategy-discussion asterisks, all in the first person, Level 3 inferred (§5.3.2)', () => {
    const d = committed.dudley.indicators;
    expect(d.filter((i) => i.flags.strategyDiscussion)).toHaveLength(17);
    expect(d.every((i) => i.voice === 'first-person')).toBe(true);
    expect(d.filter((i) => i.level === 3).every((i) => i.flags.levelInferred !== undefined)).toBe(true);
    expect(d.filter((i) => i.level !== 3 && i.flags.levelInferred !== undefined)).toEqual([]);
  });

  it('the other four documents are in the third person', () => {
    for (const a of AREA_IDS.filter((x) => x !== 'dudley')) {
      expect(committed[a].indicators.filter((i) => i.voice !== 'third-person').map((i) => i.id)).toEqual([]);
    }
  });

  it('reads the numeric thresholds of source-notes §6', () => {
    const params = (area: AreaData['area']) =>
      committed[area].indicators.flatMap((i) => i.parameters.map((p) => ({ ...p, level: i.level })));
    expect(params('telford-wrekin')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'gestation-weeks', min: 12, level: 3 }),
        expect.objectContaining({ kind: 'age', op: '<=', value: 13, level: 3 }),
        expect.objectContaining({ kind: 'attendance-pct', min: 95, phase: 'secondary', level: 1 }),
        expect.objectContaining({
          kind: 'risk-grade',
          grades: ['high'],
          subject: 'domestic-abuse',
          level: 4,
        }),
      ]),
    );
    expect(params('sandwell')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'gestation-weeks', min: 16, level: 3 }),
        expect.objectContaining({ kind: 'age', op: '<', value: 13, level: 4 }),
        expect.objectContaining({ kind: 'attendance-pct', min: 90, level: 1 }),
        expect.objectContaining({ kind: 'risk-grade', grades: ['standard', 'medium'], level: 3 }),
        expect.objectContaining({
          kind: 'risk-grade',
          grades: ['high'],
          subject: 'domestic-abuse',
          level: 4,
        }),
      ]),
    );
    expect(params('stoke-on-trent')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'incident-count', op: '<', n: 3, windowDays: 90, level: 3 }),
        expect.objectContaining({ kind: 'incident-count', op: '>=', n: 3, windowDays: 90, level: 4 }),
      ]),
    );
    expect(
      params('nottingham-city').filter((p) => p.kind === 'age' && p.op === '<' && p.value === 17),
    ).toHaveLength(2);
    expect(
      params('dudley')
        .filter((p) => p.kind === 'attendance-pct')
        .map((p) => [p.level, p.kind === 'attendance-pct' ? [p.min, p.max] : []]),
    ).toEqual([
      [1, [91, 100]],
      [2, [70, 91]],
      [3, [50, 70]],
      [4, [undefined, 50]],
    ]);
  });
});

describe('data/concepts.json', () => {
  const text = readFileSync(CONCEPTS_FILE, 'utf8');
  const data = JSON.parse(text);

  it('validates, and resolving the curated concepts against the committed areas reproduces it exactly', () => {
    expect(ConceptsDataSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(serialiseJson(extractConcepts(committed))).toBe(text);
    expect(data.concepts.map((c: { id: string }) => c.id)).toEqual(curatedConcepts.map((c) => c.id));
  });

  it('every member names an indicator of its area and level whose text contains the fragment', () => {
    const byId = new Map(AREA_IDS.flatMap((a) => committed[a].indicators.map((i) => [i.id, i] as const)));
    for (const c of data.concepts) {
      for (const m of c.members) {
        const ind = byId.get(m.indicatorId);
        expect(ind, `${c.id}: ${m.indicatorId}`).toBeDefined();
        expect([ind!.area, ind!.level]).toEqual([m.area, m.level]);
        expect(ind!.textNormalised.toLowerCase()).toContain(normaliseText(m.textFragment).toLowerCase());
      }
    }
  });
});
