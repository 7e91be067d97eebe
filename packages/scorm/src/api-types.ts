/**
 * The shapes the runtime talks to: the LMS's API objects, the window it searches, browser storage and timers.
 * Everything is injected so the runtime runs in Node tests with a fake window and a manual clock.
 */

/** A value an LMS API method may return: the standard says strings, some LMSs return booleans. */
export type LmsReturn = string | boolean | number | null | undefined;

/** SCORM 1.2 `window.API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: string): LmsReturn;
  LMSFinish(parameter: string): LmsReturn;
  LMSGetValue(element: string): LmsReturn;
  LMSSetValue(element: string, value: string): LmsReturn;
  LMSCommit(parameter: string): LmsReturn;
  LMSGetLastError(): LmsReturn;
  LMSGetErrorString(errorCode: string): LmsReturn;
  LMSGetDiagnostic(errorCode: string): LmsReturn;
}

/** SCORM 2004 `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: string): LmsReturn;
  Terminate(parameter: string): LmsReturn;
  GetValue(element: string): LmsReturn;
  SetValue(element: string, value: string): LmsReturn;
  Commit(parameter: string): LmsReturn;
  GetLastError(): LmsReturn;
  GetErrorString(errorCode: string): LmsReturn;
  GetDiagnostic(errorCode: string): LmsReturn;
}

export type ScormStandard = '1.2' | '2004';

/** How the session runs: tracked by an LMS through one of the two APIs, or untracked in the browser. */
export type ScormMode = 'lms-1.2' | 'lms-2004' | 'standalone';

export interface EventTargetLike {
  addEventListener(type: string, listener: (event: unknown) => void): void;
  removeEventListener(type: string, listener: (event: unknown) => void): void;
}

/**
 * The parts of `window` the runtime uses. Every property access may throw (cross-origin frames), so the
 * runtime reads them inside try/catch.
 */
export interface ScormWindow extends Partial<EventTargetLike> {
  API?: unknown;
  API_1484_11?: unknown;
  parent?: ScormWindow | null;
  top?: ScormWindow | null;
  opener?: ScormWindow | null;
  document?: (Partial<EventTargetLike> & { visibilityState?: string }) | null;
  localStorage?: StorageLike | null;
}

/** The subset of the Web Storage API used for the local progress backup. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Timers, injected so tests can drive debounce, retry and late-API discovery with a manual clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
