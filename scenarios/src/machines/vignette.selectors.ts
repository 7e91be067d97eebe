import type { SnapshotFrom } from 'xstate';
import { activeFacts, type StageAreaKey } from '../answer-key.ts';
import type { TriangleDomain } from '../areas.ts';
import {
  type AttemptResult,
  type CalibrationBucket,
  calibration,
  combineResults,
  DEFAULT_SCORING_CONFIG,
  type ScoringConfig,
  type StageResult,
  scoreStage,
} from '../scoring.ts';
import type { Vignette } from '../vignette.schema.ts';
import type {
  DraftAnswer,
  ResumeStep,
  VignetteMode,
  VignetteResume,
  vignetteMachine,
} from './vignette.machine.ts';

/** Pure functions from a vignette snapshot to view props. Views check tags and these props, never state paths. */

export type VignetteSnapshot = SnapshotFrom<typeof vignetteMachine>;

export type VignetteStep =
  | 'contentNote'
  | 'declined'
  | 'reading'
  | 'evidence'
  | 'level'
  | 'response'
  | 'consent'
  | 'confidence'
  | 'stageFeedback'
  | 'finalFeedback'
  | 'summary';

export interface VignetteViewProps {
  step: VignetteStep;
  mode: VignetteMode;
  /** 0-based index of the stage on screen. */
  stageIndex: number;
  /** "Stage 2 of 3" in numbers. */
  stageNumber: number;
  stageCount: number;
  draft: DraftAnswer;
  canContinue: boolean;
  canGoBack: boolean;
  canSubmit: boolean;
  showingFeedback: boolean;
  complete: boolean;
  answeredStages: number;
}

const STEPS: readonly VignetteStep[] = [
  'contentNote',
  'declined',
  'reading',
  'evidence',
  'level',
  'response',
  'consent',
  'confidence',
  'stageFeedback',
  'finalFeedback',
  'summary',
];

function stepOf(snapshot: VignetteSnapshot): VignetteStep {
  const value = snapshot.value;
  if (typeof value === 'string' && (STEPS as readonly string[]).includes(value)) return value as VignetteStep;
  throw new Error(`vignette snapshot in an unexpected state: ${JSON.stringify(value)}`);
}

export function selectVignetteView(snapshot: VignetteSnapshot): VignetteViewProps {
  const { context } = snapshot;
  return {
    step: stepOf(snapshot),
    mode: context.mode,
    stageIndex: context.stageIndex,
    stageNumber: context.stageIndex + 1,
    stageCount: context.stageCount,
    draft: context.draft,
    canContinue: snapshot.can({ type: 'CONTINUE' }) || snapshot.can({ type: 'NEXT' }),
    canGoBack: snapshot.can({ type: 'BACK' }),
    canSubmit: snapshot.can({ type: 'SUBMIT' }),
    showingFeedback: snapshot.hasTag('feedback'),
    complete: snapshot.hasTag('complete'),
    answeredStages: context.answers.length,
  };
}

export interface VignetteFeedbackProps {
  /** Practice: the stage just submitted. Assessment: every stage. */
  results: StageResult[];
  overall: AttemptResult;
}

function scoreAnswered(
  snapshot: VignetteSnapshot,
  keys: readonly StageAreaKey[],
  config: ScoringConfig,
): StageResult[] {
  return snapshot.context.answers.map((answer, i) => {
    const key = keys[i];
    if (!key) throw new Error(`no answer key for stage ${i + 1} of ${snapshot.context.vignetteId}`);
    return scoreStage(answer, key, config);
  });
}

/**
 * Feedback for the panel, or null when no feedback is due. `keys` are the derived keys of the
 * vignette's stages for the learner's area (deriveVignetteKey(...).key.stages).
 */
export function selectVignetteFeedback(
  snapshot: VignetteSnapshot,
  keys: readonly StageAreaKey[],
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): VignetteFeedbackProps | null {
  if (!snapshot.hasTag('feedback') && !snapshot.hasTag('complete')) return null;
  const all = scoreAnswered(snapshot, keys, config);
  const overall = combineResults(all, config);
  const practiceStage = snapshot.context.mode === 'practice' && snapshot.hasTag('feedback');
  return { results: practiceStage ? all.slice(-1) : all, overall };
}

export interface VignetteSummaryProps {
  overall: AttemptResult;
  calibration: { buckets: CalibrationBucket[]; overconfidence: number };
  declined: boolean;
}

export function selectVignetteSummary(
  snapshot: VignetteSnapshot,
  keys: readonly StageAreaKey[],
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): VignetteSummaryProps | null {
  if (!snapshot.hasTag('complete')) return null;
  const results = scoreAnswered(snapshot, keys, config);
  return {
    overall: combineResults(results, config),
    calibration: calibration(results),
    declined: snapshot.context.declined,
  };
}

export interface EvidenceOption {
  id: string;
  quote: string;
  /** The stage whose narrative the quote is in (0-based); earlier stages' facts still count. */
  stageIndex: number;
  chosen: boolean;
  /** The side of the triangle the learner has put it on, if any. */
  domain: TriangleDomain | null;
}

/**
 * The facts a learner can pick at the current stage: every active fact (carried forward, less
 * retired ones), in narrative order, with the learner's current choices. Kinds and whether a fact
 * matters are deliberately not exposed: that is what the learner is deciding.
 */
export function selectEvidenceOptions(snapshot: VignetteSnapshot, vignette: Vignette): EvidenceOption[] {
  const chosen = new Map(snapshot.context.draft.facts.map((f) => [f.id, f.domain ?? null]));
  return activeFacts(vignette, snapshot.context.stageIndex).map(({ fact, stageIndex }) => ({
    id: fact.id,
    quote: fact.quote,
    stageIndex,
    chosen: chosen.has(fact.id),
    domain: chosen.get(fact.id) ?? null,
  }));
}

const RESUMABLE_STEPS = new Set<string>([
  'reading',
  'evidence',
  'level',
  'response',
  'consent',
  'confidence',
]);

/**
 * What to save so the learner can come back exactly here: the submitted answers and, when on a step of an
 * unfinished stage, the draft and the step. Feed it back as `input.resume` (via the progress record:
 * `toDraftProgress` / `toVignetteResume`).
 */
export function selectVignetteResume(snapshot: VignetteSnapshot): VignetteResume {
  const { answers, draft } = snapshot.context;
  const value = typeof snapshot.value === 'string' ? snapshot.value : '';
  if (!RESUMABLE_STEPS.has(value)) return { answers };
  return { answers, draft, step: value as ResumeStep };
}
