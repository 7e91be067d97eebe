import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKey, normaliseText } from '../normalise.ts';
import { textOccursInSpans } from '../provenance.ts';
import { AREA_SOURCE_FILES, ExtractionError, type RawIndicator } from '../reader-types.ts';
import { knownCountDifferences, NOTTINGHAM_DIMENSIONS, readMatrix } from './nottingham-city.ts';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root (package.json with workspaces) not found');
    dir = parent;
  }
}

const SEEDS = process.env.LEVELWISE_SEEDS ?? resolve(repoRoot(), '../shared/seeds');
const FILE = AREA_SOURCE_FILES['nottingham-city'];
const LINES: readonly string[] = readFileSync(join(SEEDS, FILE), 'utf8').split('\n');
const reading = readMatrix(LINES, FILE);

/** source-notes §4.3.1, per dimension: Universal, Universal Plus, Universal Partnership Plus, Protection & Specialist. */
const CURATED: Record<string, [number, number, number, number]> = {
  Health: [5, 10, 8, 6],
  'Education and Learning': [3, 7, 7, 4],
  'Emotional and Behavioural Development': [2, 7, 11, 9],
  Identity: [3, 3, 5, 6],
  'Family and Social Relationship': [2, 6, 4, 9],
  'Self-Care Skills and Social Presentation': [2, 4, 4, 2],
  'Basic Care and Protection': [3, 6, 7, 7],
  'Emotional Warmth and Stability': [3, 3, 4, 2],
  'Guidance, Boundaries and Stimulation': [4, 7, 7, 3],
  'Family History and Functioning': [2, 6, 6, 3],
  'Housing, Employment and Finance': [2, 5, 5, 4],
  'Family Social Integration': [2, 3, 5, 2],
  'Community Resources': [2, 2, 1, 1],
};

function count(predicate: (i: RawIndicator) => boolean): number {
  return reading.indicators.filter(predicate).length;
}

function at(line: number): RawIndicator {
  const found = reading.indicators.filter((i) => i.spans.some((s) => s.start <= line && line <= s.end));
  expect(found, `indicators at L${line}`).toHaveLength(1);
  return found[0]!;
}

function readModified(edit: (lines: string[]) => void) {
  const copy = [...LINES];
  edit(copy);
  return () => readMatrix(copy, FILE);
}

function expectExtractionError(run: () => unknown, line: number, message: RegExp) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ExtractionError);
  const error = caught as ExtractionError;
  expect(error.file).toBe(FILE);
  expect(error.line).toBe(line);
  expect(error.message).toMatch(message);
  expect(error.message.startsWith(`${FILE}:${line}: `)).toBe(true);
}

/** Guard against fixture drift: the edits below address lines by number, so check what is there first. */
function expectLine(line: number, text: string) {
  expect(LINES[line - 1]).toBe(text);
}

