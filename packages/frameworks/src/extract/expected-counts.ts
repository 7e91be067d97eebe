/**
 * The curated per-cell indicator counts of shared/docs/source-notes.md (§1.3.1, 2.3.1, 3.3.1, 4.3.1, 5.3.1),
 * transcribed as the test's expectations. Labels are spelt as source-notes spells them; `aliases` lists other
 * labels a reader may use for the same row (the counts of all of them are summed). `null` marks a level at
 * which the dimension does not appear.
 *
 * Cells are compared by the dimension as printed (`flags.literalDimension` when a reader reattributes an item),
 * because the source-notes tables count "as the text attributes them".
 */
import type { AreaId, LevelOrdinal } from './reader-types.ts';

export type CellCounts = readonly [number | null, number | null, number | null, number | null];

export interface ExpectedRow {
  dimension: string;
  aliases?: readonly string[];
  counts: CellCounts;
}

export interface ExpectedArea {
  total: number;
  levelTotals: readonly [number, number, number, number];
  rows: readonly ExpectedRow[];
  /** Where source-notes gives it: the naive splitter's count (§0). */
  mechanicalCount?: number;
}

export const EXPECTED_COUNTS: Readonly<Record<AreaId, ExpectedArea>> = {
  'telford-wrekin': {
    total: 314,
    levelTotals: [50, 81, 86, 97],
    mechanicalCount: 313,
    rows: [
      { dimension: 'Basic Care, Safety and Protection', counts: [4, 8, 12, 23] },
      { dimension: 'Emotional Warmth and Stability', counts: [3, 5, 6, 5] },
      { dimension: 'Guidance Boundaries and Stimulation', counts: [3, 6, 4, 6] },
      { dimension: 'Family and Social Relationships and Family Wellbeing', counts: [2, 9, 10, 19] },
      { dimension: 'Housing, Employment and Finance', counts: [3, 6, 5, 4] },
      { dimension: 'Social and Community Resources', counts: [2, 6, 3, 2] },
      { dimension: 'Learning/Education', counts: [6, 6, 6, 3] },
      { dimension: 'Health', counts: [10, 11, 16, 16] },
      { dimension: 'Social, Emotional, Behavioural, Identity', counts: [11, 16, 17, 13] },
      { dimension: 'Family and Social Relationships', counts: [3, 2, 3, 2] },
      { dimension: 'Self-care and Independence', counts: [3, 6, 4, 4] },
    ],
  },
  sandwell: {
    total: 264,
    levelTotals: [40, 74, 72, 78],
    mechanicalCount: 265,
    rows: [
      { dimension: 'Basic Care, Safety and Protection', counts: [2, 7, 8, 14] },
      { dimension: 'Emotional Warmth and Stability', counts: [3, 5, 5, 4] },
      { dimension: 'Guidance Boundaries and Stimulation', counts: [3, 5, 3, 4] },
      { dimension: 'Family & Social Relationships and Family Well-Being', counts: [3, 9, 11, 14] },
      { dimension: 'Housing, Employment and Finance', counts: [3, 5, 4, 6] },
      { dimension: 'Social and Community Resources', counts: [2, 6, 3, 3] },
      { dimension: 'Learning/Education', counts: [5, 8, 5, 2] },
      { dimension: 'Health', counts: [7, 8, 8, 13] },
      { dimension: 'Social, Emotional, Behavioural, Identity', counts: [6, 14, 15, 11] },
      { dimension: 'Family and Social Relationships', counts: [3, 2, 5, 3] },
      { dimension: 'Self-Care and Independence', counts: [3, 5, 5, 4] },
    ],
  },
  'stoke-on-trent': {
    total: 296,
    levelTotals: [50, 89, 62, 95],
    mechanicalCount: 273,
    rows: [
      { dimension: 'Health', counts: [10, 14, 9, 19] },
      { dimension: 'Education and Learning', counts: [9, 8, 4, 1] },
      { dimension: 'Emotional and Behavioural Development', counts: [6, 7, null, null] },
      { dimension: 'Emotional Development', counts: [null, null, 3, 4] },
      { dimension: 'Behavioural Development', counts: [null, null, 5, 4] },
      { dimension: 'Behavioural Development Continued', counts: [null, null, null, 12] },
      { dimension: 'Identity and Self-esteem', counts: [3, 5, 2, 5] },
      { dimension: 'Family and Social Relationships', counts: [3, 5, 5, 6] },
      { dimension: 'Social Presentation', counts: [2, 2, 2, 1] },
      { dimension: 'Self-care skills', counts: [1, 3, 2, 3] },
      { dimension: 'Exploitation', counts: [null, 5, 4, null] },
      { dimension: 'Other Indicators', counts: [null, null, null, 9] },
      { dimension: 'Basic Care, Safety and Protection', counts: [2, 9, 9, 9] },
      { dimension: 'Emotional Warmth', counts: [3, 3, 4, 3] },
      { dimension: 'Guidance, Boundaries and Stimulation', counts: [2, 7, 2, 5] },
      { dimension: 'Family History and Functioning', counts: [2, 10, 4, 5] },
      { dimension: 'Housing, Employment and Finance', counts: [3, 7, 2, 6] },
      {
        dimension: "Family's Social Integration",
        aliases: ['Family Social Integration'],
        counts: [1, 2, 3, 2],
      },
      { dimension: 'Community Resources', counts: [3, 2, 2, 1] },
    ],
  },
  'nottingham-city': {
    total: 236,
    levelTotals: [35, 69, 74, 58],
    rows: [
      { dimension: 'Health', counts: [5, 10, 8, 6] },
      { dimension: 'Education and Learning', counts: [3, 7, 7, 4] },
      {
        dimension: 'Emotional and Behavioural Development',
        aliases: ['Emotional Behavioural Development', 'Emotional AND Behavioural Development'],
        counts: [2, 7, 11, 9],
      },
      { dimension: 'Identity', counts: [3, 3, 5, 6] },
      {
        dimension: 'Family and Social Relationship',
        aliases: ['Family and Social Relationships'],
        counts: [2, 6, 4, 9],
      },
      {
        dimension: 'Self-Care Skills and Social Presentation',
        aliases: ['Self-Care Skills'],
        counts: [2, 4, 4, 2],
      },
      { dimension: 'Basic Care and Protection', counts: [3, 6, 7, 7] },
      { dimension: 'Emotional Warmth and Stability', counts: [3, 3, 4, 2] },
      { dimension: 'Guidance, Boundaries and Stimulation', counts: [4, 7, 7, 3] },
      { dimension: 'Family History and Functioning', counts: [2, 6, 6, 3] },
      { dimension: 'Housing, Employment and Finance', counts: [2, 5, 5, 4] },
      { dimension: 'Family Social Integration', counts: [2, 3, 5, 2] },
      { dimension: 'Community Resources', counts: [2, 2, 1, 1] },
    ],
  },
  dudley: {
    total: 184,
    levelTotals: [31, 43, 50, 60],
    mechanicalCount: 185,
    rows: [
      { dimension: 'Education', counts: [7, 8, 9, 11] },
      { dimension: 'Emotional & Behavioural Development', counts: [7, 15, 9, 8] },
      { dimension: 'Health, Care & Protection', counts: [9, 3, 17, 24] },
      { dimension: 'Parents/Carers', counts: [7, 12, 10, 9] },
      { dimension: 'Risks outside of my home', counts: [1, 5, 5, 8] },
    ],
  },
};

