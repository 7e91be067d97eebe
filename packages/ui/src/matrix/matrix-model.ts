/**
 * The threshold matrix as pure data: plain props in, a grouped and searchable index out, and the filtering,
 * matching and wording the component shows. No React here, so every rule is unit-tested in node and the
 * component stays a thin view.
 */

/** A level of need as the area names it. */
export interface MatrixLevel {
  ordinal: number;
  name: string;
}

/** A row group of the matrix: one of the area's domains (or Dudley's themes), in the order the document prints them. */
export interface MatrixDomain {
  id: string;
  label: string;
}

/** A row of the matrix: one dimension within a domain. */
export interface MatrixDimension {
  id: string;
  label: string;
  domainId: string;
}

/** Where an indicator is printed in its source document: a 1-based inclusive line range. */
export interface MatrixSourceSpan {
  file: string;
  start: number;
  end: number;
}

/** Notes the documents attach to single indicators; each is shown as words next to the indicator. */
export interface MatrixIndicatorFlags {
  /** Dudley's asterisk: a strategy discussion will need to be held. */
  strategyDiscussion?: boolean;
  /** The document points elsewhere for this item ("CE section", "Appendix 3"). */
  crossReference?: string;
  /** Stoke: the level depends on whether a parent is protective and engaging. */
  conditionalOnProtectiveness?: boolean;
}

/** One indicator in one cell of the matrix, with its text exactly as the document prints it. */
export interface MatrixIndicator {
  id: string;
  /** Level ordinal of the column it sits in. */
  level: number;
  dimensionId: string;
  /** Verbatim text. */
  text: string;
  flags?: MatrixIndicatorFlags;
  /** Source lines, shown when the matrix has `showSources`. */
  sources?: readonly MatrixSourceSpan[];
}

/** What the reader has chosen to see. Empty strings and an empty `levels` list mean "no filter". */
export interface MatrixFilter {
  /** A domain id, or '' for every domain. */
  domainId: string;
  /** A dimension id, or '' for every dimension. */
  dimensionId: string;
  /** Level ordinals to show; empty shows every level. */
  levels: readonly number[];
  /** Text to find in indicators (case, accents and curly quotes ignored). */
  query: string;
  /** Show only the indicators in `highlightedIds`. */
  onlyHighlighted: boolean;
}

export const EMPTY_MATRIX_FILTER: Readonly<MatrixFilter> = Object.freeze({
  domainId: '',
  dimensionId: '',
  levels: Object.freeze([]) as readonly number[],
  query: '',
  onlyHighlighted: false,
});

/* ------------------------------------------------------------------ text folding */

/**
 * Folds one character for searching: lower case, accents removed, curly quotes and dashes made plain.
 * May return '' (a combining mark) or several characters.
 */
function foldChar(char: string): string {
  switch (char) {
    case '\u2018':
    case '\u2019':
    case '\u201b':
    case '`':
      return "'";
    case '\u201c':
    case '\u201d':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
      return '-';
    default:
      return char
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  }
}

/** Search text with a map from each of its characters back to an index in the original text. */
export interface FoldedText {
  folded: string;
  /** `map[i]` is the index in the original of folded character i; `map[folded.length]` is the original length. */
  map: number[];
}

/** Folds text for searching: see `foldChar`; runs of white space become one space. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let lastWasSpace = false;
  let index = 0;
  for (const char of text) {
    if (/\s/.test(char)) {
      if (!lastWasSpace) {
        folded += ' ';
        map.push(index);
      }
      lastWasSpace = true;
    } else {
      const f = foldChar(char);
      for (let k = 0; k < f.length; k++) map.push(index);
      folded += f;
      lastWasSpace = false;
    }
    index += char.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** The query as it is matched: folded the same way as the text, trimmed. */
export function foldQuery(query: string): string {
  return foldText(query).folded.trim();
}

/** A half-open range [start, end) in the original text. */
export type TextRange = readonly [start: number, end: number];

/** Every place `foldedQuery` occurs in the text, as ranges of the original text (non-overlapping). */
export function findMatches(text: FoldedText, foldedQuery: string): TextRange[] {
  if (!foldedQuery) return [];
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = text.folded.indexOf(foldedQuery, from);
    if (at < 0) break;
    const end = at + foldedQuery.length;
    ranges.push([text.map[at] ?? 0, text.map[end] ?? text.map[text.map.length - 1] ?? 0]);
    from = end;
  }
  return ranges;
}

