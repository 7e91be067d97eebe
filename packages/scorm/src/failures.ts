import type { ScormStandard } from './api-types.ts';

/** The LMS API calls, named after SCORM 2004 (the 1.2 equivalents are LMSInitialize, LMSFinish…). */
export type LmsCall =
  | 'Initialize'
  | 'Terminate'
  | 'GetValue'
  | 'SetValue'
  | 'Commit'
  | 'GetLastError'
  | 'GetErrorString'
  | 'GetDiagnostic';

/**
 * Everything that can go wrong, as a discriminated union the UI can switch on. LMS errors carry the SCORM
 * code and its meaning from the standard (not the LMS's own wording, which is in `lmsErrorString`).
 */
export type ScormFailure =
  | {
      kind: 'lms-error';
      standard: ScormStandard;
      call: LmsCall;
      element?: string;
      code: number;
      meaning: string;
      lmsErrorString: string;
      diagnostic: string;
    }
  | { kind: 'api-threw'; standard: ScormStandard; call: LmsCall; element?: string; message: string }
  | { kind: 'lifecycle'; call: LmsCall; element?: string; reason: 'not-initialized' | 'terminated' }
  | { kind: 'state-too-large'; standard: ScormStandard; length: number; limit: number }
  | { kind: 'invalid-input'; field: string; message: string }
  | { kind: 'storage'; operation: 'read' | 'write'; message: string }
  | { kind: 'commit-failed'; attempt: number; willRetry: boolean; cause: ScormFailure | null };

/** A one-line description for logs and for the learner-facing "details" disclosure. */
export function describeFailure(failure: ScormFailure): string {
  switch (failure.kind) {
    case 'lms-error':
      return `${failure.call}${failure.element ? `(${failure.element})` : ''} failed with SCORM ${failure.standard} error ${failure.code}: ${failure.meaning}${failure.diagnostic ? ` (${failure.diagnostic})` : ''}`;
    case 'api-threw':
      return `${failure.call}${failure.element ? `(${failure.element})` : ''} threw: ${failure.message}`;
    case 'lifecycle':
      return `${failure.call}${failure.element ? `(${failure.element})` : ''} refused: the LMS session is ${failure.reason === 'terminated' ? 'already terminated' : 'not initialized'}`;
    case 'state-too-large':
      return `Saved progress is ${failure.length} characters, above the SCORM ${failure.standard} limit of ${failure.limit}; it was kept in the browser but not sent to the LMS`;
    case 'invalid-input':
      return `Invalid ${failure.field}: ${failure.message}`;
    case 'storage':
      return `Browser storage ${failure.operation} failed: ${failure.message}`;
    case 'commit-failed':
      return `Commit attempt ${failure.attempt} failed${failure.willRetry ? ', retrying' : ''}${failure.cause ? `: ${describeFailure(failure.cause)}` : ''}`;
  }
}

/** An operation's outcome. `tracked` is false when nothing reached an LMS (standalone or review mode). */
export type ScormResult = { ok: true; tracked: boolean } | { ok: false; failure: ScormFailure };

/** Thrown for programming errors in the course's calls (bad arguments), with the field named. */
export class ScormInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`Invalid ${field}: ${message}`);
    this.name = 'ScormInputError';
    this.field = field;
  }
}
