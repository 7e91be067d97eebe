/**
 * Reviewed decisions for the Stoke-on-Trent matrix (seed 002) that no parser should guess.
 *
 * Each entry is keyed by CONTENT: a verbatim fragment of the indicator text that must match exactly one
 * indicator at the given level (the line number is only a hint and a check for reviewers). The reader
 * throws an ExtractionError naming the hint line when an entry matches no indicator or more than one, so
 * a re-converted seed cannot silently lose a decision.
 *
 * Editorial dimensions are always chosen among the dimensions the document itself prints at that level,
 * preferring the dimension where the document files the same theme at the neighbouring level
 * (source-notes §3.3.3: keep the literal attribution, add an editorial reattribution).
 */
import type { LevelOrdinal } from '../reader-types.ts';

export type StokeOverrideAction =
  /** Editorial reading: the item belongs to another dimension than the heading it is printed under. */
  | { kind: 'reattribute'; dimension: string }
  /** The item's level depends on parental protectiveness although its text does not say so. */
  | { kind: 'conditional-on-protectiveness' };

export interface StokeOverride {
  /** Stable id, recorded on the indicator as the rule `override:<id>`. */
  id: string;
  level: LevelOrdinal;
  /** A verbatim fragment of the indicator's textVerbatim; must match exactly one indicator at `level`. */
  match: string;
  /** The seed line the item was reviewed at (a hint, not the key). */
  lineHint: number;
  /** The dimension heading the item is printed under (canonical label); checked before applying. */
  literalDimension: string;
  action: StokeOverrideAction;
  reason: string;
}

const BDC = 'Behavioural Development Continued';
const BDC_REASON =
  'Printed under the child-column heading "Behavioural Development Continued" at L4, which holds mostly parent and family items (source-notes §3.3.3).';

