/**
 * Reader for the Stoke-on-Trent threshold matrix (seed 002, source-notes §3.3).
 *
 * Layout: per level a heading ("Level 1: …"), a descriptor paragraph, then 2-column TSV rows
 * (`Child's Developmental Needs` | `Parents and Carers`) whose header row repeats on every page. Each cell
 * is a run of `<p>Dimension</p> <ul style="list-style-type: none"> • item • item …` blocks (no `<li>`, no
 * `</ul>`). "Family and Environmental Factors" is a banner inside the Parents and Carers cell, not a column.
 * Page continuations carry on the last dimension of the column without repeating its heading. At Level 1
 * three child dimensions overflowed the table and were converted as plain headings with `- ` bullets.
 * The Level 3 second-page row has no bullet glyphs at all: its items are run together and are split here
 * at full stops and at missing-full-stop capital boundaries (counting rule 2).
 */
import { STOKE_OVERRIDES, type StokeOverride } from '../overrides/stoke-on-trent.ts';
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

const AREA = 'stoke-on-trent' as const;

export const STOKE_LOCAL_DOMAINS = {
  child: "Child's Developmental Needs",
  parents: 'Parents and Carers',
  family: 'Family and Environmental Factors',
} as const;

const HEADER_ROW = `${STOKE_LOCAL_DOMAINS.child}\t${STOKE_LOCAL_DOMAINS.parents}`;
const BANNER_TEXT = STOKE_LOCAL_DOMAINS.family;
/** The first section heading after the matrix. */
const MATRIX_END = 'Consent and Confidentiality';
const LEVEL_HEADING = /^level\s+([1-4])\s*:\s*(\S.*)$/i;
const LIST_OPEN = /^<ul(\s[^>]*)?>$/i;

export interface StokeDimensionSpec {
  /** Canonical spelling (the majority spelling in the document). */
  label: string;
  /** Other spellings the document is known to print; any other heading is an ExtractionError. */
  variants: readonly string[];
  localDomain: string;
  domain: CanonicalDomain;
}

/** Every dimension heading the matrix prints, in document order. */
export const STOKE_DIMENSIONS: readonly StokeDimensionSpec[] = [
  ...(
    [
      ['Health', []],
      ['Education and Learning', []],
      ['Emotional and Behavioural Development', []],
      ['Emotional Development', []],
      ['Behavioural Development', []],
      // A printed heading of its own at L4 (source-notes flags it as a suspect heading); kept literal.
      ['Behavioural Development Continued', []],
      ['Identity and Self-esteem', ['Identity and Self-Esteem']],
      ['Family and Social Relationships', []],
      ['Social Presentation', []],
      ['Self-care Skills', ['Self-care skills']],
      ['Exploitation', []],
      ['Other Indicators', []],
    ] as const
  ).map(([label, variants]) => ({
    label,
    variants,
    localDomain: STOKE_LOCAL_DOMAINS.child,
    domain: 'child-development' as const,
  })),
  ...(
    [
      ['Basic Care, Safety and Protection', ['Basic Care, safety and Protection']],
      ['Emotional Warmth', []],
      ['Guidance, Boundaries and Stimulation', []],
    ] as const
  ).map(([label, variants]) => ({
    label,
    variants,
    localDomain: STOKE_LOCAL_DOMAINS.parents,
    domain: 'parenting-capacity' as const,
  })),
  ...(
    [
      ['Family History and Functioning', []],
      ['Housing, Employment and Finance', []],
      ["Family's Social Integration", ['Family Social Integration']],
      ['Community Resources', []],
    ] as const
  ).map(([label, variants]) => ({
    label,
    variants,
    localDomain: STOKE_LOCAL_DOMAINS.family,
    domain: 'family-environment' as const,
  })),
];

function findDimension(printed: string): StokeDimensionSpec | undefined {
  return STOKE_DIMENSIONS.find((d) => d.label === printed || d.variants.includes(printed));
}

/**
 * Phrases that make an item's level depend on whether a parent is protective and engaging
 * (source-notes §3.3.3 "Protectiveness drives the level"). Matched case-insensitively.
 */
export const PROTECTIVENESS_PHRASES: readonly RegExp[] = [
  /\bprotective parent\b/i,
  /\black(?:s)? willingness to protect\b/i,
  /\bparents are accessing support and services\b/i,
  /\bwithout parental support\b/i,
  /\b(?:parents|family) are accepting of support\b/i,
  /\bparent\/carer is actively engaged in supporting interventions\b/i,
  /\bno family support or protection\b/i,
];

