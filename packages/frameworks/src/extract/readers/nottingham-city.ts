/**
 * Reader for Nottingham City's "Family support pathway levels of need" matrix (seed 003, source-notes §4.3).
 *
 * The matrix is clean markdown, two pages per level:
 * - a level banner ("UNIVERSAL SUPPORT", "EARLY HELP • Universal Plus", …), repeated on each page;
 * - descriptor lines that are not indicators (counting rule 7): the level definition, the SEND sentence,
 *   the "Assessment Framework Indicators" label and, at Level 4, the "CHILD IN NEED OF PROTECTION" subtitle;
 * - domain headings in capitals, dimension headings (usually ending in ":"), and `- ` bullets.
 *
 * Bullets are `- `, `- · ` (double marker, counted once) and `• ` (L794). A cell with no bullet markers
 * counts one indicator per sentence (counting rule 2; only "Non-engagement with services and community",
 * L665). Exact duplicates across levels are kept (counting rule 5). No bullet wraps or splits across pages,
 * so an unmarked line inside a bulleted cell is an error, not a continuation.
 *
 * Every line from the matrix title to the escalation section is either read or skipped for a stated reason;
 * anything else throws an ExtractionError naming the file and line.
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
} from '../reader-types.ts';

const AREA = 'nottingham-city' as const;

const START_LINE = 'Family support pathway levels of need';
const END_LINE = 'Resolving inter-agency disagreements Escalation process';

/** Level banners exactly as the matrix prints them (the access table at L115–123 uses other names). */
export const NOTTINGHAM_LEVEL_BANNERS: Readonly<Record<LevelOrdinal, string>> = {
  1: 'UNIVERSAL SUPPORT',
  2: 'EARLY HELP • Universal Plus',
  3: 'EARLY HELP TARGETED • Universal Partnership Plus',
  4: 'PROTECTION & SPECIALIST',
};
const LEVEL_4_SUBTITLE = 'CHILD IN NEED OF PROTECTION';
const INDICATORS_LABEL = 'Assessment Framework Indicators';
const SEND_SENTENCE = /^Child who has a special educational need/;

type DomainKey = 'child' | 'parents' | 'family';

interface DomainDefinition {
  key: DomainKey;
  /** Canonical spelling: the first form the document prints. */
  label: string;
  printed: readonly string[];
  domain: CanonicalDomain;
}

export const NOTTINGHAM_DOMAINS: readonly DomainDefinition[] = [
  {
    key: 'child',
    label: 'CHILD AND YOUNG PERSON HEALTH AND DEVELOPMENT NEEDS',
    printed: [
      'CHILD AND YOUNG PERSON HEALTH AND DEVELOPMENT NEEDS',
      'CHILD AND YOUNG PERSON HEALTH AND DEVELOPMENT',
    ],
    domain: 'child-development',
  },
  {
    key: 'parents',
    label: 'PARENTS AND CARERS',
    printed: ['PARENTS AND CARERS'],
    domain: 'parenting-capacity',
  },
  {
    key: 'family',
    label: 'FAMILY AND ENVIRONMENTAL FACTORS',
    printed: ['FAMILY AND ENVIRONMENTAL FACTORS'],
    domain: 'family-environment',
  },
];

interface DimensionDefinition {
  label: string;
  domain: DomainKey;
  /** Every heading spelling the reader accepts, compared after `headingKey` (case, trailing colons, "."→","). */
  spellings: readonly string[];
}

