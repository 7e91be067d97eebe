/**
 * Reader for Dudley's "Level of need descriptors" matrix (seed 004, source-notes §5.3).
 *
 * The matrix is markdown with five first-person themes (Education; Emotional & Behavioural Development;
 * Health, Care & Protection; Parents/Carers; Risks outside of my home). The PDF's four-column layout was
 * lost in conversion: every theme block prints a "Level 1" heading, a "Level 2" heading and a "Level 4"
 * heading, but never a "Level 3" one, and Level 3 and Level 4 content sit under the one "Level 4" heading.
 *
 * How the reader recovers the columns:
 * - A theme block starts at each "Level 1: Universal Services" heading.
 * - Inside a block, bullets fall into runs ("columns"). A run ends at a level heading, a theme heading
 *   (including a repeated one with no level heading, which is how the converter marks the lost Level 3
 *   column), a footnote, or a blank line between two ordinary bullets (the Education and Parents/Carers
 *   Level 3/Level 4 boundary). Blank lines around a bullet that was rendered as a heading do not end a run.
 * - Every block must have exactly four runs; run k is Level k. Printed level headings are checked against
 *   that reading (each must come before its column starts, in ascending order), and Levels 1, 2 and 4 must
 *   be printed. A run with no printed heading (Level 3) gets `flags.levelInferred` with the evidence, and an
 *   `infer_level_from_blank_line` op.
 *
 * Bullets: `- `, `- · ` (double marker, counted once), `• `, indented `  - ` sub-bullets (counted, as the
 * Level 3 column states the same conditions as separate bullets), a bullet rendered as a heading
 * (`# • …`, or an unlabelled `####` heading that a lower-case unmarked line completes). Indented unmarked
 * lines wrap the bullet above. Marked fragments that start in lower case are settled by reviewed overrides
 * (`../overrides/dudley.ts`). Footnote lines ("\* These themes indicate a strategy discussion…") are
 * skipped; a trailing `\*` on a bullet sets `flags.strategyDiscussion` and is kept in the verbatim text.
 */

import { DUDLEY_OVERRIDES, type DudleyFragmentOverride } from '../overrides/dudley.ts';
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
} from '../reader-types.ts';

const AREA = 'dudley' as const;

/** The heading that opens the matrix and the one that follows it. */
const START_HEADING = 'Level of need descriptors';
const END_HEADING = 'Moving between levels of need';

interface ThemeDefinition {
  label: string;
  domain: CanonicalDomain;
}

/** The five themes in document order, spelt as the document prints them. */
export const DUDLEY_THEMES: readonly ThemeDefinition[] = [
  { label: 'Education', domain: 'child-development' },
  { label: 'Emotional & Behavioural Development', domain: 'child-development' },
  { label: 'Health, Care & Protection', domain: 'child-development' },
  { label: 'Parents/Carers', domain: 'mixed' },
  { label: 'Risks outside of my home', domain: 'extra-familial' },
];

/** Level names as printed in the matrix headings (Level 3 only outside the matrix, L119 and L616). */
export const DUDLEY_LEVEL_NAMES: Readonly<Record<LevelOrdinal, string>> = {
  1: 'Universal Services',
  2: 'Additional',
  3: 'Intensive',
  4: 'Specialist',
};

/** The footnote that explains the asterisk; it is not an indicator (counting rule 6). */
const FOOTNOTE = /^\\\*\s*These themes indicate a strategy discussion will need to be held\.?$/;
const STRATEGY_ASTERISK = /\\\*\s*$/;

// ---------------------------------------------------------------------------------------------------------
// Line classification

type Token =
  | { kind: 'blank' }
  | { kind: 'level'; level: LevelOrdinal }
  | { kind: 'theme'; theme: ThemeDefinition; printed: string }
  | { kind: 'footnote' }
  /** A marked bullet (`- `, `- · `, `• `, indented `- `, or `# • `). */
  | { kind: 'bullet'; text: string; ops: ExtractionOp[] }
  /** A heading that is neither a level nor a theme: possibly a bullet rendered as a heading. */
  | { kind: 'unlabelled-heading'; text: string; ops: ExtractionOp[] }
  /** An indented line without a marker: the wrapped tail of the bullet above. */
  | { kind: 'indented'; text: string }
  /** A line at column 0 without a marker. */
  | { kind: 'text'; text: string };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BOLD_LINE = /^\*\*(.+?)\*\*$/;
