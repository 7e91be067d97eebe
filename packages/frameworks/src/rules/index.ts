/**
 * The curated local rules of the five areas: levels and responses, consent, escalation, front door,
 * step-up/step-down and auxiliary tables, each traceable to seed lines.
 */
import type { AreaId } from '../extract/reader-types.ts';
import { dudleyRules } from './dudley.ts';
import { nottinghamCityRules } from './nottingham-city.ts';
import { sandwellRules } from './sandwell.ts';
import type { AreaRules } from './schema.ts';
import { stokeOnTrentRules } from './stoke-on-trent.ts';
import { telfordWrekinRules } from './telford-wrekin.ts';

export { type CoverageIssue, dayWindowIssues } from './escalation.ts';
export { type CellSplit, type SplitItem, splitRiskCell } from './risk-cell-split.ts';
export * from './schema.ts';

export const rulesByArea: Readonly<Record<AreaId, AreaRules>> = {
  'telford-wrekin': telfordWrekinRules,
  sandwell: sandwellRules,
  'stoke-on-trent': stokeOnTrentRules,
  'nottingham-city': nottinghamCityRules,
  dudley: dudleyRules,
};
