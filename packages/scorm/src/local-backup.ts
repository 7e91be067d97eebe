import type { StorageLike } from './api-types.ts';
import type { ScormFailure } from './failures.ts';

/** What is kept in the browser for one course and learner. */
export interface LocalBackupRecord {
  format: 1;
  /** The enveloped state, exactly as last sent (or meant to be sent) to the LMS. */
  envelope: string;
  savedAt: number;
  /** True once the course reported the attempt finished; a new LMS attempt then starts fresh. */
  finished: boolean;
}

export type LocalRead =
  | { kind: 'none' }
  | { kind: 'found'; record: LocalBackupRecord }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'unavailable'; failure: ScormFailure };

/**
 * The storage key: course id plus learner, so learners sharing a computer never see each other's progress.
 * `learnerId` null with `lms` true is an LMS that sends no learner id; standalone sessions have their own key.
 */
export function localBackupKey(courseId: string, learnerId: string | null, lms = learnerId !== null): string {
  const learner =
    learnerId !== null ? `learner:${encodeURIComponent(learnerId)}` : lms ? 'lms-anonymous' : 'standalone';
  return `levelwise-scorm:${encodeURIComponent(courseId)}:${learner}`;
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export class LocalBackup {
  readonly key: string;
  #storage: StorageLike | null;

  constructor(storage: StorageLike | null, key: string) {
    this.#storage = storage;
    this.key = key;
  }

  get available(): boolean {
    return this.#storage !== null;
  }

  read(): LocalRead {
    if (!this.#storage)
      return {
        kind: 'unavailable',
        failure: { kind: 'storage', operation: 'read', message: 'no browser storage' },
      };
    let raw: string | null;
    try {
      raw = this.#storage.getItem(this.key);
    } catch (error) {
      return {
        kind: 'unavailable',
        failure: { kind: 'storage', operation: 'read', message: message(error) },
      };
    }
    if (raw === null) return { kind: 'none' };
    try {
      const parsed: unknown = JSON.parse(raw);
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        (parsed as LocalBackupRecord).format === 1 &&
        typeof (parsed as LocalBackupRecord).envelope === 'string' &&
        typeof (parsed as LocalBackupRecord).savedAt === 'number' &&
        typeof (parsed as LocalBackupRecord).finished === 'boolean'
      ) {
        return { kind: 'found', record: parsed as LocalBackupRecord };
      }
      return { kind: 'corrupt', reason: `local backup "${this.key}" is not a format-1 record` };
    } catch (error) {
      return { kind: 'corrupt', reason: `local backup "${this.key}" is not JSON (${message(error)})` };
    }
  }

  /** Returns a failure when the browser refuses (quota, privacy mode, sandboxed frame). */
  write(record: LocalBackupRecord): ScormFailure | null {
    if (!this.#storage) return { kind: 'storage', operation: 'write', message: 'no browser storage' };
    try {
      this.#storage.setItem(this.key, JSON.stringify(record));
      return null;
    } catch (error) {
      return { kind: 'storage', operation: 'write', message: message(error) };
    }
  }
}

/** `window.localStorage`, or null where reading it throws (blocked cookies, sandboxed frames). */
export function browserStorage(win: { localStorage?: StorageLike | null } | undefined): StorageLike | null {
  try {
    return win?.localStorage ?? null;
  } catch {
    return null;
  }
}