// ---------------------------------------------------------------------------------------------------
// Run-on segmentation (counting rule 2)
// ---------------------------------------------------------------------------------------------------

/** Words after which a capitalised word continues the phrase ("periods of Local Authority accommodation"). */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'into',
  'and',
  'or',
  'nor',
  'as',
  'via',
  'than',
  'about',
  'under',
  'over',
  'within',
  'without',
  'between',
  'including',
  'such',
]);
const ABBREVIATIONS = /^(?:e\.g|i\.e|etc|eg|ie|viz|cf|no|vs)\.$/i;
/** Sentences that qualify the previous statement and cannot stand alone stay with it. */
const QUALIFIER_STARTERS = new Set(['However', 'But', 'Although', 'Though', 'Unless', 'Except']);

export type RunOnBoundary = 'sentence' | 'capital';

export interface RunOnSegment {
  text: string;
  /** How this segment is separated from the previous one (undefined for the first). */
  boundaryBefore?: RunOnBoundary;
  /** Parentheticals or qualifier sentences kept with this segment instead of being split off. */
  kept: string[];
}

/**
 * Split an unbulleted list's text into statements: at a full stop followed by a capitalised word, and at
 * a capitalised word directly after a lower-case word (a lost full stop: "…unpredictability At risk…"),
 * unless the lower-case word is a function word ("of Local Authority"). A parenthetical or a qualifier
 * sentence ("However …") is kept with the statement before it.
 */
export function segmentRunOn(text: string): RunOnSegment[] {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length === 0) return [];
  const segments: RunOnSegment[] = [];
  let start = words[0]!.index;
  let boundaryBefore: RunOnBoundary | undefined;
  let kept: string[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const prev = words[i - 1]![0];
    const cur = words[i]![0];
    const curIndex = words[i]!.index;
    const sentenceEnd = /[.!?]$/.test(prev) && !ABBREVIATIONS.test(prev);
    let boundary: RunOnBoundary | undefined;
    if (sentenceEnd && /^[A-Z'‘"“]/.test(cur)) boundary = 'sentence';
    else if (
      /^[A-Z][a-z]/.test(cur) &&
      /[a-z)]$/.test(prev) &&
      !/^[A-Z]/.test(prev) &&
      !FUNCTION_WORDS.has(prev.toLowerCase())
    )
      boundary = 'capital';
    if (sentenceEnd && cur.startsWith('(')) kept.push(cur);
    if (boundary !== undefined && QUALIFIER_STARTERS.has(cur)) {
      kept.push(cur);
      boundary = undefined;
    }
    if (boundary !== undefined) {
      segments.push({ text: text.slice(start, curIndex).trim(), boundaryBefore, kept });
      start = curIndex;
      boundaryBefore = boundary;
      kept = [];
    }
  }
  segments.push({ text: text.slice(start).trim(), boundaryBefore, kept });
  return segments;
}

// ---------------------------------------------------------------------------------------------------
// Reader
// ---------------------------------------------------------------------------------------------------

type ColumnIndex = 0 | 1;

interface ColumnState {
  dimension: StokeDimensionSpec | undefined;
  /** The line where the current dimension's heading was printed. */
  headingLine: number;
  /** Parents column only: the Family and Environmental Factors banner has been passed. */
  pastBanner: boolean;
}

interface Draft {
  level: LevelOrdinal;
  /** The dimension the text attributes the item to (literal). */
  literal: StokeDimensionSpec;
  /** The dimension after reviewed overrides (editorial); equals `literal` unless reattributed. */
  editorial: StokeDimensionSpec;
  text: string;
  spans: LineSpan[];
  ops: ExtractionOp[];
  flags: RawIndicatorFlags;
}

interface HeadingSeen {
  spec: StokeDimensionSpec;
  printed: string;
  level: LevelOrdinal;
  line: number;
  items: number;
}

const STRIP_HTML: ExtractionOp = {
  op: 'strip_markup',
  rule: 'counting-rule-1',
  note: 'removed the • glyph and the <p>/<ul> markup of the cell',
};
const STRIP_MD: ExtractionOp = {
  op: 'strip_markup',
  rule: 'counting-rule-1',
  note: 'removed the markdown "- " bullet marker (Level 1 child dimensions that overflowed the table)',
};

