/**
 * The vocabulary scenarios shares with @levelwise/frameworks, declared here so that scenarios can be
 * built and tested against a narrow interface (see framework-lookup.ts) while the frameworks package
 * is still being extracted. The string values are the same as frameworks' own.
 */

export type AreaId = 'telford-wrekin' | 'sandwell' | 'stoke-on-trent' | 'nottingham-city' | 'dudley';

export const AREA_IDS = [
  'telford-wrekin',
  'sandwell',
  'stoke-on-trent',
  'nottingham-city',
  'dudley',
] as const;

/** Two-letter codes for the compact progress record. */
export const AREA_CODES: Readonly<Record<AreaId, string>> = {
  'telford-wrekin': 'tw',
  sandwell: 'sa',
  'stoke-on-trent': 'st',
  'nottingham-city': 'nc',
  dudley: 'du',
};

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}

/** Level of need by ordinal: 1 universal, 2 additional/emerging, 3 complex/targeted, 4 significant harm. */
export type LevelOrdinal = 1 | 2 | 3 | 4;

export const LEVELS: readonly LevelOrdinal[] = [1, 2, 3, 4];

export function isLevel(value: unknown): value is LevelOrdinal {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function clampLevel(value: number): LevelOrdinal {
  return Math.min(4, Math.max(1, Math.round(value))) as LevelOrdinal;
}

/** The three sides of the Assessment Framework triangle, plus harm outside the home. */
export type TriangleDomain =
  | 'child-development'
  | 'parenting-capacity'
  | 'family-environment'
  | 'extra-familial';

export const TRIANGLE_DOMAINS = [
  'child-development',
  'parenting-capacity',
  'family-environment',
  'extra-familial',
] as const;

/** An indicator's domain as frameworks records it (Dudley's "Parents/Carers" theme is `mixed`). */
export type IndicatorDomain = TriangleDomain | 'mixed';

/**
 * What the practitioner does next, in order of intensity. The wording a learner sees comes from the
 * area's rules (front door name, form, deadline); these are the ordinal choices scored.
 */
export type ResponseKind =
  | 'continue-universal'
  | 'early-help-conversation'
  | 'targeted-early-help'
  | 'front-door-referral'
  | 'call-999';

export const RESPONSE_KINDS = [
  'continue-universal',
  'early-help-conversation',
  'targeted-early-help',
  'front-door-referral',
  'call-999',
] as const;

/**
 * The consent and information-sharing decision.
 * - `no-sharing-needed`: universal needs; the family uses services directly.
 * - `seek-consent`: early help is voluntary; ask for consent before an EHA or a request for support.
 * - `share-and-inform`: significant harm; share without waiting for consent, and tell the parents
 *   (or seek their agreement, in Sandwell) unless that would increase the risk.
 * - `share-without-informing`: significant harm where telling the parents would put the child or
 *   someone else at risk, or obstruct a police investigation.
 */
export type ConsentDecision =
  | 'no-sharing-needed'
  | 'seek-consent'
  | 'share-and-inform'
  | 'share-without-informing';

export const CONSENT_DECISIONS = [
  'no-sharing-needed',
  'seek-consent',
  'share-and-inform',
  'share-without-informing',
] as const;

/** Confidence in the level chosen, 1 (guessing) to 5 (certain): recorded for calibration, never scored. */
export type Confidence = 1 | 2 | 3 | 4 | 5;
