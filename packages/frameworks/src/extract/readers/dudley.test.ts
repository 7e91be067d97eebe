import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../normalise.ts';
import { DUDLEY_OVERRIDES, type DudleyFragmentOverride } from '../overrides/dudley.ts';
import { textOccursInSpans } from '../provenance.ts';
import { AREA_SOURCE_FILES, ExtractionError, type RawIndicator } from '../reader-types.ts';
import { createDudleyReader, DUDLEY_THEMES, knownCountDifferences, readMatrix } from './dudley.ts';

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
const FILE = AREA_SOURCE_FILES.dudley;
const LINES: readonly string[] = readFileSync(join(SEEDS, FILE), 'utf8').split('\n');
const reading = readMatrix(LINES, FILE);

const EDUCATION = 'Education';
const EBD = 'Emotional & Behavioural Development';
const HCP = 'Health, Care & Protection';
const PARENTS = 'Parents/Carers';
const RISKS = 'Risks outside of my home';

/** source-notes §5.3.1: counts and the line range of each cell (L1, L2, L3 inferred, L4). */
const CELLS: Record<string, Array<[count: number, first: number, last: number]>> = {
  [EDUCATION]: [
    [7, 317, 326],
    [8, 330, 340],
    [9, 348, 356],
    [11, 358, 369],
  ],
  [EBD]: [
    [7, 375, 381],
    [15, 387, 402],
    [9, 406, 414],
    [8, 420, 427],
  ],
  [HCP]: [
    [9, 433, 441],
    [3, 447, 449],
    [17, 455, 471],
    [24, 477, 500],
  ],
  [PARENTS]: [
    [7, 506, 512],
    [12, 518, 529],
    [10, 537, 546],
    [9, 548, 556],
  ],
  [RISKS]: [
    [1, 563, 563],
    [5, 569, 573],
    [5, 577, 585],
    [8, 591, 598],
  ],
};

function cell(dimension: string, level: number): RawIndicator[] {
  return reading.indicators.filter((i) => i.localDimension === dimension && i.level === level);
}

function startingAt(line: number): RawIndicator {
  const found = reading.indicators.filter((i) => i.spans[0]!.start === line);
  expect(found, `indicators starting at L${line}`).toHaveLength(1);
  return found[0]!;
}

function sourceText(indicator: RawIndicator): string {
  return indicator.spans.map((s) => LINES.slice(s.start - 1, s.end).join('\n')).join('\n');
}

/** Run the reader on a modified copy of the seed lines. */
function readModified(edit: (lines: string[]) => void, reader = readMatrix) {
  const copy = [...LINES];
  edit(copy);
  return () => reader(copy, FILE);
}

