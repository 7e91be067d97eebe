/**
 * @levelwise/frameworks: the five local threshold-of-need matrices and their rules as typed, traceable data.
 * See README.md for the API.
 */
export {
  type ComparisonMember,
  type ConceptComparison,
  compareConcept,
  concepts,
  getConcept,
  getRuleDifference,
  type RulePosition,
  ruleDifferences,
} from './compare.ts';
export { conceptsDifferingInLevel, conceptsForArea, levelsByArea } from './concepts/queries.ts';
export type { Concept, ConceptRelation, RuleDifference } from './concepts/schema.ts';
export { normaliseText } from './extract/normalise.ts';
export { jsonSchemaDocument } from './json-schema.ts';
export type { AreaStats, CountTable, IndicatorQuery } from './query.ts';
export { countIndicators, resolveDimensionIds } from './query.ts';
export {
  canonicalDimensionsOf,
  findIndicators,
  frameworks,
  getFramework,
  getIndicator,
  getStats,
  indicatorsByArea,
  indicatorsByDimension,
  indicatorsByDomain,
  indicatorsByLevel,
  isAreaId,
  levelName,
  levelOrdinalOf,
  ruleTableCounts,
  searchIndicators,
  UnknownAreaError,
} from './registry.ts';
export type {
  AreaIdentity,
  AreaRules,
  CanonicalBand,
  Consent,
  ConsentRule,
  EscalationProcedure,
  FrontDoor,
  Level,
  ListBlock,
  RiskMatrix,
  ServiceResponse,
  SourceRef,
  StepRule,
} from './rules/schema.ts';
export { AreaRulesSchema, CANONICAL_BANDS, LevelSchema, SourceRefSchema } from './rules/schema.ts';
export * from './schema.ts';
