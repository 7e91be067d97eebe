import type { ObjectiveInput, ScoreInput, ScormAdapter } from './adapter.ts';
import { checkScore } from './adapter.ts';
import { type DiscoveryOptions, discoverScormApi } from './api-discovery.ts';
import {
  type ScormMode,
  type ScormStandard,
  type ScormWindow,
  type StorageLike,
  systemTimers,
  type Timers,
} from './api-types.ts';
import { type ScormFailure, ScormInputError, type ScormResult } from './failures.ts';
import { type InteractionRecord, validateInteraction } from './interactions.ts';
import { LmsConnection } from './lms-connection.ts';
import { browserStorage, LocalBackup, localBackupKey } from './local-backup.ts';
import { type RestoredState, reconcileStates, type StateRejection } from './reconcile.ts';
import { describeSaveStatus, type SessionStatus } from './save-status.ts';
import { Scorm12Adapter } from './scorm12-adapter.ts';
import { Scorm2004Adapter, scorm2004SecondEditionLimit } from './scorm2004-adapter.ts';
import { encodeEnvelope } from './state-envelope.ts';

/** The most characters the envelope adds (prefix, an 11-digit base-36 revision, checksum, separators). */
export const maxEnvelopeOverhead = 24;

export interface ScormSessionOptions {
  /** Identifies the course (and its area) in the browser backup key. */
  courseId: string;
  /** The build's pass mark as a fraction (0–1], used when the LMS sends none. */
  passMark: number;
  /** The standard the package was built for; searched first when an LMS exposes both APIs. Default 2004. */
  standardPreference?: ScormStandard;
  /** The content window (default: the global `window`, if any). */
  window?: ScormWindow;
  /** Browser storage for the progress backup (default: `window.localStorage`; null to disable). */
  storage?: StorageLike | null;
  /** Clock in epoch ms (default `Date.now`). */
  now?: () => number;
  timers?: Timers;
  discovery?: DiscoveryOptions;
  /** Wait after the last change before committing. Default 1000 ms. */
  commitDebounceMs?: number;
  /** Pauses before each commit retry; when they run out the status becomes `at-risk`. */
  commitRetryDelaysMs?: readonly number[];
  /** Pauses before each retry of a failed Initialize, before falling back to standalone. */
  initializeRetryDelaysMs?: readonly number[];
  /** suspend_data limit in 2004 (default 64000; 4000 for 2nd Edition LMSs). 1.2 is always 4096. */
  suspendDataLimit2004?: number;
  /**
   * The course codec's check of a stored record: true if it can continue from it (migrating older versions),
   * otherwise the reason. Rejected copies are reported and the next-best copy is tried.
   */
  validateState?: (serialised: string) => true | string;
  /** Listen to `visibilitychange` and `pagehide` (default true). */
  listenToPageLifecycle?: boolean;
}

export interface ScormLaunch {
  mode: ScormMode;
  /** Why there is no LMS: none found, or it would not initialise. Null when tracked by an LMS. */
  standaloneReason: 'no-api' | 'initialize-failed' | null;
  entry: 'ab-initio' | 'resume' | 'unknown';
  /** The LMS bookmark (cmi.core.lesson_location / cmi.location), if any. */
  bookmark: string | null;
  /** The progress to continue from, after reconciling the LMS and browser copies. */
  restored: RestoredState | null;
  learner: { id: string; name: string | null } | null;
  passMark: { value: number; source: 'lms' | 'build' };
  lmsMode: 'normal' | 'review' | 'browse';
  credit: 'credit' | 'no-credit';
  /** How many characters `saveState` may be given (the limit minus the envelope); lowered if the LMS keeps fewer. */
  stateBudget: number;
}

export interface ScormSessionEvents {
  /** Every status change (save state, mode, lifecycle). */
  status: SessionStatus;
  /** Every failure, typed, with the SCORM code and meaning for LMS errors. */
  error: ScormFailure;
  /** A stored copy of progress that could not be used (corrupt, or rejected by the course's codec). */
  'state-rejected': StateRejection;
  /** The LMS confirmed a commit. */
  committed: { commits: number };
}

type Listener<K extends keyof ScormSessionEvents> = (payload: ScormSessionEvents[K]) => void;

export interface CompleteResult {
  result: ScormResult;
  passed: boolean | null;
}