/** Appendix A of source-notes: indicator counts per (area, canonical domain, level). */
export const EXPECTED_DOMAIN_COUNTS: Readonly<Record<AreaId, Readonly<Record<string, readonly number[]>>>> = {
  'telford-wrekin': {
    'parenting-capacity': [10, 19, 22, 34],
    'family-environment': [7, 21, 18, 25],
    'child-development': [33, 41, 46, 38],
  },
  sandwell: {
    'parenting-capacity': [8, 17, 16, 22],
    'family-environment': [8, 20, 18, 23],
    'child-development': [24, 37, 38, 33],
  },
  'stoke-on-trent': {
    'child-development': [34, 49, 36, 64],
    'parenting-capacity': [7, 19, 15, 17],
    'family-environment': [9, 21, 11, 14],
  },
  'nottingham-city': {
    'child-development': [17, 37, 39, 36],
    'parenting-capacity': [10, 16, 18, 12],
    'family-environment': [8, 16, 17, 10],
  },
  dudley: {
    'child-development': [23, 26, 35, 43],
    mixed: [7, 12, 10, 9],
    'extra-familial': [1, 5, 5, 8],
  },
};

export const LEVELS: readonly LevelOrdinal[] = [1, 2, 3, 4];

type LineRange = readonly [number, number];

/**
 * Where source-notes places each level of the row-layout matrices, as seed line ranges: an independent check
 * that readers attribute items to the right level.
 * - Stoke (§3.3): each level has a heading (L153, L175, L188, L198) and its own tables.
 * - Nottingham (§4.2/§4.3): each level runs from its banner to the next level's banner (L298, L396, L530,
 *   L671) and the matrix ends at L795.
 */
export const EXPECTED_LEVEL_LINES: Readonly<
  Partial<Record<AreaId, Readonly<Record<LevelOrdinal, LineRange>>>>
> = {
  'stoke-on-trent': { 1: [153, 174], 2: [175, 187], 3: [188, 197], 4: [198, 209] },
  'nottingham-city': { 1: [298, 395], 2: [396, 529], 3: [530, 670], 4: [671, 795] },
};

/**
 * Dudley's cell line ranges from source-notes §5.3.1 (theme × level, Level 3 inferred): the lines each
 * cell's bullets occupy.
 */
export const EXPECTED_DUDLEY_CELL_LINES: Readonly<Record<string, Readonly<Record<LevelOrdinal, LineRange>>>> =
  {
    Education: { 1: [317, 326], 2: [330, 340], 3: [348, 356], 4: [358, 369] },
    'Emotional & Behavioural Development': { 1: [375, 381], 2: [387, 402], 3: [406, 414], 4: [420, 427] },
    'Health, Care & Protection': { 1: [433, 441], 2: [447, 449], 3: [455, 471], 4: [477, 500] },
    'Parents/Carers': { 1: [506, 512], 2: [518, 529], 3: [537, 546], 4: [548, 556] },
    'Risks outside of my home': { 1: [563, 563], 2: [569, 573], 3: [577, 585], 4: [591, 598] },
  };
