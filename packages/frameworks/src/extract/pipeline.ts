/**
 * RawIndicator → Indicator: validation against the seed, stable ids, normalised text, voice, parameters,
 * duplicate and near-duplicate flags, and provenance with a content hash per span.
 *
 * Pure apart from hashing: given the same reading and seed lines it returns the same `AreaData`, key order
 * included, which is what makes `npm run extract` reproducible and lets the tests deep-equal the committed JSON.
 */
import {
  AREA_PREFIX,
  type AreaData,
  AreaDataSchema,
  type Indicator,
  type IndicatorFlags,
  type LevelOrdinal,
  type LocalDimension,
  type Quote,
  type SourceDocument,
  type SourceSpan,
} from '../schema.ts';
import { DIMENSION_MAPPINGS, type MappingEntry } from './dimension-mappings.ts';
import { DOCUMENT_META, type DocumentMetaInput, type QuoteRef } from './document-meta.ts';
import { duplicateKey, normaliseText, slugify } from './normalise.ts';
import { extractParameters } from './parameters.ts';
import { type IndicatorOverride, PIPELINE_OVERRIDES } from './pipeline-overrides.ts';
import { cellOf, coverPieces, sha256Hex, spanHash, spanRawText, textOccursInSpans } from './provenance.ts';
import {
  AREA_SOURCE_FILES,
  type AreaMatrixReading,
  ExtractionError,
  type LineSpan,
  type RawIndicator,
} from './reader-types.ts';
import { bigramProfile, profileSimilarity } from './similarity.ts';

/** Bump when the meaning or shape of the extracted data changes. */
export const EXTRACTOR_VERSION = '1.0.0';

/** Indicators whose duplicate keys are at least this similar (and not identical) are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.9;

export interface PipelineInput {
  reading: AreaMatrixReading;
  /** The seed file's lines (index 0 = line 1). */
  lines: readonly string[];
  /** SHA-256 (hex) of the seed file's exact bytes. */
  sourceSha256: string;
  meta?: DocumentMetaInput;
  mappings?: Readonly<Record<string, MappingEntry>>;
  overrides?: readonly IndicatorOverride[];
}

const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d)\b|\b(?:my|me|myself|mine)\b/i;
const FIRST_PERSON_I = /(?:^|[^A-Za-z])I(?:$|[^A-Za-z])/;

/** Dudley writes in the child's voice ("I have…", "My parents…"); the other documents in the third person. */
export function detectVoice(text: string): 'first-person' | 'third-person' {
  const t = normaliseText(text);
  if (FIRST_PERSON_I.test(t)) return 'first-person';
  return /\b(?:my|me|myself|mine)\b/i.test(t) && FIRST_PERSON.test(t) ? 'first-person' : 'third-person';
}

export function indicatorIdBase(
  area: AreaMatrixReading['area'],
  level: LevelOrdinal,
  dimensionId: string,
  textNormalised: string,
): string {
  return `${AREA_PREFIX[area]}-${level}-${dimensionId}-${sha256Hex(textNormalised).slice(0, 6)}`;
}

function toSpan(lines: readonly string[], file: string, span: LineSpan, what: string): SourceSpan {
  if (span.file !== file) {
    throw new ExtractionError(file, span.start, `${what}: span names file ${span.file}, expected ${file}`);
  }
  if (
    !Number.isInteger(span.start) ||
    !Number.isInteger(span.end) ||
    span.start < 1 ||
    span.end < span.start
  ) {
    throw new ExtractionError(file, span.start, `${what}: invalid line span ${span.start}-${span.end}`);
  }
  if (span.end > lines.length) {
    throw new ExtractionError(
      file,
      span.end,
      `${what}: span ${span.start}-${span.end} runs past the end of the file (${lines.length} lines)`,
    );
  }
  return { file, start: span.start, end: span.end, hash: spanHash(lines, span) };
}