export interface ScormSession {
  start(): Promise<ScormLaunch>;
  /** Records one learner decision as an interaction (appended; commit debounced). */
  recordInteraction(interaction: InteractionRecord): ScormResult;
  setObjective(objective: ObjectiveInput): ScormResult;
  setScore(score: ScoreInput): ScormResult;
  setBookmark(location: string): ScormResult;
  /**
   * Saves the course's serialised progress: immediately in the browser, and to suspend_data at the next
   * commit. Fails with `state-too-large` (nothing sent to the LMS) when it exceeds `launch.stateBudget`.
   */
  saveState(serialised: string): ScormResult;
  /** Marks the attempt finished. `passed` defaults to the last score against the effective pass mark. */
  complete(outcome?: { passed?: boolean | null }): CompleteResult;
  /** Commits now if anything is unsaved (also done on `visibilitychange` to hidden). */
  flush(): ScormResult;
  /**
   * Ends the session once (exit button or `pagehide`); later calls do nothing. Called while `start()` is still
   * looking for the LMS, it ends the session as soon as the start completes.
   */
  terminate(): ScormResult;
  on<K extends keyof ScormSessionEvents>(event: K, listener: Listener<K>): () => void;
  readonly status: SessionStatus;
  readonly launch: ScormLaunch | null;
  /** Characters `saveState` may be given now (`launch.stateBudget`, lowered if the LMS turns out to keep fewer). */
  readonly stateBudget: number;
}

const defaultRetryDelays = [1000, 2000, 4000, 8000, 16000] as const;
const defaultInitializeRetryDelays = [500, 1500] as const;

function defaultWindow(): ScormWindow | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as ScormWindow);
}

function delay(timers: Timers, ms: number): Promise<void> {
  return new Promise((resolve) => {
    timers.setTimeout(resolve, ms);
  });
}

/** Creates the course's SCORM session. Nothing touches the LMS until `start()`. */
export function createScormSession(options: ScormSessionOptions): ScormSession {
  if (typeof options.courseId !== 'string' || options.courseId.trim() === '') {
    throw new ScormInputError('courseId', 'must be a non-empty string');
  }
  if (!(Number.isFinite(options.passMark) && options.passMark > 0 && options.passMark <= 1)) {
    throw new ScormInputError('passMark', `${String(options.passMark)} is not a fraction in (0, 1]`);
  }
  return new Session(options);
}