/** Splits text into plain and matched pieces, for rendering matches as <mark>. */
export function splitByRanges(
  text: string,
  ranges: readonly TextRange[],
): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    if (end > start) pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

/* ------------------------------------------------------------------ the index */

export interface PreparedIndicator {
  indicator: MatrixIndicator;
  domainId: string;
  /** Position in the input (document order). */
  order: number;
  search: FoldedText;
}

export interface MatrixRowGroup {
  domain: MatrixDomain;
  dimensions: MatrixDimension[];
}

/** The matrix grouped once per data change: row groups in order, and each cell's indicators in document order. */
export interface MatrixIndex {
  levels: MatrixLevel[];
  groups: MatrixRowGroup[];
  dimensionsById: ReadonlyMap<string, MatrixDimension>;
  /** Indicators by `cellKey(dimensionId, level)`, in input order. */
  cells: ReadonlyMap<string, PreparedIndicator[]>;
  all: PreparedIndicator[];
}

export function cellKey(dimensionId: string, level: number): string {
  return `${dimensionId}\u0000${level}`;
}

/**
 * Groups the matrix: domains in the given order, each with its dimensions in the given order; indicators into
 * cells in input order. Indicators whose dimension or level is unknown are dropped with a development warning.
 * Domains without dimensions are left out.
 */
export function buildMatrixIndex(
  levels: readonly MatrixLevel[],
  domains: readonly MatrixDomain[],
  dimensions: readonly MatrixDimension[],
  indicators: readonly MatrixIndicator[],
): MatrixIndex {
  const sortedLevels = [...levels].sort((a, b) => a.ordinal - b.ordinal);
  const knownLevels = new Set(sortedLevels.map((l) => l.ordinal));
  const dimensionsById = new Map(dimensions.map((d) => [d.id, d]));
  const groups: MatrixRowGroup[] = domains
    .map((domain) => ({ domain, dimensions: dimensions.filter((d) => d.domainId === domain.id) }))
    .filter((g) => g.dimensions.length > 0);
  const cells = new Map<string, PreparedIndicator[]>();
  const all: PreparedIndicator[] = [];
  const dropped: string[] = [];
  indicators.forEach((indicator, order) => {
    const dimension = dimensionsById.get(indicator.dimensionId);
    if (!dimension || !knownLevels.has(indicator.level)) {
      dropped.push(indicator.id);
      return;
    }
    const prepared: PreparedIndicator = {
      indicator,
      domainId: dimension.domainId,
      order,
      search: foldText(indicator.text),
    };
    all.push(prepared);
    const key = cellKey(indicator.dimensionId, indicator.level);
    const cell = cells.get(key);
    if (cell) cell.push(prepared);
    else cells.set(key, [prepared]);
  });
  if (dropped.length > 0 && process.env.NODE_ENV !== 'production') {
    console.warn(
      `ThresholdMatrix: ${dropped.length} indicator(s) name a dimension or level that is not in the props and are not shown: ${dropped
        .slice(0, 5)
        .join(', ')}${dropped.length > 5 ? ', …' : ''}`,
    );
  }
  return { levels: sortedLevels, groups, dimensionsById, cells, all };
}

/* ------------------------------------------------------------------ filtering */

export interface VisibleIndicator {
  prepared: PreparedIndicator;
  highlighted: boolean;
  matches: TextRange[];
}

export interface VisibleRowGroup {
  domain: MatrixDomain;
  rows: { dimension: MatrixDimension; cells: VisibleIndicator[][] }[];
}

/** What the current filter leaves visible: level columns, row groups with their rows, and the count. */
export interface MatrixView {
  levels: MatrixLevel[];
  groups: VisibleRowGroup[];
  count: number;
  total: number;
  /** True when any filter or search narrows the matrix. */
  narrowed: boolean;
  foldedQuery: string;
}

/** True when the filter narrows what is shown. */
export function isNarrowed(filter: MatrixFilter): boolean {
  return (
    filter.domainId !== '' ||
    filter.dimensionId !== '' ||
    filter.levels.length > 0 ||
    foldQuery(filter.query) !== '' ||
    filter.onlyHighlighted
  );
}

