import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api, ScormStandard } from '../src/api-types.ts';
import { createScormSession, type ScormSession, type ScormSessionOptions } from '../src/scorm-session.ts';
import { createFakeWindow, type FakeWindow, MemoryStorage } from '../src/testing/fake-window.ts';
import { type FaultPlan, withScorm12Faults, withScorm2004Faults } from '../src/testing/fault-injection.ts';
import { createManualClock, type ManualClock } from '../src/testing/manual-clock.ts';
import {
  createStrictScorm12Lms,
  createStrictScorm2004Lms,
  type StrictLms,
} from '../src/testing/strict-lms.ts';

export const lmsOptions = { lmsCommitUrl: false, autocommit: false, logLevel: 5 } as const;

export type SeedJson = Record<string, unknown>;

/** scorm-again as the stand-in LMS, seeded for a resume launch when given JSON (loadFromJSON). */
export function createLms(standard: ScormStandard, seed?: SeedJson) {
  const inner = standard === '1.2' ? new Scorm12API({ ...lmsOptions }) : new Scorm2004API({ ...lmsOptions });
  if (seed) inner.loadFromJSON(seed, '');
  return inner;
}

/** Reads a value from what scorm-again would send to its server (renderCommitCMI), by dotted path. */
export function stored(inner: Scorm12API | Scorm2004API, path: string): unknown {
  let node: unknown = inner.renderCommitCMI(true);
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export interface Harness {
  session: ScormSession;
  win: FakeWindow;
  clock: ManualClock;
  storage: MemoryStorage;
  inner: Scorm12API | Scorm2004API;
  strict: StrictLms<Scorm12Api> | StrictLms<Scorm2004Api>;
  errors: import('../src/failures.ts').ScormFailure[];
}

export interface HarnessOptions {
  standard: ScormStandard;
  seed?: SeedJson;
  faults?: FaultPlan;
  storage?: MemoryStorage;
  inner?: Scorm12API | Scorm2004API;
  /** Put the API this many frames above the content (0 = on the content window). */
  depth?: number;
  session?: Partial<ScormSessionOptions>;
  clock?: ManualClock;
  suspendDataLimit?: number;
}

/** A session in a fake window whose ancestor holds a strict-wrapped (and optionally faulty) scorm-again API. */
export function createHarness(options: HarnessOptions): Harness {
  const inner = options.inner ?? createLms(options.standard, options.seed);
  const strictOptions =
    options.suspendDataLimit === undefined ? {} : { suspendDataLimit: options.suspendDataLimit };
  let strict: StrictLms<Scorm12Api> | StrictLms<Scorm2004Api>;
  let exposed: Scorm12Api | Scorm2004Api;
  if (options.standard === '1.2') {
    const s = createStrictScorm12Lms(inner as unknown as Scorm12Api, strictOptions);
    strict = s;
    exposed = options.faults ? withScorm12Faults(s.api, options.faults).api : s.api;
  } else {
    const s = createStrictScorm2004Lms(inner as unknown as Scorm2004Api, strictOptions);
    strict = s;
    exposed = options.faults ? withScorm2004Faults(s.api, options.faults).api : s.api;
  }
  const top = createFakeWindow(options.standard === '1.2' ? { API: exposed } : { API_1484_11: exposed });
  let win = top;
  for (let level = 0; level < (options.depth ?? 1); level += 1) win = createFakeWindow({ parent: win });
  const clock = options.clock ?? createManualClock();
  const storage = options.storage ?? new MemoryStorage();
  const session = createScormSession({
    courseId: 'levelwise-telford-wrekin',
    passMark: 0.8,
    standardPreference: options.standard,
    window: win,
    storage,
    now: clock.now,
    timers: clock.timers,
    ...options.session,
  });
  const errors: Harness['errors'] = [];
  session.on('error', (failure) => errors.push(failure));
  return { session, win, clock, storage, inner, strict, errors };
}

/** Starts a session, advancing the manual clock through discovery and Initialize retries. */
export async function startSession(harness: Pick<Harness, 'session' | 'clock'>, advanceMs = 0) {
  const started = harness.session.start();
  if (advanceMs > 0) await harness.clock.advance(advanceMs);
  return started;
}

/** The value the content sent for an element (last SetValue), from the strict LMS's call log. */
export function sent(
  strict: { calls: { method: string; args: string[] }[] },
  element: string,
): string | undefined {
  const calls = strict.calls.filter((call) => /SetValue$/.test(call.method) && call.args[0] === element);
  return calls.at(-1)?.args[1];
}
