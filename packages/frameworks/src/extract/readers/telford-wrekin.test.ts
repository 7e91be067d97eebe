import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TELFORD_WREKIN_OVERRIDES, type TelfordOverride } from '../overrides/telford-wrekin.ts';
import { AREA_SOURCE_FILES, ExtractionError, type RawIndicator } from '../reader-types.ts';
import { readMatrix as readSandwellMatrix } from './sandwell.ts';
import {
  createTelfordWrekinReader,
  knownCountDifferences,
  readMatrix,
  segmentSentences,
  TELFORD_DOMAINS,
} from './telford-wrekin.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../../..');
const seedsDir = process.env.LEVELWISE_SEEDS ?? join(repoRoot, '..', 'shared', 'seeds');
const file = AREA_SOURCE_FILES['telford-wrekin'];
const lines: readonly string[] = readFileSync(join(seedsDir, file), 'utf8').split('\n');
const reading = readMatrix(lines, file);

/** Curated counts, source-notes §1.3.1: Universal, Vulnerable, Complex, Acute. */
const CURATED: Record<string, [number, number, number, number]> = {
  'Basic Care, Safety and Protection': [4, 8, 12, 23],
  'Emotional Warmth and Stability': [3, 5, 6, 5],
  'Guidance Boundaries and Stimulation': [3, 6, 4, 6],
  'Family and Social Relationships and Family Wellbeing': [2, 9, 10, 19],
  'Housing, Employment and Finance': [3, 6, 5, 4],
  'Social and Community Resources': [2, 6, 3, 2],
  'Learning/Education': [6, 6, 6, 3],
  Health: [10, 11, 16, 16],
  'Social, Emotional, Behavioural, Identity': [11, 16, 17, 13],
  'Family and Social Relationships': [3, 2, 3, 2],
  'Self-care and Independence': [3, 6, 4, 4],
};

function cell(dimension: string, level: number): RawIndicator[] {
  return reading.indicators.filter((i) => i.localDimension === dimension && i.level === level);
}

