/**
 * Schemas for everything a learner is taught from the five threshold documents besides the matrix indicators:
 * levels and their responses, consent, escalation, the front door, step-up/step-down, auxiliary lists, the Telford
 * Child Exploitation risk table, Sandwell's good-referral questions and the Signs of Safety questions.
 *
 * Every record carries `SourceRef`s: a 1-based inclusive line span in a seed file plus the verbatim quote that
 * the span contains (checked in tests after `normaliseText` on both sides). Types are inferred with `z.infer`.
 */
import { z } from 'zod';
import { AREA_IDS, type AreaId } from '../extract/reader-types.ts';

/* ------------------------------------------------------------------ primitives */

export const RulesAreaIdSchema = z.enum(AREA_IDS as unknown as readonly [AreaId, ...AreaId[]]);

export const OrdinalSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
  .describe('Level of need as an ordinal 1–4. Compare levels by ordinal, never by name.');
export type Ordinal = z.infer<typeof OrdinalSchema>;

const KebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "consent-early-help"');

export const SeedFileSchema = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name such as 000_cbc55e4a064da141.txt');

/** A 1-based inclusive line span in a seed file and the verbatim text it contains. */
export const SourceRefSchema = z
  .strictObject({
    file: SeedFileSchema,
    start: z.int().min(1),
    end: z.int().min(1),
    /** Verbatim text from the span (typos kept); compared after markup/whitespace normalisation. */
    quote: z.string().min(1),
  })
  .refine((ref) => ref.end >= ref.start, { message: 'ref end line must not be before its start line' });
export type SourceRef = z.infer<typeof SourceRefSchema>;

const Refs = z.array(SourceRefSchema).min(1);

/** A piece of verbatim text with the place it is printed. */
export const CitedTextSchema = z
  .strictObject({ text: z.string().min(1), ref: SourceRefSchema })
  .refine((cited) => cited.text === cited.ref.quote, { message: 'cited text must equal its ref quote' });
export type CitedText = z.infer<typeof CitedTextSchema>;

/* ------------------------------------------------------------------ identity */

export const AreaIdentitySchema = z.strictObject({
  /** Partnership name as printed. */
  partnershipName: z.string().min(1),
  /** Acronym as printed, or null where the document prints none. */
  acronym: z.string().min(1).nullable(),
  /** Document title as printed. */
  title: z.string().min(1),
  /** The date as the document states it, verbatim, or null when the document is undated. */
  statedDate: SourceRefSchema.nullable(),
  /** A reading of the date from internal evidence, e.g. "c. 2022–23". */
  inferredDate: z.strictObject({ text: z.string().min(1), evidence: Refs }),
  refs: Refs,
});
export type AreaIdentity = z.infer<typeof AreaIdentitySchema>;

/* ------------------------------------------------------------------ levels */

export const SERVICE_RESPONSE_KINDS = [
  'universal_direct_access',
  'single_agency_support',
  'eha',
  'ehsp',
  'taf',
  'lead_professional',
  'targeted_early_help',
  'front_door_referral',
  's17_assessment',
  'cin_plan',
  's47_enquiry',
  'strategy_discussion',
  'cp_plan',
  'accommodation',
  'youth_justice_assessment',
  'call_999',
] as const;
export const ServiceResponseKindSchema = z.enum(SERVICE_RESPONSE_KINDS);
export type ServiceResponseKind = z.infer<typeof ServiceResponseKindSchema>;

export const ServiceResponseSchema = z.strictObject({
  kind: ServiceResponseKindSchema,
  /** What the document says about this response at this level, where it qualifies it ("may", "not needed"). */
  note: z.string().min(1).optional(),
  refs: Refs,
});
export type ServiceResponse = z.infer<typeof ServiceResponseSchema>;

export const CANONICAL_BANDS = ['universal', 'early-help', 'targeted', 'statutory'] as const;
export const CanonicalBandSchema = z.enum(CANONICAL_BANDS);
export type CanonicalBand = z.infer<typeof CanonicalBandSchema>;

