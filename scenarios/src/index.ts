/**
 * @levelwise/scenarios: case vignettes keyed to the five threshold matrices, answer keys derived from
 * them, explainable scoring, and the XState machines (vignette, course, workshop) with their
 * selectors. No React, no SCORM, no Node built-ins: file and CLI helpers are in `@levelwise/scenarios/node`.
 * See README.md.
 */

export {
  type AgreementSummary,
  type CategoryCounts,
  describeKappa,
  pairwiseAgreement,
  summariseAgreement,
} from './agreement.ts';
export { type AnswerFileResult, parseAnswerFile, stageAnswerSchema } from './answer-file.ts';
export {
  type ActiveFact,
  activeFacts,
  type DerivationStep,
  deriveStageKey,
  deriveVignetteKey,
  describeResponse,
  type ExpectedConsent,
  type ExpectedResponse,
  type FactMatch,
  type IndicatorCitation,
  type KeyProblem,
  MULTIPLICITY_MIN_DOMAINS,
  MULTIPLICITY_MIN_FACTS,
  RESPONSE_FOR_LEVEL,
  type StageAreaKey,
  type VignetteKey,
} from './answer-key.ts';
export type { AreaRules } from './area-rules.transcribed.ts';
export {
  AREA_CODES,
  AREA_IDS,
  type AreaId,
  CONSENT_DECISIONS,
  type Confidence,
  type ConsentDecision,
  clampLevel,
  type IndicatorDomain,
  isAreaId,
  isLevel,
  LEVELS,
  type LevelOrdinal,
  RESPONSE_KINDS,
  type ResponseKind,
  TRIANGLE_DOMAINS,
  type TriangleDomain,
} from './areas.ts';
export { fixtureFrameworkLookup, fixtureIndicators } from './fixture-framework.ts';
export type {
  AreaConsentRule,
  ConsentRulesSummary,
  FrameworkLookup,
  FrontDoor,
  IndicatorRef,
} from './framework-lookup.ts';
export {
  createAreaFrameworkLookup,
  createFrameworksLookup,
  describeIsoDeadline,
  frameworksLookup,
} from './frameworks-adapter.ts';
export {
  type CourseContext,
  type CourseEvent,
  type CourseMachine,
  type CourseMachineInput,
  type CourseResumeState,
  courseMachine,
  MODULES,
  type ModuleId,
} from './machines/course.machine.ts';
export {
  type CourseSnapshot,
  type CourseStep,
  type CourseViewProps,
  selectCourseResumeState,
  selectCourseView,
} from './machines/course.selectors.ts';
export {
  type DraftAnswer,
  EMPTY_DRAFT,
  type ResumeStep,
  type VignetteContext,
  type VignetteEvent,
  type VignetteMachine,
  type VignetteMachineInput,
  type VignetteMode,
  type VignetteOutput,
  type VignetteResume,
  vignetteMachine,
} from './machines/vignette.machine.ts';
export {
  type EvidenceOption,
  selectEvidenceOptions,
  selectVignetteFeedback,
  selectVignetteResume,
  selectVignetteSummary,
  selectVignetteView,
  type VignetteFeedbackProps,
  type VignetteSnapshot,
  type VignetteStep,
  type VignetteSummaryProps,
  type VignetteViewProps,
} from './machines/vignette.selectors.ts';
export {
  type VoteCounts,
  type WorkshopCatalogueEntry,
  type WorkshopContext,
  type WorkshopEvent,
  type WorkshopItem,
  type WorkshopMachine,
  type WorkshopMachineInput,
  type WorkshopRound,
  workshopMachine,
} from './machines/workshop.machine.ts';
export {
  createWorkshopKeys,
  type KeyBandLookup,
  type RoundSummary,
  type SessionSummary,
  selectSessionSummary,
  selectWorkshopDiscussion,
  selectWorkshopView,
  type WorkshopDiscussionProps,
  type WorkshopSnapshot,
  type WorkshopStep,
  type WorkshopViewProps,
} from './machines/workshop.selectors.ts';
export { isPendingIndicator, PENDING_INDICATORS, withPendingIndicators } from './pending-indicators.ts';
export {
  type DecodeResult,
  type DecodeStatus,
  DRAFT_STEPS,
  type DraftProgress,
  type DraftStep,
  decodeEvidence,
  decodeProgress,
  emptyProgressRecord,
  encodeEvidence,
  encodeProgress,
  factsToMask,
  maskToFacts,
  PROGRESS_RECORD_BUDGET,
  PROGRESS_RECORD_VERSION,
  type ProgressRecord,
  type StageProgress,
  toCourseResumeState,
  toDraftProgress,
  toStageAnswer,
  toStageProgress,
  toVignetteResume,
  type VignetteProgress,
  withCourseState,
  withVignetteProgress,
} from './progress-record.ts';
export {
  type AttemptResult,
  type CalibrationBucket,
  type ComponentResult,
  calibration,
  checkScoringConfig,
  combineResults,
  DEFAULT_SCORING_CONFIG,
  DOMAIN_WORDS,
  type EvidenceChoice,
  type RuleApplication,
  type ScoreComponent,
  type ScoringConfig,
  type StageAnswer,
  type StageResult,
  scoreConsent,
  scoreEvidence,
  scoreLevel,
  scoreResponse,
  scoreStage,
  type UnsafeFlag,
  type UnsafeKind,
} from './scoring.ts';
export {
  type AgeBand,
  ageBand,
  type CatalogueStats,
  type CoverageCheck,
  catalogueCoverage,
  catalogueStats,
} from './stats.ts';
export {
  checkVignetteStructure,
  countWords,
  NARRATIVE_MAX_WORDS,
  NARRATIVE_MIN_WORDS,
  validateVignette,
} from './validate-vignette.ts';
export {
  type AreaKey,
  type Expectation,
  type Fact,
  type Modifier,
  type Stage,
  THEMES,
  type Theme,
  type Vignette,
  type VignetteInput,
  vignetteJsonSchema,
  vignetteSchema,
} from './vignette.schema.ts';
export {
  formatField,
  formatIssue,
  type LoadedVignette,
  type LoadResult,
  type Locator,
  parseVignetteSource,
  type VignetteIssue,
} from './vignette-loader.ts';
