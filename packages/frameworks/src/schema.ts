/**
 * The data model of @levelwise/frameworks as zod schemas; TypeScript types are inferred from them.
 *
 * Close to shared/docs/source-notes.md §8: every extracted record keeps the text as the document prints it,
 * where it prints it (SourceSpan with a content hash) and how it was read (extraction ops).
 * The local rules (levels, consent, front door, escalation, …) are modelled in `rules/schema.ts` by their own
 * module and composed into `Framework` in `index.ts`.
 */
import { z } from 'zod';
import { ConceptRelationSchema, RelatedTextSchema } from './concepts/schema.ts';
import type {
  AreaId as RawAreaId,
  CanonicalDomain as RawCanonicalDomain,
  ExtractionOpKind as RawExtractionOpKind,
} from './extract/reader-types.ts';
import { AreaRulesSchema, SourceRefSchema } from './rules/schema.ts';

export const AREA_IDS = [
  'telford-wrekin',
  'sandwell',
  'stoke-on-trent',
  'nottingham-city',
  'dudley',
] as const;
export const AreaIdSchema = z.enum(AREA_IDS).describe('One of the five local areas.');
export type AreaId = z.infer<typeof AreaIdSchema>;

/** Short id prefixes used in indicator ids. */
export const AREA_PREFIX: Readonly<Record<AreaId, string>> = {
  'telford-wrekin': 'tw',
  sandwell: 'sw',
  'stoke-on-trent': 'st',
  'nottingham-city': 'nc',
  dudley: 'du',
};

export const LevelOrdinalSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
  .describe(
    'Level of need as an ordinal 1 (universal) to 4 (statutory/specialist). Compare levels by ordinal, never by name.',
  );
export type LevelOrdinal = z.infer<typeof LevelOrdinalSchema>;

export const CANONICAL_DOMAINS = [
  'child-development',
  'parenting-capacity',
  'family-environment',
  'extra-familial',
  'mixed',
] as const;
export const CanonicalDomainSchema = z.enum(CANONICAL_DOMAINS);
export type CanonicalDomain = z.infer<typeof CanonicalDomainSchema>;

export const DomainSchema = z.strictObject({
  id: CanonicalDomainSchema,
  label: z.string().min(1),
  description: z.string().min(1),
});
export type Domain = z.infer<typeof DomainSchema>;

/** The three Assessment Framework domains plus the two non-triangle groupings the documents use. */
export const DOMAINS: readonly Domain[] = [
  {
    id: 'child-development',
    label: "Child's developmental needs",
    description: 'Assessment Framework (DH 2000) domain: how the child is developing.',
  },
  {
    id: 'parenting-capacity',
    label: 'Parenting capacity',
    description: "Assessment Framework domain: the parents' or carers' capacity to meet the child's needs.",
  },
  {
    id: 'family-environment',
    label: 'Family and environmental factors',
    description: 'Assessment Framework domain: the wider family, housing, income, community.',
  },
  {
    id: 'extra-familial',
    label: 'Extra-familial harm',
    description:
      'Risks outside the home (exploitation, gangs, radicalisation): Dudley "Risks outside of my home".',
  },
  {
    id: 'mixed',
    label: 'Parents/carers and environment (mixed)',
    description:
      'Dudley "Parents/Carers", one theme that merges parenting capacity and family/environmental factors.',
  },
];

export const CANONICAL_DIMENSIONS = [
  // Child's developmental needs
  { id: 'health', domain: 'child-development', label: 'Health' },
  { id: 'education', domain: 'child-development', label: 'Education' },
  {
    id: 'emotional-behavioural-development',
    domain: 'child-development',
    label: 'Emotional and behavioural development',
  },
  { id: 'identity', domain: 'child-development', label: 'Identity' },
  {
    id: 'family-social-relationships',
    domain: 'child-development',
    label: 'Family and social relationships',
  },
  { id: 'social-presentation', domain: 'child-development', label: 'Social presentation' },
  { id: 'self-care-skills', domain: 'child-development', label: 'Self-care skills' },
  // Parenting capacity
  { id: 'basic-care', domain: 'parenting-capacity', label: 'Basic care' },
  { id: 'ensuring-safety', domain: 'parenting-capacity', label: 'Ensuring safety' },
  { id: 'emotional-warmth', domain: 'parenting-capacity', label: 'Emotional warmth' },
  { id: 'stimulation', domain: 'parenting-capacity', label: 'Stimulation' },
  { id: 'guidance-boundaries', domain: 'parenting-capacity', label: 'Guidance and boundaries' },
  { id: 'stability', domain: 'parenting-capacity', label: 'Stability' },
  // Family and environmental factors
  { id: 'family-history-functioning', domain: 'family-environment', label: 'Family history and functioning' },
  { id: 'wider-family', domain: 'family-environment', label: 'Wider family' },
  { id: 'housing', domain: 'family-environment', label: 'Housing' },
  { id: 'employment', domain: 'family-environment', label: 'Employment' },
  { id: 'income', domain: 'family-environment', label: 'Income' },
  { id: 'family-social-integration', domain: 'family-environment', label: "Family's social integration" },
  { id: 'community-resources', domain: 'family-environment', label: 'Community resources' },
  // Outside the triangle
  { id: 'extra-familial-harm', domain: 'extra-familial', label: 'Extra-familial harm and exploitation' },
] as const satisfies readonly { id: string; domain: CanonicalDomain; label: string }[];

