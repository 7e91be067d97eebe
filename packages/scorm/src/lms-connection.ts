import type { DiscoveredApi } from './api-discovery.ts';
import type { LmsReturn, Scorm12Api, Scorm2004Api, ScormStandard } from './api-types.ts';
import { describeScormError, isAbsentValueCode } from './error-codes.ts';
import type { LmsCall, ScormFailure } from './failures.ts';

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; failure: ScormFailure };

/** A long session makes thousands of calls: keep only the latest for diagnostics. */
export const maxCallRecords = 200;

export type ConnectionState = 'not-initialized' | 'initialized' | 'terminated';

/** One entry per call that reached the LMS API, for diagnostics and round-trip counts. */
export interface LmsCallRecord {
  call: LmsCall;
  element?: string;
  ok: boolean;
}

interface RawApi {
  initialize(): LmsReturn;
  terminate(): LmsReturn;
  getValue(element: string): LmsReturn;
  setValue(element: string, value: string): LmsReturn;
  commit(): LmsReturn;
  getLastError(): LmsReturn;
  getErrorString(code: string): LmsReturn;
  getDiagnostic(code: string): LmsReturn;
}

function rawApi(found: DiscoveredApi): RawApi {
  if (found.standard === '1.2') {
    const api: Scorm12Api = found.api;
    return {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      getValue: (element) => api.LMSGetValue(element),
      setValue: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      getLastError: () => api.LMSGetLastError(),
      getErrorString: (code) => api.LMSGetErrorString(code),
      getDiagnostic: (code) => api.LMSGetDiagnostic(code),
    };
  }
  const api: Scorm2004Api = found.api;
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    getLastError: () => api.GetLastError(),
    getErrorString: (code) => api.GetErrorString(code),
    getDiagnostic: (code) => api.GetDiagnostic(code),
  };
}

