import type { AreaId, IndicatorDomain, LevelOrdinal } from './areas.ts';

/**
 * The narrow view of @levelwise/frameworks that scenarios needs. Scenarios programs against this
 * interface only; `frameworks-adapter.ts` implements it over the real data and `draft-framework.ts`
 * implements it over a small hand-made catalogue for draft vignettes and tests.
 */
export interface IndicatorRef {
  id: string;
  area: AreaId;
  level: LevelOrdinal;
  domain: IndicatorDomain;
  /** The dimension (or Dudley theme) label as the area spells it. */
  localDimension: string;
  /** The indicator's text as the document words it. */
  text: string;
  /**
   * What a trainer should know about this indicator as extracted: an inferred level, Dudley's
   * strategy-discussion asterisk, a level that depends on protectiveness, a duplicate.
   */
  caveats?: readonly string[];
}

export interface FrontDoor {
  /** e.g. "Family Connect", "MASH – Single Point of Contact (SPOC)". */
  name: string;
  phone?: string;
  /** The referral instrument, e.g. "Family Connect request for service form". */
  instrument?: string;
  /** The submission deadline as the document states it, e.g. "within 2 working days"; null when none is stated. */
  deadline: string | null;
}

export interface ConsentRulesSummary {
  /** Age from which a young person may consent for themselves (Telford 12, Dudley 13); null when not stated. */
  youngPersonConsentAge: number | null;
  /**
   * Sandwell: consent should always be sought at every level unless the risk is significant and
   * imminent. Elsewhere consent is not required to share information for child protection.
   */
  seekConsentEvenAtSignificantHarm: boolean;
  /** Stoke: a manager must approve any decision not to ask or tell the parents. */
  managerApprovalToNotInform: boolean;
  /** One or two plain sentences for feedback, in the area's own terms. */
  summary: string;
  /** The area's own consent rules, where the data has them; feedback cites those that apply. */
  rules?: readonly AreaConsentRule[];
}

export interface AreaConsentRule {
  /** Whether the rule is about significant harm (`yes`), its absence (`no`) or either. */
  significantHarm: 'yes' | 'no' | 'any';
  levels: readonly LevelOrdinal[];
  requirement: 'seek' | 'inform' | 'none' | 'manager_approval';
  summary: string;
}

export interface FrameworkLookup {
  /** Where the data comes from, for messages ("@levelwise/frameworks data, extractor 1.0.0", "fixture catalogue"). */
  readonly source: string;
  getIndicator(area: AreaId, id: string): IndicatorRef | undefined;
  /** The local name of a level, e.g. Telford 3 → "Complex". */
  levelName(area: AreaId, level: LevelOrdinal): string;
  /** The area's display name, e.g. "Telford & Wrekin". */
  areaName(area: AreaId): string;
  frontDoor(area: AreaId): FrontDoor;
  consentRules(area: AreaId): ConsentRulesSummary;
  /** The local response at a level, in one sentence (e.g. "Early Help Assessment with consent; lead professional"). */
  levelResponse(area: AreaId, level: LevelOrdinal): string;
}