/**
 * Applies a filter to the index. When nothing narrows the matrix every row is kept (empty cells included, as
 * the document prints them); when something does, rows with no visible indicator are left out.
 */
export function filterMatrix(
  index: MatrixIndex,
  filter: MatrixFilter,
  highlighted: ReadonlySet<string>,
): MatrixView {
  const foldedQuery = foldQuery(filter.query);
  const narrowed = isNarrowed(filter);
  const levels =
    filter.levels.length === 0 ? index.levels : index.levels.filter((l) => filter.levels.includes(l.ordinal));
  let count = 0;
  const groups: VisibleRowGroup[] = [];
  for (const group of index.groups) {
    if (filter.domainId && group.domain.id !== filter.domainId) continue;
    const rows: VisibleRowGroup['rows'] = [];
    for (const dimension of group.dimensions) {
      if (filter.dimensionId && dimension.id !== filter.dimensionId) continue;
      let rowCount = 0;
      const cells = levels.map((level) => {
        const visible: VisibleIndicator[] = [];
        for (const prepared of index.cells.get(cellKey(dimension.id, level.ordinal)) ?? []) {
          const isHighlighted = highlighted.has(prepared.indicator.id);
          if (filter.onlyHighlighted && !isHighlighted) continue;
          const matches = findMatches(prepared.search, foldedQuery);
          if (foldedQuery && matches.length === 0) continue;
          visible.push({ prepared, highlighted: isHighlighted, matches });
        }
        rowCount += visible.length;
        return visible;
      });
      if (narrowed && rowCount === 0) continue;
      count += rowCount;
      rows.push({ dimension, cells });
    }
    if (rows.length > 0) groups.push({ domain: group.domain, rows });
  }
  return { levels, groups, count, total: index.all.length, narrowed, foldedQuery };
}

/* ------------------------------------------------------------------ words */

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * The sentence the live region announces, e.g. "42 indicators match 'school'" or "Showing 12 of 314 indicators".
 * `filtered` says whether filters other than the search narrow the result.
 */
export function describeMatrixResults({
  count,
  total,
  query,
  filtered,
}: {
  count: number;
  total: number;
  query: string;
  filtered: boolean;
}): string {
  const q = query.trim();
  const suffix = filtered ? ' with the chosen filters' : '';
  if (q) {
    if (count === 0) return `No indicators match '${q}'${suffix}`;
    return `${count} ${plural(count, 'indicator matches', 'indicators match')} '${q}'${suffix}`;
  }
  if (!filtered) return `Showing all ${total} ${plural(total, 'indicator', 'indicators')}`;
  if (count === 0) return 'No indicators match the chosen filters';
  return `Showing ${count} of ${total} ${plural(total, 'indicator', 'indicators')}`;
}

/** A source as "file L123–L124" (or "file L123" for one line); several spans of one file share the file name. */
export function formatSourceSpans(spans: readonly MatrixSourceSpan[]): string {
  const byFile = new Map<string, string[]>();
  for (const span of spans) {
    const range = span.end > span.start ? `L${span.start}\u2013L${span.end}` : `L${span.start}`;
    const list = byFile.get(span.file);
    if (list) list.push(range);
    else byFile.set(span.file, [range]);
  }
  return [...byFile].map(([file, ranges]) => `${file} ${ranges.join(', ')}`).join('; ');
}

/** The filter with one change applied, keeping the dimension consistent with the domain. */
export function updateFilter(
  filter: MatrixFilter,
  change: Partial<MatrixFilter>,
  index?: MatrixIndex,
): MatrixFilter {
  const next = { ...filter, ...change };
  if (index && change.domainId !== undefined && next.dimensionId) {
    const dimension = index.dimensionsById.get(next.dimensionId);
    if (next.domainId && dimension?.domainId !== next.domainId) next.dimensionId = '';
  }
  return next;
}

/** Adds or removes a level from the filter's levels, keeping them in ascending order. */
export function toggleLevel(levels: readonly number[], ordinal: number, on: boolean): number[] {
  const set = new Set(levels);
  if (on) set.add(ordinal);
  else set.delete(ordinal);
  return [...set].sort((a, b) => a - b);
}
