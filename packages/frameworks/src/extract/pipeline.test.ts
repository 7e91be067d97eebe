import { describe, expect, it } from 'vitest';
import { AreaDataSchema } from '../schema.ts';
import type { MappingEntry } from './dimension-mappings.ts';
import type { DocumentMetaInput } from './document-meta.ts';
import { buildAreaData, detectVoice, type PipelineInput } from './pipeline.ts';
import type { IndicatorOverride } from './pipeline-overrides.ts';
import {
  AREA_SOURCE_FILES,
  type AreaMatrixReading,
  ExtractionError,
  type RawDimension,
  type RawIndicator,
} from './reader-types.ts';

const FILE = AREA_SOURCE_FILES.sandwell;

/** A small synthetic seed: a title, a date, two table rows and a row continued after a page break. */
const LINES = [
  '# Synthetic Thresholds Document', // 1
  'Produced by the Example Safeguarding Partnership (ESP).', // 2
  'REVIEW DATE: APRIL 2021', // 3
  '<p><b>Health</b></p> <ul> <li>• Registered with a GP.</li> <li>• Registered with a GP.</li> </ul>\t<ul> <li>• Not registered with a GP.</li> <li>• Child under 13 years old engaging in sexual activity.</li> </ul>', // 4
  '<p><b>Basic Care</b></p> <ul> <li>• Parents/carers protect from danger.</li> </ul>\t<ul> <li>• The following parental factors present a risk: mental health</li> </ul>', // 5
  'Parent or Carer Capacity\tParent or Carer Capacity', // 6
  '\t<ul> <li>• issues; substance misuse.</li> <li>• Registered with a GP.</li> </ul>', // 7
];

const meta: DocumentMetaInput = {
  partnership: {
    name: 'Example Safeguarding Partnership',
    acronym: 'ESP',
    evidence: { line: 2, text: 'Example Safeguarding Partnership (ESP)' },
  },
  title: { line: 1, text: 'Synthetic Thresholds Document' },
  statedDate: { line: 3, text: 'REVIEW DATE: APRIL 2021' },
  inferredDate: { text: 'April 2021', evidence: [{ line: 3, text: 'APRIL 2021' }] },
};

const mappings: Record<string, MappingEntry> = {
  health: { targets: ['health'], relation: 'equivalent', confidence: 'high' },
  'basic-care': { targets: ['basic-care'], relation: 'equivalent', confidence: 'high' },
};

const span = (start: number, end = start) => ({ file: FILE, start, end });

function raw(
  partial: Partial<RawIndicator> & Pick<RawIndicator, 'textVerbatim' | 'level' | 'orderInCell'>,
): RawIndicator {
  const dimension = partial.localDimension ?? 'Health';
  const parenting = dimension === 'Basic Care';
  return {
    area: 'sandwell',
    localDimension: dimension,
    localDomain: parenting ? 'Parent or Carer Capacity' : "Child's Developmental Needs",
    domain: parenting ? 'parenting-capacity' : 'child-development',
    spans: [span(4)],
    ops: [{ op: 'strip_markup', rule: 'li' }],
    flags: {},
    ...partial,
  };
}

const dimensions: RawDimension[] = [
  {
    label: 'Health',
    variants: [],
    localDomain: "Child's Developmental Needs",
    domain: 'child-development',
    levels: [1, 2],
    spans: [span(4)],
  },
  {
    label: 'Basic Care',
    variants: ['Basic care'],
    localDomain: 'Parent or Carer Capacity',
    domain: 'parenting-capacity',
    levels: [1, 2],
    spans: [span(5)],
  },
];

function reading(indicators: RawIndicator[], dims: RawDimension[] = dimensions): AreaMatrixReading {
  return { area: 'sandwell', file: FILE, indicators, dimensions: dims, mechanicalCount: indicators.length };
}

const goodIndicators = (): RawIndicator[] => [
  raw({ textVerbatim: 'Registered with a GP.', level: 1, orderInCell: 1 }),
  raw({ textVerbatim: 'Registered with a GP.', level: 1, orderInCell: 2 }),
  raw({ textVerbatim: 'Not registered with a GP.', level: 2, orderInCell: 1 }),
  raw({ textVerbatim: 'Child under 13 years old engaging in sexual activity.', level: 2, orderInCell: 2 }),
  raw({
    textVerbatim: 'Parents/carers protect from danger.',
    level: 1,
    orderInCell: 1,
    localDimension: 'Basic Care',
    spans: [span(5)],
  }),
  raw({
    textVerbatim: 'The following parental factors present a risk: mental health issues; substance misuse.',
    level: 2,
    orderInCell: 1,
    localDimension: 'Basic Care',
    spans: [span(5), span(7)],
    ops: [{ op: 'merge_continuation', rule: 'counting-rule-3' }],
  }),
  raw({
    textVerbatim: 'Registered with a GP.',
    level: 2,
    orderInCell: 2,
    localDimension: 'Basic Care',
    spans: [span(7)],
  }),
];