function lineOf(text: string): number {
  const index = LINES.indexOf(text);
  if (index < 0) throw new Error(`fixture line not found: ${text}`);
  return index;
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

describe('Dudley matrix reader: counts', () => {
  it('reads 184 indicators (31 / 43 / 50 / 60) and reports the naive splitter count of 185', () => {
    expect(reading.area).toBe('dudley');
    expect(reading.file).toBe(FILE);
    expect(reading.indicators).toHaveLength(184);
    expect(reading.mechanicalCount).toBe(185);
    const perLevel = [1, 2, 3, 4].map((level) => reading.indicators.filter((i) => i.level === level).length);
    expect(perLevel).toEqual([31, 43, 50, 60]);
  });

  it('documents no count differences, because there are none', () => {
    expect(knownCountDifferences).toEqual([]);
  });

  it.each(Object.entries(CELLS))('matches the curated counts and line ranges of "%s"', (theme, levels) => {
    levels.forEach(([count, first, last], index) => {
      const items = cell(theme, index + 1);
      expect(items.map((i) => i.orderInCell)).toEqual(Array.from({ length: count }, (_, k) => k + 1));
      expect(items[0]!.spans[0]!.start).toBe(first);
      expect(items[items.length - 1]!.spans.at(-1)!.end).toBe(last);
    });
  });
});

describe('Dudley matrix reader: provenance and verbatim text', () => {
  it('finds every indicator in its recorded source lines after normalisation', () => {
    for (const indicator of reading.indicators) {
      // The pipeline's check: one piece of the text per span, in order.
      expect(
        textOccursInSpans(indicator.textVerbatim, LINES, indicator.spans),
        `L${indicator.spans[0]!.start}`,
      ).toBe(true);
      // And the whole text in the spans' lines read together.
      expect(normaliseText(sourceText(indicator)), `L${indicator.spans[0]!.start}`).toContain(
        normaliseText(indicator.textVerbatim),
      );
      for (const span of indicator.spans) {
        expect(span.file).toBe(FILE);
        expect(span.start).toBeGreaterThanOrEqual(311);
        expect(span.end).toBeLessThanOrEqual(599);
      }
    }
  });

  it('keeps the text exactly, typos included, without bullet glyphs or markup', () => {
    for (const indicator of reading.indicators) {
      expect(indicator.textVerbatim).toBe(indicator.textVerbatim.trim());
      expect(indicator.textVerbatim).not.toMatch(/^[-•·#*\s]/);
      expect(indicator.textVerbatim).not.toMatch(/\s{2,}/);
    }
    expect(startingAt(334).textVerbatim).toContain('I am duel registered at an Alternative Provision');
    expect(startingAt(545).textVerbatim).toBe(
      'I am I am at serious risk due to a family breakdown, and I will be homeless',
    );
    expect(startingAt(420).textVerbatim).toBe('I have been physically/sexually abused \\*');
  });

  it('maps the five themes to canonical domains and lists the garbled theme heading as a variant', () => {
    expect(reading.dimensions.map((d) => [d.label, d.domain])).toEqual([
      [EDUCATION, 'child-development'],
      [EBD, 'child-development'],
      [HCP, 'child-development'],
      [PARENTS, 'mixed'],
      [RISKS, 'extra-familial'],
    ]);
    const risks = reading.dimensions.find((d) => d.label === RISKS)!;
    expect(risks.variants).toEqual(['Risks outside of my home Risks outs']);
    expect(risks.spans.map((s) => s.start)).toEqual([561, 567, 575, 587]);
    for (const dimension of reading.dimensions) expect(dimension.levels).toEqual([1, 2, 3, 4]);
    for (const indicator of reading.indicators) {
      const theme = DUDLEY_THEMES.find((t) => t.label === indicator.localDimension)!;
      expect(indicator.localDomain).toBe(theme.label);
      expect(indicator.domain).toBe(theme.domain);
    }
  });
});

describe('Dudley matrix reader: split bullets', () => {
  it('reads the first Education bullet, rendered as a heading over two lines, as one Level 1 item with two spans', () => {
    const item = startingAt(317);
    expect(item.textVerbatim).toBe(
      'Other than for known reasons I have good attendance at my education setting.',
    );
    expect([item.level, item.localDimension, item.orderInCell]).toEqual([1, EDUCATION, 1]);
    expect(item.spans.map((s) => [s.start, s.end])).toEqual([
      [317, 317],
      [319, 319],
    ]);
    expect(item.ops.map((o) => o.op)).toEqual(['strip_markup', 'merge_continuation']);
  });

  it('merges the "under the age of 18" fragment back into its bullet through a reviewed override', () => {
    const item = startingAt(388);
    expect(item.textVerbatim).toBe('I have had a previous pregnancy under the age of 18 years old');
    expect(item.spans.map((s) => s.start)).toEqual([388, 389]);
    expect(item.ops.map((o) => o.op)).toEqual(['merge_continuation', 'override']);
    expect(item.ops[1]!.rule).toBe('override:dudley-ebd-previous-pregnancy-age');
    expect(reading.indicators.some((i) => i.textVerbatim.startsWith('under the age'))).toBe(false);
  });

  it('joins the screening-tool bullet spread over three lines with heading markers (L577–581)', () => {
    const item = startingAt(577);
    expect(item.textVerbatim).toBe(
      'I have worked with a professional to complete the Dudley exploitation screening tool and this indicates that I have emerging exploitation needs',
    );
    expect(item.spans.map((s) => s.start)).toEqual([577, 579, 581]);
    expect([item.level, item.localDimension, item.orderInCell]).toEqual([3, RISKS, 1]);
    expect(item.ops.map((o) => o.op)).toEqual([
      'strip_markup',
      'merge_continuation',
      'merge_continuation',
      'override',
      'infer_level_from_blank_line',
    ]);
  });

  it('merges indented wrapped lines into the bullet above', () => {
    expect(startingAt(336).spans.map((s) => s.start)).toEqual([336, 337]);
    expect(startingAt(336).textVerbatim).toBe(
      'There are concerns about the progress I am making in my learning that require support. I may not be reaching my development milestones, or I have language & communication difficulties which require support.',
    );
    expect(startingAt(338).spans.map((s) => s.start)).toEqual([338, 339, 340]);
    expect(
      startingAt(338).textVerbatim.endsWith(
        'my appearance may be a concern. I am not always ready to learn.',
      ),
    ).toBe(true);
    expect(startingAt(368).spans.map((s) => s.start)).toEqual([368, 369]);
    expect(startingAt(368).level).toBe(4);
  });

  it('counts the two indented Education sub-bullets (CME, EHE) as indicators of their own', () => {
    expect(startingAt(332).textVerbatim).toBe(
      'If I do not have a place in an education setting, unless I am EHE, I am registered as CME.',
    );
    expect(startingAt(333).level).toBe(2);
    expect(startingAt(331).spans).toHaveLength(1);
  });

  it('removes double markers once ("- · …") and records it', () => {
    for (const line of [358, 362, 420, 427, 466, 470, 542]) {
      const item = startingAt(line);
      expect(item.textVerbatim).not.toContain('·');
      expect(
        item.ops.some((o) => o.op === 'strip_markup' && o.rule === 'counting-rule-1-double-marker'),
      ).toBe(true);
    }
    expect(startingAt(563).textVerbatim).toBe(
      'I feel safe outside of my home and a part of the local community',
    );
  });
});

describe('Dudley matrix reader: levels', () => {
  it('infers Level 3 in every theme, flags each Level 3 item, and flags nothing else', () => {
    for (const indicator of reading.indicators) {
      const inferred = indicator.level === 3;
      expect(indicator.flags.levelInferred !== undefined, `L${indicator.spans[0]!.start}`).toBe(inferred);
      expect(indicator.ops.some((o) => o.op === 'infer_level_from_blank_line')).toBe(inferred);
    }
    expect(cell(EDUCATION, 3)[0]!.flags.levelInferred).toBe(
      'No "Level 3" heading in the "Education" block; read as column 3 of 4, after the repeated theme heading at L346, before the blank line at L357.',
    );
    expect(cell(EBD, 3)[0]!.flags.levelInferred).toContain('after the repeated theme heading at L404');
    expect(cell(HCP, 3)[0]!.flags.levelInferred).toContain('before the level heading at L473');
    expect(cell(PARENTS, 3)[0]!.flags.levelInferred).toContain('before the blank line at L547');
    expect(cell(RISKS, 3)[0]!.flags.levelInferred).toContain('after the repeated theme heading at L575');
  });

  it('puts Level 1 and 2 content under the headings printed back-to-back in the Education block', () => {
    expect(cell(EDUCATION, 1).at(-1)!.textVerbatim).toMatch(/^There are no concerns about my home life/);
    expect(cell(EDUCATION, 2)[0]!.textVerbatim).toMatch(/^There are concerns regarding my attendance/);
  });
});

describe('Dudley matrix reader: flags, footnotes, duplicates', () => {
  it('flags the 17 strategy-discussion asterisks where source-notes lists them', () => {
    const flagged = reading.indicators.filter((i) => i.flags.strategyDiscussion);
    expect(flagged.map((i) => i.spans[0]!.start)).toEqual([
      420, 477, 478, 482, 489, 490, 492, 493, 494, 498, 548, 592, 593, 595, 596, 597, 598,
    ]);
    for (const indicator of flagged) {
      expect(indicator.level).toBe(4);
      expect(indicator.textVerbatim).toMatch(/\\\*$/);
    }
    for (const indicator of reading.indicators) {
      if (!indicator.flags.strategyDiscussion) expect(indicator.textVerbatim).not.toContain('*');
    }
  });

  it('excludes the two footnotes', () => {
    expect(reading.indicators.some((i) => i.textVerbatim.includes('These themes indicate'))).toBe(false);
    expect(reading.indicators.some((i) => i.spans.some((s) => s.start === 557 || s.start === 599))).toBe(
      false,
    );
  });

  it('keeps the same text at Level 3 and Level 4', () => {
    expect(startingAt(456).level).toBe(3);
    expect(startingAt(491).level).toBe(4);
    expect(normaliseText(startingAt(456).textVerbatim)).toBe(normaliseText(startingAt(491).textVerbatim));
    expect(startingAt(457).flags.strategyDiscussion).toBeUndefined();
    expect(startingAt(492).flags.strategyDiscussion).toBe(true);
  });

  it('flags no cross-references (the matrix has none; "has referred to ESS" is a statement)', () => {
    expect(reading.indicators.filter((i) => i.flags.crossReference !== undefined)).toEqual([]);
  });

  it('is pure: the same lines give the same reading and are not modified', () => {
    const copy = [...LINES];
    expect(readMatrix(copy, FILE)).toEqual(reading);
    expect(copy).toEqual(LINES);
  });
});

describe('Dudley matrix reader: structure it cannot read', () => {
  it('throws when the matrix heading or its end heading is missing', () => {
    expectExtractionError(
      readModified((l) => {
        l[308] = 'Level of need descriptors';
      }),
      1,
      /matrix heading/,
    );
    expectExtractionError(
      readModified((l) => {
        l[601] = '# Moving on';
      }),
      309,
      /end of matrix/,
    );
  });

  it('throws when a lost blank line merges the Level 3 and Level 4 columns', () => {
    expectExtractionError(
      readModified((l) => {
        l.splice(356, 1);
      }),
      311,
      /"Education" block has 3 columns of bullets, not 4/,
    );
  });

  it('throws when a stray blank line splits a column', () => {
    expectExtractionError(
      readModified((l) => {
        l.splice(lineOf('- I am susceptible to minor health problems'), 0, '');
      }),
      429,
      /"Health, Care & Protection" block has 5 columns/,
    );
  });

  it('throws on a lower-case bullet that no reviewed override settles', () => {
    const line = lineOf('- I have shown limited compliance with prescribed health treatment');
    expectExtractionError(
      readModified((l) => {
        l[line] = '- limited compliance with prescribed health treatment';
      }),
      line + 1,
      /starts in lower case.*overrides\/dudley\.ts/,
    );
  });

  it('honours a "keep" override for a lower-case bullet', () => {
    const line = lineOf('- I have shown limited compliance with prescribed health treatment');
    const keep: DudleyFragmentOverride = {
      id: 'test-keep',
      lineHint: line + 1,
      fragment: 'limited compliance with prescribed health treatment',
      decision: 'keep',
      reason: 'test',
    };
    const result = readModified(
      (l) => {
        l[line] = '- limited compliance with prescribed health treatment';
      },
      createDudleyReader([...DUDLEY_OVERRIDES, keep]),
    )();
    expect(result.indicators).toHaveLength(184);
    const item = result.indicators.find((i) => i.spans[0]!.start === line + 1)!;
    expect(item.textVerbatim).toBe('limited compliance with prescribed health treatment');
    expect(item.ops).toContainEqual({ op: 'override', rule: 'override:test-keep', note: 'test' });
  });

  it('throws on a stale override (no match, or the host no longer ends as reviewed)', () => {
    const stale: DudleyFragmentOverride = {
      id: 'test-stale',
      lineHint: 123,
      fragment: 'a fragment that is not in the document',
      decision: 'merge',
      previousEndsWith: 'x',
      reason: 'test',
    };
    expectExtractionError(
      () => createDudleyReader([...DUDLEY_OVERRIDES, stale])(LINES, FILE),
      123,
      /override test-stale .* matched no line/,
    );
    const wrongHost = DUDLEY_OVERRIDES.map((o) =>
      o.lineHint === 389 ? { ...o, previousEndsWith: 'pregnant' } : o,
    );
    expectExtractionError(() => createDudleyReader(wrongHost)(LINES, FILE), 389, /the bullet before ends/);
  });

  it('throws on an unlabelled heading that no continuation line completes', () => {
    expectExtractionError(
      readModified((l) => {
        l[lineOf('- I have access to health services')] = '#### Some new heading';
      }),
      433,
      /neither a level nor a theme heading/,
    );
  });

  it('throws on unmarked text that is not a continuation', () => {
    expectExtractionError(
      readModified((l) => {
        l[449] = 'A stray paragraph in the matrix.';
      }),
      450,
      /unmarked line "A stray paragraph in the matrix\." is not a bullet/,
    );
  });

  it('throws on a level heading with the wrong name, and on level headings out of order', () => {
    expectExtractionError(
      readModified((l) => {
        l[382] = '#### **Level 2: Targeted**';
      }),
      383,
      /does not name Level 2 "Additional"/,
    );
    expectExtractionError(
      readModified((l) => {
        l[472] = '#### **Level 2: Additional**';
      }),
      473,
      /Level 2 heading after a Level 2 heading/,
    );
  });

  it('throws when a Level 4 heading is missing rather than inferring it', () => {
    expectExtractionError(
      readModified((l) => {
        l[415] = '';
      }),
      371,
      /"Emotional & Behavioural Development" block has no "Level 4" heading/,
    );
  });

  it('throws on an asterisk in the middle of a bullet and on an unknown footnote', () => {
    expectExtractionError(
      readModified((l) => {
        l[476] = '- I am not growing \\* or developing properly';
      }),
      477,
      /asterisk inside the bullet/,
    );
    expectExtractionError(
      readModified((l) => {
        l[556] = '- \\* Something else entirely';
      }),
      557,
      /unknown footnote/,
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

const STRUCTURE_LINE =
  /^(?:#{1,6}\s+)?(?:\*\*)?(?:Level [1-4]:|Education\b|Emotional & Behavioural Development|Health, Care & Protection|Parents\/Carers|Risks outside of my home|Level of need descriptors)/;
const FOOTNOTE_LINE = /^- \\\* These themes indicate/;

describe('Dudley matrix reader: no silent loss under damage', () => {
  it('after any single-line edit in the matrix, either throws ExtractionError or accounts for every line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 310, max: 601 }),
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
          const covered = new Set<number>();
          for (const indicator of result.indicators) {
            expect(textOccursInSpans(indicator.textVerbatim, lines, indicator.spans)).toBe(true);
            for (const span of indicator.spans) for (let l = span.start; l <= span.end; l++) covered.add(l);
          }
          const end = lines.indexOf('# Moving between levels of need');
          for (let index = lines.indexOf('# Level of need descriptors') + 1; index < end; index++) {
            const text = lines[index]!.trim();
            if (text === '' || STRUCTURE_LINE.test(text) || FOOTNOTE_LINE.test(text)) continue;
            expect(covered.has(index + 1), `L${index + 1} "${text}" after ${edit} at L${line}`).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
