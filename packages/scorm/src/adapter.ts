import type { ScormStandard } from './api-types.ts';
import type { ScormFailure, ScormResult } from './failures.ts';
import type { InteractionRecord } from './interactions.ts';
import type { CallOutcome, LmsConnection } from './lms-connection.ts';

/** What the LMS tells the content at launch, normalised across the two standards. */
export interface LaunchData {
  /** `resume` when the LMS resumes a suspended attempt; `ab-initio` for a first launch; `unknown` for "". */
  entry: 'ab-initio' | 'resume' | 'unknown';
  suspendData: string;
  location: string;
  learnerId: string | null;
  learnerName: string | null;
  /** The LMS's pass mark as a fraction 0–1 (1.2 mastery_score / 100, 2004 scaled_passing_score), if it sends one. */
  lmsPassMark: number | null;
  /** `review` and `browse` launches are not recorded by the LMS, so the runtime does not write tracking data. */
  lmsMode: 'normal' | 'review' | 'browse';
  credit: 'credit' | 'no-credit';
  /** The status the LMS holds from earlier sessions (1.2 lesson_status, 2004 completion_status). */
  priorCompletion: 'not attempted' | 'incomplete' | 'completed' | 'unknown';
}

/** A score as a fraction of the available marks, with optional raw points. */
export interface ScoreInput {
  /** 0–1. */
  scaled: number;
  /** Raw points; with min and max when given (2004 only; 1.2 stores the percentage 0–100 as raw). */
  raw?: number;
  min?: number;
  max?: number;
}

export interface ObjectiveInput {
  /** Unique objective id, e.g. one per assessment-triangle domain and one per assessed vignette. */
  id: string;
  /** What the objective is, for LMS reports (2004 only, cut to 250 characters). */
  description?: string;
  completion?: 'completed' | 'incomplete';
  success?: 'passed' | 'failed' | 'unknown';
  score?: ScoreInput;
}

export interface OutcomeInput {
  /** `null` when the course has no assessment outcome (completion only). */
  passed: boolean | null;
}

/**
 * One interface, two data models. Each method maps a course-level fact to the standard's elements,
 * checks every call, reports failures through the callback given at construction, and returns the first.
 */
export interface ScormAdapter {
  readonly standard: ScormStandard;
  readonly connection: LmsConnection;
  /**
   * The most suspend_data characters this LMS may receive (1.2: 4096, whatever the LMS accepts). In 2004 it
   * drops to 4000 when the LMS refuses a longer value (a 2nd Edition LMS).
   */
  readonly suspendDataLimit: number;
  /** Lowers the limit after the LMS refused a value within it; never raises it. */
  lowerSuspendDataLimit(limit: number): void;
  readonly locationLimit: number;
  initialize(): CallOutcome<void>;
  readLaunchData(): LaunchData;
  /** Marks a new attempt as started (`incomplete`) when the LMS says it was not attempted. */
  markAttemptStarted(launch: LaunchData): ScormResult;
  writeLocation(location: string): ScormResult;
  writeSuspendData(serialised: string): ScormResult;
  writeScore(score: ScoreInput): ScormResult;
  writeOutcome(outcome: OutcomeInput): ScormResult;
  writeObjective(objective: ObjectiveInput): ScormResult;
  writeInteraction(interaction: InteractionRecord, at: number): ScormResult;
  writeExit(finished: boolean): ScormResult;
  writeSessionTime(ms: number): ScormResult;
  commit(): ScormResult;
  terminate(): ScormResult;
}

export type FailureReporter = (failure: ScormFailure) => void;

/** Validates a score; returns a failure naming the field. */
export function checkScore(score: ScoreInput, field: string): ScormFailure | null {
  if (!(Number.isFinite(score.scaled) && score.scaled >= 0 && score.scaled <= 1)) {
    return {
      kind: 'invalid-input',
      field: `${field}.scaled`,
      message: `${String(score.scaled)} is not a number from 0 to 1`,
    };
  }
  for (const key of ['raw', 'min', 'max'] as const) {
    const value = score[key];
    if (value !== undefined && !Number.isFinite(value)) {
      return {
        kind: 'invalid-input',
        field: `${field}.${key}`,
        message: `${String(value)} is not a finite number`,
      };
    }
  }
  const min = score.min ?? 0;
  const max = score.max ?? 100;
  if (min >= max)
    return {
      kind: 'invalid-input',
      field: `${field}.max`,
      message: `max (${max}) must be above min (${min})`,
    };
  if (score.raw !== undefined && (score.raw < min || score.raw > max)) {
    return {
      kind: 'invalid-input',
      field: `${field}.raw`,
      message: `${score.raw} is outside min–max (${min}–${max})`,
    };
  }
  return null;
}
