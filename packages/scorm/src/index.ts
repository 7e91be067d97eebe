/**
 * @levelwise/scorm runtime: a framework-free SCO runtime for SCORM 1.2 and 2004 4th Edition.
 * The package builder is exported separately as `@levelwise/scorm/package`.
 */
export type { LaunchData, ObjectiveInput, OutcomeInput, ScoreInput, ScormAdapter } from './adapter.ts';
export {
  type DiscoveredApi,
  type DiscoveryOptions,
  discoverScormApi,
  findScormApi,
  maxFrameDepth,
} from './api-discovery.ts';
export type {
  EventTargetLike,
  LmsReturn,
  Scorm12Api,
  Scorm2004Api,
  ScormMode,
  ScormStandard,
  ScormWindow,
  StorageLike,
  Timers,
} from './api-types.ts';
export {
  formatIso8601Duration,
  formatScorm12Timespan,
  isScorm12Identifier,
  toScorm12Identifier,
} from './cmi-formats.ts';
export { describeScormError, scorm12ErrorMeanings, scorm2004ErrorMeanings } from './error-codes.ts';
export {
  describeFailure,
  type LmsCall,
  type ScormFailure,
  ScormInputError,
  type ScormResult,
} from './failures.ts';
export type {
  InteractionCommon,
  InteractionRecord,
  InteractionResult,
  MatchingPair,
} from './interactions.ts';
export {
  confidenceDecision,
  type DecisionBase,
  evidenceDomainDecision,
  evidenceSelectionDecision,
  levelDecision,
  orderingDecision,
  responseDecision,
} from './learner-decisions.ts';
export { type LmsCallRecord, LmsConnection } from './lms-connection.ts';
export { localBackupKey } from './local-backup.ts';
export type { RestoredState, StateRejection } from './reconcile.ts';
export { describeSaveStatus, type SaveStatus, type SessionStatus } from './save-status.ts';
export {
  type CompleteResult,
  createScormSession,
  maxEnvelopeOverhead,
  type ScormLaunch,
  type ScormSession,
  type ScormSessionEvents,
  type ScormSessionOptions,
} from './scorm-session.ts';
export { Scorm12Adapter, scorm12SuspendDataLimit } from './scorm12-adapter.ts';
export {
  Scorm2004Adapter,
  scorm2004SecondEditionLimit,
  scorm2004SuspendDataLimit,
} from './scorm2004-adapter.ts';
