/**
 * The contract between the five per-area matrix readers and the extraction pipeline.
 *
 * Each reader turns one seed document's threshold matrix into `RawIndicator`s, one per indicator as
 * the counting rules in shared/docs/source-notes.md define it (one bullet as the document marks it;
 * sentences in un-bulleted cells; page-split bullets merged back; footnotes and descriptor rows not counted).
 * The pipeline (`pipeline.ts`) then adds ids, normalised text, parameters, duplicate flags and validation.
 */

export type AreaId = 'telford-wrekin' | 'sandwell' | 'stoke-on-trent' | 'nottingham-city' | 'dudley';

export const AREA_IDS: readonly AreaId[] = [
  'telford-wrekin',
  'sandwell',
  'stoke-on-trent',
  'nottingham-city',
  'dudley',
] as const;

/** The seed file each area is read from (under shared/seeds, overridable with LEVELWISE_SEEDS). */
export const AREA_SOURCE_FILES: Readonly<Record<AreaId, string>> = {
  'telford-wrekin': '000_cbc55e4a064da141.txt',
  sandwell: '001_0f72561f637e3af1.txt',
  'stoke-on-trent': '002_3c9996fa390eafe9.txt',
  'nottingham-city': '003_e74bac9fb9e25764.txt',
  dudley: '004_5a9804e438695bce.txt',
};

export type LevelOrdinal = 1 | 2 | 3 | 4;

/** The three Assessment Framework domains, plus Dudley's/Telford CE's extra-familial and Dudley's mixed parents theme. */
export type CanonicalDomain =
  | 'child-development'
  | 'parenting-capacity'
  | 'family-environment'
  | 'extra-familial'
  | 'mixed';

/** A 1-based, inclusive line range in a seed file (as `sed -n` prints it). */
export interface LineSpan {
  file: string;
  start: number;
  end: number;
}

export type ExtractionOpKind =
  | 'split_sentence'
  | 'split_runon'
  | 'split_slash'
  | 'merge_continuation'
  | 'merge_parenthetical'
  | 'drop_footnote'
  | 'drop_heading'
  | 'infer_level_from_blank_line'
  | 'reattribute_dimension'
  | 'strip_markup'
  | 'override';

export interface ExtractionOp {
  op: ExtractionOpKind;
  /** A short rule id, e.g. 'counting-rule-2', 'override:stoke-gloss-low-warmth'. */
  rule: string;
  note?: string;
}

export interface RawIndicatorFlags {
  /** The target of a cross-reference bullet ("CE section", "Appendix 3"). */
  crossReference?: string;
  /** Dudley's asterisk: "these themes indicate a strategy discussion will need to be held". */
  strategyDiscussion?: boolean;
  /** Why the level had to be inferred (Dudley's lost level headings). */
  levelInferred?: string;
  /** Where the printed heading and the editorial reading differ (Stoke's "Behavioural Development Continued"). */
  literalDimension?: string;
  /** Stoke: the level depends on whether a parent is protective and engaging. */
  conditionalOnProtectiveness?: boolean;
}

export interface RawIndicator {
  area: AreaId;
  level: LevelOrdinal;
  /** The dimension (or Dudley theme) label exactly as the area spells it in its canonical form. */
  localDimension: string;
  /** The local domain heading exactly as printed (e.g. "Parents/Carers Capacity"). */
  localDomain: string;
  domain: CanonicalDomain;
  /**
   * The indicator exactly as in the source after merging fragments and removing only bullet glyphs and
   * markup tags (typos kept; entities like &amp; kept as written).
   */
  textVerbatim: string;
  /** One span, or two (or more) for a bullet split across a page break or line wrap. */
  spans: LineSpan[];
  ops: ExtractionOp[];
  /** 1-based position in its (level, dimension) cell, in reading order. */
  orderInCell: number;
  flags: RawIndicatorFlags;
}

export interface RawDimension {
  /** Canonical spelling within the area. */
  label: string;
  /** Every other spelling seen in the document. */
  variants: string[];
  localDomain: string;
  domain: CanonicalDomain;
  levels: LevelOrdinal[];
  spans: LineSpan[];
}

export interface AreaMatrixReading {
  area: AreaId;
  file: string;
  indicators: RawIndicator[];
  dimensions: RawDimension[];
  /** How many items a naive bullet splitter finds (source-notes §0 "mechanical count"), for regression visibility. */
  mechanicalCount: number;
}

/** Thrown for structure a reader cannot parse: never drop a row silently. */
export class ExtractionError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ExtractionError';
    this.file = file;
    this.line = line;
  }
}

/** A reader takes the seed text (split into lines, index 0 = line 1) and its file name. */
export type AreaMatrixReader = (lines: readonly string[], file: string) => AreaMatrixReading;

/**
 * A per-cell count that deliberately differs from the curated survey in source-notes (§1.3.1, 2.3.1, 3.3.1,
 * 4.3.1, 5.3.1). A reader may export `knownCountDifferences: readonly KnownCountDifference[]`; the count test
 * allows exactly these differences and the package README lists them with their reasons.
 */
export interface KnownCountDifference {
  level: LevelOrdinal;
  /** The dimension label as source-notes' count table spells it. */
  dimension: string;
  /** The source-notes count. */
  expected: number;
  /** The count this reader produces. */
  actual: number;
  reason: string;
}