/** The 13 dimensions in document order, with the canonical spelling first in `spellings`. */
export const NOTTINGHAM_DIMENSIONS: readonly DimensionDefinition[] = [
  { label: 'Health', domain: 'child', spellings: ['Health'] },
  { label: 'Education and Learning', domain: 'child', spellings: ['Education and Learning'] },
  {
    label: 'Emotional and Behavioural Development',
    domain: 'child',
    // "Emotional Behavioural Development:" (L1, L2) lost its "and"; "Emotional AND …" (L3) differs only in case.
    spellings: ['Emotional and Behavioural Development', 'Emotional Behavioural Development'],
  },
  { label: 'Identity', domain: 'child', spellings: ['Identity'] },
  { label: 'Family and Social Relationship', domain: 'child', spellings: ['Family and Social Relationship'] },
  {
    label: 'Self-Care Skills and Social Presentation',
    domain: 'child',
    // Level 4 prints the shorter "Self-Care Skills:" for the same row (source-notes §4.3.1).
    spellings: ['Self-Care Skills and Social Presentation', 'Self-Care Skills'],
  },
  { label: 'Basic Care and Protection', domain: 'parents', spellings: ['Basic Care and Protection'] },
  {
    label: 'Emotional Warmth and Stability',
    domain: 'parents',
    spellings: ['Emotional Warmth and Stability'],
  },
  {
    label: 'Guidance, Boundaries and Stimulation',
    domain: 'parents',
    // "Guidance. Boundaries and Stimulation:" (L626) is caught by the "."→"," step of headingKey.
    spellings: ['Guidance, Boundaries and Stimulation'],
  },
  {
    label: 'Family History and Functioning',
    domain: 'family',
    spellings: ['Family History and Functioning'],
  },
  {
    label: 'Housing, Employment and Finance',
    domain: 'family',
    spellings: ['Housing, Employment and Finance'],
  },
  { label: 'Family Social Integration', domain: 'family', spellings: ['Family Social Integration'] },
  { label: 'Community Resources', domain: 'family', spellings: ['Community Resources'] },
];

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function headingKey(text: string): string {
  return collapse(text.replace(/:+$/, '').replace(/\./g, ',')).toLowerCase();
}

const DIMENSION_BY_KEY = new Map<string, DimensionDefinition>(
  NOTTINGHAM_DIMENSIONS.flatMap((d) => d.spellings.map((s) => [headingKey(s), d] as const)),
);

function levelOfBanner(text: string): LevelOrdinal | undefined {
  for (const [level, banner] of Object.entries(NOTTINGHAM_LEVEL_BANNERS)) {
    if (text === banner) return Number(level) as LevelOrdinal;
  }
  return undefined;
}

function domainOfHeading(text: string): DomainDefinition | undefined {
  return NOTTINGHAM_DOMAINS.find((d) => d.printed.includes(text));
}

const BULLET = /^(?:-\s+(?:·\s+)?|•\s+)(.*)$/;
/** A sentence end followed by the start of another sentence, inside one unmarked line. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

interface CellState {
  level: LevelOrdinal;
  dimension: DimensionDefinition;
  headingLine: number;
  marked: number;
  unmarked: number;
  items: number;
}

type DescriptorKind = 'subtitle' | 'definition' | 'send' | 'label';

/**
 * Which descriptor line this is, if any. The definition is the first prose sentence under the banner (it
 * ends with a full stop and comes before the SEND sentence and the label); anything else falls through to
 * the heading and indicator checks, which throw if it is out of place.
 */
function descriptorKind(text: string, onPage: ReadonlySet<DescriptorKind>): DescriptorKind | undefined {
  if (text === LEVEL_4_SUBTITLE) return 'subtitle';
  if (text === INDICATORS_LABEL) return 'label';
  if (SEND_SENTENCE.test(text)) return 'send';
  const looksLikeHeading = /:$/.test(text) || DIMENSION_BY_KEY.has(headingKey(text)) || domainOfHeading(text);
  if (
    !looksLikeHeading &&
    !BULLET.test(text) &&
    /\.$/.test(text) &&
    !onPage.has('send') &&
    !onPage.has('label')
  ) {
    return 'definition';
  }
  return undefined;
}

type Phase =
  /** Between the matrix title and the first banner: introductory prose only. */
  | 'intro'
  /** After a banner, before the page's first domain heading: descriptor lines only. */
  | 'descriptor'
  /** After a domain heading, before its first dimension heading. */
  | 'domain'
  /** Inside a dimension's cell. */
  | 'cell';

/** Every (level, dimension) cell matches source-notes §4.3.1. */
export const knownCountDifferences: readonly KnownCountDifference[] = [];