export const STOKE_OVERRIDES: readonly StokeOverride[] = [
  {
    id: 'stoke-l4-bdc-parental-crime',
    level: 4,
    match: 'Parents/carers involved in violent or serious crime, or crime against children',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Family History and Functioning' },
    reason: `${BDC_REASON} Parental offending sits in Family History and Functioning at L2 ("Parental offending behaviour/custodial sentences").`,
  },
  {
    id: 'stoke-l4-bdc-parent-own-needs',
    level: 4,
    match: 'Parents/carers own needs mean they are unable to keep child /young person safe',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Basic Care, Safety and Protection' },
    reason: `${BDC_REASON} Parents' own difficulties affecting the child's safety sit in Basic Care, Safety and Protection at L3 and L4 ("Parent's mental health problems or substance misuse affect care…").`,
  },
  {
    id: 'stoke-l4-bdc-severe-disability',
    level: 4,
    match: 'Severe disability – child/young person relies totally on other people to meet care needs',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Self-care Skills' },
    reason: `${BDC_REASON} Disability limiting self-care sits in Self-care Skills at L3 ("Disability prevents self-care in a significant range of tasks").`,
  },
  {
    id: 'stoke-l4-bdc-chronic-domestic-abuse',
    level: 4,
    match: 'Chronic and serious domestic abuse involving child/young person',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Basic Care, Safety and Protection' },
    reason: `${BDC_REASON} The L3 counterpart ("Domestic abuse, coercion or control in the home, where the protective parent is accepting of support") sits in Basic Care, Safety and Protection.`,
  },
  {
    id: 'stoke-l4-bdc-parent-disclosure',
    level: 4,
    match: 'Disclosure from parent of abuse to child/young person',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Health' },
    reason: `${BDC_REASON} L4 Health holds the forms of abuse and the other disclosures ("Disclosure of abuse from child/young person", "Disclosure of abuse/physical injury caused by a professional").`,
  },
  {
    id: 'stoke-l4-bdc-fii',
    level: 4,
    match: 'Suspected/evidence of fabricated or induced illness',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Health' },
    reason: `${BDC_REASON} Fabricated or induced illness is a form of abuse; L4 Health holds the forms of abuse ("Sexual abuse", "Physical abuse", "Emotional abuse").`,
  },
  {
    id: 'stoke-l4-bdc-fgm',
    level: 4,
    match:
      'Young person at risk of Female Genital Mutilation and other harmful traditional/cultural practices',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Basic Care, Safety and Protection' },
    reason: `${BDC_REASON} The L3 counterpart ("Child at risk of Female Genital Mutilation… where a protective parent is engaging…") sits in Basic Care, Safety and Protection.`,
  },
  {
    id: 'stoke-l4-bdc-forced-marriage',
    level: 4,
    match: 'Forced marriage or honour based abuse with family who lack willingness to protect',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Basic Care, Safety and Protection' },
    reason: `${BDC_REASON} The L3 counterpart ("…e.g. forced marriage or honour based abuse where a protective parent is engaging…") sits in Basic Care, Safety and Protection.`,
  },
  {
    id: 'stoke-l4-bdc-medium-risk-ce',
    level: 4,
    match: 'Medium risk of child exploitation and parents/carers lack willingness to protect',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Other Indicators' },
    reason: `${BDC_REASON} Its L3 counterpart sits in Exploitation; L4 prints no Exploitation heading and files its exploitation and trafficking items under Other Indicators.`,
  },
  {
    id: 'stoke-l4-bdc-coercive-behaviour',
    level: 4,
    match: 'Coercive behaviour',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Other Indicators' },
    reason: `${BDC_REASON} Its L2/L3 counterparts ("Early Indication of coercive behaviour", "Indication of coercive behaviour") sit in Exploitation; L4 files exploitation items under Other Indicators.`,
  },
  {
    id: 'stoke-l4-bdc-online-activity',
    level: 4,
    match: 'Concerns of online activity',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Other Indicators' },
    reason: `${BDC_REASON} Its L2/L3 counterpart ("Emerging concerns of online activity") sits in Exploitation; L4 files exploitation items under Other Indicators.`,
  },
  {
    id: 'stoke-l4-bdc-modern-slavery',
    level: 4,
    match: 'Child experiencing modern slavery and/or human trafficking without parental support',
    lineHint: 206,
    literalDimension: BDC,
    action: { kind: 'reattribute', dimension: 'Other Indicators' },
    reason: `${BDC_REASON} L4 Other Indicators holds "Trafficked child with no family support or protection" and "Modern Slavery"; the L2 counterpart sits in Exploitation.`,
  },
  {
    id: 'stoke-l4-continuous-domestic-abuse',
    level: 4,
    match: 'Continuous patterns of domestic abuse',
    lineHint: 206,
    literalDimension: 'Behavioural Development',
    action: { kind: 'reattribute', dimension: 'Family History and Functioning' },
    reason:
      'Printed under the child heading "Behavioural Development" (source-notes §3.3.3); L4 Family History and Functioning holds "…persistent domestic violence and discord between family members".',
  },
  {
    id: 'stoke-l4-failed-eso',
    level: 4,
    match: 'Failed Education Supervision Order – three prosecutions for non-attendance',
    lineHint: 206,
    literalDimension: 'Identity and Self-esteem',
    action: { kind: 'reattribute', dimension: 'Education and Learning' },
    reason:
      'Printed under "Identity and Self-esteem" (source-notes §3.3.3); an Education Supervision Order for non-attendance is an education item.',
  },
  {
    id: 'stoke-l3-medium-risk-ce-conditional',
    level: 3,
    match: 'Medium risk of child exploitation – knowledge of a key risk',
    lineHint: 196,
    literalDimension: 'Exploitation',
    action: { kind: 'conditional-on-protectiveness' },
    reason:
      'The same "Medium risk of child exploitation" is L4 when "parents/carers lack willingness to protect" (L206); the L3 text does not state the condition itself (source-notes §3.3.3).',
  },
];
