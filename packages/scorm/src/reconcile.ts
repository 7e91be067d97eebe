import type { LocalRead } from './local-backup.ts';
import { decodeEnvelope } from './state-envelope.ts';

/** The progress the course should continue from. */
export interface RestoredState {
  /** The course's serialised record, exactly as it passed it to `saveState` (or a legacy suspend_data). */
  serialised: string;
  /** The runtime's revision of this copy (0 for a legacy suspend_data). */
  revision: number;
  /** Where it came from: `local` means the LMS copy was missing, older, or unusable. */
  source: 'lms' | 'local';
  /** True when the LMS held suspend_data without the runtime's envelope (written by an older course version). */
  legacy: boolean;
}

export interface StateRejection {
  source: 'lms' | 'local';
  reason: string;
}

export interface ReconcileInput {
  /** The LMS's suspend_data, or null in standalone mode. */
  lmsSuspendData: string | null;
  local: LocalRead;
  entry: 'ab-initio' | 'resume' | 'unknown';
  /** The course codec's verdict: true to accept, or why it cannot use the record. */
  validate: (serialised: string) => true | string;
}

export interface ReconcileResult {
  restored: RestoredState | null;
  rejections: StateRejection[];
  /** Why a local copy was deliberately not used (not an error), for diagnostics. */
  notes: string[];
  /** True when the LMS should be sent the restored copy (it had none, an older one, or a corrupt one). */
  lmsNeedsUpdate: boolean;
  /** The highest revision among all readable copies, used or not: new saves must outrank every one of them. */
  highestRevision: number;
}

interface Candidate {
  source: 'lms' | 'local';
  revision: number;
  payload: string;
  legacy: boolean;
}

function safeValidate(validate: ReconcileInput['validate'], serialised: string): true | string {
  try {
    return validate(serialised);
  } catch (error) {
    return `the course's validateState threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Chooses between the LMS's suspend_data and the browser's copy: the highest revision wins, the LMS on a tie;
 * corrupt copies and copies the course's codec rejects are reported and skipped, so the learner continues from
 * the best recoverable point. A local copy of a finished attempt is not carried into a new LMS attempt.
 */
export function reconcileStates({ lmsSuspendData, local, entry, validate }: ReconcileInput): ReconcileResult {
  const candidates: Candidate[] = [];
  const rejections: StateRejection[] = [];
  const notes: string[] = [];
  const inLms = lmsSuspendData !== null;

  if (lmsSuspendData !== null) {
    const decoded = decodeEnvelope(lmsSuspendData);
    if (decoded.kind === 'corrupt')
      rejections.push({ source: 'lms', reason: `suspend_data is corrupt: ${decoded.reason}` });
    else if (decoded.kind !== 'empty') {
      candidates.push({
        source: 'lms',
        revision: decoded.revision,
        payload: decoded.payload,
        legacy: decoded.kind === 'legacy',
      });
    }
  }

  if (local.kind === 'corrupt') rejections.push({ source: 'local', reason: local.reason });
  if (local.kind === 'found') {
    const decoded = decodeEnvelope(local.record.envelope);
    const lmsStartedNewAttempt = inLms && entry !== 'resume' && candidates.length === 0;
    if (local.record.finished && lmsStartedNewAttempt) {
      notes.push('the browser copy belongs to a finished attempt and the LMS started a new one');
    } else if (decoded.kind === 'corrupt') {
      rejections.push({ source: 'local', reason: `browser copy is corrupt: ${decoded.reason}` });
    } else if (decoded.kind !== 'empty') {
      candidates.push({
        source: 'local',
        revision: decoded.revision,
        payload: decoded.payload,
        legacy: decoded.kind === 'legacy',
      });
    }
  }

  candidates.sort(
    (a, b) => b.revision - a.revision || (a.source === 'lms' ? -1 : 1) - (b.source === 'lms' ? -1 : 1),
  );
  let restored: RestoredState | null = null;
  for (const candidate of candidates) {
    const verdict = safeValidate(validate, candidate.payload);
    if (verdict === true) {
      restored = {
        serialised: candidate.payload,
        revision: candidate.revision,
        source: candidate.source,
        legacy: candidate.legacy,
      };
      break;
    }
    rejections.push({ source: candidate.source, reason: `the course cannot use this record: ${verdict}` });
  }

  const lmsNeedsUpdate = inLms && restored?.source === 'local';
  const highestRevision = Math.max(0, ...candidates.map((candidate) => candidate.revision));
  return { restored, rejections, notes, lmsNeedsUpdate, highestRevision };
}