/** The band each ordinal aligns to across areas. */
export const BAND_BY_ORDINAL: Readonly<Record<Ordinal, CanonicalBand>> = {
  1: 'universal',
  2: 'early-help',
  3: 'targeted',
  4: 'statutory',
};

export const LevelSchema = z
  .strictObject({
    ordinal: OrdinalSchema,
    /**
     * The level's name in the area's own words: the form the document uses for the level (printed exactly so in
     * `nameRef`, up to letter case where the document only prints the name as a capitalised banner).
     */
    localName: z.string().min(1),
    /** Where the level name is printed (a heading or table cell). */
    nameRef: SourceRefSchema,
    /** Every other spelling of this level in the same document, each with where it is printed. */
    aliases: z.array(CitedTextSchema),
    /** Definition text(s), verbatim; several where the document defines the level more than once. */
    definitions: z.array(SourceRefSchema).min(1),
    serviceResponses: z.array(ServiceResponseSchema).min(1),
    canonicalBand: CanonicalBandSchema,
  })
  .refine((level) => level.canonicalBand === BAND_BY_ORDINAL[level.ordinal], {
    message:
      'canonicalBand must be the band of the ordinal (1 universal, 2 early-help, 3 targeted, 4 statutory)',
    path: ['canonicalBand'],
  });
export type Level = z.infer<typeof LevelSchema>;

/* ------------------------------------------------------------------ consent */

export const ConsentRequirementSchema = z
  .enum(['seek', 'inform', 'none', 'manager_approval'])
  .describe(
    'seek: consent must be sought; inform: share without consent but tell the family; none: consent not required; ' +
      'manager_approval: a decision not to seek consent needs a manager to approve it.',
  );

export const ConsentConditionSchema = z.strictObject({
  /** Whether the rule is about cases where significant harm is (suspected), is not, or either. */
  significantHarm: z.enum(['yes', 'no', 'any']),
  /** Levels the rule applies to (all four where the document says "at all levels"). */
  levels: z.array(OrdinalSchema).min(1),
  /** What the rule is about, e.g. "an Early Help Assessment", "a child protection referral". */
  activity: z.string().min(1),
});

export const InformParentsSchema = z.strictObject({
  /**
   * always_before_sharing: tell parents (and a competent child) before sharing; unless_exceptions: tell them
   * unless an exception applies; after_referral: tell them once the referral is made; not_stated.
   */
  rule: z.enum(['always_before_sharing', 'unless_exceptions', 'after_referral', 'not_stated']),
  refs: z.array(SourceRefSchema),
});

export const ChildAgeThresholdSchema = z.strictObject({
  /** The age in years as written. */
  age: z.int().min(0).max(18),
  /** "12 years or over", "13+" are `at-least`; "over 13" is `over`. */
  comparison: z.enum(['at-least', 'over']),
  /** Other conditions printed with the age ("depending on level of understanding", "and have capacity"). */
  qualifier: z.string().min(1),
  ref: SourceRefSchema,
});
export type ChildAgeThreshold = z.infer<typeof ChildAgeThresholdSchema>;

export const ConsentRuleSchema = z.strictObject({
  id: KebabId,
  condition: ConsentConditionSchema,
  requirement: ConsentRequirementSchema,
  informParentsFirst: InformParentsSchema,
  /** The child's own consent age if this rule states one, else null. */
  childAgeThreshold: ChildAgeThresholdSchema.nullable(),
  /** When the rule does not apply, verbatim. */
  exceptions: z.array(CitedTextSchema),
  summary: z.string().min(1),
  refs: Refs,
});
export type ConsentRule = z.infer<typeof ConsentRuleSchema>;

export const ConsentSchema = z.strictObject({
  rules: z.array(ConsentRuleSchema).min(1),
  /** The area-wide age at which a child's own consent counts, or null where the document states no age. */
  childAgeThreshold: ChildAgeThresholdSchema.nullable(),
  /** Where the document gives a second, differing age wording (Dudley "13+" versus "over 13"). */
  childAgeVariants: z.array(ChildAgeThresholdSchema),
  /** What the child's view counts for when parents disagree (verbatim), if stated. */
  childViewPriority: SourceRefSchema.nullable(),
});
export type Consent = z.infer<typeof ConsentSchema>;