class StokeMatrixParser {
  readonly #file: string;
  readonly #lines: readonly string[];
  readonly drafts: Draft[] = [];
  readonly headings: HeadingSeen[] = [];
  mechanicalCount = 0;
  #level: LevelOrdinal | undefined;
  #columns: [ColumnState, ColumnState] = [this.#freshColumn(), this.#freshColumn()];
  #overflow: HeadingSeen | undefined;

  constructor(lines: readonly string[], file: string) {
    this.#lines = lines;
    this.#file = file;
  }

  #error(line: number, message: string): never {
    throw new ExtractionError(this.#file, line, message);
  }

  #freshColumn(): ColumnState {
    return { dimension: undefined, headingLine: 0, pastBanner: false };
  }

  parse(): void {
    const start = this.#lines.findIndex((l) => /^level\s+1\s*:/i.test(l.trim()));
    if (start < 0) this.#error(1, 'Stoke matrix not found: no "Level 1:" heading');
    const endOffset = this.#lines.slice(start).findIndex((l) => l.trim() === MATRIX_END);
    if (endOffset < 0) {
      this.#error(
        start + 1,
        `Stoke matrix has no end: the "${MATRIX_END}" heading after the Level 1 heading is missing`,
      );
    }
    const end = start + endOffset; // 0-based index of the end heading
    type Expect = 'level' | 'descriptor' | 'header' | 'body';
    let expect: Expect = 'level';
    for (let i = start; i < end; i += 1) {
      const lineNo = i + 1;
      const raw = this.#lines[i]!;
      const line = raw.trim();
      if (line === '') continue;
      const levelMatch = LEVEL_HEADING.exec(line);
      if (levelMatch && !raw.includes('\t')) {
        if (expect === 'descriptor' || expect === 'header') {
          this.#error(lineNo, `level heading before the previous level's table ("${line}")`);
        }
        this.#openLevel(Number(levelMatch[1]), lineNo);
        expect = 'descriptor';
        continue;
      }
      switch (expect) {
        case 'level':
          this.#error(lineNo, `expected a "Level n:" heading, found "${line.slice(0, 60)}"`);
          break;
        case 'descriptor':
          // The level-descriptor paragraph (counting rule 7): skipped deliberately, not an indicator.
          if (raw.includes('\t') || line.startsWith('<') || line.startsWith('- ')) {
            this.#error(lineNo, 'expected the level descriptor paragraph after the level heading');
          }
          expect = 'header';
          break;
        case 'header':
          if (raw.trim() !== HEADER_ROW) {
            this.#error(lineNo, `expected the column header row "${HEADER_ROW.replace('\t', '⇥')}"`);
          }
          expect = 'body';
          break;
        case 'body':
          this.#bodyLine(raw, lineNo);
          break;
      }
    }
    if (expect !== 'body') this.#error(end + 1, 'matrix ended before the Level 4 table');
    if (this.#level !== 4) this.#error(end + 1, `matrix ended at Level ${this.#level}; expected 4 levels`);
    this.#closeLevel();
  }

  #openLevel(ordinal: number, lineNo: number): void {
    const expected = (this.#level ?? 0) + 1;
    if (ordinal !== expected)
      this.#error(lineNo, `found Level ${ordinal} heading; expected Level ${expected}`);
    if (this.#level !== undefined) this.#closeLevel();
    this.#level = ordinal as LevelOrdinal;
    this.#columns = [this.#freshColumn(), this.#freshColumn()];
    this.#overflow = undefined;
  }

  /** Every dimension heading printed in the level must have produced at least one indicator. */
  #closeLevel(): void {
    for (const h of this.headings) {
      if (h.level === this.#level && h.items === 0) {
        this.#error(h.line, `dimension heading "${h.printed}" at Level ${h.level} has no items`);
      }
    }
  }

  #bodyLine(raw: string, lineNo: number): void {
    const line = raw.trim();
    if (line === HEADER_ROW) {
      // Page-repeat of the column header row: a known non-indicator row, skipped deliberately.
      this.#overflow = undefined;
      return;
    }
    if (raw.includes('\t')) {
      this.#overflow = undefined;
      const cells = raw.split('\t');
      if (cells.length !== 2) {
        this.#error(lineNo, `table row has ${cells.length} cells; the Stoke matrix has 2 columns`);
      }
      this.#cell(cells[0]!, 0, lineNo);
      this.#cell(cells[1]!, 1, lineNo);
      return;
    }
    if (line.startsWith('<')) this.#error(lineNo, 'table row without a column separator (tab)');
    if (line.startsWith('- ')) {
      if (this.#overflow === undefined) {
        this.#error(lineNo, 'markdown bullet outside the table with no dimension heading before it');
      }
      this.mechanicalCount += 1;
      this.#overflow.items += 1;
      this.drafts.push(
        this.#draft(this.#overflow.spec, line.slice(2).trim(), lineNo, [{ ...STRIP_MD }], undefined),
      );
      return;
    }
    // A plain line inside the matrix must be a child dimension heading that overflowed the table (L1).
    const spec = findDimension(line);
    if (spec === undefined) {
      this.#error(lineNo, `unrecognised line inside the matrix: "${line.slice(0, 80)}"`);
    }
    if (spec.domain !== 'child-development') {
      this.#error(lineNo, `"${line}" printed outside the table; only child dimensions are expected there`);
    }
    this.#overflow = this.#recordHeading(spec, line, lineNo);
  }

  #recordHeading(spec: StokeDimensionSpec, printed: string, lineNo: number): HeadingSeen {
    const seen: HeadingSeen = { spec, printed, level: this.#level!, line: lineNo, items: 0 };
    this.headings.push(seen);
    return seen;
  }

  #draft(
    spec: StokeDimensionSpec,
    text: string,
    lineNo: number,
    ops: ExtractionOp[],
    continuation: ColumnState | undefined,
  ): Draft {
    if (text === '') this.#error(lineNo, `empty item under "${spec.label}"`);
    if (continuation !== undefined) {
      ops.push({
        op: 'merge_continuation',
        rule: 'stoke-page-continuation',
        note: `page continuation without a repeated heading: continues "${spec.label}" begun at L${continuation.headingLine}`,
      });
    }
    return {
      level: this.#level!,
      literal: spec,
      editorial: spec,
      text,
      spans: [{ file: this.#file, start: lineNo, end: lineNo }],
      ops,
      flags: {},
    };
  }

  /** Parse one table cell: `<p>` headings, banner `<div>`/`<p>`, `<ul>` lists of • items or run-on text. */
  #cell(cell: string, column: ColumnIndex, lineNo: number): void {
    const state = this.#columns[column];
    const tag = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/gi;
    let pos = 0;
    let inList = false;
    let continuation = true; // items before any heading in this cell continue the column's dimension
    let heading: HeadingSeen | undefined = this.#lastHeading(state);
    let lastItem: Draft | undefined;
    const where = `${column === 0 ? STOKE_LOCAL_DOMAINS.child : STOKE_LOCAL_DOMAINS.parents} cell`;

    const text = (chunk: string) => {
      if (chunk.trim() === '') return;
      if (!inList) this.#error(lineNo, `${where}: text outside a list: "${chunk.trim().slice(0, 60)}"`);
      if (state.dimension === undefined || heading === undefined) {
        this.#error(lineNo, `${where}: items before any dimension heading at Level ${this.#level}`);
      }
      const spec = state.dimension;
      const target = heading;
      const cont = continuation ? state : undefined;
      if (chunk.includes('•')) {
        const parts = chunk.split('•');
        if (parts[0]!.trim() !== '') {
          this.#error(lineNo, `${where}: text before the first • under "${spec.label}"`);
        }
        for (const part of parts.slice(1)) {
          this.mechanicalCount += 1;
          const item = part.trim();
          if (item === '') this.#error(lineNo, `${where}: empty • item under "${spec.label}"`);
          if (/^\(.*\)$/s.test(item)) {
            // Counting rule 4: a gloss the converter turned into its own bullet belongs to the item before.
            if (lastItem === undefined) {
              this.#error(lineNo, `${where}: gloss "${item}" has no item before it to attach to`);
            }
            lastItem.text = `${lastItem.text} ${item}`;
            lastItem.ops.push({
              op: 'merge_parenthetical',
              rule: 'counting-rule-4',
              note: `gloss bullet "${item}" merged into the item before it`,
            });
            continue;
          }
          lastItem = this.#draft(spec, item, lineNo, [{ ...STRIP_HTML }], cont);
          this.drafts.push(lastItem);
          target.items += 1;
        }
        return;
      }
      const segments = segmentRunOn(chunk);
      segments.forEach((segment, k) => {
        const ops: ExtractionOp[] = [
          { op: 'strip_markup', rule: 'counting-rule-1', note: 'removed the <p>/<ul> markup of the cell' },
        ];
        const next = segments[k + 1];
        for (const boundary of [segment.boundaryBefore, next?.boundaryBefore]) {
          if (boundary === undefined) continue;
          const op = boundary === 'sentence' ? 'split_sentence' : 'split_runon';
          if (ops.some((o) => o.op === op)) continue;
          ops.push({
            op,
            rule: 'counting-rule-2',
            note: `item ${k + 1} of ${segments.length} in an unbulleted list under "${spec.label}" (${
              boundary === 'sentence' ? 'split at a full stop' : 'split where a full stop was lost'
            })`,
          });
        }
        for (const keptText of segment.kept) {
          ops.push({
            op: 'merge_parenthetical',
            rule: 'counting-rule-2',
            note: `"${keptText}…" qualifies the statement before it and stays with it`,
          });
        }
        lastItem = this.#draft(spec, segment.text, lineNo, ops, cont);
        this.drafts.push(lastItem);
        target.items += 1;
      });
    };

    for (let m = tag.exec(cell); m !== null; m = tag.exec(cell)) {
      text(cell.slice(pos, m.index));
      const [whole, closing, name] = m;
      const tagName = name!.toLowerCase();
      if (tagName === 'ul') {
        if (closing === '/') inList = false;
        else if (!LIST_OPEN.test(whole)) this.#error(lineNo, `${where}: unexpected list markup ${whole}`);
        else inList = true;
        pos = m.index + whole.length;
        continue;
      }
      if ((tagName === 'p' || tagName === 'div') && closing === '') {
        const close = cell.toLowerCase().indexOf(`</${tagName}>`, m.index + whole.length);
        if (close < 0) this.#error(lineNo, `${where}: <${tagName}> without </${tagName}>`);
        const label = cell.slice(m.index + whole.length, close).trim();
        if (/[<•]/.test(label))
          this.#error(lineNo, `${where}: markup or bullets inside a heading: "${label}"`);
        pos = close + tagName.length + 3;
        tag.lastIndex = pos;
        inList = false;
        continuation = false;
        if (label === BANNER_TEXT) {
          if (column !== 1)
            this.#error(lineNo, `${where}: "${BANNER_TEXT}" banner outside the Parents and Carers cell`);
          if (state.pastBanner) this.#error(lineNo, `${where}: second "${BANNER_TEXT}" banner in one level`);
          state.pastBanner = true;
          state.dimension = undefined;
          if (lastItem !== undefined) {
            lastItem.ops.push({
              op: 'drop_heading',
              rule: 'stoke-banner',
              note: `the "${BANNER_TEXT}" banner follows this item on the same line and is not part of it`,
            });
          }
          continue;
        }
        if (tagName === 'div') this.#error(lineNo, `${where}: unexpected <div> "${label}"`);
        const spec = findDimension(label);
        if (spec === undefined) this.#error(lineNo, `${where}: unknown dimension heading "${label}"`);
        const expected: CanonicalDomain =
          column === 0 ? 'child-development' : state.pastBanner ? 'family-environment' : 'parenting-capacity';
        if (spec.domain !== expected) {
          this.#error(lineNo, `${where}: heading "${label}" (${spec.domain}) where ${expected} was expected`);
        }
        state.dimension = spec;
        state.headingLine = lineNo;
        heading = this.#recordHeading(spec, label, lineNo);
        lastItem = undefined;
        continue;
      }
      this.#error(lineNo, `${where}: unexpected markup ${whole}`);
    }
    text(cell.slice(pos));
  }

  #lastHeading(state: ColumnState): HeadingSeen | undefined {
    if (state.dimension === undefined) return undefined;
    for (let i = this.headings.length - 1; i >= 0; i -= 1) {
      const h = this.headings[i]!;
      if (h.level !== this.#level) return undefined;
      if (h.spec === state.dimension && h.line === state.headingLine) return h;
    }
    return undefined;
  }
}