const LEVEL_HEADING = /^Level ([1-4]):\s*(.+)$/;

function stripBold(text: string): string {
  const bold = BOLD_LINE.exec(text);
  return bold ? bold[1]!.trim() : text;
}

function matchTheme(text: string): ThemeDefinition | undefined {
  for (const theme of DUDLEY_THEMES) {
    if (text === theme.label) return theme;
    // The converter garbled one repeat as "Risks outside of my home Risks outs": the label, then a cut-off
    // copy of its own start. Accept exactly that shape and nothing looser.
    if (text.startsWith(`${theme.label} `)) {
      const rest = text.slice(theme.label.length + 1);
      if (rest.length >= 3 && theme.label.startsWith(rest)) return theme;
    }
  }
  return undefined;
}

function classifyLevel(text: string, file: string, lineNo: number): Token | undefined {
  const level = LEVEL_HEADING.exec(text);
  if (!level) return undefined;
  const ordinal = Number(level[1]) as LevelOrdinal;
  const name = level[2]!.trim();
  if (name !== DUDLEY_LEVEL_NAMES[ordinal]) {
    throw new ExtractionError(
      file,
      lineNo,
      `level heading "${text}" does not name Level ${ordinal} "${DUDLEY_LEVEL_NAMES[ordinal]}"`,
    );
  }
  return { kind: 'level', level: ordinal };
}

function classify(raw: string, file: string, lineNo: number): Token {
  const line = raw.replace(/\s+$/, '');
  if (line.trim() === '') return { kind: 'blank' };

  const heading = HEADING.exec(line);
  if (heading) {
    const text = stripBold(heading[2]!.trim());
    const level = classifyLevel(text, file, lineNo);
    if (level) return level;
    const theme = matchTheme(text);
    if (theme) return { kind: 'theme', theme, printed: text };
    const glyph = /^•\s+(.*)$/.exec(text);
    const markup: ExtractionOp = {
      op: 'strip_markup',
      rule: 'dudley-bullet-rendered-as-heading',
      note: `removed heading marker "${heading[1]}"${glyph ? ' and bullet glyph' : ''}`,
    };
    if (glyph) return { kind: 'bullet', text: glyph[1]!.trim(), ops: [markup] };
    return { kind: 'unlabelled-heading', text, ops: [markup] };
  }

  const bold = BOLD_LINE.exec(line.trim());
  if (bold) {
    const text = bold[1]!.trim();
    const level = classifyLevel(text, file, lineNo);
    if (level) return level;
    const theme = matchTheme(text);
    if (theme) return { kind: 'theme', theme, printed: text };
    throw new ExtractionError(file, lineNo, `bold line "${text}" is neither a level nor a theme heading`);
  }

  const dash = /^(\s*)-\s+(.*)$/.exec(line);
  if (dash) {
    let text = dash[2]!.trim();
    const ops: ExtractionOp[] = [];
    const double = /^[·•]\s*(.*)$/.exec(text);
    if (double) {
      text = double[1]!.trim();
      ops.push({
        op: 'strip_markup',
        rule: 'counting-rule-1-double-marker',
        note: 'removed "- ·" double marker',
      });
    }
    if (FOOTNOTE.test(text)) return { kind: 'footnote' };
    if (text.startsWith('\\*')) {
      throw new ExtractionError(file, lineNo, `unknown footnote "${text}"`);
    }
    if (text === '') throw new ExtractionError(file, lineNo, 'empty bullet');
    return { kind: 'bullet', text, ops };
  }

  const glyph = /^•\s+(.*)$/.exec(line);
  if (glyph) return { kind: 'bullet', text: glyph[1]!.trim(), ops: [] };

  if (/^\s/.test(line)) return { kind: 'indented', text: line.trim() };
  return { kind: 'text', text: line.trim() };
}