/* ------------------------------------------------------------------ escalation */

export const TimeWindowSchema = z
  .strictObject({
    unit: z.enum(['days', 'hours']),
    /** First day or hour of the window (days count from day 1; hours from the triggering decision, 0). */
    from: z.number().min(0),
    to: z.number().min(0),
  })
  .refine((w) => w.to >= w.from, { message: 'window "to" must not be before "from"' });
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

export const EscalationStageSchema = z.strictObject({
  order: z.int().min(1),
  name: z.string().min(1),
  /** Roles involved at this stage, as the document names them. */
  actors: z.array(z.string().min(1)).min(1),
  window: TimeWindowSchema.nullable(),
  /** What happens at this stage, verbatim. */
  action: SourceRefSchema,
});
export type EscalationStage = z.infer<typeof EscalationStageSchema>;

export const LadderIssueSchema = z.strictObject({
  kind: z.enum(['gap', 'overlap', 'truncated', 'no-window']),
  /** For gaps and overlaps, the uncovered or doubly covered range, inclusive. */
  range: z.strictObject({ from: z.number(), to: z.number() }).nullable(),
  description: z.string().min(1),
  refs: z.array(SourceRefSchema),
});
export type LadderIssue = z.infer<typeof LadderIssueSchema>;

export const OverallTargetSchema = z.strictObject({
  description: z.string().min(1),
  window: TimeWindowSchema,
  ref: SourceRefSchema,
});

export const EscalationLadderSchema = z
  .strictObject({
    kind: z.literal('ladder'),
    id: KebabId,
    title: z.string().min(1),
    /** When this ladder applies, verbatim. */
    trigger: SourceRefSchema,
    stages: z.array(EscalationStageSchema).min(2),
    /** Targets for the process as a whole ("resolved within 48 hours"). */
    overallTargets: z.array(OverallTargetSchema),
    /** Gaps, overlaps, truncation and stages without a time window, as documented facts about the source. */
    issues: z.array(LadderIssueSchema),
    refs: Refs,
  })
  .refine((ladder) => ladder.stages.every((stage, index) => stage.order === index + 1), {
    message: 'stages must be numbered 1, 2, 3… in order',
    path: ['stages'],
  });
export type EscalationLadder = z.infer<typeof EscalationLadderSchema>;

export const EscalationPolicyReferenceSchema = z.strictObject({
  kind: z.literal('policy-reference'),
  id: KebabId,
  /** The policy as the document names it. */
  policyName: z.string().min(1),
  /** Links as printed (null where the document's link text survives without a URL). */
  urls: z.array(z.string().min(1)),
  /** What the document says beyond the pointer (e.g. Stoke's paragraph), or the pointer itself. */
  quote: SourceRefSchema,
  refs: Refs,
});
export type EscalationPolicyReference = z.infer<typeof EscalationPolicyReferenceSchema>;

export const EscalationProcedureSchema = z.discriminatedUnion('kind', [
  EscalationLadderSchema,
  EscalationPolicyReferenceSchema,
]);
export type EscalationProcedure = z.infer<typeof EscalationProcedureSchema>;

/* ------------------------------------------------------------------ front door */

/** ISO 8601 duration, e.g. PT1H, P2D, PT72H. */
export const IsoDurationSchema = z
  .string()
  .regex(
    /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
    'an ISO 8601 duration such as PT1H',
  );