function one(predicate: (indicator: RawIndicator) => boolean): RawIndicator {
  const found = reading.indicators.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function withText(text: string): RawIndicator {
  return one((i) => i.textVerbatim === text);
}

/** What a reader may remove: markup, bullet glyphs and whitespace differences. */
function normalise(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/•/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** For grouping duplicates: also ignores apostrophes and spaces after slashes. */
function comparable(text: string): string {
  return normalise(text)
    .replace(/['’]/g, '')
    .replace(/\/\s+/g, '/')
    .replace(/[.\s]+$/, '')
    .toLowerCase();
}

function expectExtractionError(run: () => unknown, line: number, message: RegExp): void {
  let error: unknown;
  try {
    run();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ExtractionError);
  const extraction = error as ExtractionError;
  expect(extraction.file).toBe(file);
  expect(extraction.line).toBe(line);
  expect(extraction.message).toMatch(message);
  expect(extraction.message.startsWith(`${file}:${line}: `)).toBe(true);
}

/** A copy of the seed lines with some lines replaced (1-based line numbers). */
function corrupt(replacements: Record<number, string>): string[] {
  const copy = [...lines];
  for (const [line, text] of Object.entries(replacements)) copy[Number(line) - 1] = text;
  return copy;
}

describe('Telford & Wrekin matrix reader: counts', () => {
  it('reads the curated 314 indicators (50 / 81 / 86 / 97)', () => {
    expect(reading.area).toBe('telford-wrekin');
    expect(reading.file).toBe(file);
    expect(reading.indicators).toHaveLength(314);
    const perLevel = [1, 2, 3, 4].map((level) => reading.indicators.filter((i) => i.level === level).length);
    expect(perLevel).toEqual([50, 81, 86, 97]);
  });

  it('matches the curated count of every (dimension, level) cell, allowing only documented differences', () => {
    for (const [dimension, counts] of Object.entries(CURATED)) {
      counts.forEach((curated, index) => {
        const level = index + 1;
        const difference = knownCountDifferences.find((d) => d.dimension === dimension && d.level === level);
        if (difference) expect(difference.expected).toBe(curated);
        expect({ dimension, level, count: cell(dimension, level).length }).toEqual({
          dimension,
          level,
          count: difference ? difference.actual : curated,
        });
      });
    }
    expect(new Set(reading.indicators.map((i) => i.localDimension))).toEqual(new Set(Object.keys(CURATED)));
  });

  it('matches the domain subtotals of Appendix A', () => {
    const subtotal = (localDomain: string) =>
      [1, 2, 3, 4].map(
        (level) =>
          reading.indicators.filter((i) => i.localDomain === localDomain && i.level === level).length,
      );
    expect(subtotal('Parents or Carers Capacity')).toEqual([10, 19, 22, 34]);
    expect(subtotal('Family and Environmental Factors')).toEqual([7, 21, 18, 25]);
    expect(subtotal("Child and Young Person's Developmental Needs")).toEqual([33, 41, 46, 38]);
  });

  it('reports the naive splitter count of source-notes §0 (313)', () => {
    expect(reading.mechanicalCount).toBe(313);
  });
});

describe('Telford & Wrekin matrix reader: provenance and shape', () => {
  it('finds every indicator verbatim in its recorded line span', () => {
    for (const indicator of reading.indicators) {
      expect(indicator.spans.length).toBeGreaterThan(0);
      const source = normalise(
        indicator.spans.flatMap((span) => lines.slice(span.start - 1, span.end)).join(' '),
      );
      for (const span of indicator.spans) {
        expect(span.file).toBe(file);
        expect(span.start).toBeGreaterThanOrEqual(196);
        expect(span.end).toBeLessThanOrEqual(267);
      }
      expect({
        text: indicator.textVerbatim,
        found: source.includes(normalise(indicator.textVerbatim)),
      }).toEqual({
        text: indicator.textVerbatim,
        found: true,
      });
    }
  });

  it('keeps text verbatim: no markup, no bullet glyphs, no surrounding whitespace, typos kept', () => {
    for (const indicator of reading.indicators) {
      expect(indicator.textVerbatim).not.toMatch(/[<>•]/);
      expect(indicator.textVerbatim).toBe(indicator.textVerbatim.trim());
      expect(indicator.textVerbatim.length).toBeGreaterThan(5);
    }
    withText('Non accidental Injury.');
    withText('Family may be new to the area and require advice, information and support services..');
    withText('ACUTE needs identified in respect of child exploitation , refer to CE section.');
    expect(
      reading.indicators.some((i) => i.textVerbatim.includes('ability to consistency to be meet the needs')),
    ).toBe(true);
  });

  it('numbers each cell 1..n in reading order and records a rule for every op', () => {
    for (const dimension of Object.keys(CURATED)) {
      for (const level of [1, 2, 3, 4]) {
        const items = cell(dimension, level);
        expect(items.map((i) => i.orderInCell)).toEqual(items.map((_, index) => index + 1));
        const lineOrder = items.map((i) => i.spans[0]!.start);
        expect(lineOrder).toEqual([...lineOrder].sort((a, b) => a - b));
      }
    }
    for (const indicator of reading.indicators) {
      expect(indicator.ops.some((op) => op.op === 'strip_markup')).toBe(true);
      for (const op of indicator.ops) expect(op.rule).toMatch(/\S/);
    }
  });

  it('maps domains and lists the 11 dimensions in document order', () => {
    expect(reading.dimensions.map((d) => d.label)).toEqual(TELFORD_DOMAINS.flatMap((d) => [...d.dimensions]));
    const domainOf = Object.fromEntries(reading.dimensions.map((d) => [d.label, d.domain]));
    expect(domainOf['Basic Care, Safety and Protection']).toBe('parenting-capacity');
    expect(domainOf['Housing, Employment and Finance']).toBe('family-environment');
    expect(domainOf['Self-care and Independence']).toBe('child-development');
    for (const indicator of reading.indicators) {
      const dimension = reading.dimensions.find((d) => d.label === indicator.localDimension)!;
      expect(indicator.domain).toBe(dimension.domain);
      expect(indicator.localDomain).toBe(dimension.localDomain);
    }
    const bcsp = reading.dimensions.find((d) => d.label === 'Basic Care, Safety and Protection')!;
    expect(bcsp.spans).toEqual([
      { file, start: 205, end: 206 },
      { file, start: 210, end: 211 },
    ]);
    expect(bcsp.levels).toEqual([1, 2, 3, 4]);
    expect(reading.dimensions.every((d) => d.variants.length === 0)).toBe(true);
  });

  it('does not count header rows, the level-descriptor row or the introductory sentence', () => {
    const texts = reading.indicators.map((i) => i.textVerbatim);
    expect(texts.some((t) => t.startsWith('Children with no additional needs'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Consider the Assessment Framework'))).toBe(false);
    expect(texts).not.toContain('Universal');
    const usedLines = new Set(reading.indicators.flatMap((i) => i.spans.map((s) => s.start)));
    expect([...usedLines].sort((a, b) => a - b)).toEqual([
      206, 211, 216, 218, 223, 228, 233, 238, 241, 246, 248, 253, 255, 260, 265, 267,
    ]);
  });
});

describe('Telford & Wrekin matrix reader: page-break continuations', () => {
  it.each([
    ['Basic Care, Safety and Protection', 211, [0, 0, 1, 11]],
    ['Family and Social Relationships and Family Wellbeing', 228, [0, 0, 0, 10]],
    ['Learning/Education', 246, [0, 1, 0, 0]],
    ['Health', 253, [0, 0, 6, 5]],
    ['Social, Emotional, Behavioural, Identity', 260, [3, 6, 12, 8]],
  ] as const)('merges the continuation of %s on line %i into the same cells', (dimension, line, added) => {
    const counts = [1, 2, 3, 4].map(
      (level) => cell(dimension, level).filter((i) => i.spans[0]!.start === line).length,
    );
    expect(counts).toEqual(added);
    for (const level of [1, 2, 3, 4]) {
      const items = cell(dimension, level);
      const firstContinued = items.findIndex((i) => i.spans[0]!.start === line);
      if (firstContinued >= 0)
        expect(items.slice(firstContinued).every((i) => i.spans[0]!.start === line)).toBe(true);
    }
  });

  it('appends "Few or no qualifications" as the last Vulnerable Learning/Education item', () => {
    const last = cell('Learning/Education', 2).at(-1)!;
    expect(last.textVerbatim).toBe(
      'Few or no qualifications leading to NEET (not in education, employment or training).',
    );
    expect(last.orderInCell).toBe(6);
    expect(last.spans).toEqual([{ file, start: 246, end: 246 }]);
  });
});

describe('Telford & Wrekin matrix reader: sentence-style cells', () => {
  it('merges "(See wider family and environmental factors)." into the item before it (BCSP Vulnerable)', () => {
    const item = cell('Basic Care, Safety and Protection', 2)[1]!;
    expect(item.textVerbatim).toBe(
      'The following factors relating to parents or carers may have an impact on their capacity to parent, and ' +
        'the health or development of the child unless appropriate support provided: health; mental health; ' +
        'learning difficulties; disability; and substance misuse. (See wider family and environmental factors).',
    );
    expect(item.ops.map((op) => op.op)).toContain('merge_parenthetical');
    expect(item.spans).toEqual([{ file, start: 206, end: 206 }]);
  });

  it('ends the parenthetical at its closing bracket and starts a new item after it (BCSP Complex)', () => {
    const items = cell('Basic Care, Safety and Protection', 3);
    expect(
      items[2]!.textVerbatim.endsWith('substance misuse. (See wider family and environmental factors)'),
    ).toBe(true);
    expect(items[3]!.textVerbatim).toBe(
      'Child has indirect contact with individuals who have previously physically or sexually harmed children.',
    );
    expect(items[3]!.ops.map((op) => op.op)).toContain('split_runon');
  });

  it('keeps the identical long "following factors" sentence at both Vulnerable and Complex', () => {
    const prefix =
      'The following factors relating to parents or carers may have an impact on their capacity to parent';
    const levels = reading.indicators.filter((i) => i.textVerbatim.startsWith(prefix)).map((i) => i.level);
    expect(levels).toEqual([2, 3]);
  });

  it.each([
    [
      'Health',
      2,
      'Missing set appointments across health including antenatal, hospital and GP appointments. However appointment are booked again and attended.',
    ],
    [
      'Learning/Education',
      3,
      'Statutory education age, child not accessing education at school, training provider or at home. Parents are engaging with professionals to address this matter.',
    ],
  ] as const)('merges the qualifier sentence into its host item (%s, level %i)', (dimension, level, text) => {
    const item = withText(text);
    expect(item.localDimension).toBe(dimension);
    expect(item.level).toBe(level);
    expect(item.ops.map((op) => op.op)).toEqual(expect.arrayContaining(['merge_parenthetical', 'override']));
  });

  it.each([
    [
      'Guidance Boundaries and Stimulation',
      2,
      'Anti social behaviour starting to occur',
      'Parental conflict is evident occasionally in relation to an agreed shared parental approach.',
    ],
    [
      'Health',
      1,
      'Health and wellbeing supported when required',
      'Developmental milestones appropriate and appropriate height and weight/growth.',
    ],
    [
      'Learning/Education',
      3,
      'Not achieving key stage benchmarks despite significant intervention',
      'Statutory education age, child not accessing education at school, training provider or at home. Parents are engaging with professionals to address this matter.',
    ],
    [
      'Self-care and Independence',
      2,
      'Early onset of sexual activity (13-14); sexually active young person (15+)',
      'Inconsistent use of contraception.',
    ],
  ] as const)(
    'splits the run-on in %s (level %i) into two consecutive items',
    (dimension, level, first, second) => {
      const items = cell(dimension, level);
      const index = items.findIndex((i) => i.textVerbatim === first);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(items[index + 1]?.textVerbatim).toBe(second);
      for (const item of [items[index]!, items[index + 1]!]) {
        expect(item.ops.map((op) => op.op)).toEqual(expect.arrayContaining(['split_runon', 'override']));
        expect(item.ops.find((op) => op.op === 'override')?.note).toMatch(/lost/);
      }
    },
  );

  it('does not split on "e.g." or inside "(13-14);"', () => {
    withText('Inconsistent responses to child by parents e.g. discipline and praise.');
    withText(
      'Requiring support to provide consistent care e.g. safe and appropriate childcare arrangements; safe and hygienic home conditions; adequate diet.',
    );
  });

  it('records split_sentence on items of sentence-style cells and not on • bullets', () => {
    const sentenceItem = withText('Difficulties with attachment.');
    expect(sentenceItem.ops.map((op) => op.op)).toContain('split_sentence');
    const bulletItem = withText('Teenage pregnancy.');
    expect(bulletItem.ops.map((op) => op.op)).not.toContain('split_sentence');
  });

  it('counts a • bullet holding two sentences once (FSRFW Universal)', () => {
    const item = withText(
      'Good relationships within family, including when parents are separated. Few significant changes in family composition.',
    );
    expect(item.level).toBe(1);
    expect(cell('Family and Social Relationships and Family Wellbeing', 1)).toHaveLength(2);
  });
});

describe('Telford & Wrekin matrix reader: duplicates and cross-references', () => {
  it.each([
    [
      "Parents own emotional needs/experiences persistently impact on their ability to meet the child/young person's needs",
      3,
    ],
    ['Parents own needs mean they cannot keep child/young person safe', 2],
    ["Previous child/young person(s) have been removed from parent's care", 2],
    [
      'Child or young person is exposed to honour based abuse, including child marriage, virginity testing, enforced abortion, female genital mutilation as well as physical, sexual and economic abuse and coercive control',
      2,
    ],
  ])('keeps every copy of a duplicated bullet: %s', (text, copies) => {
    expect(reading.indicators.filter((i) => comparable(i.textVerbatim) === comparable(text))).toHaveLength(
      copies,
    );
  });

  it('flags the 7 cross-references to the CE section, including the one whose "refer to" was lost', () => {
    const references = reading.indicators.filter((i) => i.flags.crossReference !== undefined);
    expect(references).toHaveLength(7);
    expect(references.every((i) => i.flags.crossReference === 'CE section')).toBe(true);
    expect(references.map((i) => [i.localDimension, i.level])).toEqual([
      ['Basic Care, Safety and Protection', 4],
      ['Health', 2],
      ['Health', 3],
      ['Health', 4],
      ['Social, Emotional, Behavioural, Identity', 4],
      ['Social, Emotional, Behavioural, Identity', 4],
      ['Social, Emotional, Behavioural, Identity', 4],
    ]);
    const truncated = withText('ACUTE needs of exploitation identified. .');
    expect(truncated.ops.some((op) => op.op === 'override')).toBe(true);
  });
});

/** Sørensen–Dice similarity of character bigrams. */
function dice(a: string, b: string): number {
  const grams = (text: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < text.length - 1; i++)
      counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [gram, count] of ga) shared += Math.min(count, gb.get(gram) ?? 0);
  return (2 * shared) / Math.max(1, a.length - 1 + b.length - 1);
}

describe('Telford & Wrekin matrix reader: agreement with Sandwell (same West Midlands template)', () => {
  it('segments sentence-style cells into items that Sandwell prints as separate bullets', () => {
    // source-notes §1.3.3: about 176 of Telford's items match a Sandwell item at >= 0.9 similarity, 168 at
    // the same level. A segmenter that glued or cut sentences wrongly would lose many of these matches.
    const sandwellFile = AREA_SOURCE_FILES.sandwell;
    const sandwell = readSandwellMatrix(
      readFileSync(join(seedsDir, sandwellFile), 'utf8').split('\n'),
      sandwellFile,
    ).indicators.map((i) => ({ level: i.level, key: comparable(i.textVerbatim.replace(/&amp;/g, '&')) }));
    let matched = 0;
    let sameLevel = 0;
    for (const indicator of reading.indicators) {
      const key = comparable(indicator.textVerbatim);
      let best = { score: 0, level: 0 };
      for (const other of sandwell) {
        const score = dice(key, other.key);
        if (score > best.score) best = { score, level: other.level };
      }
      if (best.score >= 0.9) {
        matched++;
        if (best.level === indicator.level) sameLevel++;
      }
    }
    expect(matched).toBeGreaterThanOrEqual(165);
    expect(sameLevel / matched).toBeGreaterThan(0.93);
  });
});

describe('segmentSentences', () => {
  it('splits on a full stop before a capital or a parenthesis only', () => {
    const text = 'One e.g. Two. Three (13-14); four. (Note) Five.';
    expect(segmentSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'One e.g. Two.',
      'Three (13-14); four.',
      '(Note) Five.',
    ]);
  });

  it('recovers any sequence of full-stop sentences joined by whitespace', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const sentence = fc
      .tuple(
        fc.stringMatching(/^[A-Z]$/),
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('.', '..', '?'),
      )
      .map(([capital, words, stop]) => `${capital}${words.join(' ')}${stop}`);
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[ \t]{1,3}$/),
        (sentences, gap) => {
          const text = ` ${sentences.join(gap)} `;
          expect(segmentSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences);
        },
      ),
    );
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences('   ')).toEqual([]);
  });
});

