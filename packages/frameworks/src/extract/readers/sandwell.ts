/**
 * Reader for the Sandwell threshold matrix (Appendix 2 "Threshold Matrix", seed 001, source-notes §2.3).
 *
 * Layout: three domain tables (parents, family and environment, child development), each a 4-column
 * tab-separated table (Universal / Universal Plus / Targeted Additional Needs / Complex/ Significant Needs):
 * a title line, the level header, a level-descriptor row, a row repeating the domain in all four cells, then
 * data rows whose cells are `[<p>]<b>Dimension</b>[</p>] <ul> <li>…</li> … </ul>`, and a rule row of dashes.
 * A dimension heading is either inside each cell or a separate row of four bold headings. Rows without a
 * heading continue the dimension last named in that column: some follow a repeated domain row (a PDF page
 * break), some follow a blank line (the converter started a new row inside a page). A bullet cut by a page
 * break continues with a lowercase `<li>` and is merged back (counting rule 3).
 * After the child table come the "Response" and "*Examples of key agencies" rows and a footnote, which are
 * not indicators (counting rule 7).
 */
import {
  type AreaMatrixReader,
  type AreaMatrixReading,
  type CanonicalDomain,
  ExtractionError,
  type ExtractionOp,
  type KnownCountDifference,
  type LevelOrdinal,
  type LineSpan,
  type RawDimension,
  type RawIndicator,
  type RawIndicatorFlags,
} from '../reader-types.ts';

const AREA = 'sandwell' as const;

export const SANDWELL_MATRIX_HEADING = '## Appendix 2: Threshold Matrix';
/** The next appendix heading closes the matrix region. */
const REGION_END_RE = /^##\s+Appendix\s+3\b/;

/** Level names in column order, exactly as the header rows print them; ordinal = index + 1. */
export const SANDWELL_LEVEL_NAMES = [
  'Universal',
  'Universal Plus',
  'Targeted Additional Needs',
  'Complex/ Significant Needs',
] as const;

interface DimensionDefinition {
  label: string;
  /** Other spellings printed in the matrix (after markup is removed and &amp; decoded). */
  variants: readonly string[];
}

interface DomainDefinition {
  /** The domain as the in-table domain row prints it in all four cells. */
  label: string;
  /** Other printings of the domain: the table title and the repeated (bold, &amp;-encoded) page-break rows. */
  titles: readonly string[];
  domain: CanonicalDomain;
  dimensions: readonly DimensionDefinition[];
}

/** The matrix's domains and dimensions, in document order and spelled exactly as printed. */
export const SANDWELL_DOMAINS: readonly DomainDefinition[] = [
  {
    label: 'Parent or Carers Capacity',
    titles: ["Parent or Carer's Capacity"],
    domain: 'parenting-capacity',
    dimensions: [
      { label: 'Basic Care, Safety and Protection', variants: [] },
      { label: 'Emotional Warmth and Stability', variants: [] },
      { label: 'Guidance Boundaries and Stimulation', variants: ['Guidance, Boundaries and Stimulation'] },
    ],
  },
  {
    label: 'Family & Environmental Factors',
    titles: ['Family and Environmental Factors'],
    domain: 'family-environment',
    dimensions: [
      { label: 'Family & Social Relationships and Family Well-Being', variants: [] },
      { label: 'Housing, Employment and Finance', variants: [] },
      { label: 'Social and Community Resources', variants: [] },
    ],
  },
  {
    label: "Child or Young Person's Developmental Needs",
    titles: [],
    domain: 'child-development',
    dimensions: [
      { label: 'Learning/Education', variants: [] },
      { label: 'Health', variants: [] },
      { label: 'Social, Emotional, Behavioural, Identity', variants: [] },
      { label: 'Family and Social Relationships', variants: [] },
      { label: 'Self-Care and Independence', variants: [] },
    ],
  },
];

const RULE_STRIP = 'strip-markup';
const RULE_CONTINUATION = 'counting-rule-3:page-split-bullet-merged';