/** LMSs return "true"/"false" strings, some return booleans. */
function isTrue(value: LmsReturn): boolean {
  return value === true || value === 'true';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The guarded call layer shared by both adapters: Initialize once, Terminate once, nothing before or after;
 * every value passed as a string; the return value and GetLastError checked after every call; exceptions from
 * the LMS's code caught and reported as typed failures.
 */
export class LmsConnection {
  readonly standard: ScormStandard;
  /** The most recent calls (at most `maxCallRecords`), for diagnostics. */
  readonly calls: LmsCallRecord[] = [];
  #api: RawApi;
  #state: ConnectionState = 'not-initialized';

  constructor(found: DiscoveredApi) {
    this.standard = found.standard;
    this.#api = rawApi(found);
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** Calls Initialize(""). A second call is refused without reaching the LMS. */
  initialize(): CallOutcome<void> {
    if (this.#state !== 'not-initialized') return this.#refuse('Initialize', undefined);
    const outcome = this.#invoke('Initialize', undefined, () => this.#api.initialize(), 'boolean');
    if (outcome.ok) {
      this.#state = 'initialized';
      return { ok: true, value: undefined };
    }
    // 2004's 103 means the LMS frame already initialised this attempt: the session is usable.
    if (outcome.failure.kind === 'lms-error' && this.standard === '2004' && outcome.failure.code === 103) {
      this.#state = 'initialized';
    }
    return outcome.ok ? { ok: true, value: undefined } : outcome;
  }

  /**
   * Reads an element. `null` means the LMS has no value for an optional element (1.2 401, 2004 402/403),
   * which is not a failure.
   */
  getValue(element: string): CallOutcome<string | null> {
    if (this.#state !== 'initialized') return this.#refuse('GetValue', element);
    const outcome = this.#invoke('GetValue', element, () => this.#api.getValue(element), 'value');
    if (outcome.ok) return { ok: true, value: outcome.value };
    if (outcome.failure.kind === 'lms-error' && isAbsentValueCode(this.standard, outcome.failure.code)) {
      return { ok: true, value: null };
    }
    return outcome;
  }

  setValue(element: string, value: string): CallOutcome<void> {
    if (this.#state !== 'initialized') return this.#refuse('SetValue', element);
    const outcome = this.#invoke(
      'SetValue',
      element,
      () => this.#api.setValue(element, String(value)),
      'boolean',
    );
    return outcome.ok ? { ok: true, value: undefined } : outcome;
  }

  commit(): CallOutcome<void> {
    if (this.#state !== 'initialized') return this.#refuse('Commit', undefined);
    const outcome = this.#invoke('Commit', undefined, () => this.#api.commit(), 'boolean');
    return outcome.ok ? { ok: true, value: undefined } : outcome;
  }

  /** Calls Terminate("") once; later calls are refused without reaching the LMS. */
  terminate(): CallOutcome<void> {
    if (this.#state !== 'initialized') return this.#refuse('Terminate', undefined);
    // Whatever the LMS answers, the session is over: a second Terminate would only produce more errors.
    this.#state = 'terminated';
    const outcome = this.#invoke('Terminate', undefined, () => this.#api.terminate(), 'boolean');
    return outcome.ok ? { ok: true, value: undefined } : outcome;
  }

  #record(entry: LmsCallRecord): void {
    this.calls.push(entry);
    if (this.calls.length > maxCallRecords) this.calls.splice(0, this.calls.length - maxCallRecords);
  }

  #refuse(call: LmsCall, element: string | undefined): { ok: false; failure: ScormFailure } {
    const reason = this.#state === 'terminated' ? 'terminated' : 'not-initialized';
    return {
      ok: false,
      failure:
        element === undefined
          ? { kind: 'lifecycle', call, reason }
          : { kind: 'lifecycle', call, element, reason },
    };
  }

  #invoke(
    call: LmsCall,
    element: string | undefined,
    run: () => LmsReturn,
    expect: 'boolean' | 'value',
  ): CallOutcome<string> {
    let returned: LmsReturn;
    try {
      returned = run();
    } catch (error) {
      this.#record(element === undefined ? { call, ok: false } : { call, element, ok: false });
      const failure: ScormFailure = {
        kind: 'api-threw',
        standard: this.standard,
        call,
        message: message(error),
      };
      if (element !== undefined) failure.element = element;
      return { ok: false, failure };
    }
    // A boolean call's "true" is authoritative (some LMSs leave a stale code in GetLastError after a success);
    // a GetValue can only be judged by GetLastError, since "" is both a value and an error return.
    const code = expect === 'value' || !isTrue(returned) ? this.#lastErrorCode() : 0;
    const ok = expect === 'value' ? code === 0 || code === null : isTrue(returned);
    this.#record(element === undefined ? { call, ok } : { call, element, ok });
    if (ok) return { ok: true, value: returned === null || returned === undefined ? '' : String(returned) };
    // A "false" with error 0 still failed: report it as a general exception so it is never silent.
    const effective = code === null || code === 0 ? 101 : code;
    return { ok: false, failure: this.#lmsError(call, element, effective) };
  }

  /** GetLastError as a number; null if the LMS's error function itself fails. */
  #lastErrorCode(): number | null {
    try {
      const raw = this.#api.getLastError();
      const code = Number.parseInt(String(raw ?? ''), 10);
      return Number.isNaN(code) ? null : code;
    } catch {
      return null;
    }
  }

  #lmsError(call: LmsCall, element: string | undefined, code: number): ScormFailure {
    const safe = (read: () => LmsReturn) => {
      try {
        const value = read();
        return value === null || value === undefined ? '' : String(value);
      } catch {
        return '';
      }
    };
    const failure: ScormFailure = {
      kind: 'lms-error',
      standard: this.standard,
      call,
      code,
      meaning: describeScormError(this.standard, code),
      lmsErrorString: safe(() => this.#api.getErrorString(String(code))),
      diagnostic: safe(() => this.#api.getDiagnostic(String(code))),
    };
    if (element !== undefined) failure.element = element;
    return failure;
  }
}
