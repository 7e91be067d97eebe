import type { SaveStatus } from '@levelwise/scorm';

/** The short words in the course's status bar; the full sentence (describeSaveStatus) shows where it matters. */
export const SAVE_STATUS_SHORT: Readonly<Record<SaveStatus, string>> = {
  starting: 'Connecting to your learning system…',
  saved: 'Progress saved',
  pending: 'Saving…',
  retrying: 'Save not confirmed: trying again',
  'at-risk': 'Progress may not be saved',
  'browser-only': 'Not connected to a learning system: progress kept in this browser',
  'not-saved': 'Not connected: progress will not be kept',
  'not-recorded': 'Review session: nothing is recorded',
  ended: 'Session ended: progress saved',
};

/** States whose full explanation stays on screen as a notice (the learner must know). */
export const SAVE_STATUS_NEEDS_NOTICE: ReadonlySet<SaveStatus> = new Set<SaveStatus>([
  'at-risk',
  'browser-only',
  'not-saved',
  'not-recorded',
]);
