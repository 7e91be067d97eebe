/** scorm-again behind the strict LMS wrapper in a fake window, as packages/scorm's own tests use it. */
import type { Scorm12Api, Scorm2004Api } from '@levelwise/scorm';
import {
  createFakeWindow,
  createManualClock,
  createStrictScorm12Lms,
  createStrictScorm2004Lms,
  MemoryStorage,
} from '@levelwise/scorm/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';

export const lmsOptions = { lmsCommitUrl: false, autocommit: false, logLevel: 5 } as const;

export function createLmsWindow(standard: '1.2' | '2004', seed?: Record<string, unknown>) {
  const inner = standard === '1.2' ? new Scorm12API({ ...lmsOptions }) : new Scorm2004API({ ...lmsOptions });
  if (seed) inner.loadFromJSON(seed, '');
  const strict =
    standard === '1.2'
      ? createStrictScorm12Lms(inner as unknown as Scorm12Api)
      : createStrictScorm2004Lms(inner as unknown as Scorm2004Api);
  const top = createFakeWindow(standard === '1.2' ? { API: strict.api } : { API_1484_11: strict.api });
  const win = createFakeWindow({ parent: top });
  const clock = createManualClock();
  const storage = new MemoryStorage();
  /** What scorm-again would send to its server, by dotted path. */
  const stored = (path: string): unknown => {
    let node: unknown = inner.renderCommitCMI(true);
    for (const part of path.split('.')) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return node;
  };
  return {
    inner,
    strict,
    win,
    clock,
    storage,
    stored,
    sessionOptions: { window: win, storage, now: clock.now, timers: clock.timers },
  };
}
