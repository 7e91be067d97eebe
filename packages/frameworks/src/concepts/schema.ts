/**
 * The curated cross-area concept layer: which indicators in different areas' matrices describe the same concern,
 * and how their wording and level differ. It never changes an indicator; the pipeline resolves each member's
 * `textFragment` to exactly one indicator id of that area and level.
 */
import { z } from 'zod';
import { OrdinalSchema, RulesAreaIdSchema, SourceRefSchema } from '../rules/schema.ts';

const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "bruising-non-mobile-baby"');

/**
 * How a member's indicator relates to the concept's reference member (`members[0]`):
 * - identical_text: the same words (up to spacing, punctuation and letter case);
 * - paraphrase: the same concern in other words, no stronger or weaker;
 * - stricter: a higher bar (narrower, more severe or more persistent) than the reference;
 * - looser: a lower bar (broader, milder or earlier);
 * - conditional_variant: the same concern made to depend on an extra condition (a protective parent, "and has
 *   identified additional needs", an attendance plan).
 */
export const ConceptRelationSchema = z.enum([
  'identical_text',
  'paraphrase',
  'stricter',
  'looser',
  'conditional_variant',
]);
export type ConceptRelation = z.infer<typeof ConceptRelationSchema>;

export const ConceptMemberSchema = z
  .strictObject({
    area: RulesAreaIdSchema,
    level: OrdinalSchema,
    /** The local dimension the indicator sits under, where it helps a reader find it. */
    dimensionHint: z.string().min(1).optional(),
    /** A verbatim fragment naming exactly one indicator of the area's matrix at `level`. */
    textFragment: z.string().min(3),
    relation: ConceptRelationSchema,
    note: z.string().min(1).optional(),
    /** Where the fragment is printed: the seed line, with the fragment as the quote. */
    ref: SourceRefSchema,
  })
  .refine((member) => member.ref.quote === member.textFragment, {
    message: 'the ref quote must be the text fragment',
    path: ['ref', 'quote'],
  });
export type ConceptMember = z.infer<typeof ConceptMemberSchema>;

/** Text outside the matrices that a concept should be taught with (a definition, an immediate-referral item). */
export const RelatedTextSchema = z.strictObject({
  area: RulesAreaIdSchema,
  note: z.string().min(1),
  ref: SourceRefSchema,
});

export const ConceptSchema = z
  .strictObject({
    id: KebabId,
    title: z.string().min(1),
    /** What the concern is, for learners. */
    summary: z.string().min(1),
    /** Why the difference between areas matters to teach. */
    difference: z.string().min(1),
    /** The numbered items of source-notes §6 this concept covers (empty for concepts beyond §6). */
    sourceNotes: z.array(z.int().min(1)),
    members: z.array(ConceptMemberSchema).min(2),
    related: z.array(RelatedTextSchema),
    /** Every member's and related text's ref. */
    refs: z.array(SourceRefSchema).min(2),
  })
  .refine((concept) => concept.members[0]?.relation === 'identical_text', {
    message: 'members[0] is the reference member and must have relation identical_text',
    path: ['members', 0, 'relation'],
  })
  .refine(
    (concept) =>
      new Set(concept.members.map((m) => `${m.area}|${m.level}|${m.textFragment}`)).size ===
      concept.members.length,
    { message: 'members must not repeat the same area, level and fragment', path: ['members'] },
  );
export type Concept = z.infer<typeof ConceptSchema>;

export const RULE_DIFFERENCE_ASPECTS = [
  'level-names',
  'service-response',
  'referral-instrument',
  'consent',
  'escalation',
  'emergency',
  'front-door',
] as const;

export const RuleDifferenceSchema = z.strictObject({
  id: KebabId,
  title: z.string().min(1),
  summary: z.string().min(1),
  difference: z.string().min(1),
  aspect: z.enum(RULE_DIFFERENCE_ASPECTS),
  sourceNotes: z.array(z.int().min(1)),
  positions: z
    .array(
      z.strictObject({
        area: RulesAreaIdSchema,
        /** The level the position is about, or null for area-wide rules. */
        level: OrdinalSchema.nullable(),
        /** The area's position in plain words. */
        statement: z.string().min(1),
        refs: z.array(SourceRefSchema).min(1),
      }),
    )
    .min(2),
});
export type RuleDifference = z.infer<typeof RuleDifferenceSchema>;