// ---------------------------------------------------------------------------------------------------------
// Reading

interface Fragment {
  line: number;
  text: string;
}

interface Item {
  fragments: Fragment[];
  ops: ExtractionOp[];
  /** A bullet rendered as a heading: later unmarked lines (after blank lines) may continue it. */
  open: boolean;
  /** An unlabelled heading that is only a bullet if a continuation line proves it. */
  needsContinuation: boolean;
}

/** What separated a column from the one before it: evidence for the level reading. */
interface Boundary {
  kind: 'level-heading' | 'theme-heading' | 'blank-line' | 'footnote' | 'block-start' | 'block-end';
  line: number;
}

interface Column {
  items: Item[];
  /** The boundaries seen since the previous column ended, first to last. */
  openedAfter: Boundary[];
  closedBy?: Boundary;
}

interface Block {
  theme?: ThemeDefinition;
  startLine: number;
  headings: Array<{ level: LevelOrdinal; line: number }>;
  themeHeadings: Array<{ printed: string; line: number }>;
  columns: Column[];
}

function describeBoundary(boundary: Boundary): string {
  switch (boundary.kind) {
    case 'level-heading':
      return `the level heading at L${boundary.line}`;
    case 'theme-heading':
      return `the repeated theme heading at L${boundary.line}`;
    case 'blank-line':
      return `the blank line at L${boundary.line}`;
    case 'footnote':
      return `the footnote at L${boundary.line}`;
    case 'block-start':
      return `the start of the block at L${boundary.line}`;
    case 'block-end':
      return `the end of the block at L${boundary.line}`;
  }
}

export function createDudleyReader(overrides: readonly DudleyFragmentOverride[]): AreaMatrixReader {
  return (lines, file) => readDudley(lines, file, overrides);
}

function findRegion(lines: readonly string[], file: string): { start: number; end: number } {
  const isHeading = (line: string, text: string) => {
    const heading = HEADING.exec(line.trim());
    return heading !== null && stripBold(heading[2]!.trim()) === text;
  };
  const start = lines.findIndex((line) => isHeading(line, START_HEADING));
  if (start < 0) throw new ExtractionError(file, 1, `matrix heading "# ${START_HEADING}" not found`);
  const end = lines.findIndex((line, i) => i > start && isHeading(line, END_HEADING));
  if (end < 0) {
    throw new ExtractionError(
      file,
      start + 1,
      `end of matrix ("# ${END_HEADING}") not found after the matrix heading`,
    );
  }
  return { start, end };
}

