/**
 * Where each area's threshold matrix sits in its seed file and which lines (or tab cells) belong to which level,
 * as surveyed in shared/docs/source-notes.md (§1.3, §2.3, §3.3, §4.3, §5.3). Used to check that every concept
 * fragment names exactly one indicator of its area's matrix at the stated level, independently of the extraction
 * pipeline's readers.
 */
import { normaliseText } from '../extract/normalise.ts';
import { AREA_SOURCE_FILES, type AreaId, type LevelOrdinal } from '../extract/reader-types.ts';
import { seedLines } from '../rules/seed-source.ts';

interface LineRange {
  start: number;
  end: number;
}

/** A 4-column table whose tab cells 0–3 are levels 1–4 (Telford, Sandwell). */
interface ColumnRegion {
  layout: 'columns';
  /** The whole matrix, as source-notes gives it. */
  matrix: LineRange;
  /** Lines inside the matrix that hold no indicators: level descriptor rows, Response and key-agency rows. */
  excludeLines: readonly number[];
}

/** Levels laid out one after another; each level owns one or more line ranges (Stoke, Nottingham, Dudley). */
interface RowRegion {
  layout: 'rows';
  matrix: LineRange;
  levels: Readonly<Record<LevelOrdinal, readonly LineRange[]>>;
  /** Lines inside the level ranges that hold no indicators (a level banner repeated on the next page). */
  excludeLines: readonly number[];
}

export type MatrixRegion = ColumnRegion | RowRegion;

export const MATRIX_REGIONS: Readonly<Record<AreaId, MatrixRegion>> = {
  // source-notes §1.3: "THRESHOLD DESCRIPTORS", L196–267; L201 is the level descriptor row.
  'telford-wrekin': { layout: 'columns', matrix: { start: 196, end: 267 }, excludeLines: [201] },
  // §2.3: Appendix 2, L251–314; descriptor rows L255/L273/L289; Response and key-agency rows L309–312.
  sandwell: {
    layout: 'columns',
    matrix: { start: 251, end: 314 },
    excludeLines: [255, 273, 289, 309, 310, 311, 312],
  },
  // §3.3: L153–209, one block per level (definition paragraphs hold no bullets).
  'stoke-on-trent': {
    layout: 'rows',
    matrix: { start: 153, end: 209 },
    levels: {
      1: [{ start: 157, end: 173 }],
      2: [{ start: 179, end: 186 }],
      3: [{ start: 192, end: 196 }],
      4: [{ start: 202, end: 209 }],
    },
    excludeLines: [],
  },
  // §4.3: L292–795; each level is printed on two pages under a repeated banner.
  'nottingham-city': {
    layout: 'rows',
    matrix: { start: 292, end: 795 },
    levels: {
      1: [{ start: 304, end: 390 }],
      2: [{ start: 404, end: 526 }],
      3: [{ start: 538, end: 665 }],
      4: [{ start: 681, end: 794 }],
    },
    // The banner, definition and SEND sentence repeated at the top of each level's second page.
    excludeLines: [364, 366, 368, 463, 465, 467, 469, 599, 601, 603, 605, 739, 741, 743, 745, 747],
  },
  // §5.3.1: per theme, with Level 3 inferred from blank lines and repeated theme headings.
  dudley: {
    layout: 'rows',
    matrix: { start: 309, end: 599 },
    levels: {
      1: [
        { start: 317, end: 326 },
        { start: 375, end: 381 },
        { start: 433, end: 441 },
        { start: 506, end: 512 },
        { start: 563, end: 563 },
      ],
      2: [
        { start: 330, end: 340 },
        { start: 387, end: 402 },
        { start: 447, end: 449 },
        { start: 518, end: 529 },
        { start: 569, end: 573 },
      ],
      3: [
        { start: 348, end: 356 },
        { start: 406, end: 414 },
        { start: 455, end: 471 },
        { start: 537, end: 546 },
        { start: 577, end: 585 },
      ],
      4: [
        { start: 358, end: 369 },
        { start: 420, end: 427 },
        { start: 477, end: 500 },
        { start: 548, end: 556 },
        { start: 591, end: 598 },
      ],
    },
    excludeLines: [],
  },
};

/** One indicator-sized piece of matrix text: a bullet, a list item, or a sentence of an unbulleted cell. */
export interface MatrixSegment {
  area: AreaId;
  level: LevelOrdinal;
  line: number;
  /** Tab-cell index for column layouts. */
  cell?: number;
  raw: string;
  normalised: string;
}

const ITEM_BOUNDARY = /<\/?(?:li|p|ul|div)\b[^>]*>|•/g;
/** A sentence end followed by the start of another sentence; keeps "e.g." and "(13-14);" intact. */
const SENTENCE_BOUNDARY = /(?<=[a-z)][.?!])\s+(?=[A-Z(])/g;

function segmentsOf(raw: string): string[] {
  return raw
    .split(ITEM_BOUNDARY)
    .flatMap((piece) => piece.split(SENTENCE_BOUNDARY))
    .map((piece) => piece.trim())
    .filter((piece) => normaliseText(piece) !== '');
}

const segmentCache = new Map<AreaId, MatrixSegment[]>();

/** Every indicator-sized segment of an area's matrix, with its level. */
export function matrixSegments(area: AreaId): MatrixSegment[] {
  const cached = segmentCache.get(area);
  if (cached) return cached;
  const region = MATRIX_REGIONS[area];
  const lines = seedLines(AREA_SOURCE_FILES[area]);
  const out: MatrixSegment[] = [];
  const push = (level: LevelOrdinal, line: number, raw: string, cell?: number) => {
    for (const piece of segmentsOf(raw)) {
      out.push({
        area,
        level,
        line,
        ...(cell === undefined ? {} : { cell }),
        raw: piece,
        normalised: normaliseText(piece),
      });
    }
  };
  if (region.layout === 'columns') {
    for (let n = region.matrix.start; n <= region.matrix.end; n++) {
      if (region.excludeLines.includes(n)) continue;
      const cells = (lines[n - 1] ?? '').split('\t');
      cells.slice(0, 4).forEach((cell, index) => {
        push((index + 1) as LevelOrdinal, n, cell, index);
      });
    }
  } else {
    for (const level of [1, 2, 3, 4] as const) {
      for (const range of region.levels[level]) {
        for (let n = range.start; n <= range.end; n++) {
          if (!region.excludeLines.includes(n)) push(level, n, lines[n - 1] ?? '');
        }
      }
    }
  }
  segmentCache.set(area, out);
  return out;
}

/**
 * The matrix segments (at any level) whose normalised text contains the normalised fragment, ignoring case, so
 * that a fragment stays unambiguous whether a consumer matches with or without case folding.
 */
export function locateFragment(area: AreaId, fragment: string): MatrixSegment[] {
  const needle = normaliseText(fragment).toLowerCase();
  if (needle === '') return [];
  return matrixSegments(area).filter((segment) => segment.normalised.toLowerCase().includes(needle));
}