function input(indicators = goodIndicators(), extra: Partial<PipelineInput> = {}): PipelineInput {
  return {
    reading: reading(indicators),
    lines: LINES,
    sourceSha256: 'a'.repeat(64),
    meta,
    mappings,
    overrides: [],
    ...extra,
  };
}

function expectExtractionError(fn: () => unknown, line: number, message: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ExtractionError);
  const e = caught as ExtractionError;
  expect(e.file).toBe(FILE);
  expect(e.line).toBe(line);
  expect(e.message).toMatch(message);
}

describe('buildAreaData on a synthetic reading', () => {
  const data = buildAreaData(input());

  it('produces schema-valid data ordered by level, dimension and position', () => {
    expect(AreaDataSchema.safeParse(data).success).toBe(true);
    expect(data.indicators.map((i) => [i.level, i.dimensionId, i.orderInCell])).toEqual([
      [1, 'health', 1],
      [1, 'health', 2],
      [1, 'basic-care', 1],
      [2, 'health', 1],
      [2, 'health', 2],
      [2, 'basic-care', 1],
      [2, 'basic-care', 2],
    ]);
  });

  it('derives readable content ids and numbers exact duplicates within a cell', () => {
    const ids = data.indicators.map((i) => i.id);
    expect(ids[0]).toMatch(/^sw-1-health-[0-9a-f]{6}$/);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(new Set(ids).size).toBe(ids.length);
    // Same text, other cell: same hash, different id.
    const gpAtL2 = data.indicators.find(
      (i) => i.level === 2 && i.dimensionId === 'basic-care' && i.orderInCell === 2,
    )!;
    expect(gpAtL2.id.slice(-6)).toBe(ids[0]!.slice(-6));
    expect(gpAtL2.id).toMatch(/^sw-2-basic-care-/);
  });

  it('keeps ids stable when unrelated indicators change', () => {
    const other = goodIndicators();
    other[3] = { ...other[3]!, textVerbatim: 'Child under 13 years old engaging in sexual activity.' };
    other.splice(2, 1); // drop "Not registered" and renumber the cell
    other[2] = { ...other[2]!, orderInCell: 1 };
    const again = buildAreaData(input(other));
    const before = data.indicators.find((i) => i.textVerbatim.startsWith('Child under 13'))!;
    const after = again.indicators.find((i) => i.textVerbatim.startsWith('Child under 13'))!;
    expect(after.id).toBe(before.id);
  });

  it('flags duplicates against the first occurrence in document order, and near-duplicates both ways', () => {
    const [first, second] = data.indicators;
    expect(first!.flags.duplicateOf).toBeUndefined();
    expect(second!.flags.duplicateOf).toBe(first!.id);
    const later = data.indicators.find((i) => i.provenance.spans[0]!.start === 7 && i.orderInCell === 2)!;
    expect(later.flags.duplicateOf).toBe(first!.id);
    const not = data.indicators.find((i) => i.textVerbatim.startsWith('Not registered'))!;
    expect(not.flags.nearDuplicates?.map((n) => n.id)).toContain(first!.id);
    expect(first!.flags.nearDuplicates?.map((n) => n.id)).toContain(not.id);
  });

  it('records spans with content hashes, the reader ops, parameters and voice', () => {
    const merged = data.indicators.find((i) => i.textVerbatim.startsWith('The following'))!;
    expect(merged.provenance.spans.map((s) => [s.start, s.end])).toEqual([
      [5, 5],
      [7, 7],
    ]);
    expect(merged.provenance.spans[0]!.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(merged.provenance.ops).toEqual([{ op: 'merge_continuation', rule: 'counting-rule-3' }]);
    const u13 = data.indicators.find((i) => i.textVerbatim.startsWith('Child under 13'))!;
    expect(u13.parameters).toEqual([
      { kind: 'age', op: '<', value: 13, match: 'under 13 years old', offset: 6 },
    ]);
    expect(u13.voice).toBe('third-person');
  });

  it('builds the source document record from verified quotes', () => {
    expect(data.source.partnership).toMatchObject({
      name: 'Example Safeguarding Partnership',
      acronym: 'ESP',
    });
    expect(data.source.statedDate?.span).toMatchObject({ file: FILE, start: 3, end: 3 });
    expect(data.source.lineCount).toBe(LINES.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildAreaData(input()))).toBe(JSON.stringify(data));
  });
});