function readDudley(
  lines: readonly string[],
  file: string,
  overrides: readonly DudleyFragmentOverride[],
): AreaMatrixReading {
  const { start, end } = findRegion(lines, file);
  const overrideUse = new Map<DudleyFragmentOverride, number[]>(overrides.map((o) => [o, []]));

  const blocks: Block[] = [];
  let block: Block | undefined;
  let column: Column | undefined;
  /** Boundaries seen since the last column closed (they open the next column). */
  let pendingBoundaries: Boundary[] = [];
  /** Line of the first blank line since the last item line, if any. */
  let blankSinceItem: number | undefined;
  let mechanicalCount = 0;

  const lastItem = (): Item | undefined => column?.items[column.items.length - 1];

  const checkContinuation = (item: Item | undefined) => {
    if (item?.needsContinuation) {
      const first = item.fragments[0]!;
      throw new ExtractionError(
        file,
        first.line,
        `heading "${first.text}" is neither a level nor a theme heading, and no continuation line follows to show it is a split bullet`,
      );
    }
  };

  const closeColumn = (boundary: Boundary) => {
    if (column) {
      checkContinuation(lastItem());
      column.closedBy = boundary;
      column = undefined;
      pendingBoundaries = [];
    }
    pendingBoundaries.push(boundary);
    blankSinceItem = undefined;
  };

  const closeBlock = (lineNo: number) => {
    if (block) {
      closeColumn({ kind: 'block-end', line: lineNo });
      blocks.push(block);
    }
    block = undefined;
    pendingBoundaries = [];
  };

  const startItem = (lineNo: number, item: Item) => {
    if (!block)
      throw new ExtractionError(file, lineNo, 'bullet before the first "Level 1" heading of a theme block');
    if (!block.theme) throw new ExtractionError(file, lineNo, 'bullet before the theme heading of its block');
    const previous = lastItem();
    if (column && blankSinceItem !== undefined && previous && !previous.open) {
      // A blank line between two ordinary bullets: the converter's only trace of a column break.
      closeColumn({ kind: 'blank-line', line: blankSinceItem });
    }
    if (previous) {
      checkContinuation(previous);
      previous.open = false;
    }
    if (!column) {
      column = { items: [], openedAfter: pendingBoundaries };
      block.columns.push(column);
      pendingBoundaries = [];
    }
    column.items.push(item);
    blankSinceItem = undefined;
  };

  const findOverride = (text: string, lineNo: number): DudleyFragmentOverride => {
    const matches = overrides.filter((o) => o.fragment === text);
    if (matches.length === 0) {
      throw new ExtractionError(
        file,
        lineNo,
        `bullet "${text}" starts in lower case, so it may be the tail of a split bullet; add a reviewed entry to overrides/dudley.ts (merge or keep)`,
      );
    }
    if (matches.length > 1)
      throw new ExtractionError(file, lineNo, `more than one override for fragment "${text}"`);
    return matches[0]!;
  };

  for (let i = start + 1; i < end; i++) {
    const lineNo = i + 1;
    const token = classify(lines[i]!, file, lineNo);
    // The naive splitter of source-notes §0: every line that starts with "- " (indented or not).
    if (/^\s*-\s/.test(lines[i]!)) mechanicalCount++;

    switch (token.kind) {
      case 'blank':
        if (column && blankSinceItem === undefined) blankSinceItem = lineNo;
        break;
      case 'level': {
        if (token.level === 1) {
          closeBlock(lineNo);
          block = { startLine: lineNo, headings: [], themeHeadings: [], columns: [] };
          pendingBoundaries = [{ kind: 'block-start', line: lineNo }];
        } else if (!block) {
          throw new ExtractionError(
            file,
            lineNo,
            `Level ${token.level} heading before any "Level 1" heading`,
          );
        } else {
          closeColumn({ kind: 'level-heading', line: lineNo });
        }
        const previous = block.headings[block.headings.length - 1];
        if (previous && previous.level >= token.level) {
          throw new ExtractionError(
            file,
            lineNo,
            `Level ${token.level} heading after a Level ${previous.level} heading (L${previous.line}) in the same theme block`,
          );
        }
        block.headings.push({ level: token.level, line: lineNo });
        break;
      }
      case 'theme': {
        if (!block)
          throw new ExtractionError(
            file,
            lineNo,
            `theme heading "${token.printed}" before any "Level 1" heading`,
          );
        if (block.theme && block.theme !== token.theme) {
          throw new ExtractionError(
            file,
            lineNo,
            `theme heading "${token.printed}" inside the "${block.theme.label}" block (started L${block.startLine}) without a new "Level 1" heading`,
          );
        }
        block.theme = token.theme;
        closeColumn({ kind: 'theme-heading', line: lineNo });
        block.themeHeadings.push({ printed: token.printed, line: lineNo });
        break;
      }
      case 'footnote':
        if (!column)
          throw new ExtractionError(file, lineNo, 'footnote without a column of bullets before it');
        closeColumn({ kind: 'footnote', line: lineNo });
        break;
      case 'bullet': {
        if (/^\p{Ll}/u.test(token.text)) {
          const override = findOverride(token.text, lineNo);
          overrideUse.get(override)!.push(lineNo);
          if (override.decision === 'merge') {
            const host = lastItem();
            if (!host) {
              throw new ExtractionError(
                file,
                lineNo,
                `override ${override.id}: no bullet before "${token.text}" to merge into`,
              );
            }
            const hostText = host.fragments.map((f) => f.text).join(' ');
            if (override.previousEndsWith === undefined || !hostText.endsWith(override.previousEndsWith)) {
              throw new ExtractionError(
                file,
                lineNo,
                `override ${override.id}: the bullet before ends "${hostText.slice(-60)}", not "${override.previousEndsWith ?? ''}"`,
              );
            }
            host.needsContinuation = false;
            host.fragments.push({ line: lineNo, text: token.text });
            host.ops.push(
              ...token.ops,
              {
                op: 'merge_continuation',
                rule: 'counting-rule-3',
                note: `marked fragment at L${lineNo} continues the bullet`,
              },
              { op: 'override', rule: `override:${override.id}`, note: override.reason },
            );
            host.open = false;
            blankSinceItem = undefined;
            break;
          }
          startItem(lineNo, {
            fragments: [{ line: lineNo, text: token.text }],
            ops: [...token.ops, { op: 'override', rule: `override:${override.id}`, note: override.reason }],
            open: false,
            needsContinuation: false,
          });
          break;
        }
        const renderedAsHeading = HEADING.test(lines[i]!.trim());
        startItem(lineNo, {
          fragments: [{ line: lineNo, text: token.text }],
          ops: [...token.ops],
          open: renderedAsHeading,
          needsContinuation: false,
        });
        break;
      }
      case 'unlabelled-heading':
        startItem(lineNo, {
          fragments: [{ line: lineNo, text: token.text }],
          ops: [...token.ops],
          open: true,
          needsContinuation: true,
        });
        break;
      case 'text': {
        const host = lastItem();
        if (!host?.open) {
          throw new ExtractionError(
            file,
            lineNo,
            `unmarked line "${token.text}" is not a bullet, heading or continuation`,
          );
        }
        if (!/^\p{Ll}/u.test(token.text)) {
          throw new ExtractionError(
            file,
            lineNo,
            `unmarked line "${token.text}" after a heading-rendered bullet does not start in lower case, so it is not read as a continuation`,
          );
        }
        host.fragments.push({ line: lineNo, text: token.text });
        host.ops.push({
          op: 'merge_continuation',
          rule: 'counting-rule-3',
          note: `unmarked line L${lineNo} continues the bullet rendered as a heading`,
        });
        host.needsContinuation = false;
        blankSinceItem = undefined;
        break;
      }
      case 'indented': {
        const host = lastItem();
        if (!host || blankSinceItem !== undefined) {
          throw new ExtractionError(
            file,
            lineNo,
            `indented line "${token.text}" does not directly follow a bullet`,
          );
        }
        host.fragments.push({ line: lineNo, text: token.text });
        host.ops.push({
          op: 'merge_continuation',
          rule: 'counting-rule-3',
          note: `indented line L${lineNo} wraps the bullet`,
        });
        break;
      }
    }
  }
  closeBlock(end + 1);

  for (const [override, used] of overrideUse) {
    if (used.length === 0) {
      throw new ExtractionError(
        file,
        override.lineHint,
        `override ${override.id} ("${override.fragment}") matched no line`,
      );
    }
    if (used.length > 1) {
      throw new ExtractionError(
        file,
        used[1]!,
        `override ${override.id} ("${override.fragment}") matched more than one line (L${used.join(', L')})`,
      );
    }
  }

  return assemble(blocks, file, mechanicalCount);
}

