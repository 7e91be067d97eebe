import type { ScormMode } from './api-types.ts';
import type { ScormFailure } from './failures.ts';

/**
 * Where the learner's progress stands, as one enumerated value the UI can put in `data-state`:
 * - `starting`: looking for the LMS.
 * - `saved`: the LMS has confirmed everything so far.
 * - `pending`: changes wait for the next commit (a second or so).
 * - `retrying`: a commit failed and will be tried again.
 * - `at-risk`: the LMS may not have the latest progress (commits keep failing, the state is too big, or Terminate failed).
 * - `browser-only`: standalone: progress is kept in this browser and not reported to anyone.
 * - `not-saved`: standalone and the browser refuses storage: progress will be lost when the page closes.
 * - `not-recorded`: the LMS launched a review or browse session that it does not record.
 * - `ended`: the session ended and the LMS accepted it.
 */
export type SaveStatus =
  | 'starting'
  | 'saved'
  | 'pending'
  | 'retrying'
  | 'at-risk'
  | 'browser-only'
  | 'not-saved'
  | 'not-recorded'
  | 'ended';

export interface SessionStatus {
  mode: ScormMode | 'unknown';
  lifecycle: 'idle' | 'starting' | 'running' | 'terminated';
  save: SaveStatus;
  /** Whether the browser copy of progress is being kept. */
  localBackup: 'ok' | 'unavailable' | 'failing';
  /** True when answers and scores reach an LMS; false in standalone and review sessions. */
  tracked: boolean;
  lastFailure: ScormFailure | null;
  /** A plain-English sentence for the learner. */
  message: string;
}

/** The sentence to show the learner for a status, in plain English. */
export function describeSaveStatus(status: Pick<SessionStatus, 'save' | 'localBackup'>): string {
  const kept =
    status.localBackup === 'ok'
      ? ' Your answers are also kept in this browser, so they will come back next time you open the course on this device.'
      : '';
  switch (status.save) {
    case 'starting':
      return 'Connecting to your learning system…';
    case 'saved':
      return 'Your progress is saved.';
    case 'pending':
      return 'Saving your progress…';
    case 'retrying':
      return `Your learning system did not confirm the last save. Trying again.${kept}`;
    case 'at-risk':
      return `Your progress may not be saved in your learning system.${kept} Keep this window open, check your connection, and tell your learning administrator if this message stays.`;
    case 'browser-only':
      return 'This course is not connected to a learning system, so nothing is reported to anyone. Your progress is kept in this browser on this device only.';
    case 'not-saved':
      return 'This course is not connected to a learning system and this browser does not allow it to keep your progress. Your progress will be lost when you close this page.';
    case 'not-recorded':
      return 'This is a review session: your learning system does not record changes made now.';
    case 'ended':
      return 'Your session has ended and your progress is saved.';
  }
}