function quote(lines: readonly string[], file: string, ref: QuoteRef, what: string): Quote {
  const span = { file, start: ref.line, end: ref.endLine ?? ref.line };
  const s = toSpan(lines, file, span, what);
  if (!textOccursInSpans(ref.text, lines, [span])) {
    throw new ExtractionError(
      file,
      ref.line,
      `${what}: "${ref.text}" does not occur in lines ${span.start}-${span.end} (found "${normaliseText(spanRawText(lines, span)).slice(0, 120)}")`,
    );
  }
  return { text: ref.text, span: s };
}

function buildSource(
  lines: readonly string[],
  file: string,
  sha256: string,
  meta: DocumentMetaInput,
): SourceDocument {
  const { partnership } = meta;
  return {
    file,
    sha256,
    lineCount: lines.length,
    partnership: {
      name: partnership.name,
      ...(partnership.acronym ? { acronym: partnership.acronym } : {}),
      evidence: quote(lines, file, partnership.evidence, 'partnership'),
    },
    title: quote(lines, file, meta.title, 'title'),
    ...(meta.statedDate ? { statedDate: quote(lines, file, meta.statedDate, 'stated date') } : {}),
    inferredDate: {
      text: meta.inferredDate.text,
      evidence: meta.inferredDate.evidence.map((q, i) =>
        quote(lines, file, q, `inferred date evidence ${i + 1}`),
      ),
    },
  };
}

/** The indicator's spans, each with the tab cell that holds its part of the text where the line is a table row. */
function spansWithCells(
  lines: readonly string[],
  file: string,
  raw: RawIndicator,
  textNormalised: string,
): SourceSpan[] {
  const pieces = coverPieces(
    textNormalised,
    raw.spans.map((s) => normaliseText(spanRawText(lines, s))),
  );
  return raw.spans.map((s, i) => {
    const span = toSpan(lines, file, s, describe(raw));
    const cell = s.start === s.end && pieces ? cellOf(lines[s.start - 1]!, pieces[i]!) : undefined;
    return cell === undefined
      ? span
      : { file: span.file, start: span.start, end: span.end, cell, hash: span.hash };
  });
}

function describe(raw: RawIndicator): string {
  const short = raw.textVerbatim.length > 70 ? `${raw.textVerbatim.slice(0, 70)}…` : raw.textVerbatim;
  return `indicator "${short}" (level ${raw.level}, ${raw.localDimension})`;
}

/** Document order: first line, then column (level) on a shared line, then position in the cell. */
function documentOrder(a: RawIndicator, b: RawIndicator): number {
  return a.spans[0]!.start - b.spans[0]!.start || a.level - b.level || a.orderInCell - b.orderInCell;
}