function applyOverrides(
  drafts: Draft[],
  headings: readonly HeadingSeen[],
  overrides: readonly StokeOverride[],
  file: string,
): void {
  for (const o of overrides) {
    const matches = drafts.filter((d) => d.level === o.level && d.text.includes(o.match));
    if (matches.length !== 1) {
      throw new ExtractionError(
        file,
        o.lineHint,
        `override ${o.id}: "${o.match}" matches ${matches.length} indicators at Level ${o.level}; expected exactly 1`,
      );
    }
    const d = matches[0]!;
    if (d.literal.label !== o.literalDimension) {
      throw new ExtractionError(
        file,
        d.spans[0]!.start,
        `override ${o.id}: the item is printed under "${d.literal.label}", not "${o.literalDimension}"`,
      );
    }
    const moved =
      d.spans[0]!.start === o.lineHint ? '' : ` (reviewed at L${o.lineHint}, now at L${d.spans[0]!.start})`;
    const rule = `override:${o.id}`;
    const action = o.action;
    if (action.kind === 'reattribute') {
      const target = STOKE_DIMENSIONS.find((s) => s.label === action.dimension);
      if (target === undefined) {
        throw new ExtractionError(
          file,
          o.lineHint,
          `override ${o.id}: unknown dimension "${action.dimension}"`,
        );
      }
      if (!headings.some((h) => h.level === o.level && h.spec === target)) {
        throw new ExtractionError(
          file,
          o.lineHint,
          `override ${o.id}: "${target.label}" is not printed at Level ${o.level}; reattribute only within the level's own dimensions`,
        );
      }
      d.editorial = target;
      d.flags.literalDimension = d.literal.label;
      d.ops.push({
        op: 'reattribute_dimension',
        rule: 'source-notes-3.3.3',
        note: `printed under "${d.literal.label}"; editorial reading "${target.label}"`,
      });
    } else {
      d.flags.conditionalOnProtectiveness = true;
    }
    d.ops.push({ op: 'override', rule, note: `${o.reason}${moved}` });
  }
}