describe('Nottingham City matrix reader: counts', () => {
  it('reads 236 indicators (35 / 69 / 74 / 58) from 235 bullet lines and 1 unmarked line', () => {
    expect(reading.area).toBe('nottingham-city');
    expect(reading.file).toBe(FILE);
    expect(reading.indicators).toHaveLength(236);
    expect(reading.mechanicalCount).toBe(235);
    expect([1, 2, 3, 4].map((level) => count((i) => i.level === level))).toEqual([35, 69, 74, 58]);
  });

  it('documents no count differences, because there are none', () => {
    expect(knownCountDifferences).toEqual([]);
  });

  it.each(Object.entries(CURATED))('matches the curated counts of "%s"', (dimension, perLevel) => {
    perLevel.forEach((expected, index) => {
      const cell = reading.indicators.filter((i) => i.localDimension === dimension && i.level === index + 1);
      expect(cell.map((i) => i.orderInCell)).toEqual(Array.from({ length: expected }, (_, k) => k + 1));
    });
  });

  it('matches the domain subtotals of Appendix A', () => {
    const subtotals = (domain: string) =>
      [1, 2, 3, 4].map((l) => count((i) => i.domain === domain && i.level === l));
    expect(subtotals('child-development')).toEqual([17, 37, 39, 36]);
    expect(subtotals('parenting-capacity')).toEqual([10, 16, 18, 12]);
    expect(subtotals('family-environment')).toEqual([8, 16, 17, 10]);
  });

  it('reads the indicators in document order', () => {
    const starts = reading.indicators.map((i) => i.spans[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('Nottingham City matrix reader: provenance and verbatim text', () => {
  it('finds every indicator on its recorded line after normalisation', () => {
    for (const indicator of reading.indicators) {
      expect(indicator.spans).toHaveLength(1);
      const span = indicator.spans[0]!;
      expect([span.file, span.start]).toEqual([FILE, span.end]);
      expect(span.start).toBeGreaterThan(292);
      expect(span.end).toBeLessThan(798);
      expect(textOccursInSpans(indicator.textVerbatim, LINES, indicator.spans)).toBe(true);
      // Stronger than the pipeline's substring check: each indicator is its whole line.
      const source = LINES.slice(span.start - 1, span.end).join('\n');
      expect(normaliseText(source)).toBe(normaliseText(indicator.textVerbatim));
    }
  });

  it('keeps the wording exactly, typos included, and removes only the bullet markers', () => {
    for (const indicator of reading.indicators) {
      const line = LINES[indicator.spans[0]!.start - 1]!;
      expect(line.endsWith(indicator.textVerbatim)).toBe(true);
      expect(indicator.textVerbatim).not.toMatch(/^[-•·\s]|\s$/);
    }
    expect(at(496).textVerbatim).toBe(
      'Inappropriate accesss and use of the internet, online social networks, apps and games',
    );
    expect(at(613).textVerbatim).toBe(
      'Pregnant care leavers up to 25 yrs. concerns exist about lifestyle and ability to provide suitable care',
    );
  });

  it('keeps inner whitespace as written: only the marker and surrounding whitespace go', () => {
    expectLine(312, '- No substance misuse');
    const result = readModified((l) => {
      l[311] = '-   No  substance   misuse  ';
    })();
    expect(result.indicators.find((i) => i.spans[0]!.start === 312)!.textVerbatim).toBe(
      'No  substance   misuse',
    );
  });

  it('counts "- ·" double markers once and records the markup removed', () => {
    for (const line of [311, 547, 641, 697]) {
      expect(at(line).textVerbatim).not.toContain('·');
      expect(at(line).ops).toEqual([
        { op: 'strip_markup', rule: 'counting-rule-1-double-marker', note: 'removed "- ·" double marker' },
      ]);
    }
    expect(at(547).textVerbatim).toBe('Was not brought to routine and non-routine health appointments');
    expect(count((i) => i.ops.length > 0)).toBe(5);
  });

  it('reads the "•" bullet at L794 and the unmarked Level 3 Community Resources line at L665', () => {
    expect(at(794)).toMatchObject({
      level: 4,
      localDimension: 'Community Resources',
      textVerbatim: 'Family refuse access to services and community resources',
      ops: [],
    });
    const unmarked = at(665);
    expect(unmarked).toMatchObject({
      level: 3,
      localDimension: 'Community Resources',
      localDomain: 'FAMILY AND ENVIRONMENTAL FACTORS',
      domain: 'family-environment',
      textVerbatim: 'Non-engagement with services and community',
      orderInCell: 1,
    });
    expect(unmarked.ops.map((o) => [o.op, o.rule])).toEqual([['split_sentence', 'counting-rule-2']]);
  });
});

describe('Nottingham City matrix reader: non-indicator lines', () => {
  it('does not count banners, definitions, SEND sentences, labels or headings', () => {
    const skipped = [
      298,
      300,
      302,
      304,
      306,
      364,
      366,
      368,
      396,
      400,
      402,
      534,
      665 - 2,
      671,
      673,
      675,
      677,
      679,
    ];
    for (const line of skipped) {
      expect(reading.indicators.some((i) => i.spans.some((s) => s.start <= line && line <= s.end))).toBe(
        false,
      );
    }
    for (const indicator of reading.indicators) {
      expect(indicator.textVerbatim).not.toMatch(/^Child who has a special educational need/);
      expect(indicator.textVerbatim).not.toBe('Assessment Framework Indicators');
    }
  });
});

describe('Nottingham City matrix reader: dimensions and placements', () => {
  it('lists the 13 dimensions with their spelling variants and domains', () => {
    expect(reading.dimensions.map((d) => d.label)).toEqual(NOTTINGHAM_DIMENSIONS.map((d) => d.label));
    const variants = Object.fromEntries(reading.dimensions.map((d) => [d.label, d.variants]));
    expect(variants['Emotional and Behavioural Development']).toEqual([
      'Emotional Behavioural Development',
      'Emotional AND Behavioural Development',
    ]);
    expect(variants['Self-Care Skills and Social Presentation']).toEqual(['Self-Care Skills']);
    expect(variants['Emotional Warmth and Stability']).toEqual(['Emotional Warmth and Stability:']);
    expect(variants['Guidance, Boundaries and Stimulation']).toEqual([
      'Guidance. Boundaries and Stimulation',
    ]);
    expect(variants['Family and Social Relationship']).toEqual([]);
    for (const dimension of reading.dimensions) {
      expect(dimension.levels).toEqual([1, 2, 3, 4]);
      expect(dimension.spans).toHaveLength(4);
    }
    const social = reading.dimensions.find((d) => d.label === 'Family and Social Relationship')!;
    expect(social.spans.map((s) => s.start)).toEqual([331, 445, 583, 720]);
  });

  it('keeps the document’s own placements (FII and trafficking under the child’s EBD at Level 4)', () => {
    expect(at(702)).toMatchObject({
      textVerbatim: 'Fabricated or induced illness',
      level: 4,
      localDimension: 'Emotional and Behavioural Development',
      domain: 'child-development',
    });
    expect(at(701).localDimension).toBe('Emotional and Behavioural Development');
    expect(at(514)).toMatchObject({ level: 2, localDimension: 'Housing, Employment and Finance' });
  });

  it('keeps the 8 exact duplicates across levels and dimensions (counting rule 5)', () => {
    const pairs: Array<[number, number]> = [
      [415, 548],
      [480, 617],
      [506, 644],
      [521, 659],
      [579, 717],
      [581, 718],
      [437, 758],
      [563, 621],
    ];
    for (const [a, b] of pairs) expect(at(a).textVerbatim).toBe(at(b).textVerbatim);
    const groups = new Map<string, number[]>();
    for (const indicator of reading.indicators) {
      const key = duplicateKey(indicator.textVerbatim);
      groups.set(key, [...(groups.get(key) ?? []), indicator.spans[0]!.start]);
    }
    const duplicates = [...groups.values()].filter((lines) => lines.length > 1);
    expect(duplicates.map((lines) => lines.join('+')).sort()).toEqual(
      pairs.map(([a, b]) => `${a}+${b}`).sort(),
    );
  });

  it('flags no cross-references or other conditions (the matrix has none)', () => {
    for (const indicator of reading.indicators) expect(indicator.flags).toEqual({});
  });

  it('is pure: the same lines give the same reading and are not modified', () => {
    const copy = [...LINES];
    expect(readMatrix(copy, FILE)).toEqual(reading);
    expect(copy).toEqual(LINES);
  });
});

describe('Nottingham City matrix reader: structure it cannot read', () => {
  it('throws when the matrix title or the escalation heading after it is missing', () => {
    expectLine(292, 'Family support pathway levels of need');
    expectExtractionError(
      readModified((l) => {
        l[291] = 'Family support levels';
      }),
      1,
      /matrix title/,
    );
    expectLine(798, 'Resolving inter-agency disagreements Escalation process');
    expectExtractionError(
      readModified((l) => {
        l[797] = 'Escalation';
      }),
      292,
      /end of matrix/,
    );
  });

  it('throws on an unknown dimension heading', () => {
    expectLine(325, 'Identity:');
    expectExtractionError(
      readModified((l) => {
        l[324] = 'Wellbeing:';
      }),
      325,
      /unknown dimension heading "Wellbeing:"/,
    );
  });

  it('throws on a dimension under the wrong domain, or printed twice at one level', () => {
    expectLine(343, 'Basic Care and Protection:');
    expectExtractionError(
      readModified((l) => {
        l[342] = 'Health:';
      }),
      343,
      /dimension "Health:" under domain "PARENTS AND CARERS"/,
    );
    expectLine(575, 'Identity:');
    expectExtractionError(
      readModified((l) => {
        l[574] = 'Health:';
      }),
      575,
      /printed twice at level 3 \(first at L540\)/,
    );
  });

  it('throws on a bullet with no dimension heading above it', () => {
    expectLine(306, 'Health:');
    expectExtractionError(
      readModified((l) => {
        l[305] = '';
      }),
      308,
      /bullet "- Good physical health.*" before any dimension heading/,
    );
  });

  it('throws on an unmarked line inside a bulleted cell instead of guessing it is a continuation', () => {
    expectLine(313, '');
    expectExtractionError(
      readModified((l) => {
        l[312] = 'and no alcohol use';
      }),
      313,
      /unmarked line "and no alcohol use" in the bulleted "Health" cell/,
    );
  });

  it('throws on an unmarked line that holds two sentences', () => {
    expectExtractionError(
      readModified((l) => {
        l[664] = 'Non-engagement with services. Community resources not used';
      }),
      665,
      /more than one sentence/,
    );
  });

  it('throws on a missing cell, an unknown capitals heading and banners out of order', () => {
    expectLine(792, 'Community Resources:');
    expectExtractionError(
      readModified((l) => {
        l[791] = '';
        l[793] = '';
      }),
      671,
      /level 4 has no "Community Resources" dimension heading/,
    );
    expectLine(636, 'FAMILY AND ENVIRONMENTAL FACTORS');
    expectExtractionError(
      readModified((l) => {
        l[635] = 'FAMILY FACTORS';
      }),
      636,
      /unknown heading in capitals "FAMILY FACTORS"/,
    );
    expectLine(739, 'PROTECTION & SPECIALIST');
    expectExtractionError(
      readModified((l) => {
        l[738] = 'UNIVERSAL SUPPORT';
      }),
      739,
      /banner for level 1 after level 4/,
    );
  });

  it('throws on descriptor lines it does not recognise under a banner', () => {
    expectLine(397, '');
    expectExtractionError(
      readModified((l) => {
        l[396] = 'CHILD IN NEED OF PROTECTION';
      }),
      397,
      /"CHILD IN NEED OF PROTECTION" under the level 2 banner/,
    );
    expectLine(401, '');
    expectExtractionError(
      readModified((l) => {
        l[400] = 'Child who has a special educational need and/or disability, second copy';
      }),
      401,
      /unexpected second send line/,
    );
  });
});

/** Apply one single-line edit to a copy of the seed: the kind of damage a re-conversion can do. */
function edited(
  lines: readonly string[],
  index: number,
  edit: 'delete' | 'duplicate' | 'blank' | 'swap',
): string[] {
  const copy = [...lines];
  if (edit === 'delete') copy.splice(index, 1);
  else if (edit === 'duplicate') copy.splice(index, 0, copy[index]!);
  else if (edit === 'blank') copy[index] = '';
  else [copy[index], copy[index + 1]] = [copy[index + 1]!, copy[index]!];
  return copy;
}

describe('Nottingham City matrix reader: no silent loss under damage', () => {
  it('after any single-line edit in the matrix, either throws ExtractionError or reads every bullet line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 293, max: 797 }),
        fc.constantFrom('delete', 'duplicate', 'blank', 'swap' as const),
        (line, edit) => {
          const lines = edited(LINES, line - 1, edit);
          let result: ReturnType<typeof readMatrix>;
          try {
            result = readMatrix(lines, FILE);
          } catch (error) {
            expect(error).toBeInstanceOf(ExtractionError);
            return;
          }
          const read = new Set(result.indicators.map((i) => i.spans[0]!.start));
          for (const indicator of result.indicators) {
            expect(textOccursInSpans(indicator.textVerbatim, lines, indicator.spans)).toBe(true);
          }
          const start = lines.indexOf('Family support pathway levels of need');
          const end = lines.indexOf('Resolving inter-agency disagreements Escalation process');
          let bullets = 0;
          for (let index = start + 1; index < end; index++) {
            if (!/^\s*(?:-|•)\s/.test(lines[index]!)) continue;
            bullets++;
            expect(read.has(index + 1), `L${index + 1} after ${edit} at L${line}`).toBe(true);
          }
          const unmarked = result.indicators.filter((i) =>
            i.ops.some((o) => o.op === 'split_sentence'),
          ).length;
          expect(result.indicators).toHaveLength(bullets + unmarked);
          expect(result.mechanicalCount).toBe(bullets);
        },
      ),
      { numRuns: 400 },
    );
  });
});