export const DeadlineSchema = z.strictObject({
  /** What must happen in time. */
  kind: z.enum(['submit-referral', 'decision', 'feedback', 'close-contact', 'notify-lado', 'review']),
  iso: IsoDurationSchema,
  /** True when the duration counts working days only. */
  working: z.boolean(),
  /** "at most" (a deadline) or "aim" (a target or best practice). */
  strength: z.enum(['must', 'aim', 'best-practice']),
  /** What starts the clock, in the document's words. */
  trigger: z.string().min(1),
  refs: Refs,
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const PhoneSchema = z.strictObject({
  number: z.string().regex(/^[0-9 ]+$/),
  purpose: z.enum(['front-door', 'out-of-hours', 'early-help', 'lado', 'other']),
  /** The service the number reaches, as printed. */
  service: z.string().min(1),
  /** Opening hours as printed, or null if not stated. */
  hours: z.string().min(1).nullable(),
  ref: SourceRefSchema,
});

export const FrontDoorSchema = z.strictObject({
  serviceName: z.string().min(1),
  /** What the front door is, verbatim. */
  description: SourceRefSchema,
  phones: z.array(PhoneSchema).min(1),
  /** Front door opening hours as printed, or null if the document does not state them. */
  hours: CitedTextSchema.nullable(),
  /** What to do outside the front door's hours (an Emergency Duty Team, or Stoke's written MARF), or null for a 24-hour line. */
  outOfHours: z
    .strictObject({
      route: z.string().min(1),
      phone: z
        .string()
        .regex(/^[0-9 ]+$/)
        .nullable(),
      ref: SourceRefSchema,
    })
    .nullable(),
  emails: z.array(z.strictObject({ address: z.email(), purpose: z.string().min(1), ref: SourceRefSchema })),
  /** Portal or web form as printed (text and link if any), or null. */
  portal: z
    .strictObject({ text: z.string().min(1), url: z.string().nullable(), ref: SourceRefSchema })
    .nullable(),
  referralInstrument: z.strictObject({
    name: z.string().min(1),
    acronym: z.string().min(1).nullable(),
    /** The acronym's expansion exactly as written, or null where the document does not expand it. */
    expansion: z.string().min(1).nullable(),
    /** How and when the instrument is used, verbatim. */
    route: SourceRefSchema,
    refs: Refs,
  }),
  deadlines: z.array(DeadlineSchema),
  /** The document's instruction for immediate danger, verbatim, and whether it tells the reader to dial 999. */
  emergency: z
    .strictObject({ instruction: SourceRefSchema, call999: z.boolean() })
    .refine((e) => e.call999 === e.instruction.quote.includes('999'), {
      message: 'call999 must be true exactly when the quoted instruction mentions 999',
    }),
});
export type FrontDoor = z.infer<typeof FrontDoorSchema>;

/* ------------------------------------------------------------------ lists, step rules */

export const ListItemSchema = z.strictObject({
  text: z.string().min(1),
  ref: SourceRefSchema,
  subItems: z.array(CitedTextSchema).optional(),
});
export type ListItem = z.infer<typeof ListItemSchema>;

export const LIST_KINDS = [
  'harm-factors',
  'parental-substance-misuse-effects',
  'warning-signs',
  'protective-factors',
  'significant-harm-severity',
  'significant-harm-factors',
  'help-and-support-questions',
  'exposed-to-harm',
  'in-need-of-help',
  'eha-when',
  'eha-outcomes',
  'immediate-referral-indicators',
  'ce-vulnerabilities',
  'ce-signs',
  'radicalisation-signs',
  'neglect-signs',
  'troubled-families-criteria',
  'restorative-questions',
  'step-down-questions',
  'key-principles',
  'statutory-categories',
] as const;

export const ListBlockSchema = z
  .strictObject({
    id: KebabId,
    kind: z.enum(LIST_KINDS),
    /** The heading as printed. */
    title: z.string().min(1),
    /** The sentence introducing the list, verbatim, if any. */
    intro: SourceRefSchema.nullable(),
    items: z.array(ListItemSchema).min(1),
    refs: Refs,
  })
  .refine((block) => block.items.every((item) => item.text === item.ref.quote), {
    message: 'each list item text must equal its ref quote',
    path: ['items'],
  });
export type ListBlock = z.infer<typeof ListBlockSchema>;

export const StepRuleSchema = z.strictObject({
  id: KebabId,
  direction: z.enum(['up', 'down', 'both']),
  /** The heading as printed. */
  title: z.string().min(1),
  /** When this rule applies, in plain words. */
  context: z.string().min(1),
  /** The steps or principles in order, verbatim (empty where the document only states the principle). */
  steps: z.array(ListItemSchema),
  /** Roles named in the steps. */
  actors: z.array(z.string().min(1)),
  refs: Refs,
});
export type StepRule = z.infer<typeof StepRuleSchema>;

/* ------------------------------------------------------------------ Telford CE risk table */

export const RiskLevelNameSchema = z.enum(['Vulnerable', 'Complex', 'Acute']);

export const RiskItemSchema = z.strictObject({
  text: z.string().min(1),
  /** 0-based [start, end) offsets of `text` in the cell's raw text. */
  start: z.int().min(0),
  end: z.int().min(1),
});

export const RiskCellSchema = z
  .strictObject({
    level: RiskLevelNameSchema,
    ordinal: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    /** The cell exactly as in the seed (the third tab cell of the row). */
    raw: z.string().min(1),
    items: z.array(RiskItemSchema).min(1),
    /**
     * high: every "/" separates items; medium: some "/" left inside items ("drug/alcohol"); low: the cell is a
     * question or prose whose items are a reading, not a printed list.
     */
    splitConfidence: z.enum(['high', 'medium', 'low']),
    ref: SourceRefSchema,
  })
  .refine((cell) => cell.items.every((item) => cell.raw.slice(item.start, item.end) === item.text), {
    message: 'every item must be the slice of the raw cell at its offsets',
    path: ['items'],
  });
export type RiskCell = z.infer<typeof RiskCellSchema>;

export const RiskMatrixSchema = z.strictObject({
  id: KebabId,
  title: z.string().min(1),
  levels: z.tuple([z.literal('Vulnerable'), z.literal('Complex'), z.literal('Acute')]),
  categories: z
    .array(
      z.strictObject({
        number: z.int().min(1),
        /** As printed, e.g. "Emotional & physical health *Sexual health". */
        name: z.string().min(1),
        nameRef: SourceRefSchema,
        cells: z.array(RiskCellSchema).length(3),
      }),
    )
    .min(1),
  refs: Refs,
});
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;

/* ------------------------------------------------------------------ question lists */

export const GoodReferralQuestionsSchema = z.strictObject({
  title: z.string().min(1),
  questions: z
    .array(z.strictObject({ number: z.int().min(1), question: CitedTextSchema, why: SourceRefSchema }))
    .min(1),
  refs: Refs,
});
export type GoodReferralQuestions = z.infer<typeof GoodReferralQuestionsSchema>;

export const SignsOfSafetySchema = z.strictObject({
  title: z.string().min(1),
  /** How the document introduces the model. */
  description: SourceRefSchema,
  questions: z
    .array(
      z.strictObject({
        number: z.int().min(1),
        question: z.string().min(1),
        /** The gloss printed after the question ("Strengths and safety"). */
        gloss: z.string().min(1),
        ref: SourceRefSchema,
      }),
    )
    .length(4),
  refs: Refs,
});
export type SignsOfSafety = z.infer<typeof SignsOfSafetySchema>;

/* ------------------------------------------------------------------ practice models */

export const PracticeModelSchema = z.strictObject({
  name: z.string().min(1),
  ref: SourceRefSchema,
});

/* ------------------------------------------------------------------ the area record */

export const AreaRulesSchema = z
  .strictObject({
    area: RulesAreaIdSchema,
    file: SeedFileSchema,
    identity: AreaIdentitySchema,
    levels: z.array(LevelSchema).length(4),
    consent: ConsentSchema,
    escalation: z.array(EscalationProcedureSchema).min(1),
    frontDoor: FrontDoorSchema,
    stepUpDown: z.array(StepRuleSchema).min(1),
    lists: z.array(ListBlockSchema),
    riskMatrices: z.array(RiskMatrixSchema),
    goodReferralQuestions: GoodReferralQuestionsSchema.nullable(),
    signsOfSafety: SignsOfSafetySchema.nullable(),
    practiceModels: z.array(PracticeModelSchema),
  })
  .refine((rules) => rules.levels.every((level, index) => level.ordinal === index + 1), {
    message: 'levels must be ordinals 1, 2, 3, 4 in order',
    path: ['levels'],
  });
export type AreaRules = z.infer<typeof AreaRulesSchema>;
