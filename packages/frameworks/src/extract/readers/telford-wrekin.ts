/**
 * Reader for the Telford & Wrekin threshold matrix ("THRESHOLD DESCRIPTORS", seed 000, source-notes §1.3).
 *
 * Layout: a 4-column tab-separated table (Universal / Vulnerable / Complex / Acute). The header row repeats on
 * every PDF page; a domain row and a dimension row put their label in cell 0 followed by empty cells; each data
 * row holds one cell per level, `<ul style="list-style-type: none">` with no `<li>`. Cells are either
 * sentence style (items separated only by full stops) or carry inline `•` separators. A page break inside a
 * dimension repeats header, domain and dimension rows, then a continuation data row whose leading cells are
 * empty; its items are appended to the same cells.
 *
 * Counting (source-notes §0): one `•` bullet is one indicator; in a cell without bullets one sentence is one
 * indicator, with a leading parenthetical merged into the item before it, and the reviewed run-on splits and
 * qualifier merges from `overrides/telford-wrekin.ts` applied.
 */
import { TELFORD_WREKIN_OVERRIDES, type TelfordOverride } from '../overrides/telford-wrekin.ts';
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

const AREA = 'telford-wrekin' as const;

/** The heading line that opens the matrix (the contents page has the same words followed by a tab and page number). */
export const TELFORD_MATRIX_HEADING = 'THRESHOLD DESCRIPTORS';

/** Level names in column order; ordinal = index + 1. */
export const TELFORD_LEVEL_NAMES = ['Universal', 'Vulnerable', 'Complex', 'Acute'] as const;

interface DomainDefinition {
  label: string;
  domain: CanonicalDomain;
  dimensions: readonly string[];
}

/** The matrix's domains and dimensions, in document order and spelled exactly as printed. */
export const TELFORD_DOMAINS: readonly DomainDefinition[] = [
  {
    label: 'Parents or Carers Capacity',
    domain: 'parenting-capacity',
    dimensions: [
      'Basic Care, Safety and Protection',
      'Emotional Warmth and Stability',
      'Guidance Boundaries and Stimulation',
    ],
  },
  {
    label: 'Family and Environmental Factors',
    domain: 'family-environment',
    dimensions: [
      'Family and Social Relationships and Family Wellbeing',
      'Housing, Employment and Finance',
      'Social and Community Resources',
    ],
  },
  {
    label: "Child and Young Person's Developmental Needs",
    domain: 'child-development',
    dimensions: [
      'Learning/Education',
      'Health',
      'Social, Emotional, Behavioural, Identity',
      'Family and Social Relationships',
      'Self-care and Independence',
    ],
  },
];

const RULE_STRIP = 'strip-markup';
const RULE_SENTENCE = 'counting-rule-2:one-sentence-one-indicator';
const RULE_PARENTHETICAL = 'counting-rule-2:leading-parenthetical-joins-previous-item';
const RULE_PARENTHETICAL_RUNON = 'counting-rule-2:text-after-leading-parenthetical-is-new-item';

/** A piece of one physical cell: a character range of the cell's markup-free text. */
interface Piece {
  start: number;
  end: number;
  ops: ExtractionOp[];
  flags: RawIndicatorFlags;
}

interface CellItem {
  text: string;
  span: LineSpan;
  ops: ExtractionOp[];
  flags: RawIndicatorFlags;
}

interface DimensionState {
  definition: DomainDefinition;
  label: string;
  /** Items per level ordinal 1..4 (index 0..3). */
  cells: CellItem[][];
  blocks: LineSpan[];
  headingLine: number;
  dataRows: number;
}

function nameOfLevel(level: LevelOrdinal): string {
  return TELFORD_LEVEL_NAMES[level - 1] ?? `level ${level}`;
}

const TAG_RE = /<\/?(?:ul|li|p|b)\b[^>]*>/g;