describe('Telford & Wrekin matrix reader: robustness and errors', () => {
  it('is pure: the same lines give the same reading every time and are not modified', () => {
    const copy = [...lines];
    expect(readMatrix(copy, file)).toEqual(reading);
    expect(copy).toEqual(lines);
  });

  it('finds the matrix by content, so moved lines only move the spans', () => {
    const shifted = ['', 'inserted', '', ...lines];
    const moved = readMatrix(shifted, file);
    expect(moved.indicators).toHaveLength(314);
    expect(moved.indicators[0]!.spans[0]!.start).toBe(reading.indicators[0]!.spans[0]!.start + 3);
    expect(moved.indicators.map((i) => i.textVerbatim)).toEqual(
      reading.indicators.map((i) => i.textVerbatim),
    );
  });

  it('reads the same without the reviewed overrides except where they decide (counts differ by the overrides)', () => {
    const unreviewed = createTelfordWrekinReader([])(lines, file);
    // 4 run-on splits add 4 items, 2 qualifier merges remove 2.
    expect(unreviewed.indicators).toHaveLength(314 - 4 + 2);
    expect(
      unreviewed.indicators.some(
        (i) =>
          i.flags.crossReference === undefined && i.textVerbatim.startsWith('ACUTE needs of exploitation'),
      ),
    ).toBe(true);
  });

  it('throws when the matrix heading is missing', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 196: 'THRESHOLDS' }), file),
      1,
      /exactly one "THRESHOLD DESCRIPTORS"/,
    );
  });

  it('throws on an unknown heading row, naming the line', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 217: 'Guidance and Other Things\t\t\t' }), file),
      217,
      /unknown heading row "Guidance and Other Things"/,
    );
  });

  it('throws on a dimension filed under the wrong domain', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 217: 'Health\t\t\t' }), file),
      217,
      /"Health" belongs to "Child and Young Person's Developmental Needs"/,
    );
  });

  it('throws on a row with the wrong number of cells', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 207: 'stray\ttext' }), file),
      207,
      /expected 4 tab-separated cells, found 2/,
    );
  });

  it('throws on unknown markup inside a cell', () => {
    const line = lines[215]!.replace('Difficulties with attachment.', '<i>Difficulties</i> with attachment.');
    expectExtractionError(
      () => readMatrix(corrupt({ 216: line }), file),
      216,
      /unexpected markup "<i>" in the Vulnerable cell/,
    );
  });

  it('throws on a data cell that is not a <ul> list', () => {
    const line = lines[215]!.replace(/^<ul style="list-style-type: none">/, '<p>');
    expectExtractionError(
      () => readMatrix(corrupt({ 216: line }), file),
      216,
      /Universal cell is not a <ul> list/,
    );
  });

  it('throws on a cell mixing unbulleted text with • bullets', () => {
    const line = lines[210]!.replace(
      '<ul style="list-style-type: none"> • Parents/couples',
      '<ul style="list-style-type: none"> Stray text. • Parents/couples',
    );
    expectExtractionError(
      () => readMatrix(corrupt({ 211: line }), file),
      211,
      /mixes unbulleted text "Stray text\." with • bullets/,
    );
  });

  it('throws on a continuation row without a page-break header', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 208: '' }), file),
      211,
      /second data row for "Basic Care, Safety and Protection" without a page-break header/,
    );
  });

  it('throws on a data row that has no dimension row directly before it', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 217: '' }), file),
      218,
      /data row without a dimension row directly before it/,
    );
  });

  it('throws when a dimension loses all items at one level', () => {
    const cells = lines[264]!.split('\t');
    cells[1] = '';
    expectExtractionError(
      () => readMatrix(corrupt({ 265: cells.join('\t') }), file),
      264,
      /"Family and Social Relationships" has no Vulnerable indicators/,
    );
  });

  it('throws when a reviewed override no longer matches the source (re-converted text)', () => {
    const line = lines[217]!.replace(
      'starting to occur Parental conflict',
      'starting to occur. Parental conflict',
    );
    expectExtractionError(
      () => readMatrix(corrupt({ 218: line }), file),
      218,
      /override telford-gbs-v-antisocial-runon matched nothing/,
    );
  });

  it('throws when an override matches nothing at all, at its line hint', () => {
    const stale: TelfordOverride = {
      kind: 'merge_qualifier',
      id: 'test-stale',
      lineHint: 241,
      sentence: 'This sentence is not in the matrix.',
      reason: 'test',
    };
    expectExtractionError(
      () => createTelfordWrekinReader([...TELFORD_WREKIN_OVERRIDES, stale])(lines, file),
      241,
      /override test-stale matched nothing/,
    );
  });

  it('throws when an override would match more than once', () => {
    const ambiguous: TelfordOverride = {
      kind: 'cross_reference',
      id: 'test-ambiguous',
      lineHint: 211,
      text: "Previous child/young person(s) have been removed from parent's care.",
      target: 'CE section',
      reason: 'test',
    };
    expectExtractionError(
      () => createTelfordWrekinReader([ambiguous])(lines, file),
      211,
      /override test-ambiguous matched 2 times \(lines 211, 216\)/,
    );
  });
});