describe('buildAreaData errors name file and line', () => {
  it('rejects text that is not in its recorded lines', () => {
    const bad = goodIndicators();
    bad[2] = { ...bad[2]!, textVerbatim: 'Not registered with a dentist.' };
    expectExtractionError(() => buildAreaData(input(bad)), 4, /does not occur in its recorded lines 4-4/);
  });

  it('rejects a split bullet whose halves are recorded in the wrong order', () => {
    const bad = goodIndicators();
    bad[5] = { ...bad[5]!, spans: [span(7), span(5)] };
    expectExtractionError(() => buildAreaData(input(bad)), 7, /does not occur/);
  });

  it('rejects spans outside the file or naming another file', () => {
    const past = goodIndicators();
    past[0] = { ...past[0]!, spans: [span(4, 99)] };
    expectExtractionError(() => buildAreaData(input(past)), 99, /runs past the end of the file/);
    const other = goodIndicators();
    other[0] = { ...other[0]!, spans: [{ file: AREA_SOURCE_FILES.dudley, start: 4, end: 4 }] };
    expectExtractionError(() => buildAreaData(input(other)), 4, /span names file 004_/);
  });

  it('rejects undeclared dimensions, wrong domains and levels a dimension does not list', () => {
    const undeclared = goodIndicators();
    undeclared[0] = { ...undeclared[0]!, localDimension: 'Dental' };
    expectExtractionError(
      () => buildAreaData(input(undeclared)),
      4,
      /dimension "Dental", which the reader did not declare/,
    );
    const domain = goodIndicators();
    domain[0] = { ...domain[0]!, domain: 'mixed' };
    expectExtractionError(
      () => buildAreaData(input(domain)),
      4,
      /domain mixed but its dimension is in child-development/,
    );
    const level = goodIndicators();
    level[0] = { ...level[0]!, level: 3, orderInCell: 1 };
    expectExtractionError(() => buildAreaData(input(level)), 4, /does not list level 3/);
  });

  it('rejects gaps or repeats in orderInCell', () => {
    const gap = goodIndicators();
    gap[1] = { ...gap[1]!, orderInCell: 3 };
    expectExtractionError(() => buildAreaData(input(gap)), 4, /orderInCell values are 1,3, expected 1..2/);
  });

  it('rejects a dimension without a canonical mapping', () => {
    const { health: _h, ...noHealth } = mappings;
    expectExtractionError(
      () => buildAreaData(input(goodIndicators(), { mappings: noHealth })),
      4,
      /"Health" \(id health\) has no canonical mapping/,
    );
  });

  it('rejects a mapping entry that matches no dimension (a renamed label)', () => {
    expectExtractionError(
      () => buildAreaData(input(goodIndicators(), { mappings: { ...mappings, dental: mappings.health! } })),
      1,
      /mapping entry dental match no dimension/,
    );
  });

  it('rejects a reading of the wrong file and quotes that are not where they are said to be', () => {
    expect(() =>
      buildAreaData({ ...input(), reading: { ...reading(goodIndicators()), file: 'x.txt' } }),
    ).toThrow(/expected 001_/);
    const wrongMeta = { ...meta, title: { line: 2, text: 'Synthetic Thresholds Document' } };
    expectExtractionError(
      () => buildAreaData(input(goodIndicators(), { meta: wrongMeta })),
      2,
      /title: .* does not occur in lines 2-2/,
    );
  });
});

describe('pipeline overrides', () => {
  const override = (o: Partial<IndicatorOverride>): IndicatorOverride => ({
    area: 'sandwell',
    text: 'Child under 13 years old engaging in sexual activity.',
    rule: 'test-age',
    reason: 'test',
    set: { parameters: [{ kind: 'age', op: '<=', value: 12, match: 'under 13' }] },
    ...o,
  });

  it('applies a content-keyed override and records it', () => {
    const data = buildAreaData(input(goodIndicators(), { overrides: [override({})] }));
    const ind = data.indicators.find((i) => i.textVerbatim.startsWith('Child under 13'))!;
    expect(ind.parameters).toEqual([{ kind: 'age', op: '<=', value: 12, match: 'under 13', offset: 6 }]);
    expect(ind.provenance.ops.at(-1)).toEqual({ op: 'override', rule: 'override:test-age', note: 'test' });
  });

  it('fails when an override matches no indicator or several', () => {
    expect(() =>
      buildAreaData(input(goodIndicators(), { overrides: [override({ text: 'Nothing like this' })] })),
    ).toThrow(/matches 0 indicators/);
    expect(() =>
      buildAreaData(
        input(goodIndicators(), {
          overrides: [override({ text: 'Registered with a GP.', set: { voice: 'third-person' } })],
        }),
      ),
    ).toThrow(/matches 3 indicators/);
  });

  it('ignores overrides for other areas', () => {
    expect(() =>
      buildAreaData(input(goodIndicators(), { overrides: [override({ area: 'dudley', text: 'nothing' })] })),
    ).not.toThrow();
  });
});

describe('detectVoice', () => {
  it('recognises Dudley’s first person and leaves third-person text alone', () => {
    expect(detectVoice('I have good attendance')).toBe('first-person');
    expect(detectVoice('My parents/carers are struggling')).toBe('first-person');
    expect(detectVoice('Other than for known reasons I have good attendance')).toBe('first-person');
    expect(detectVoice('Parents/carers provide for child’s physical needs')).toBe('third-person');
    expect(detectVoice('Identity issues')).toBe('third-person');
  });
});