class Session implements ScormSession {
  readonly #options: ScormSessionOptions;
  readonly #win: ScormWindow | undefined;
  readonly #timers: Timers;
  readonly #now: () => number;
  readonly #listeners = new Map<keyof ScormSessionEvents, Set<(payload: never) => void>>();
  #startPromise: Promise<ScormLaunch> | null = null;
  #launch: ScormLaunch | null = null;
  #adapter: ScormAdapter | null = null;
  #backup: LocalBackup | null = null;
  #status: SessionStatus = {
    mode: 'unknown',
    lifecycle: 'idle',
    save: 'starting',
    localBackup: 'ok',
    tracked: false,
    lastFailure: null,
    message: describeSaveStatus({ save: 'starting', localBackup: 'ok' }),
  };
  #startedAt = 0;
  #revision = 0;
  /** The latest envelope the course saved, and the one the LMS last accepted via SetValue. */
  #envelope: string | null = null;
  #envelopeInLms: string | null = null;
  /** The newest envelope of all, kept in the browser even when it is too large for the LMS. */
  #latestEnvelope: string | null = null;
  /** The LMS holds changes that have not been committed. */
  #dirty = false;
  /** The learner's latest record could not be sent (too large), so the LMS holds an older one. */
  #stateTooLarge = false;
  #completed = false;
  #lastScore: ScoreInput | null = null;
  #debounceHandle: unknown = null;
  #retryHandle: unknown = null;
  #failedCommits = 0;
  #commits = 0;
  #detach: (() => void) | null = null;
  #terminateRequested = false;

  constructor(options: ScormSessionOptions) {
    this.#options = options;
    this.#win = 'window' in options ? options.window : defaultWindow();
    this.#timers = options.timers ?? systemTimers;
    this.#now = options.now ?? Date.now;
  }

  get status(): SessionStatus {
    return this.#status;
  }

  get launch(): ScormLaunch | null {
    return this.#launch;
  }

  get stateBudget(): number {
    return this.#launch?.stateBudget ?? (this.#adapter?.suspendDataLimit ?? 64000) - maxEnvelopeOverhead;
  }

  on<K extends keyof ScormSessionEvents>(event: K, listener: Listener<K>): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener as (payload: never) => void);
    return () => {
      set.delete(listener as (payload: never) => void);
    };
  }

  start(): Promise<ScormLaunch> {
    this.#startPromise ??= this.#start().then((launch) => {
      // The course exited, or the page was hidden away, while the LMS was still being found.
      if (this.#terminateRequested) this.terminate();
      return launch;
    });
    return this.#startPromise;
  }

  async #start(): Promise<ScormLaunch> {
    this.#updateStatus({ lifecycle: 'starting' });
    this.#attachPageLifecycle();
    const preference = this.#options.standardPreference ?? '2004';
    const found = this.#win
      ? await discoverScormApi(this.#win, preference, this.#timers, this.#options.discovery)
      : undefined;
    if (!found) return this.#startStandalone('no-api');

    const connection = new LmsConnection(found);
    const report = (failure: ScormFailure) => this.#fail(failure);
    const adapter: ScormAdapter =
      found.standard === '1.2'
        ? new Scorm12Adapter(connection, report)
        : new Scorm2004Adapter(connection, report, this.#options.suspendDataLimit2004);
    let initialized = adapter.initialize().ok || connection.state === 'initialized';
    for (const wait of this.#options.initializeRetryDelaysMs ?? defaultInitializeRetryDelays) {
      if (initialized) break;
      await delay(this.#timers, wait);
      initialized = adapter.initialize().ok || connection.state === 'initialized';
    }
    if (!initialized) return this.#startStandalone('initialize-failed');

    this.#adapter = adapter;
    this.#startedAt = this.#now();
    const data = adapter.readLaunchData();
    const tracked = data.lmsMode === 'normal';
    this.#backup = new LocalBackup(
      this.#storage(),
      localBackupKey(this.#options.courseId, data.learnerId, true),
    );
    const restored = this.#reconcile(data.suspendData, data.entry);
    const passMark =
      data.lmsPassMark !== null
        ? { value: data.lmsPassMark, source: 'lms' as const }
        : { value: this.#options.passMark, source: 'build' as const };
    this.#launch = {
      mode: found.standard === '1.2' ? 'lms-1.2' : 'lms-2004',
      standaloneReason: null,
      entry: data.entry,
      bookmark: data.location || null,
      restored: restored.state,
      learner: data.learnerId === null ? null : { id: data.learnerId, name: data.learnerName },
      passMark,
      lmsMode: data.lmsMode,
      credit: data.credit,
      stateBudget: adapter.suspendDataLimit - maxEnvelopeOverhead,
    };
    this.#updateStatus({
      mode: this.#launch.mode,
      lifecycle: 'running',
      tracked,
      save: tracked ? 'saved' : 'not-recorded',
    });
    if (tracked) {
      if (adapter.markAttemptStarted(data).ok) this.#markDirty();
      if (restored.lmsNeedsUpdate && this.#envelope !== null) {
        // The browser copy is newer than the LMS's (a failed or "lying" commit last time): send it now.
        this.#markDirty();
        this.flush();
      }
    }
    return this.#launch;
  }

  #startStandalone(reason: 'no-api' | 'initialize-failed'): ScormLaunch {
    this.#backup = new LocalBackup(this.#storage(), localBackupKey(this.#options.courseId, null, false));
    const restored = this.#reconcile(null, 'unknown');
    this.#startedAt = this.#now();
    this.#launch = {
      mode: 'standalone',
      standaloneReason: reason,
      entry: restored.state ? 'resume' : 'ab-initio',
      bookmark: null,
      restored: restored.state,
      learner: null,
      passMark: { value: this.#options.passMark, source: 'build' },
      lmsMode: 'normal',
      credit: 'no-credit',
      stateBudget: (this.#options.suspendDataLimit2004 ?? 64000) - maxEnvelopeOverhead,
    };
    this.#updateStatus({
      mode: 'standalone',
      lifecycle: 'running',
      tracked: false,
      save: this.#status.localBackup === 'ok' ? 'browser-only' : 'not-saved',
    });
    return this.#launch;
  }

  #storage(): StorageLike | null {
    return 'storage' in this.#options ? (this.#options.storage ?? null) : browserStorage(this.#win);
  }

  #reconcile(
    lmsSuspendData: string | null,
    entry: ScormLaunch['entry'],
  ): { state: RestoredState | null; lmsNeedsUpdate: boolean } {
    const backup = this.#backup!;
    const local = backup.read();
    if (local.kind === 'unavailable') {
      this.#updateStatus({ localBackup: 'unavailable' });
      this.#fail(local.failure);
    }
    const result = reconcileStates({
      lmsSuspendData,
      local,
      entry,
      validate: this.#options.validateState ?? (() => true),
    });
    for (const rejection of result.rejections) this.#emit('state-rejected', rejection);
    this.#revision = result.highestRevision;
    if (result.restored) {
      this.#envelope = result.restored.legacy
        ? null
        : encodeEnvelope(result.restored.revision, result.restored.serialised);
      this.#latestEnvelope = this.#envelope;
      if (result.restored.source === 'lms' && !result.restored.legacy) this.#envelopeInLms = lmsSuspendData;
    }
    return { state: result.restored, lmsNeedsUpdate: result.lmsNeedsUpdate };
  }

  recordInteraction(interaction: InteractionRecord): ScormResult {
    const problem = validateInteraction(interaction);
    if (problem) return this.#failResult(problem);
    return this.#write((adapter) => adapter.writeInteraction(interaction, interaction.at ?? this.#now()));
  }

  setObjective(objective: ObjectiveInput): ScormResult {
    return this.#write((adapter) => adapter.writeObjective(objective));
  }

  setScore(score: ScoreInput): ScormResult {
    const problem = checkScore(score, 'score');
    if (problem) return this.#failResult(problem);
    this.#lastScore = score;
    return this.#write((adapter) => adapter.writeScore(score));
  }

  setBookmark(location: string): ScormResult {
    return this.#write((adapter) => adapter.writeLocation(location));
  }

  saveState(serialised: string): ScormResult {
    const refused = this.#refuseUnlessRunning('SetValue', 'cmi.suspend_data');
    if (refused) return refused;
    if (typeof serialised !== 'string') {
      return this.#failResult({
        kind: 'invalid-input',
        field: 'saveState(serialised)',
        message: 'must be a string',
      });
    }
    // A review or browse launch records nothing, not even in the browser: its copy must not win a later launch.
    if (this.#adapter && !this.#status.tracked) return { ok: true, tracked: false };
    this.#revision += 1;
    const envelope = encodeEnvelope(this.#revision, serialised);
    this.#latestEnvelope = envelope;
    const localProblem = this.#keepLocally(envelope);
    const adapter = this.#trackingAdapter();
    if (!adapter) {
      if (this.#status.mode === 'standalone') {
        this.#updateStatus({ save: localProblem ? 'not-saved' : 'browser-only' });
        return localProblem ? { ok: false, failure: localProblem } : { ok: true, tracked: false };
      }
      return { ok: true, tracked: false };
    }
    if (envelope.length > adapter.suspendDataLimit) {
      const failure: ScormFailure = {
        kind: 'state-too-large',
        standard: adapter.standard,
        length: envelope.length,
        limit: adapter.suspendDataLimit,
      };
      this.#stateTooLarge = true;
      this.#fail(failure);
      this.#updateStatus({ save: 'at-risk' });
      return { ok: false, failure };
    }
    this.#stateTooLarge = false;
    this.#envelope = envelope;
    this.#markDirty();
    return { ok: true, tracked: true };
  }

  complete(outcome: { passed?: boolean | null } = {}): CompleteResult {
    const passMark = this.#launch?.passMark.value ?? this.#options.passMark;
    const passed =
      outcome.passed !== undefined
        ? outcome.passed
        : this.#lastScore
          ? this.#lastScore.scaled >= passMark
          : null;
    const result = this.#write((adapter) => adapter.writeOutcome({ passed }));
    if (result.ok) {
      this.#completed = true;
      // Mark the browser copy as a finished attempt, so a new LMS attempt does not resume it.
      if (this.#latestEnvelope !== null) this.#keepLocally(this.#latestEnvelope);
      if (result.tracked) this.flush();
    }
    return { result, passed };
  }

  flush(): ScormResult {
    const refused = this.#refuseUnlessRunning('Commit', undefined);
    if (refused) return refused;
    if (!this.#trackingAdapter() || !this.#dirty) return { ok: true, tracked: this.#status.tracked };
    return this.#commitNow();
  }

  terminate(): ScormResult {
    if (this.#status.lifecycle === 'terminated') return { ok: true, tracked: false };
    if (this.#status.lifecycle === 'starting') {
      this.#terminateRequested = true;
      return { ok: true, tracked: false };
    }
    if (this.#status.lifecycle !== 'running') {
      return this.#failResult({ kind: 'lifecycle', call: 'Terminate', reason: 'not-initialized' });
    }
    this.#clearTimers();
    this.#detach?.();
    this.#detach = null;
    const adapter = this.#adapter;
    if (!adapter) {
      this.#updateStatus({ lifecycle: 'terminated' });
      return { ok: true, tracked: false };
    }
    let firstFailure: ScormFailure | null = null;
    if (this.#status.tracked) {
      // No Commit here: Terminate may run inside pagehide, where a synchronous Commit is blocked. Terminate
      // itself persists everything set so far.
      const writes = [
        () => this.#writePendingState(adapter),
        () => adapter.writeExit(this.#completed),
        () => adapter.writeSessionTime(this.#now() - this.#startedAt),
      ];
      for (const write of writes) {
        const written = write();
        if (!written.ok) firstFailure ??= written.failure;
      }
    }
    const ended = adapter.terminate();
    if (!ended.ok) firstFailure ??= ended.failure;
    const lmsHasEverything = ended.ok && firstFailure === null && !this.#stateTooLarge;
    this.#updateStatus({
      lifecycle: 'terminated',
      save: !this.#status.tracked ? this.#status.save : lmsHasEverything ? 'ended' : 'at-risk',
    });
    return ended.ok ? { ok: true, tracked: this.#status.tracked } : ended;
  }

  // — internals —

  #trackingAdapter(): ScormAdapter | null {
    return this.#adapter && this.#status.tracked && this.#status.lifecycle === 'running'
      ? this.#adapter
      : null;
  }

  #refuseUnlessRunning(call: 'SetValue' | 'Commit', element: string | undefined): ScormResult | null {
    if (this.#status.lifecycle === 'running') return null;
    const reason = this.#status.lifecycle === 'terminated' ? 'terminated' : 'not-initialized';
    return this.#failResult(
      element === undefined
        ? { kind: 'lifecycle', call, reason }
        : { kind: 'lifecycle', call, element, reason },
    );
  }

  /** Runs an adapter write when tracked; in standalone and review sessions nothing is written or claimed. */
  #write(run: (adapter: ScormAdapter) => ScormResult): ScormResult {
    const refused = this.#refuseUnlessRunning('SetValue', undefined);
    if (refused) return refused;
    const adapter = this.#trackingAdapter();
    if (!adapter) return { ok: true, tracked: false };
    const result = run(adapter);
    if (result.ok) this.#markDirty();
    return result;
  }

  #keepLocally(envelope: string): ScormFailure | null {
    const backup = this.#backup;
    if (!backup) return null;
    const failure = backup.write({ format: 1, envelope, savedAt: this.#now(), finished: this.#completed });
    if (failure) {
      this.#fail(failure);
      this.#updateStatus({ localBackup: backup.available ? 'failing' : 'unavailable' });
    } else if (this.#status.localBackup !== 'ok') {
      this.#updateStatus({ localBackup: 'ok' });
    }
    return failure;
  }

  #writePendingState(adapter: ScormAdapter): ScormResult {
    const envelope = this.#envelope;
    if (envelope === null || envelope === this.#envelopeInLms) return { ok: true, tracked: true };
    const written = adapter.writeSuspendData(envelope);
    if (written.ok) {
      this.#envelopeInLms = envelope;
      return written;
    }
    if (
      adapter.standard === '2004' &&
      written.failure.kind === 'lms-error' &&
      envelope.length > scorm2004SecondEditionLimit &&
      adapter.suspendDataLimit > scorm2004SecondEditionLimit
    ) {
      // The LMS refused a value the 4th Edition allows: it keeps only the 2nd Edition's 4000 characters.
      // Stop sending this record (the browser has it); the course sees the new budget and a state-too-large.
      adapter.lowerSuspendDataLimit(scorm2004SecondEditionLimit);
      if (this.#launch) this.#launch.stateBudget = adapter.suspendDataLimit - maxEnvelopeOverhead;
      this.#envelope = this.#envelopeInLms;
      this.#stateTooLarge = true;
      this.#fail({
        kind: 'state-too-large',
        standard: '2004',
        length: envelope.length,
        limit: adapter.suspendDataLimit,
      });
      return { ok: true, tracked: true };
    }
    return written;
  }

  #markDirty(): void {
    this.#dirty = true;
    if (this.#status.save === 'saved' || this.#status.save === 'ended')
      this.#updateStatus({ save: 'pending' });
    // While a retry is scheduled it will carry these changes too.
    if (this.#retryHandle !== null) return;
    if (this.#debounceHandle !== null) this.#timers.clearTimeout(this.#debounceHandle);
    this.#debounceHandle = this.#timers.setTimeout(() => {
      this.#debounceHandle = null;
      this.#commitNow();
    }, this.#options.commitDebounceMs ?? 1000);
  }

  #clearTimers(): void {
    if (this.#debounceHandle !== null) this.#timers.clearTimeout(this.#debounceHandle);
    if (this.#retryHandle !== null) this.#timers.clearTimeout(this.#retryHandle);
    this.#debounceHandle = null;
    this.#retryHandle = null;
  }

  #commitNow(): ScormResult {
    this.#clearTimers();
    const adapter = this.#trackingAdapter();
    if (!adapter) return { ok: true, tracked: false };
    const stateWritten = this.#writePendingState(adapter);
    const committed = stateWritten.ok ? adapter.commit() : stateWritten;
    if (committed.ok) {
      this.#dirty = false;
      this.#failedCommits = 0;
      this.#commits += 1;
      // A state that was too large for the LMS leaves the status at-risk until a smaller one is committed.
      this.#updateStatus({ save: this.#stateTooLarge ? 'at-risk' : 'saved' });
      this.#emit('committed', { commits: this.#commits });
      return committed;
    }
    this.#failedCommits += 1;
    const delays = this.#options.commitRetryDelaysMs ?? defaultRetryDelays;
    const wait = delays[this.#failedCommits - 1];
    const willRetry = wait !== undefined;
    this.#fail({ kind: 'commit-failed', attempt: this.#failedCommits, willRetry, cause: committed.failure });
    this.#updateStatus({ save: willRetry ? 'retrying' : 'at-risk' });
    if (willRetry) {
      this.#retryHandle = this.#timers.setTimeout(() => {
        this.#retryHandle = null;
        this.#commitNow();
      }, wait);
    } else {
      // Out of retries: the next change starts a fresh cycle.
      this.#failedCommits = 0;
    }
    return committed;
  }

  #attachPageLifecycle(): void {
    const win = this.#win;
    if (!win || this.#options.listenToPageLifecycle === false) return;
    const doc = (() => {
      try {
        return win.document ?? null;
      } catch {
        return null;
      }
    })();
    const onVisibility = () => {
      if (doc?.visibilityState === 'hidden' && this.#status.lifecycle === 'running') this.flush();
    };
    const onPageHide = () => {
      this.terminate();
    };
    doc?.addEventListener?.('visibilitychange', onVisibility);
    win.addEventListener?.('pagehide', onPageHide);
    this.#detach = () => {
      doc?.removeEventListener?.('visibilitychange', onVisibility);
      win.removeEventListener?.('pagehide', onPageHide);
    };
  }

  #failResult(failure: ScormFailure): ScormResult {
    this.#fail(failure);
    return { ok: false, failure };
  }

  #fail(failure: ScormFailure): void {
    this.#updateStatus({ lastFailure: failure });
    this.#emit('error', failure);
  }

  #updateStatus(change: Partial<Omit<SessionStatus, 'message'>>): void {
    const next = { ...this.#status, ...change };
    next.message = describeSaveStatus(next);
    const changed = (Object.keys(next) as (keyof SessionStatus)[]).some(
      (key) => next[key] !== this.#status[key],
    );
    if (!changed) return;
    this.#status = next;
    this.#emit('status', next);
  }

  #emit<K extends keyof ScormSessionEvents>(event: K, payload: ScormSessionEvents[K]): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        (listener as Listener<K>)(payload);
      } catch (error) {
        // A failing UI listener must never break saving.
        console.error(`@levelwise/scorm: a "${event}" listener threw`, error);
      }
    }
  }
}
