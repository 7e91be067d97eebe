import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AREA_SOURCE_FILES, ExtractionError, type RawIndicator } from '../reader-types.ts';
import { knownCountDifferences, readMatrix, SANDWELL_DOMAINS } from './sandwell.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../../..');
const seedsDir = process.env.LEVELWISE_SEEDS ?? join(repoRoot, '..', 'shared', 'seeds');
const file = AREA_SOURCE_FILES.sandwell;
const lines: readonly string[] = readFileSync(join(seedsDir, file), 'utf8').split('\n');
const reading = readMatrix(lines, file);

/** Curated counts, source-notes §2.3.1: Universal, Universal Plus, Targeted Additional Needs, Complex/Significant. */
const CURATED: Record<string, [number, number, number, number]> = {
  'Basic Care, Safety and Protection': [2, 7, 8, 14],
  'Emotional Warmth and Stability': [3, 5, 5, 4],
  'Guidance Boundaries and Stimulation': [3, 5, 3, 4],
  'Family & Social Relationships and Family Well-Being': [3, 9, 11, 14],
  'Housing, Employment and Finance': [3, 5, 4, 6],
  'Social and Community Resources': [2, 6, 3, 3],
  'Learning/Education': [5, 8, 5, 2],
  Health: [7, 8, 8, 13],
  'Social, Emotional, Behavioural, Identity': [6, 14, 15, 11],
  'Family and Social Relationships': [3, 2, 5, 3],
  'Self-Care and Independence': [3, 5, 5, 4],
};

function cell(dimension: string, level: number): RawIndicator[] {
  return reading.indicators.filter((i) => i.localDimension === dimension && i.level === level);
}