/** Merge line spans that touch or are separated only by blank lines. */
function mergeSpans(spans: LineSpan[], lines: readonly string[]): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: LineSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    const gapIsBlank = last !== undefined && lines.slice(last.end, s.start - 1).every((l) => l.trim() === '');
    if (last !== undefined && (s.start <= last.end + 1 || gapIsBlank)) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Build a Stoke reader with a given override list (the exported `readMatrix` uses the reviewed one). */
export function createStokeMatrixReader(overrides: readonly StokeOverride[]): AreaMatrixReader {
  return (lines, file): AreaMatrixReading => {
    const parser = new StokeMatrixParser(lines, file);
    parser.parse();
    const { drafts, headings } = parser;
    for (const d of drafts) {
      if (PROTECTIVENESS_PHRASES.some((p) => p.test(d.text))) d.flags.conditionalOnProtectiveness = true;
    }
    applyOverrides(drafts, headings, overrides, file);

    const order = new Map<string, number>();
    const indicators: RawIndicator[] = drafts.map((d) => {
      const key = `${d.level}\u0000${d.editorial.label}`;
      const orderInCell = (order.get(key) ?? 0) + 1;
      order.set(key, orderInCell);
      return {
        area: AREA,
        level: d.level,
        localDimension: d.editorial.label,
        localDomain: d.editorial.localDomain,
        domain: d.editorial.domain,
        textVerbatim: d.text,
        spans: d.spans,
        ops: d.ops,
        orderInCell,
        flags: d.flags,
      };
    });

    const dimensions: RawDimension[] = [];
    for (const spec of STOKE_DIMENSIONS) {
      const seen = headings.filter((h) => h.spec === spec);
      if (seen.length === 0) continue;
      const itemSpans = drafts.filter((d) => d.literal === spec).flatMap((d) => d.spans);
      dimensions.push({
        label: spec.label,
        variants: [...new Set(seen.map((h) => h.printed).filter((p) => p !== spec.label))],
        localDomain: spec.localDomain,
        domain: spec.domain,
        levels: [...new Set(seen.map((h) => h.level))].sort((a, b) => a - b),
        spans: mergeSpans([...seen.map((h) => ({ file, start: h.line, end: h.line })), ...itemSpans], lines),
      });
    }
    return { area: AREA, file, indicators, dimensions, mechanicalCount: parser.mechanicalCount };
  };
}

export const readMatrix: AreaMatrixReader = createStokeMatrixReader(STOKE_OVERRIDES);

/**
 * Cells where this reading differs from the curated counts of source-notes §3.3.1 (literal attribution).
 * None: every one of the 62 printed (level, dimension) cells matches; see stoke-on-trent.md.
 */
export const knownCountDifferences: readonly KnownCountDifference[] = [];