export function buildAreaData(input: PipelineInput): AreaData {
  const { reading, lines } = input;
  const area = reading.area;
  const file = AREA_SOURCE_FILES[area];
  if (reading.file !== file) {
    throw new ExtractionError(reading.file, 1, `reader for ${area} read ${reading.file}, expected ${file}`);
  }
  const ctx: Context = { area, file, lines };
  const dims = buildDimensions(ctx, reading);
  const dimensionMappings = buildMappings(ctx, dims.list, input.mappings ?? DIMENSION_MAPPINGS[area]);
  validateIndicators(ctx, reading.indicators, dims.byLabel);
  const { indicators, idOf } = buildIndicators(ctx, reading.indicators, dims);
  flagDuplicates(reading.indicators, indicators, idOf);
  flagNearDuplicates(indicators);
  applyOverrides(
    ctx,
    indicators,
    (input.overrides ?? PIPELINE_OVERRIDES).filter((o) => o.area === area),
  );
  // Flags were filled in several passes: give them one canonical key order.
  for (const ind of indicators) ind.flags = orderFlags(ind.flags);

  const localDomains: AreaData['localDomains'] = [];
  for (const d of dims.list) {
    if (!localDomains.some((x) => x.label === d.localDomain)) {
      localDomains.push({ label: d.localDomain, domain: d.domain });
    }
  }
  const data: AreaData = {
    schemaVersion: 1,
    extractorVersion: EXTRACTOR_VERSION,
    area,
    source: buildSource(lines, file, input.sourceSha256, input.meta ?? DOCUMENT_META[area]),
    mechanicalCount: reading.mechanicalCount,
    localDomains,
    dimensions: dims.list,
    dimensionMappings,
    indicators,
  };
  const parsed = AreaDataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ExtractionError(
      file,
      1,
      `extracted data fails the schema at ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return data;
}

interface Context {
  area: AreaMatrixReading['area'];
  file: string;
  lines: readonly string[];
}

interface Dimensions {
  list: LocalDimension[];
  byLabel: Map<string, LocalDimension>;
  /** Reading order of each dimension label, for sorting indicators. */
  order: Map<string, number>;
}

function buildDimensions({ area, file, lines }: Context, reading: AreaMatrixReading): Dimensions {
  const byLabel = new Map<string, LocalDimension>();
  const order = new Map<string, number>();
  const list = reading.dimensions.map((d, i) => {
    const line = d.spans[0]?.start ?? 1;
    const id = slugify(d.label);
    if (id.length === 0)
      throw new ExtractionError(file, line, `dimension label "${d.label}" has no letters or digits`);
    if ([...byLabel.values()].some((x) => x.id === id)) {
      throw new ExtractionError(file, line, `two dimensions share the id "${id}" (label "${d.label}")`);
    }
    if (d.levels.length === 0)
      throw new ExtractionError(file, line, `dimension "${d.label}" lists no levels`);
    const dim: LocalDimension = {
      id,
      area,
      label: d.label,
      variants: [...d.variants],
      localDomain: d.localDomain,
      domain: d.domain,
      levels: [...new Set(d.levels)].sort((a, b) => a - b),
      spans: d.spans.map((s) => toSpan(lines, file, s, `dimension "${d.label}"`)),
    };
    byLabel.set(d.label, dim);
    order.set(d.label, i);
    return dim;
  });
  return { list, byLabel, order };
}

function buildMappings(
  { area, file }: Context,
  dimensions: readonly LocalDimension[],
  mappings: Readonly<Record<string, MappingEntry>>,
): AreaData['dimensionMappings'] {
  const stale = Object.keys(mappings).filter((k) => !dimensions.some((d) => d.id === k));
  const out = dimensions.map((d) => {
    const entry = mappings[d.id];
    if (!entry) {
      throw new ExtractionError(
        file,
        d.spans[0]?.start ?? 1,
        `dimension "${d.label}" (id ${d.id}) has no canonical mapping in extract/dimension-mappings.ts`,
      );
    }
    return {
      area,
      dimensionId: d.id,
      targets: [...entry.targets],
      relation: entry.relation,
      confidence: entry.confidence,
      ...(entry.note ? { note: entry.note } : {}),
    };
  });
  if (stale.length > 0) {
    const entries = stale.length === 1 ? 'entry' : 'entries';
    throw new ExtractionError(
      file,
      1,
      `dimension mapping ${entries} ${stale.join(', ')} match no dimension of the reading (renamed or stale?)`,
    );
  }
  return out;
}

/** Every check that does not need ids: area, level, spans, text at its lines, dimension, cell positions. */
function validateIndicators(
  { area, file, lines }: Context,
  raws: readonly RawIndicator[],
  dimensionByLabel: ReadonlyMap<string, LocalDimension>,
): void {
  const cells = new Map<string, RawIndicator[]>();
  for (const raw of raws) {
    const line = raw.spans[0]?.start ?? 1;
    const fail = (message: string): never => {
      throw new ExtractionError(file, line, `${describe(raw)} ${message}`);
    };
    if (raw.area !== area) fail(`is labelled area ${raw.area}`);
    if (![1, 2, 3, 4].includes(raw.level)) fail(`has level ${raw.level}`);
    if (raw.spans.length === 0) fail('has no source span');
    if (normaliseText(raw.textVerbatim).length === 0) fail('has empty text');
    const dim = dimensionByLabel.get(raw.localDimension);
    if (!dim) {
      throw new ExtractionError(
        file,
        line,
        `${describe(raw)} names dimension "${raw.localDimension}", which the reader did not declare`,
      );
    }
    if (dim.domain !== raw.domain) fail(`has domain ${raw.domain} but its dimension is in ${dim.domain}`);
    if (!dim.levels.includes(raw.level))
      fail(`is in dimension "${dim.label}", which does not list level ${raw.level}`);
    raw.spans.forEach((s, i) => {
      toSpan(lines, file, s, `${describe(raw)} span ${i + 1}`);
    });
    if (!textOccursInSpans(raw.textVerbatim, lines, raw.spans)) {
      fail(`does not occur in its recorded lines ${raw.spans.map((s) => `${s.start}-${s.end}`).join(', ')}`);
    }
    const key = `${raw.level}\u0000${raw.localDimension}`;
    cells.set(key, [...(cells.get(key) ?? []), raw]);
  }
  for (const list of cells.values()) {
    const orders = list.map((r) => r.orderInCell).sort((a, b) => a - b);
    if (orders.some((o, i) => o !== i + 1)) {
      const r = list[0]!;
      throw new ExtractionError(
        file,
        r.spans[0]!.start,
        `cell level ${r.level} / "${r.localDimension}": orderInCell values are ${orders.join(',')}, expected 1..${list.length}`,
      );
    }
  }
}

/** Ids, normalised text, voice, parameters and spans, in matrix order (level, dimension, position). */
function buildIndicators(
  { area, file, lines }: Context,
  raws: readonly RawIndicator[],
  dims: Dimensions,
): { indicators: Indicator[]; idOf: Map<RawIndicator, string> } {
  const sorted = [...raws].sort(
    (a, b) =>
      a.level - b.level ||
      dims.order.get(a.localDimension)! - dims.order.get(b.localDimension)! ||
      a.orderInCell - b.orderInCell,
  );
  const idOf = new Map<RawIndicator, string>();
  const seenBase = new Map<string, number>();
  const indicators = sorted.map((raw): Indicator => {
    const dim = dims.byLabel.get(raw.localDimension)!;
    const textNormalised = normaliseText(raw.textVerbatim);
    const base = indicatorIdBase(area, raw.level, dim.id, textNormalised);
    const n = (seenBase.get(base) ?? 0) + 1;
    seenBase.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    idOf.set(raw, id);
    const flags: IndicatorFlags = {};
    if (raw.flags.crossReference !== undefined) flags.crossReference = raw.flags.crossReference;
    if (raw.flags.strategyDiscussion) flags.strategyDiscussion = true;
    if (raw.flags.levelInferred !== undefined) flags.levelInferred = raw.flags.levelInferred;
    if (raw.flags.literalDimension !== undefined) flags.literalDimension = raw.flags.literalDimension;
    if (raw.flags.conditionalOnProtectiveness) flags.conditionalOnProtectiveness = true;
    return {
      id,
      area,
      level: raw.level,
      domain: raw.domain,
      localDomain: raw.localDomain,
      dimension: dim.label,
      dimensionId: dim.id,
      textVerbatim: raw.textVerbatim,
      textNormalised,
      voice: detectVoice(raw.textVerbatim),
      orderInCell: raw.orderInCell,
      flags,
      parameters: extractParameters(raw.textVerbatim),
      provenance: {
        spans: spansWithCells(lines, file, raw, textNormalised),
        ops: raw.ops.map((o) => ({
          op: o.op,
          rule: o.rule,
          ...(o.note !== undefined ? { note: o.note } : {}),
        })),
      },
    };
  });
  return { indicators, idOf };
}

/** `duplicateOf`: the first indicator with the same duplicate key in document order. */
function flagDuplicates(
  raws: readonly RawIndicator[],
  indicators: readonly Indicator[],
  idOf: ReadonlyMap<RawIndicator, string>,
): void {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const firstByKey = new Map<string, string>();
  for (const raw of [...raws].sort(documentOrder)) {
    const key = duplicateKey(raw.textVerbatim);
    const id = idOf.get(raw)!;
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, id);
    else byId.get(id)!.flags.duplicateOf = first;
  }
}

/** `nearDuplicates`, both ways: other indicators whose duplicate keys differ but are at least 0.9 similar. */
function flagNearDuplicates(indicators: readonly Indicator[]): void {
  const keys = indicators.map((i) => duplicateKey(i.textVerbatim));
  const profiles = keys.map((k) => bigramProfile(k));
  // Dice ≥ t needs the shorter key to be at least t/(2−t) of the longer one: skip pairs that cannot reach t.
  const minRatio = NEAR_DUPLICATE_THRESHOLD / (2 - NEAR_DUPLICATE_THRESHOLD);
  const near = new Map<Indicator, { id: string; similarity: number }[]>();
  const link = (from: Indicator, to: Indicator, similarity: number) => {
    near.set(from, [...(near.get(from) ?? []), { id: to.id, similarity }]);
  };
  for (let i = 0; i < indicators.length; i++) {
    for (let j = i + 1; j < indicators.length; j++) {
      const ki = keys[i]!;
      const kj = keys[j]!;
      if (ki === kj) continue;
      if (Math.min(ki.length, kj.length) < minRatio * Math.max(ki.length, kj.length) - 1) continue;
      const sim = profileSimilarity(profiles[i]!, profiles[j]!);
      if (sim < NEAR_DUPLICATE_THRESHOLD) continue;
      const similarity = Math.round(sim * 1000) / 1000;
      link(indicators[i]!, indicators[j]!, similarity);
      link(indicators[j]!, indicators[i]!, similarity);
    }
  }
  for (const [ind, list] of near) {
    ind.flags.nearDuplicates = list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }
}

/** Reviewed corrections keyed by content; each must match exactly one indicator. */
function applyOverrides(
  { file }: Context,
  indicators: readonly Indicator[],
  overrides: readonly IndicatorOverride[],
): void {
  for (const o of overrides) {
    const targets = indicators.filter(
      (i) => i.textNormalised === normaliseText(o.text) && (o.level === undefined || i.level === o.level),
    );
    if (targets.length !== 1) {
      throw new ExtractionError(
        file,
        1,
        `pipeline override "${o.text.slice(0, 60)}" (${o.reason}) matches ${targets.length} indicators, expected exactly 1`,
      );
    }
    const target = targets[0]!;
    if (o.set.parameters !== undefined) {
      target.parameters = o.set.parameters.map((p) => {
        const offset = target.textVerbatim.indexOf(p.match);
        if (offset < 0) {
          const line = target.provenance.spans[0]!.start;
          throw new ExtractionError(file, line, `override parameter "${p.match}" is not in the text`);
        }
        return { ...p, offset } as Indicator['parameters'][number];
      });
    }
    if (o.set.voice !== undefined) target.voice = o.set.voice;
    target.provenance.ops.push({ op: 'override', rule: `override:${o.rule}`, note: o.reason });
  }
}

const FLAG_ORDER: readonly (keyof IndicatorFlags)[] = [
  'crossReference',
  'strategyDiscussion',
  'duplicateOf',
  'nearDuplicates',
  'levelInferred',
  'literalDimension',
  'conditionalOnProtectiveness',
];

function orderFlags(flags: IndicatorFlags): IndicatorFlags {
  const out: Record<string, unknown> = {};
  for (const k of FLAG_ORDER) if (flags[k] !== undefined) out[k] = flags[k];
  return out as IndicatorFlags;
}