function withText(text: string): RawIndicator {
  const found = reading.indicators.filter((i) => i.textVerbatim === text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function normalise(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/•/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function lineNumbers(indicator: RawIndicator): number[] {
  return indicator.spans.map((span) => span.start);
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

function corrupt(replacements: Record<number, string>): string[] {
  const copy = [...lines];
  for (const [line, text] of Object.entries(replacements)) copy[Number(line) - 1] = text;
  return copy;
}

function replaceIn(line: number, from: string | RegExp, to: string): Record<number, string> {
  const original = lines[line - 1]!;
  const changed = original.replace(from, to);
  expect(changed).not.toBe(original);
  return { [line]: changed };
}

describe('Sandwell matrix reader: counts', () => {
  it('reads the curated 264 indicators (40 / 74 / 72 / 78)', () => {
    expect(reading.area).toBe('sandwell');
    expect(reading.file).toBe(file);
    expect(reading.indicators).toHaveLength(264);
    const perLevel = [1, 2, 3, 4].map((level) => reading.indicators.filter((i) => i.level === level).length);
    expect(perLevel).toEqual([40, 74, 72, 78]);
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
    expect(subtotal('Parent or Carers Capacity')).toEqual([8, 17, 16, 22]);
    expect(subtotal('Family & Environmental Factors')).toEqual([8, 20, 18, 23]);
    expect(subtotal("Child or Young Person's Developmental Needs")).toEqual([24, 37, 38, 33]);
  });

  it('reports the raw <li> count of the matrix rows (265) as the mechanical count', () => {
    expect(reading.mechanicalCount).toBe(265);
  });
});

describe('Sandwell matrix reader: provenance and shape', () => {
  it('finds every indicator verbatim in its recorded line span(s)', () => {
    for (const indicator of reading.indicators) {
      expect(indicator.spans.length).toBeGreaterThan(0);
      const source = normalise(
        indicator.spans.flatMap((span) => lines.slice(span.start - 1, span.end)).join(' '),
      );
      for (const span of indicator.spans) {
        expect(span.file).toBe(file);
        expect(span.start).toBeGreaterThanOrEqual(257);
        expect(span.end).toBeLessThanOrEqual(304);
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

  it('removes <li> tags and both kinds of bullet glyph, keeping the text verbatim', () => {
    for (const indicator of reading.indicators) {
      expect(indicator.textVerbatim).not.toMatch(/[<>•]/);
      expect(indicator.textVerbatim).toBe(indicator.textVerbatim.trim());
      expect(indicator.ops[0]).toMatchObject({ op: 'strip_markup' });
    }
    // L257 and L291 have no "•" inside <li>; L259 has "<li>• …".
    expect(
      withText(
        "Parents/carers provide for child's physical needs: food, drink, appropriate clothing, medical and dental care.",
      ).spans,
    ).toEqual([{ file, start: 257, end: 257 }]);
    expect(withText('Parent requires advice on parenting issues.').spans).toEqual([
      { file, start: 259, end: 259 },
    ]);
    withText("Child is victim of bullying or bullies' others.");
    withText('Demonstrates significantly low self-esteem in a range of situation.');
  });

  it('numbers each cell 1..n in reading order', () => {
    for (const dimension of Object.keys(CURATED)) {
      for (const level of [1, 2, 3, 4]) {
        const items = cell(dimension, level);
        expect(items.map((i) => i.orderInCell)).toEqual(items.map((_, index) => index + 1));
        const lineOrder = items.map((i) => i.spans[0]!.start);
        expect(lineOrder).toEqual([...lineOrder].sort((a, b) => a - b));
      }
    }
  });

  it('lists the 11 dimensions in document order, with the comma variant of Guidance Boundaries and Stimulation', () => {
    expect(reading.dimensions.map((d) => d.label)).toEqual(
      SANDWELL_DOMAINS.flatMap((d) => d.dimensions.map((dimension) => dimension.label)),
    );
    const gbs = reading.dimensions.find((d) => d.label === 'Guidance Boundaries and Stimulation')!;
    expect(gbs.variants).toEqual(['Guidance, Boundaries and Stimulation']);
    expect(reading.dimensions.filter((d) => d.variants.length > 0)).toHaveLength(1);
    const sebi = reading.dimensions.find((d) => d.label === 'Social, Emotional, Behavioural, Identity')!;
    expect(sebi.spans).toEqual([
      { file, start: 296, end: 296 },
      { file, start: 298, end: 298 },
      { file, start: 300, end: 300 },
    ]);
    expect(sebi.domain).toBe('child-development');
    const domains = Object.fromEntries(reading.dimensions.map((d) => [d.label, d.domain]));
    expect(domains['Emotional Warmth and Stability']).toBe('parenting-capacity');
    expect(domains['Family & Social Relationships and Family Well-Being']).toBe('family-environment');
  });

  it('skips descriptor, domain-repeat, rule, Response and key-agency rows and the footnote', () => {
    const used = new Set(reading.indicators.flatMap(lineNumbers));
    expect([...used].sort((a, b) => a - b)).toEqual([
      257, 259, 261, 263, 265, 275, 277, 279, 280, 282, 291, 293, 295, 296, 298, 300, 302, 304,
    ]);
    const texts = reading.indicators.map((i) => i.textVerbatim);
    for (const absent of ['Police', 'Education', 'Housing', 'Targeted Early Help Team (COG)']) {
      expect(texts).not.toContain(absent);
    }
    expect(texts.some((t) => t.includes('Services may work across all levels'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Children with no additional needs'))).toBe(false);
  });
});

describe('Sandwell matrix reader: continuations', () => {
  it('merges the bullet cut by the page break at L260 back into one indicator with two spans', () => {
    const merged = withText(
      'The following parental factors present a risk of significant harm to the child: mental health issues; substance misuse; learning difficulties; health/disability.',
    );
    expect(merged.spans).toEqual([
      { file, start: 259, end: 259 },
      { file, start: 261, end: 261 },
    ]);
    expect(merged.level).toBe(4);
    expect(merged.localDimension).toBe('Basic Care, Safety and Protection');
    expect(merged.ops.map((op) => op.op)).toEqual(['strip_markup', 'merge_continuation']);
    expect(merged.orderInCell).toBe(10);
    expect(cell('Basic Care, Safety and Protection', 4)[10]!.textVerbatim).toBe(
      "Previous child/young person(s) have been removed from parent's care.",
    );
    expect(reading.indicators.filter((i) => i.ops.some((op) => op.op === 'merge_continuation'))).toHaveLength(
      1,
    );
  });

  it.each([
    ['Basic Care, Safety and Protection', 259, [0, 3, 2, 6]],
    ['Family & Social Relationships and Family Well-Being', 277, [0, 0, 5, 7]],
    ['Family & Social Relationships and Family Well-Being', 279, [0, 0, 1, 2]],
    ['Learning/Education', 293, [0, 3, 0, 0]],
    ['Social, Emotional, Behavioural, Identity', 298, [5, 10, 5, 4]],
    ['Social, Emotional, Behavioural, Identity', 300, [0, 3, 9, 6]],
  ] as const)('continues %s on line %i without a dimension heading', (dimension, line, added) => {
    const counts = [1, 2, 3, 4].map(
      (level) => cell(dimension, level).filter((i) => i.spans[0]!.start === line).length,
    );
    expect(counts).toEqual(added);
  });

  it('attributes the separate bold heading rows (L262, L301) to the data row after them', () => {
    expect(cell('Emotional Warmth and Stability', 1).every((i) => i.spans[0]!.start === 263)).toBe(true);
    expect(cell('Family and Social Relationships', 4).map((i) => i.textVerbatim)).toEqual([
      'Periods of being accommodated by Local Authority.',
      "Family breakdown related in some way to child's behavioural difficulties subject to physical, emotional or sexual abuse/neglect.",
      'Social presentation.',
    ]);
  });

  it('starts Health at L295 although it follows a repeated domain row', () => {
    expect(
      [1, 2, 3, 4].map((level) => cell('Health', level).every((i) => i.spans[0]!.start === 295)),
    ).toEqual([true, true, true, true]);
    expect(cell('Learning/Education', 2).at(-1)!.textVerbatim).toBe(
      'Not educated at school (or at home by Parents/Carers).',
    );
  });
});

describe('Sandwell matrix reader: quirks', () => {
  it('keeps embedded notes and "Parents are engaged" sentences inside their bullet', () => {
    const note = withText(
      'Child under 13 years old engaging in sexual activity (Note: a child under the age of 13 is unable to give consent and therefore intercourse is deemed to be statutory rape).',
    );
    expect(note.level).toBe(4);
    const cse = withText(
      'Child is at risk of sexual exploitation (refer to Appendix 3 for potential indicators). Parents are engaged and supportive.',
    );
    expect(cse.level).toBe(3);
    expect(cse.flags.crossReference).toBe('Appendix 3');
    expect(reading.indicators.filter((i) => i.flags.crossReference !== undefined)).toHaveLength(1);
  });

  it('keeps the same or similar indicator at two levels', () => {
    expect(withText('Parent was a Looked After Child (LAC).').level).toBe(2);
    expect(withText('Parent was a LAC child.').level).toBe(3);
    expect(
      withText(
        'Child/young person beyond parental control - regularly abscond from home and is at risk of harm.',
      ).level,
    ).toBe(3);
    expect(
      withText(
        'Child/young person beyond parental control – regularly absconds from home and is at risk of significant harm.',
      ).level,
    ).toBe(4);
    expect(withText('Beyond parental-control.').localDimension).toBe('Emotional Warmth and Stability');
  });

  it("splits Telford's two-sentence bullet into two, as Sandwell prints it", () => {
    const items = cell('Family & Social Relationships and Family Well-Being', 1).map((i) => i.textVerbatim);
    expect(items.slice(0, 2)).toEqual([
      'Good relationships within family, including when parents are separated.',
      'Few significant changes in family composition.',
    ]);
  });
});

describe('Sandwell matrix reader: robustness and errors', () => {
  it('is pure: the same lines give the same reading every time and are not modified', () => {
    const copy = [...lines];
    expect(readMatrix(copy, file)).toEqual(reading);
    expect(copy).toEqual(lines);
  });

  it('accepts CRLF line endings', () => {
    const crlf = readMatrix(
      lines.map((line) => `${line}\r`),
      file,
    );
    expect(crlf.indicators.map((i) => i.textVerbatim)).toEqual(reading.indicators.map((i) => i.textVerbatim));
  });

  it('finds the matrix by content, so moved lines only move the spans', () => {
    const moved = readMatrix(['', '', ...lines], file);
    expect(moved.indicators).toHaveLength(264);
    expect(moved.indicators.map((i) => i.textVerbatim)).toEqual(
      reading.indicators.map((i) => i.textVerbatim),
    );
    expect(moved.indicators.map((i) => i.spans[0]!.start)).toEqual(
      reading.indicators.map((i) => i.spans[0]!.start + 2),
    );
  });

  it('throws when the matrix heading or the closing appendix heading is missing', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 251: '## Appendix Two' }), file),
      1,
      /exactly one "## Appendix 2: Threshold Matrix"/,
    );
    expectExtractionError(
      () => readMatrix(corrupt({ 316: 'Appendix 3: Contextual Safeguarding' }), file),
      251,
      /no "## Appendix 3" heading/,
    );
  });

  it('throws on a lowercase <li> that does not continue an unfinished bullet', () => {
    expectExtractionError(
      () =>
        readMatrix(
          corrupt(
            replaceIn(263, '<li>• Parents/carers show warm regard', '<li>• parents/carers show warm regard'),
          ),
          file,
        ),
      263,
      /<li> starting in lowercase \("parents\/carers show warm regard/,
    );
  });

  it('throws when the page-split continuation follows a finished bullet', () => {
    expectExtractionError(
      () =>
        readMatrix(
          corrupt(replaceIn(259, 'to the child: mental health</li>', 'to the child: mental health.</li>')),
          file,
        ),
      261,
      /does not continue an unfinished bullet/,
    );
  });

  it('throws on an unknown dimension heading', () => {
    expectExtractionError(
      () =>
        readMatrix(
          corrupt(replaceIn(282, '<p><b>Social and Community Resources</b></p>', '<p><b>Community</b></p>')),
          file,
        ),
      282,
      /unknown dimension heading "Community" in the "Family & Environmental Factors" table/,
    );
  });

  it('throws on a cell with no heading where the column has no dimension yet', () => {
    expectExtractionError(
      () => readMatrix(corrupt(replaceIn(257, '<p><b>Basic Care, Safety and Protection</b></p> ', '')), file),
      257,
      /Universal cell has no dimension heading and continues no earlier cell/,
    );
  });

  it('throws on text outside <li> and on unknown markup inside <li>', () => {
    expectExtractionError(
      () =>
        readMatrix(
          corrupt(
            replaceIn(263, '</li> <li>• Parents/carers ensure', '</li> stray <li>• Parents/carers ensure'),
          ),
          file,
        ),
      263,
      /text outside <li> in the Universal cell: "stray"/,
    );
    expectExtractionError(
      () => readMatrix(corrupt(replaceIn(263, 'warm regard', '<i>warm</i> regard')), file),
      263,
      /unexpected markup "<i>" inside an <li> in the Universal cell/,
    );
  });

  it('throws on a cell that is neither a list nor a heading with a list', () => {
    expectExtractionError(
      () =>
        readMatrix(
          corrupt(
            replaceIn(
              302,
              /^<ul style="list-style-type: none">/,
              '<p>Note</p> <ul style="list-style-type: none">',
            ),
          ),
          file,
        ),
      302,
      /Universal cell is neither a <ul> list nor a bold heading/,
    );
  });

  it('throws when a table is not closed by its rule row', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 266: '' }), file),
      270,
      /expected 4 tab-separated cells, found 1/,
    );
  });

  it('throws on an unexpected line between the tables', () => {
    expectExtractionError(
      () => readMatrix(corrupt({ 268: 'Some stray paragraph.' }), file),
      268,
      /unexpected line between the matrix tables/,
    );
  });

  it('throws when the level header or the domain row is not where the table needs it', () => {
    expectExtractionError(() => readMatrix(corrupt({ 272: '' }), file), 273, /expected the level header row/);
    expectExtractionError(
      () => readMatrix(corrupt({ 274: '' }), file),
      275,
      /expected the "Family & Environmental Factors" domain row/,
    );
  });

  it('throws when a dimension heading reappears in a column after other dimensions', () => {
    expectExtractionError(
      () =>
        readMatrix(
          corrupt(
            replaceIn(
              265,
              '<p><b>Guidance Boundaries and Stimulation</b></p>',
              '<p><b>Basic Care, Safety and Protection</b></p>',
            ),
          ),
          file,
        ),
      265,
      /dimension "Basic Care, Safety and Protection" is headed again in the Universal column/,
    );
  });
});