interface Item {
  text: string;
  spans: LineSpan[];
  ops: ExtractionOp[];
  flags: RawIndicatorFlags;
}

interface DimensionState {
  domain: DomainDefinition;
  definition: DimensionDefinition;
  variantsSeen: Set<string>;
  /** Items per level ordinal 1..4 (index 0..3). */
  cells: Item[][];
  lines: Set<number>;
  firstLine: number;
}

/** Removes `<b>`/`<p>` wrappers and decodes `&amp;`, for comparing headings (never used on indicator text). */
function headingText(cell: string): string {
  return cell
    .replace(/<\/?(?:p|b)\b[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitCells(line: string): string[] {
  return line.replace(/\r$/, '').split('\t');
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function allCellsEqual(cells: readonly string[], predicate: (cell: string) => boolean): boolean {
  return cells.length === 4 && cells.every(predicate);
}

function isLevelHeaderRow(cells: readonly string[]): boolean {
  return (
    allCellsEqual(cells, (cell) => SANDWELL_LEVEL_NAMES.includes(cell.trim() as never)) &&
    cells.every((cell, i) => cell.trim() === SANDWELL_LEVEL_NAMES[i])
  );
}

/** Four `<p>` paragraphs without a list: the level descriptors (counting rule 7). */
function isDescriptorRow(cells: readonly string[]): boolean {
  return allCellsEqual(cells, (cell) => /^<p>[\s\S]*<\/p>$/.test(cell.trim()) && !cell.includes('<li>'));
}

function isRuleRow(cells: readonly string[]): boolean {
  return allCellsEqual(cells, (cell) => /^-{3,}$/.test(cell.trim()));
}

/** The same label in all four cells (domain rows, separate dimension-heading rows, Response labels). */
function repeatedLabel(cells: readonly string[]): string | undefined {
  if (cells.length !== 4) return undefined;
  const labels = cells.map(headingText);
  const first = labels[0];
  if (!first || first.includes('<') || labels.some((label) => label !== first)) return undefined;
  return first;
}

/** A table title: a markdown `## ` heading or a label in cell 0 followed by empty cells. */
function tableTitle(cells: readonly string[]): string | undefined {
  const [first = '', ...rest] = cells;
  if (cells.length === 1) {
    const heading = /^##\s+(.+?)\s*$/.exec(first);
    return heading?.[1];
  }
  if (first.trim() !== '' && !first.includes('<') && rest.every((cell) => cell.trim() === ''))
    return first.trim();
  return undefined;
}

const CELL_RE = /^(?:<p>\s*)?(?:<b>([^<]*)<\/b>)?(?:\s*<\/p>)?\s*(<ul\b[^>]*>[\s\S]*<\/ul>)$/;
const LIST_RE = /^<ul\b[^>]*>([\s\S]*)<\/ul>$/;
const LI_RE = /<li>([\s\S]*?)<\/li>/g;

interface ParsedCell {
  heading?: string;
  items: string[];
}

function parseDataCell(cell: string, file: string, line: number, column: number): ParsedCell {
  const levelName = SANDWELL_LEVEL_NAMES[column];
  const trimmed = cell.trim();
  const match = CELL_RE.exec(trimmed);
  if (!match?.[2]) {
    throw new ExtractionError(
      file,
      line,
      `${levelName} cell is neither a <ul> list nor a bold heading followed by one: ${JSON.stringify(trimmed.slice(0, 80))}`,
    );
  }
  const inner = LIST_RE.exec(match[2])?.[1] ?? '';
  const items: string[] = [];
  let cursor = 0;
  LI_RE.lastIndex = 0;
  for (let li = LI_RE.exec(inner); li !== null; li = LI_RE.exec(inner)) {
    const between = inner.slice(cursor, li.index);
    if (between.trim() !== '') {
      throw new ExtractionError(
        file,
        line,
        `text outside <li> in the ${levelName} cell: ${JSON.stringify(between.trim())}`,
      );
    }
    cursor = li.index + li[0].length;
    const text = (li[1] ?? '').replace(/^\s*•\s*/, '').trim();
    if (text === '') throw new ExtractionError(file, line, `empty <li> in the ${levelName} cell`);
    const tag = /<\/?[A-Za-z][^>]*>/.exec(text);
    if (tag) {
      throw new ExtractionError(
        file,
        line,
        `unexpected markup ${JSON.stringify(tag[0])} inside an <li> in the ${levelName} cell`,
      );
    }
    items.push(text);
  }
  const rest = inner.slice(cursor);
  if (rest.trim() !== '') {
    throw new ExtractionError(
      file,
      line,
      `text outside <li> in the ${levelName} cell: ${JSON.stringify(rest.trim())}`,
    );
  }
  if (items.length === 0) throw new ExtractionError(file, line, `${levelName} cell has a list with no <li>`);
  return match[1] === undefined ? { items } : { heading: headingText(match[1]), items };
}

function crossReference(text: string): string | undefined {
  return /\brefer to (CE section|Appendix \d+)/i.exec(text)?.[1];
}

/** Collapses a set of line numbers into spans of consecutive lines. */
function linesToSpans(file: string, lines: Iterable<number>): LineSpan[] {
  const spans: LineSpan[] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && last.end + 1 === line) last.end = line;
    else spans.push({ file, start: line, end: line });
  }
  return spans;
}

type TableState = 'between' | 'titled' | 'header' | 'descriptor' | 'body';

export const readMatrix: AreaMatrixReader = (lines, file) => {
  const starts = lines.flatMap((line, i) => (line.trim() === SANDWELL_MATRIX_HEADING ? [i] : []));
  if (starts.length !== 1) {
    throw new ExtractionError(
      file,
      (starts[1] ?? 0) + 1,
      `expected exactly one "${SANDWELL_MATRIX_HEADING}" heading, found ${starts.length}`,
    );
  }
  const start = starts[0]!;
  const endOffset = lines.slice(start + 1).findIndex((line) => REGION_END_RE.test(line.trim()));
  if (endOffset < 0) {
    throw new ExtractionError(file, start + 1, 'no "## Appendix 3" heading after the matrix to close it');
  }
  const end = start + 1 + endOffset;

  const states = new Map<string, DimensionState>();
  const order: DimensionState[] = [];
  let mechanicalCount = 0;
  let tableState: TableState = 'between';
  let domain: DomainDefinition | undefined;
  const tablesSeen: DomainDefinition[] = [];
  /** The dimension each column is currently filling. */
  let columns: Array<DimensionState | undefined> = [undefined, undefined, undefined, undefined];
  /** Set by a Response or key-agencies label row: the next row is that row's content. */
  let skipNextAs: string | undefined;

  const resolveDimension = (label: string, line: number): DimensionState => {
    if (!domain) throw new ExtractionError(file, line, `dimension heading "${label}" outside a domain table`);
    const definition = domain.dimensions.find((d) => d.label === label || d.variants.includes(label));
    if (!definition) {
      throw new ExtractionError(
        file,
        line,
        `unknown dimension heading "${label}" in the "${domain.label}" table`,
      );
    }
    let state = states.get(definition.label);
    if (!state) {
      state = {
        domain,
        definition,
        variantsSeen: new Set(),
        cells: [[], [], [], []],
        lines: new Set(),
        firstLine: line,
      };
      states.set(definition.label, state);
      order.push(state);
    }
    if (label !== definition.label) state.variantsSeen.add(label);
    state.lines.add(line);
    return state;
  };

  /** A heading names a dimension for one column; it must not reopen a dimension already read in that column. */
  const openDimension = (column: number, label: string, line: number): DimensionState => {
    const state = resolveDimension(label, line);
    if (columns[column] !== state && (state.cells[column]?.length ?? 0) > 0) {
      throw new ExtractionError(
        file,
        line,
        `dimension "${state.definition.label}" is headed again in the ${SANDWELL_LEVEL_NAMES[column]} column after other dimensions`,
      );
    }
    columns[column] = state;
    return state;
  };

  for (let i = start + 1; i < end; i++) {
    const lineNo = i + 1;
    const raw = lines[i] ?? '';
    if (isBlank(raw)) continue;
    const cells = splitCells(raw);

    if (skipNextAs !== undefined) {
      if (cells.length !== 4) {
        throw new ExtractionError(
          file,
          lineNo,
          `expected the 4-cell "${skipNextAs}" row, found ${cells.length} cells`,
        );
      }
      skipNextAs = undefined; // Response text or key-agency lists: not indicators (counting rule 7)
      continue;
    }

    if (tableState === 'between') {
      const title = tableTitle(cells);
      const titled = title
        ? SANDWELL_DOMAINS.find(
            (d) => d.label === headingText(title) || d.titles.includes(headingText(title)),
          )
        : undefined;
      if (titled) {
        if (tablesSeen.includes(titled)) throw new ExtractionError(file, lineNo, `second "${title}" table`);
        domain = titled;
        tablesSeen.push(titled);
        columns = [undefined, undefined, undefined, undefined];
        tableState = 'titled';
        continue;
      }
      const label = repeatedLabel(cells);
      if (label === 'Response' || label === '*Examples of key agencies') {
        skipNextAs = label;
        continue;
      }
      if (/^\*\*\\\*\s.*\*\*$/.test(raw.trim())) continue; // "** \* Services may work across all levels of need**": footnote
      throw new ExtractionError(
        file,
        lineNo,
        `unexpected line between the matrix tables: ${JSON.stringify(raw.trim().slice(0, 80))}`,
      );
    }

    if (tableState === 'titled') {
      if (!isLevelHeaderRow(cells)) {
        throw new ExtractionError(
          file,
          lineNo,
          `expected the level header row (${SANDWELL_LEVEL_NAMES.join(' / ')})`,
        );
      }
      tableState = 'header';
      continue;
    }
    if (tableState === 'header') {
      if (!isDescriptorRow(cells))
        throw new ExtractionError(file, lineNo, 'expected the level-descriptor row');
      tableState = 'descriptor';
      continue;
    }
    if (tableState === 'descriptor') {
      const label = repeatedLabel(cells);
      if (label !== domain?.label) {
        throw new ExtractionError(
          file,
          lineNo,
          `expected the "${domain?.label}" domain row in all four cells`,
        );
      }
      tableState = 'body';
      continue;
    }

    // tableState === 'body'
    if (cells.length !== 4) {
      throw new ExtractionError(file, lineNo, `expected 4 tab-separated cells, found ${cells.length}`);
    }
    if (isRuleRow(cells)) {
      tableState = 'between';
      domain = undefined;
      continue;
    }
    const repeated = repeatedLabel(cells);
    if (repeated !== undefined && cells.every((cell) => !cell.includes('<ul'))) {
      if (repeated === domain?.label) continue; // domain row repeated at a PDF page break
      // A separate row of four bold dimension headings (e.g. "Emotional Warmth and Stability").
      if (!cells.every((cell) => /^<b>[^<]*<\/b>$/.test(cell.trim()))) {
        throw new ExtractionError(file, lineNo, `unexpected heading row "${repeated}"`);
      }
      for (let column = 0; column < 4; column++) openDimension(column, repeated, lineNo);
      continue;
    }

    // A data row.
    const parsed = cells.map((cell, column) =>
      cell.trim() === '' ? undefined : parseDataCell(cell, file, lineNo, column),
    );
    if (parsed.every((cell) => cell === undefined))
      throw new ExtractionError(file, lineNo, 'data row with no content');
    parsed.forEach((cell, column) => {
      if (!cell) return;
      mechanicalCount += cell.items.length;
      let state: DimensionState;
      if (cell.heading !== undefined) {
        state = openDimension(column, cell.heading, lineNo);
      } else {
        const current = columns[column];
        if (!current) {
          throw new ExtractionError(
            file,
            lineNo,
            `${SANDWELL_LEVEL_NAMES[column]} cell has no dimension heading and continues no earlier cell`,
          );
        }
        state = current;
        state.lines.add(lineNo);
      }
      const target = state.cells[column]!;
      cell.items.forEach((text, index) => {
        const span: LineSpan = { file, start: lineNo, end: lineNo };
        const previous = target.at(-1);
        if (/^[a-z]/.test(text)) {
          // A lowercase start is a bullet cut in two: only valid as the first item of a continuation cell
          // whose previous item has no closing punctuation.
          if (index !== 0 || cell.heading !== undefined || !previous || /[.!?;:)]$/.test(previous.text)) {
            throw new ExtractionError(
              file,
              lineNo,
              `<li> starting in lowercase (${JSON.stringify(text.slice(0, 40))}) in the ${SANDWELL_LEVEL_NAMES[column]} cell does not continue an unfinished bullet`,
            );
          }
          previous.text = `${previous.text} ${text}`;
          previous.spans.push(span);
          previous.ops.push({
            op: 'merge_continuation',
            rule: RULE_CONTINUATION,
            note: `continued on line ${lineNo}`,
          });
          const reference = crossReference(previous.text);
          if (reference) previous.flags.crossReference = reference;
          return;
        }
        const flags: RawIndicatorFlags = {};
        const reference = crossReference(text);
        if (reference) flags.crossReference = reference;
        target.push({
          text,
          spans: [span],
          ops: [{ op: 'strip_markup', rule: RULE_STRIP, note: 'removed <li>/<ul> tags and bullet glyph' }],
          flags,
        });
      });
    });
  }

  if (tableState !== 'between') {
    throw new ExtractionError(file, end, 'the matrix region ended inside a table (no closing rule row)');
  }
  if (skipNextAs !== undefined)
    throw new ExtractionError(file, end, `the "${skipNextAs}" row has no content row`);
  for (const definition of SANDWELL_DOMAINS) {
    if (!tablesSeen.includes(definition)) {
      throw new ExtractionError(file, start + 1, `the "${definition.label}" table is missing`);
    }
    for (const dimension of definition.dimensions) {
      const state = states.get(dimension.label);
      if (!state) throw new ExtractionError(file, start + 1, `dimension "${dimension.label}" is missing`);
      state.cells.forEach((items, column) => {
        if (items.length === 0) {
          throw new ExtractionError(
            file,
            state.firstLine,
            `dimension "${dimension.label}" has no ${SANDWELL_LEVEL_NAMES[column]} indicators`,
          );
        }
      });
    }
  }

  const indicators: RawIndicator[] = [];
  const dimensions: RawDimension[] = [];
  for (const state of order) {
    state.cells.forEach((items, column) => {
      items.forEach((item, index) => {
        indicators.push({
          area: AREA,
          level: (column + 1) as LevelOrdinal,
          localDimension: state.definition.label,
          localDomain: state.domain.label,
          domain: state.domain.domain,
          textVerbatim: item.text,
          spans: item.spans,
          ops: item.ops,
          orderInCell: index + 1,
          flags: item.flags,
        });
      });
    });
    dimensions.push({
      label: state.definition.label,
      variants: [...state.variantsSeen],
      localDomain: state.domain.label,
      domain: state.domain.domain,
      levels: [1, 2, 3, 4],
      spans: linesToSpans(file, state.lines),
    });
  }
  const reading: AreaMatrixReading = { area: AREA, file, indicators, dimensions, mechanicalCount };
  return reading;
};

/**
 * Cells where this reading differs from the curated counts of source-notes §2.3.1. None: every cell matches
 * (264 = 40 / 74 / 72 / 78). Kept as an explicit, tested list so a future difference has to be documented here.
 */
export const knownCountDifferences: readonly KnownCountDifference[] = [];