/** Removes the list markup of a data cell; any other tag is structure this reader does not know. */
function stripCellMarkup(cell: string, file: string, line: number, level: LevelOrdinal): string {
  const text = cell.replace(TAG_RE, ' ');
  const unknownTag = /<\/?[A-Za-z][^>]*>/.exec(text);
  if (unknownTag) {
    throw new ExtractionError(
      file,
      line,
      `unexpected markup ${JSON.stringify(unknownTag[0])} in the ${TELFORD_LEVEL_NAMES[level - 1]} cell`,
    );
  }
  return text;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

function trimEndIndex(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}

/**
 * Splits sentence-style cell text into sentences: a run of `.`, `!` or `?` followed by whitespace and a
 * capital letter or an opening parenthesis ends a sentence, except after "e.g." / "i.e.".
 */
export function segmentSentences(text: string): Array<{ start: number; end: number }> {
  const result: Array<{ start: number; end: number }> = [];
  const boundary = /[.!?]+(?=\s+[A-Z(])/g;
  let start = skipWhitespace(text, 0);
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    if (/(?:^|[^A-Za-z])(?:e\.g|i\.e)$/i.test(text.slice(0, match.index))) continue;
    const end = match.index + match[0].length;
    if (end > start) result.push({ start, end });
    start = skipWhitespace(text, end);
  }
  const last = trimEndIndex(text, text.length);
  if (last > start) result.push({ start, end: last });
  return result;
}

/**
 * The mechanical count of source-notes §0 (313): split on `•` if present, else on ". " before a capital letter
 * or an opening parenthesis. No run-on splits, no merges.
 */
function naiveCount(text: string): number {
  if (text.includes('•')) return text.split('•').length - 1;
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return trimmed.split(/\.\s+(?=[A-Z(])/).length;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function overrideOp(entry: TelfordOverride): ExtractionOp {
  return { op: 'override', rule: `override:${entry.id}`, note: entry.reason };
}

/** Index of the parenthesis closing the one at `open`, or -1. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface OverrideUse {
  entry: TelfordOverride;
  lines: number[];
}

class CellReader {
  readonly file: string;
  readonly uses: Map<string, OverrideUse>;

  constructor(file: string, overrides: readonly TelfordOverride[]) {
    this.file = file;
    this.uses = new Map();
    for (const entry of overrides) {
      if (this.uses.has(entry.id)) {
        throw new ExtractionError(file, entry.lineHint, `override id ${entry.id} is listed twice`);
      }
      this.uses.set(entry.id, { entry, lines: [] });
    }
  }

  private use(entry: TelfordOverride, line: number): void {
    this.uses.get(entry.id)?.lines.push(line);
  }

  /** Reads one non-empty data cell into items, in reading order. */
  read(cell: string, line: number, level: LevelOrdinal): CellItem[] {
    const text = stripCellMarkup(cell, this.file, line, level);
    const span: LineSpan = { file: this.file, start: line, end: line };
    const strip: ExtractionOp = {
      op: 'strip_markup',
      rule: RULE_STRIP,
      note: text.includes('•') ? 'removed <ul> tag and bullet glyph' : 'removed <ul> tag',
    };
    if (text.includes('•')) return this.readBullets(text, line, level, span, strip);
    return this.readSentences(text, line, level, span, strip);
  }

  private readBullets(
    text: string,
    line: number,
    level: LevelOrdinal,
    span: LineSpan,
    strip: ExtractionOp,
  ): CellItem[] {
    const [lead = '', ...bullets] = text.split('•');
    if (lead.trim() !== '') {
      throw new ExtractionError(
        this.file,
        line,
        `${TELFORD_LEVEL_NAMES[level - 1]} cell mixes unbulleted text ${JSON.stringify(lead.trim().slice(0, 60))} with • bullets`,
      );
    }
    return bullets.map((bullet) => {
      const itemText = bullet.trim();
      if (itemText === '') {
        throw new ExtractionError(
          this.file,
          line,
          `empty • bullet in the ${TELFORD_LEVEL_NAMES[level - 1]} cell`,
        );
      }
      return this.finish(itemText, span, [strip], {}, line);
    });
  }

  private readSentences(
    text: string,
    line: number,
    level: LevelOrdinal,
    span: LineSpan,
    strip: ExtractionOp,
  ): CellItem[] {
    const levelName = nameOfLevel(level);
    let pieces: Piece[] = segmentSentences(text).map((range) => ({ ...range, ops: [], flags: {} }));
    if (pieces.length === 0)
      throw new ExtractionError(this.file, line, `${levelName} cell has a list with no text`);

    pieces = this.applyRunOnSplits(text, pieces, line);
    pieces = this.applyLeadingParentheticals(text, pieces, line, levelName);
    pieces = this.applyQualifierMerges(text, pieces, line, levelName);

    const split: ExtractionOp[] =
      pieces.length > 1
        ? [{ op: 'split_sentence', rule: RULE_SENTENCE, note: 'cell has no bullet markers' }]
        : [];
    return pieces.map((piece) =>
      this.finish(
        text.slice(piece.start, piece.end),
        span,
        [strip, ...split, ...piece.ops],
        piece.flags,
        line,
      ),
    );
  }

  private applyRunOnSplits(text: string, pieces: Piece[], line: number): Piece[] {
    const out: Piece[] = [];
    const queue = [...pieces];
    while (queue.length > 0) {
      const piece = queue.shift()!;
      const pieceText = text.slice(piece.start, piece.end);
      let splitDone = false;
      for (const { entry } of this.uses.values()) {
        if (entry.kind !== 'split_runon') continue;
        const match = new RegExp(`${escapeRegExp(entry.before)}(\\s+)${escapeRegExp(entry.after)}`).exec(
          pieceText,
        );
        if (!match) continue;
        this.use(entry, line);
        const firstEnd = piece.start + match.index + entry.before.length;
        const secondStart = firstEnd + (match[1]?.length ?? 0);
        const op: ExtractionOp = {
          op: 'split_runon',
          rule: `override:${entry.id}`,
          note: 'full stop lost between two statements',
        };
        out.push({
          start: piece.start,
          end: firstEnd,
          ops: [...piece.ops, op, overrideOp(entry)],
          flags: piece.flags,
        });
        // The second half may itself hold a further run-on, so it goes back on the queue.
        queue.unshift({ start: secondStart, end: piece.end, ops: [op, overrideOp(entry)], flags: {} });
        splitDone = true;
        break;
      }
      if (!splitDone) out.push(piece);
    }
    return out;
  }

  /**
   * "(See wider family and environmental factors)." belongs to the item before it. When more text follows the
   * closing parenthesis without a full stop, that text is a new item (the PDF lost the boundary).
   */
  private applyLeadingParentheticals(
    text: string,
    pieces: Piece[],
    line: number,
    levelName: string,
  ): Piece[] {
    const out: Piece[] = [];
    for (const piece of pieces) {
      if (text.charAt(piece.start) !== '(') {
        out.push(piece);
        continue;
      }
      const previous = out.at(-1);
      if (!previous) {
        throw new ExtractionError(
          this.file,
          line,
          `${levelName} cell starts with a parenthetical that has no item to attach to`,
        );
      }
      const close = matchingParen(text, piece.start);
      if (close < 0 || close >= piece.end) {
        throw new ExtractionError(this.file, line, `unbalanced parenthesis in the ${levelName} cell`);
      }
      let parenEnd = close + 1;
      while (parenEnd < piece.end && /[.!?]/.test(text.charAt(parenEnd))) parenEnd++;
      previous.end = parenEnd;
      previous.ops.push({
        op: 'merge_parenthetical',
        rule: RULE_PARENTHETICAL,
        note: JSON.stringify(text.slice(piece.start, parenEnd)),
      });
      const rest = skipWhitespace(text, parenEnd);
      if (rest < piece.end) {
        out.push({
          start: rest,
          end: piece.end,
          ops: [
            ...piece.ops,
            {
              op: 'split_runon',
              rule: RULE_PARENTHETICAL_RUNON,
              note: 'no full stop after the parenthetical',
            },
          ],
          flags: piece.flags,
        });
      }
    }
    return out;
  }

  private applyQualifierMerges(text: string, pieces: Piece[], line: number, levelName: string): Piece[] {
    const out: Piece[] = [];
    for (const piece of pieces) {
      const pieceText = text.slice(piece.start, piece.end);
      const entry = [...this.uses.values()]
        .map((use) => use.entry)
        .find((candidate) => candidate.kind === 'merge_qualifier' && candidate.sentence === pieceText);
      if (!entry) {
        out.push(piece);
        continue;
      }
      const previous = out.at(-1);
      if (!previous) {
        throw new ExtractionError(
          this.file,
          line,
          `override ${entry.id}: qualifier opens the ${levelName} cell, so there is no item to merge it into`,
        );
      }
      this.use(entry, line);
      previous.end = piece.end;
      previous.ops.push(
        { op: 'merge_parenthetical', rule: `override:${entry.id}`, note: 'qualifier sentence merged' },
        overrideOp(entry),
      );
    }
    return out;
  }

  private finish(
    text: string,
    span: LineSpan,
    ops: ExtractionOp[],
    flags: RawIndicatorFlags,
    line: number,
  ): CellItem {
    const resultFlags: RawIndicatorFlags = { ...flags };
    const resultOps = [...ops];
    const reference = /\brefer to (CE section|Appendix \d+)/i.exec(text);
    if (reference?.[1]) resultFlags.crossReference = reference[1];
    for (const use of this.uses.values()) {
      const entry = use.entry;
      if (entry.kind === 'cross_reference' && entry.text === text) {
        this.use(entry, line);
        resultFlags.crossReference = entry.target;
        resultOps.push(overrideOp(entry));
      }
    }
    return { text, span: { ...span }, ops: resultOps, flags: resultFlags };
  }

  /** Every override must have matched exactly once; anything else means the source changed under it. */
  verifyAllUsed(): void {
    for (const { entry, lines } of this.uses.values()) {
      if (lines.length !== 1) {
        const where =
          lines.length === 0
            ? 'matched nothing'
            : `matched ${lines.length} times (lines ${lines.join(', ')})`;
        throw new ExtractionError(
          this.file,
          lines[0] ?? entry.lineHint,
          `override ${entry.id} ${where}; review it against the source text`,
        );
      }
    }
  }
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function splitCells(line: string): string[] {
  return line.replace(/\r$/, '').split('\t');
}

function isHeaderRow(cells: readonly string[]): boolean {
  return (
    cells.length === TELFORD_LEVEL_NAMES.length &&
    cells.every((cell, i) => cell.trim() === TELFORD_LEVEL_NAMES[i])
  );
}

/** The level-descriptor row: one `<p>` paragraph per level, not indicators (counting rule 7). */
function isDescriptorRow(cells: readonly string[]): boolean {
  return cells.length === 4 && cells.every((cell) => /^<p>[\s\S]*<\/p>$/.test(cell.trim()));
}

/** A domain or dimension row: a label in cell 0, every other cell empty. */
function headingLabel(cells: readonly string[]): string | undefined {
  const [first = '', ...rest] = cells;
  if (cells.length < 2 || first.trim() === '' || first.includes('<')) return undefined;
  return rest.every((cell) => cell.trim() === '') ? first.trim().replace(/\s+/g, ' ') : undefined;
}

/** Builds a Telford reader; `readMatrix` uses the reviewed overrides, tests may pass others. */
export function createTelfordWrekinReader(overrides: readonly TelfordOverride[]): AreaMatrixReader {
  return (lines, file) => {
    const headingIndexes = lines.flatMap((line, i) => (line.trim() === TELFORD_MATRIX_HEADING ? [i] : []));
    if (headingIndexes.length !== 1) {
      throw new ExtractionError(
        file,
        (headingIndexes[1] ?? 0) + 1,
        `expected exactly one "${TELFORD_MATRIX_HEADING}" heading line, found ${headingIndexes.length}`,
      );
    }
    const headingIndex = headingIndexes[0]!;

    const reader = new CellReader(file, overrides);
    const dimensionStates = new Map<string, DimensionState>();
    const dimensionOrder: DimensionState[] = [];
    let mechanicalCount = 0;
    let inTable = false;
    let domain: DomainDefinition | undefined;
    let dimension: DimensionState | undefined;
    /** Line of the dimension row that the next data row belongs to. */
    let pendingHeadingLine: number | undefined;
    let headerSinceLastData = false;
    let lastDataDimension: DimensionState | undefined;

    let i = headingIndex + 1;
    for (; i < lines.length; i++) {
      const lineNo = i + 1;
      const raw = lines[i] ?? '';
      if (isBlank(raw)) continue;
      const cells = splitCells(raw);

      if (!inTable) {
        if (isHeaderRow(cells)) {
          inTable = true;
          headerSinceLastData = true;
          continue;
        }
        if (cells.length > 1) {
          throw new ExtractionError(
            file,
            lineNo,
            'table row before the first Universal/Vulnerable/Complex/Acute header',
          );
        }
        continue; // introductory prose under the heading ("Consider the Assessment Framework domains above …")
      }
      if (cells.length === 1) break; // first paragraph after the table ends the matrix

      if (isHeaderRow(cells)) {
        headerSinceLastData = true; // repeated on every PDF page
        continue;
      }
      if (isDescriptorRow(cells)) {
        if (domain) throw new ExtractionError(file, lineNo, 'level-descriptor row inside the matrix body');
        continue; // level descriptors (counting rule 7)
      }
      if (cells.length !== 4) {
        throw new ExtractionError(file, lineNo, `expected 4 tab-separated cells, found ${cells.length}`);
      }

      const label = headingLabel(cells);
      if (label !== undefined) {
        const domainMatch = TELFORD_DOMAINS.find((d) => d.label === label);
        if (domainMatch) {
          domain = domainMatch;
          pendingHeadingLine = undefined;
          continue;
        }
        if (!domain)
          throw new ExtractionError(file, lineNo, `dimension row "${label}" before any domain row`);
        if (!domain.dimensions.includes(label)) {
          const elsewhere = TELFORD_DOMAINS.find((d) => d.dimensions.includes(label));
          throw new ExtractionError(
            file,
            lineNo,
            elsewhere
              ? `dimension "${label}" belongs to "${elsewhere.label}" but appears under "${domain.label}"`
              : `unknown heading row "${label}" (not a Telford domain or dimension)`,
          );
        }
        if (pendingHeadingLine !== undefined && dimension) {
          throw new ExtractionError(
            file,
            pendingHeadingLine,
            `dimension row "${dimension.label}" has no data row before the next heading`,
          );
        }
        let state = dimensionStates.get(label);
        if (state && state !== lastDataDimension) {
          throw new ExtractionError(
            file,
            lineNo,
            `dimension "${label}" appears again after other dimensions (first at line ${state.headingLine})`,
          );
        }
        if (!state) {
          state = {
            definition: domain,
            label,
            cells: [[], [], [], []],
            blocks: [],
            headingLine: lineNo,
            dataRows: 0,
          };
          dimensionStates.set(label, state);
          dimensionOrder.push(state);
        }
        dimension = state;
        pendingHeadingLine = lineNo;
        continue;
      }

      // A data row: one <ul> cell per level.
      if (!dimension || pendingHeadingLine === undefined) {
        throw new ExtractionError(file, lineNo, 'data row without a dimension row directly before it');
      }
      if (dimension.dataRows > 0 && !headerSinceLastData) {
        throw new ExtractionError(
          file,
          lineNo,
          `second data row for "${dimension.label}" without a page-break header row before it`,
        );
      }
      cells.forEach((cell, column) => {
        const level = (column + 1) as LevelOrdinal;
        if (cell.trim() === '') return;
        if (!cell.trim().startsWith('<ul')) {
          throw new ExtractionError(
            file,
            lineNo,
            `${TELFORD_LEVEL_NAMES[column]} cell is not a <ul> list: ${JSON.stringify(cell.trim().slice(0, 60))}`,
          );
        }
        mechanicalCount += naiveCount(stripCellMarkup(cell, file, lineNo, level));
        dimension?.cells[column]?.push(...reader.read(cell, lineNo, level));
      });
      dimension.blocks.push({ file, start: pendingHeadingLine, end: lineNo });
      dimension.dataRows++;
      lastDataDimension = dimension;
      pendingHeadingLine = undefined;
      headerSinceLastData = false;
    }

    if (!inTable) {
      throw new ExtractionError(
        file,
        headingIndex + 1,
        'no Universal/Vulnerable/Complex/Acute header after the heading',
      );
    }
    if (pendingHeadingLine !== undefined && dimension) {
      throw new ExtractionError(
        file,
        pendingHeadingLine,
        `dimension row "${dimension.label}" has no data row`,
      );
    }
    for (const definition of TELFORD_DOMAINS) {
      for (const label of definition.dimensions) {
        const state = dimensionStates.get(label);
        if (!state)
          throw new ExtractionError(file, i, `the matrix ended before dimension "${label}" appeared`);
        state.cells.forEach((items, column) => {
          if (items.length === 0) {
            throw new ExtractionError(
              file,
              state.headingLine,
              `dimension "${label}" has no ${TELFORD_LEVEL_NAMES[column]} indicators`,
            );
          }
        });
      }
    }
    reader.verifyAllUsed();

    const indicators: RawIndicator[] = [];
    const dimensions: RawDimension[] = [];
    for (const state of dimensionOrder) {
      state.cells.forEach((items, column) => {
        items.forEach((item, index) => {
          indicators.push({
            area: AREA,
            level: (column + 1) as LevelOrdinal,
            localDimension: state.label,
            localDomain: state.definition.label,
            domain: state.definition.domain,
            textVerbatim: item.text,
            spans: [item.span],
            ops: item.ops,
            orderInCell: index + 1,
            flags: item.flags,
          });
        });
      });
      dimensions.push({
        label: state.label,
        variants: [],
        localDomain: state.definition.label,
        domain: state.definition.domain,
        levels: [1, 2, 3, 4],
        spans: state.blocks,
      });
    }
    const reading: AreaMatrixReading = { area: AREA, file, indicators, dimensions, mechanicalCount };
    return reading;
  };
}

export const readMatrix: AreaMatrixReader = createTelfordWrekinReader(TELFORD_WREKIN_OVERRIDES);

/**
 * Cells where this reading differs from the curated counts of source-notes §1.3.1. None: every cell matches
 * (314 = 50 / 81 / 86 / 97). Kept as an explicit, tested list so a future difference has to be documented here.
 */
export const knownCountDifferences: readonly KnownCountDifference[] = [];