function assemble(blocks: readonly Block[], file: string, mechanicalCount: number): AreaMatrixReading {
  const seen = new Set<ThemeDefinition>();
  const indicators: RawIndicator[] = [];
  for (const block of blocks) {
    const theme = block.theme;
    if (!theme) throw new ExtractionError(file, block.startLine, 'theme block without a theme heading');
    if (seen.has(theme)) {
      throw new ExtractionError(file, block.startLine, `second "${theme.label}" block`);
    }
    seen.add(theme);
    if (block.columns.length !== 4) {
      throw new ExtractionError(
        file,
        block.startLine,
        `the "${theme.label}" block has ${block.columns.length} columns of bullets, not 4; cannot tell the levels apart`,
      );
    }
    const printed = new Map(block.headings.map((h) => [h.level, h.line]));
    for (const required of [1, 2, 4] as const) {
      if (!printed.has(required)) {
        throw new ExtractionError(
          file,
          block.startLine,
          `the "${theme.label}" block has no "Level ${required}" heading`,
        );
      }
    }
    block.columns.forEach((column, index) => {
      const level = (index + 1) as LevelOrdinal;
      const first = column.items[0]!.fragments[0]!.line;
      const headingLine = printed.get(level);
      if (headingLine !== undefined && headingLine > first) {
        throw new ExtractionError(
          file,
          headingLine,
          `"Level ${level}" heading comes after the column it should head (starts L${first}) in the "${theme.label}" block`,
        );
      }
      let inferred: string | undefined;
      const ops: ExtractionOp[] = [];
      if (headingLine === undefined) {
        const opened = column.openedAfter[column.openedAfter.length - 1];
        const closed = column.closedBy;
        inferred =
          `No "Level ${level}" heading in the "${theme.label}" block; read as column ${level} of 4` +
          (opened ? `, after ${describeBoundary(opened)}` : '') +
          (closed ? `, before ${describeBoundary(closed)}` : '') +
          '.';
        ops.push({
          op: 'infer_level_from_blank_line',
          rule: 'dudley-lost-level-heading',
          note: inferred,
        });
      }
      column.items.forEach((item, position) => {
        const textVerbatim = item.fragments.map((f) => f.text).join(' ');
        const firstLine = item.fragments[0]!.line;
        const asterisk = textVerbatim.indexOf('\\*');
        if (asterisk >= 0 && !STRATEGY_ASTERISK.test(textVerbatim)) {
          throw new ExtractionError(
            file,
            firstLine,
            `asterisk inside the bullet, not at its end: "${textVerbatim}"`,
          );
        }
        const spans: LineSpan[] = item.fragments.map((f) => ({ file, start: f.line, end: f.line }));
        indicators.push({
          area: AREA,
          level,
          localDimension: theme.label,
          localDomain: theme.label,
          domain: theme.domain,
          textVerbatim,
          spans,
          ops: [...item.ops, ...ops],
          orderInCell: position + 1,
          flags: {
            ...(asterisk >= 0 ? { strategyDiscussion: true } : {}),
            ...(inferred ? { levelInferred: inferred } : {}),
          },
        });
      });
    });
  }
  const missing = DUDLEY_THEMES.filter((t) => !seen.has(t));
  if (missing.length > 0) {
    throw new ExtractionError(
      file,
      blocks[0]?.startLine ?? 1,
      `theme block(s) not found: ${missing.map((t) => `"${t.label}"`).join(', ')}`,
    );
  }
  return { area: AREA, file, indicators, dimensions: dimensionsOf(blocks, file), mechanicalCount };
}

function dimensionsOf(blocks: readonly Block[], file: string): RawDimension[] {
  return blocks.map((block) => {
    const theme = block.theme!;
    const variants = [...new Set(block.themeHeadings.map((h) => h.printed))].filter((p) => p !== theme.label);
    return {
      label: theme.label,
      variants,
      localDomain: theme.label,
      domain: theme.domain,
      levels: block.columns.map((_, index) => (index + 1) as LevelOrdinal),
      spans: block.themeHeadings.map((h) => ({ file, start: h.line, end: h.line })),
    };
  });
}

/** Every (theme, level) cell matches source-notes §5.3.1 (with Level 3 inferred as described there). */
export const knownCountDifferences: readonly KnownCountDifference[] = [];

/** The Dudley matrix reader, with the reviewed overrides in `../overrides/dudley.ts`. */
export const readMatrix: AreaMatrixReader = createDudleyReader(DUDLEY_OVERRIDES);