export const readMatrix: AreaMatrixReader = (lines, file) => {
  const start = lines.findIndex((line) => collapse(line) === START_LINE);
  if (start < 0) throw new ExtractionError(file, 1, `matrix title "${START_LINE}" not found`);
  const end = lines.findIndex((line, i) => i > start && collapse(line) === END_LINE);
  if (end < 0)
    throw new ExtractionError(file, start + 1, `end of matrix ("${END_LINE}") not found after the title`);

  const indicators: RawIndicator[] = [];
  const dimensionHeadings = new Map<DimensionDefinition, Array<{ printed: string; line: number }>>();
  const dimensionLevels = new Map<DimensionDefinition, Set<LevelOrdinal>>();
  const seenCells = new Map<string, number>();
  const seenDomains = new Map<string, number>();
  const bannerPages = new Map<LevelOrdinal, number[]>();

  let phase: Phase = 'intro';
  let level: LevelOrdinal | undefined;
  let domain: DomainDefinition | undefined;
  let cell: CellState | undefined;
  let descriptorsOnPage = new Set<DescriptorKind>();
  let mechanicalCount = 0;

  const finishCell = () => {
    if (cell && cell.items === 0) {
      throw new ExtractionError(
        file,
        cell.headingLine,
        `dimension "${cell.dimension.label}" has no indicators`,
      );
    }
    cell = undefined;
  };

  const addIndicator = (lineNo: number, textVerbatim: string, ops: ExtractionOp[]) => {
    if (!cell || !domain) throw new ExtractionError(file, lineNo, 'indicator outside a dimension');
    cell.items++;
    const span: LineSpan = { file, start: lineNo, end: lineNo };
    indicators.push({
      area: AREA,
      level: cell.level,
      localDimension: cell.dimension.label,
      localDomain: domain.label,
      domain: domain.domain,
      textVerbatim,
      spans: [span],
      ops,
      orderInCell: cell.items,
      flags: {},
    });
  };

  for (let i = start + 1; i < end; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    /** For recognising headings and descriptors; indicator text comes from `verbatim` (only trimmed). */
    const text = collapse(raw);
    const verbatim = raw.trim();
    if (text === '') continue;
    if (/^\s*(?:-|•)\s/.test(raw)) mechanicalCount++;

    // 1. Level banner: a new page.
    const bannerLevel = levelOfBanner(text);
    if (bannerLevel !== undefined) {
      if (level !== undefined && bannerLevel < level) {
        throw new ExtractionError(file, lineNo, `banner for level ${bannerLevel} after level ${level}`);
      }
      finishCell();
      level = bannerLevel;
      domain = undefined;
      phase = 'descriptor';
      descriptorsOnPage = new Set();
      bannerPages.set(level, [...(bannerPages.get(level) ?? []), lineNo]);
      continue;
    }

    // 2. Descriptor lines under a banner (counting rule 7): recognised one by one, never counted.
    if (phase === 'descriptor') {
      const kind = descriptorKind(text, descriptorsOnPage);
      if (kind !== undefined) {
        if (kind === 'subtitle' && level !== 4) {
          throw new ExtractionError(file, lineNo, `"${LEVEL_4_SUBTITLE}" under the level ${level} banner`);
        }
        if (descriptorsOnPage.has(kind)) {
          throw new ExtractionError(
            file,
            lineNo,
            `unexpected second ${kind} line under the level ${level} banner: "${text}"`,
          );
        }
        descriptorsOnPage.add(kind);
        continue;
      }
    }

    // 3. Domain heading.
    const domainHeading = domainOfHeading(text);
    if (domainHeading) {
      if (level === undefined)
        throw new ExtractionError(file, lineNo, `domain heading "${text}" before any level banner`);
      finishCell();
      const key = `${level}|${domainHeading.key}`;
      const earlier = seenDomains.get(key);
      if (earlier !== undefined) {
        throw new ExtractionError(
          file,
          lineNo,
          `domain "${text}" printed twice at level ${level} (first at L${earlier})`,
        );
      }
      seenDomains.set(key, lineNo);
      domain = domainHeading;
      phase = 'domain';
      continue;
    }

    const bullet = BULLET.exec(text);
    if (phase === 'intro') {
      if (bullet) throw new ExtractionError(file, lineNo, 'bullet before the first level banner');
      continue; // The introduction ("Using the domains of the Assessment Triangle…"): prose, not indicators.
    }

    // 4. Dimension heading: a known spelling, with or without the trailing colon.
    const dimension = bullet ? undefined : DIMENSION_BY_KEY.get(headingKey(text));
    if (dimension) {
      if (!domain || dimension.domain !== domain.key) {
        throw new ExtractionError(
          file,
          lineNo,
          `dimension "${text}" under ${domain ? `domain "${domain.label}"` : 'no domain heading'}`,
        );
      }
      finishCell();
      const key = `${level}|${dimension.label}`;
      const earlier = seenCells.get(key);
      if (earlier !== undefined) {
        throw new ExtractionError(
          file,
          lineNo,
          `dimension "${text}" printed twice at level ${level} (first at L${earlier})`,
        );
      }
      seenCells.set(key, lineNo);
      cell = { level: level!, dimension, headingLine: lineNo, marked: 0, unmarked: 0, items: 0 };
      phase = 'cell';
      dimensionHeadings.set(dimension, [
        ...(dimensionHeadings.get(dimension) ?? []),
        { printed: text, line: lineNo },
      ]);
      dimensionLevels.set(dimension, (dimensionLevels.get(dimension) ?? new Set()).add(level!));
      continue;
    }
    if (!bullet && /:$/.test(text))
      throw new ExtractionError(file, lineNo, `unknown dimension heading "${text}"`);
    if (!bullet && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)) {
      throw new ExtractionError(file, lineNo, `unknown heading in capitals "${text}"`);
    }

    if (phase !== 'cell' || !cell) {
      throw new ExtractionError(
        file,
        lineNo,
        `${bullet ? 'bullet' : 'text'} "${text}" before any dimension heading${domain ? ` under "${domain.label}"` : ''}`,
      );
    }

    // 5. Indicators.
    if (bullet) {
      if (cell.unmarked > 0) {
        throw new ExtractionError(
          file,
          lineNo,
          `bullet in the "${cell.dimension.label}" cell after an unmarked line`,
        );
      }
      const itemText = BULLET.exec(verbatim)![1]!.trim();
      if (itemText === '') throw new ExtractionError(file, lineNo, 'empty bullet');
      const ops: ExtractionOp[] = /^-\s+·/.test(text)
        ? [{ op: 'strip_markup', rule: 'counting-rule-1-double-marker', note: 'removed "- ·" double marker' }]
        : [];
      cell.marked++;
      addIndicator(lineNo, itemText, ops);
      continue;
    }
    if (cell.marked > 0) {
      throw new ExtractionError(
        file,
        lineNo,
        `unmarked line "${text}" in the bulleted "${cell.dimension.label}" cell: no bullet in this matrix wraps, so it is neither an indicator nor a continuation`,
      );
    }
    if (SENTENCE_BREAK.test(text)) {
      throw new ExtractionError(file, lineNo, `unmarked line holds more than one sentence: "${text}"`);
    }
    cell.unmarked++;
    addIndicator(lineNo, verbatim, [
      {
        op: 'split_sentence',
        rule: 'counting-rule-2',
        note: 'cell without bullet markers: one sentence is one indicator',
      },
    ]);
  }
  finishCell();

  // Every level and every (level, dimension) cell must have been found: a missing one is lost content.
  for (const lvl of [1, 2, 3, 4] as const) {
    if (!bannerPages.has(lvl)) {
      throw new ExtractionError(
        file,
        start + 1,
        `no banner "${NOTTINGHAM_LEVEL_BANNERS[lvl]}" in the matrix`,
      );
    }
    for (const dimension of NOTTINGHAM_DIMENSIONS) {
      if (!seenCells.has(`${lvl}|${dimension.label}`)) {
        throw new ExtractionError(
          file,
          bannerPages.get(lvl)![0]!,
          `level ${lvl} has no "${dimension.label}" dimension heading`,
        );
      }
    }
  }

  const dimensions: RawDimension[] = NOTTINGHAM_DIMENSIONS.map((dimension) => {
    const headings = dimensionHeadings.get(dimension) ?? [];
    const domainDefinition = NOTTINGHAM_DOMAINS.find((d) => d.key === dimension.domain)!;
    return {
      label: dimension.label,
      // A variant is a heading as printed minus its one terminating colon ("Stability::" keeps one).
      variants: [...new Set(headings.map((h) => h.printed.replace(/:$/, '')))].filter(
        (p) => p !== dimension.label,
      ),
      localDomain: domainDefinition.label,
      domain: domainDefinition.domain,
      levels: [...(dimensionLevels.get(dimension) ?? [])].sort((a, b) => a - b),
      spans: headings.map((h) => ({ file, start: h.line, end: h.line })),
    };
  });

  const reading: AreaMatrixReading = { area: AREA, file, indicators, dimensions, mechanicalCount };
  return reading;
};
