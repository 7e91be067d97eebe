/**
 * The course's effects on the LMS, in one place: what the machines' named placeholders do in this app
 * (`persistProgress`, `recordDecision`, `reportScore`, `reportCompletion`, provided with `.provide()` by the
 * player through the callbacks below). Framework-free, so it is tested with a fake session in node.
 */
import { encodeProgress, type ProgressRecord } from '@levelwise/scenarios';
import type { ScormResult, ScormSession } from '@levelwise/scorm';
import { type StageDecision, stageInteractions, vignetteObjectiveId } from './interactions.ts';

/** The part of the SCORM session the course uses (a fake in tests). */
export type TrackingSession = Pick<
  ScormSession,
  | 'recordInteraction'
  | 'saveState'
  | 'setObjective'
  | 'setScore'
  | 'setBookmark'
  | 'complete'
  | 'flush'
  | 'terminate'
> & { readonly stateBudget: number };

export interface VignetteOutcome {
  vignetteId: string;
  title: string;
  mode: 'practice' | 'assessment';
  /** 0–1. */
  fraction: number;
  passed: boolean;
}

export interface AssessmentOutcome {
  /** 0–1 over every stage of every assessment case. */
  fraction: number;
  passed: boolean;
}

export interface CourseTracking {
  /** The compact progress record after every change worth keeping (and mid-vignette drafts). */
  saveProgress(record: ProgressRecord, bookmark?: string): void;
  /** One submitted stage: one interaction per decision. `attempt` numbers assessment retakes from 1. */
  recordStage(decision: StageDecision, attempt?: number): void;
  /** A finished vignette: its objective (completion, and success and score when assessed). */
  reportVignette(outcome: VignetteOutcome): void;
  /** The assessment's score (also sets success against the pass mark when the course ends). */
  reportScore(outcome: AssessmentOutcome): void;
  /** The course ended: passed, or every attempt used. */
  reportCompletion(passed: boolean): void;
  /** Problems so far, in words, for the screen (a write the LMS refused, a record over budget). */
  readonly problems: readonly string[];
}

export function createCourseTracking(
  session: TrackingSession,
  onProblem: (message: string) => void = () => {},
): CourseTracking {
  const problems: string[] = [];
  const check = (what: string, result: ScormResult): void => {
    if (result.ok) return;
    const failure = result.failure as { kind: string; message?: string };
    const message = `${what}: ${failure.message ?? failure.kind}`;
    problems.push(message);
    onProblem(message);
  };
  let lastSaved = '';
  let lastBookmark = '';
  return {
    problems,
    saveProgress(record, bookmark) {
      const text = encodeProgress(record);
      if (text !== lastSaved) {
        lastSaved = text;
        check('Saving your progress', session.saveState(text));
      }
      if (bookmark && bookmark !== lastBookmark) {
        lastBookmark = bookmark;
        check('Saving your place', session.setBookmark(bookmark));
      }
    },
    recordStage(decision, attempt = 1) {
      for (const interaction of stageInteractions(decision, attempt)) {
        check(`Recording "${interaction.id}"`, session.recordInteraction(interaction));
      }
    },
    reportVignette(outcome) {
      check(
        `Recording the case "${outcome.title}"`,
        session.setObjective({
          id: vignetteObjectiveId(outcome.vignetteId),
          description: `${outcome.mode === 'assessment' ? 'Assessment' : 'Practice'} case: ${outcome.title}`,
          completion: 'completed',
          success: outcome.mode === 'assessment' ? (outcome.passed ? 'passed' : 'failed') : 'unknown',
          score: { scaled: clamp01(outcome.fraction) },
        }),
      );
    },
    reportScore(outcome) {
      const scaled = clamp01(outcome.fraction);
      check(
        'Recording your score',
        session.setScore({
          scaled,
          raw: Math.round(scaled * 100),
          min: 0,
          max: 100,
        }),
      );
      check('Saving', session.flush());
    },
    reportCompletion(passed) {
      const { result } = session.complete({ passed });
      check('Recording that you finished', result);
    },
  };
}

const clamp01 = (value: number): number => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