export type CanonicalDimensionId = (typeof CANONICAL_DIMENSIONS)[number]['id'];
export const CanonicalDimensionIdSchema = z.enum(
  CANONICAL_DIMENSIONS.map((d) => d.id) as [CanonicalDimensionId, ...CanonicalDimensionId[]],
);
export const CanonicalDimensionSchema = z.strictObject({
  id: CanonicalDimensionIdSchema,
  domain: CanonicalDomainSchema,
  label: z.string().min(1),
});
export type CanonicalDimension = z.infer<typeof CanonicalDimensionSchema>;

const Sha256Prefix = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .describe('First 16 hex digits of the SHA-256 of the raw span text (its lines joined by "\\n").');

export const SourceSpanSchema = z
  .strictObject({
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name such as 000_cbc55e4a064da141.txt'),
    start: z.int().min(1),
    end: z.int().min(1),
    /** For a one-line span of a tab-separated table row: the 0-based tab cell that holds the text. */
    cell: z.int().min(0).optional(),
    hash: Sha256Prefix,
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not be before its start' })
  .describe('A 1-based inclusive line range in a seed file, with a content hash for re-anchoring.');
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

export const EXTRACTION_OP_KINDS = [
  'split_sentence',
  'split_runon',
  'split_slash',
  'merge_continuation',
  'merge_parenthetical',
  'drop_footnote',
  'drop_heading',
  'infer_level_from_blank_line',
  'reattribute_dimension',
  'strip_markup',
  'override',
] as const;
export const ExtractionOpSchema = z.strictObject({
  op: z.enum(EXTRACTION_OP_KINDS),
  rule: z.string().min(1),
  note: z.string().optional(),
});
export type ExtractionOp = z.infer<typeof ExtractionOpSchema>;

export const ProvenanceSchema = z.strictObject({
  spans: z.array(SourceSpanSchema).min(1),
  ops: z.array(ExtractionOpSchema),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/* ------------------------------------------------------------------ parameters */

const ParameterBase = {
  /** The exact substring of `textVerbatim` the parameter was read from. */
  match: z.string().min(1),
  /** 0-based character offset of `match` in `textVerbatim`. */
  offset: z.int().min(0),
};

export const AttendanceParameterSchema = z.strictObject({
  kind: z.literal('attendance-pct'),
  min: z.number().min(0).max(100).optional(),
  max: z.number().min(0).max(100).optional(),
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
  phase: z.enum(['primary', 'secondary']).optional(),
  ...ParameterBase,
});
export const AgeOperatorSchema = z.enum(['<', '<=', '>', '>=', 'range']);
export const AgeParameterSchema = z.strictObject({
  kind: z.literal('age'),
  op: AgeOperatorSchema,
  /** The bound for `<`, `<=`, `>`, `>=`; the lower bound (inclusive) for `range`. */
  value: z.int().min(0).max(25),
  /** The upper bound (inclusive) for `range`. */
  max: z.int().min(0).max(25).optional(),
  ...ParameterBase,
});
export const GestationParameterSchema = z.strictObject({
  kind: z.literal('gestation-weeks'),
  min: z.int().min(1).max(42),
  ...ParameterBase,
});
export const IncidentCountParameterSchema = z.strictObject({
  kind: z.literal('incident-count'),
  op: z.enum(['<', '<=', '>', '>=', '=']),
  n: z.int().min(0),
  windowDays: z.int().min(1),
  ...ParameterBase,
});
export const RiskGradeParameterSchema = z.strictObject({
  kind: z.literal('risk-grade'),
  grades: z.array(z.enum(['standard', 'medium', 'high'])).min(1),
  subject: z.enum(['domestic-abuse', 'exploitation', 'unspecified']),
  ...ParameterBase,
});
export const IndicatorParameterSchema = z.discriminatedUnion('kind', [
  AttendanceParameterSchema,
  AgeParameterSchema,
  GestationParameterSchema,
  IncidentCountParameterSchema,
  RiskGradeParameterSchema,
]);
export type IndicatorParameter = z.infer<typeof IndicatorParameterSchema>;
export type AttendanceParameter = z.infer<typeof AttendanceParameterSchema>;
export type AgeParameter = z.infer<typeof AgeParameterSchema>;

/* ------------------------------------------------------------------ indicators */

export const IndicatorIdSchema = z
  .string()
  .regex(
    /^(tw|sw|st|nc|du)-[1-4]-[a-z0-9-]+-[0-9a-f]{6}(-\d+)?$/,
    'an indicator id such as tw-3-health-5f2c1a',
  );

export const NearDuplicateSchema = z.strictObject({
  id: IndicatorIdSchema,
  /** Sørensen–Dice coefficient of character bigrams of the duplicate keys, 0–1, 3 decimals. */
  similarity: z.number().min(0).max(1),
});

export const IndicatorFlagsSchema = z.strictObject({
  /** The target of a cross-reference bullet ("CE section", "Appendix 3"). */
  crossReference: z.string().min(1).optional(),
  /** Dudley's asterisk: a strategy discussion will need to be held. */
  strategyDiscussion: z.boolean().optional(),
  /** The id of the first indicator in the same document with the same text (document order). */
  duplicateOf: IndicatorIdSchema.optional(),
  /** Other indicators in the same document whose text is very similar (but not identical). */
  nearDuplicates: z.array(NearDuplicateSchema).optional(),
  /** Why the level had to be inferred (Dudley's lost Level 3 headings). */
  levelInferred: z.string().min(1).optional(),
  /** The heading as printed, where the editorial reading (`dimension`) differs (Stoke "Behavioural Development Continued"). */
  literalDimension: z.string().min(1).optional(),
  /** Stoke: the level depends on whether a parent is protective and engaging. */
  conditionalOnProtectiveness: z.boolean().optional(),
});
export type IndicatorFlags = z.infer<typeof IndicatorFlagsSchema>;

export const IndicatorSchema = z.strictObject({
  id: IndicatorIdSchema,
  area: AreaIdSchema,
  level: LevelOrdinalSchema,
  domain: CanonicalDomainSchema,
  /** The local domain heading exactly as printed. */
  localDomain: z.string().min(1),
  /** The local dimension (or Dudley theme) label, as the area spells it in its canonical form. */
  dimension: z.string().min(1),
  /** Slug of `dimension`; joins to `LocalDimension.id`. */
  dimensionId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** As in the source after merging fragments; typos and entities kept; bullet glyphs and tags removed. */
  textVerbatim: z.string().min(1),
  /** `normaliseText(textVerbatim)`: see extract/normalise.ts. */
  textNormalised: z.string().min(1),
  voice: z.enum(['first-person', 'third-person']),
  /** 1-based position in its (level, dimension) cell, in reading order. */
  orderInCell: z.int().min(1),
  flags: IndicatorFlagsSchema,
  parameters: z.array(IndicatorParameterSchema),
  provenance: ProvenanceSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/* ------------------------------------------------------------------ dimensions */

export const LocalDimensionSchema = z.strictObject({
  /** Slug of the label, unique within the area. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  area: AreaIdSchema,
  label: z.string().min(1),
  /** Every other spelling seen in the document. */
  variants: z.array(z.string().min(1)),
  localDomain: z.string().min(1),
  domain: CanonicalDomainSchema,
  levels: z.array(LevelOrdinalSchema).min(1),
  spans: z.array(SourceSpanSchema),
});
export type LocalDimension = z.infer<typeof LocalDimensionSchema>;

export const DimensionRelationSchema = z.enum([
  'equivalent',
  'broader',
  'narrower',
  'merged-of',
  'overlaps',
  'none',
]);
export const DimensionMappingSchema = z
  .strictObject({
    area: AreaIdSchema,
    /** `LocalDimension.id`. */
    dimensionId: z.string().min(1),
    /**
     * How the local dimension relates to the canonical ones: `equivalent` (same scope), `merged-of` (the local
     * dimension merges several canonical ones), `broader`/`narrower` (local scope is wider/narrower than the one
     * target), `overlaps` (partial), `none` (no canonical counterpart, e.g. Stoke "Other Indicators"; `targets` empty).
     */
    targets: z.array(CanonicalDimensionIdSchema),
    relation: DimensionRelationSchema,
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().optional(),
  })
  .refine((m) => (m.relation === 'none') === (m.targets.length === 0), {
    message: 'relation "none" exactly when targets is empty',
  });
export type DimensionMapping = z.infer<typeof DimensionMappingSchema>;

export const LocalDomainSchema = z.strictObject({
  label: z.string().min(1),
  domain: CanonicalDomainSchema,
});

/* ------------------------------------------------------------------ documents */

export const QuoteSchema = z.strictObject({
  text: z.string().min(1),
  span: SourceSpanSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const SourceDocumentSchema = z.strictObject({
  file: z.string().min(1),
  /** SHA-256 of the seed file's exact bytes at extraction time. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  lineCount: z.int().min(1),
  partnership: z.strictObject({
    name: z.string().min(1),
    acronym: z.string().min(1).optional(),
    evidence: QuoteSchema,
  }),
  title: QuoteSchema,
  /** The date as the document states it, or absent when the document is undated. */
  statedDate: QuoteSchema.optional(),
  /** A reading of the date from internal evidence (e.g. "c. 2022–23"). */
  inferredDate: z.strictObject({ text: z.string().min(1), evidence: z.array(QuoteSchema).min(1) }),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** The committed extraction output of one area: `data/<area>.json`. */
export const AreaDataSchema = z.strictObject({
  schemaVersion: z.literal(1),
  extractorVersion: z.string().min(1),
  area: AreaIdSchema,
  source: SourceDocumentSchema,
  /** How many items a naive bullet splitter finds (regression visibility, source-notes §0). */
  mechanicalCount: z.int().min(0),
  localDomains: z.array(LocalDomainSchema).min(1),
  dimensions: z.array(LocalDimensionSchema).min(1),
  dimensionMappings: z.array(DimensionMappingSchema).min(1),
  indicators: z.array(IndicatorSchema).min(1),
});
export type AreaData = z.infer<typeof AreaDataSchema>;

/**
 * One area's complete framework as the public API serves it: document identity, the canonical domains it
 * uses, its dimensions and their mapping, every matrix indicator, and the local rules (levels, consent,
 * front door, escalation, step-up/down, auxiliary tables) curated in `rules/`.
 */
export const FrameworkSchema = z.strictObject({
  id: AreaIdSchema,
  /** Indicator id prefix (tw, sw, st, nc, du). */
  prefix: z.enum(['tw', 'sw', 'st', 'nc', 'du']),
  source: SourceDocumentSchema,
  extractorVersion: z.string().min(1),
  mechanicalCount: z.int().min(0),
  domains: z.array(DomainSchema).min(1),
  localDomains: z.array(LocalDomainSchema).min(1),
  dimensions: z.array(LocalDimensionSchema).min(1),
  dimensionMappings: z.array(DimensionMappingSchema).min(1),
  indicators: z.array(IndicatorSchema).min(1),
  rules: AreaRulesSchema,
});
export type Framework = z.infer<typeof FrameworkSchema>;

/* ------------------------------------------------------------------ concepts */

/** A curated concept member resolved to the one indicator its fragment names. */
export const ResolvedConceptMemberSchema = z.strictObject({
  indicatorId: IndicatorIdSchema,
  area: AreaIdSchema,
  level: LevelOrdinalSchema,
  /** The indicator's local dimension label. */
  dimension: z.string().min(1),
  textFragment: z.string().min(1),
  relation: ConceptRelationSchema,
  note: z.string().min(1).optional(),
  ref: SourceRefSchema,
});
export type ResolvedConceptMember = z.infer<typeof ResolvedConceptMemberSchema>;

/** A cross-area concept (`src/concepts/`) with every member resolved to an indicator id. */
export const ResolvedConceptSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  summary: z.string().min(1),
  difference: z.string().min(1),
  sourceNotes: z.array(z.int().min(1)),
  members: z.array(ResolvedConceptMemberSchema).min(2),
  related: z.array(RelatedTextSchema),
  /** Every member's and related text's ref (as in the curated concept). */
  refs: z.array(SourceRefSchema).min(2),
});
export type ResolvedConcept = z.infer<typeof ResolvedConceptSchema>;

/** `data/concepts.json`. */
export const ConceptsDataSchema = z.strictObject({
  schemaVersion: z.literal(1),
  extractorVersion: z.string().min(1),
  concepts: z.array(ResolvedConceptSchema),
});
export type ConceptsData = z.infer<typeof ConceptsDataSchema>;

/* ------------------------------------------------------------------ compile-time agreement with the reader contract */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertTrue = <T extends true>(value: T): T => value;
assertTrue<Same<AreaId, RawAreaId>>(true);
assertTrue<Same<CanonicalDomain, RawCanonicalDomain>>(true);
assertTrue<Same<ExtractionOp['op'], RawExtractionOpKind>>(true);
