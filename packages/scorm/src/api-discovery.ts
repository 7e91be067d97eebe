import type { Scorm12Api, Scorm2004Api, ScormStandard, ScormWindow, Timers } from './api-types.ts';

export type DiscoveredApi =
  | { standard: '1.2'; api: Scorm12Api; depth: number; via: 'parents' | 'opener' }
  | { standard: '2004'; api: Scorm2004Api; depth: number; via: 'parents' | 'opener' };

/** How far up the frame chain to look. ADL's 2004 algorithm allows 500; 1.2's sample used 7, which is too few for some LMS wrappers. */
export const maxFrameDepth = 500;

const scorm12Methods = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
] as const;
const scorm2004Methods = [
  'Initialize',
  'Terminate',
  'GetValue',
  'SetValue',
  'Commit',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
] as const;

function hasMethods(candidate: unknown, methods: readonly string[]): boolean {
  if (candidate === null || (typeof candidate !== 'object' && typeof candidate !== 'function')) return false;
  const record = candidate as Record<string, unknown>;
  return methods.every((name) => typeof record[name] === 'function');
}

/** Reads a property of a possibly cross-origin window; a SecurityError means "not there". */
function read<K extends keyof ScormWindow>(win: ScormWindow, key: K): ScormWindow[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

function apiOn(win: ScormWindow, standard: ScormStandard): Scorm12Api | Scorm2004Api | undefined {
  if (standard === '1.2') {
    const api = read(win, 'API');
    return hasMethods(api, scorm12Methods) ? (api as Scorm12Api) : undefined;
  }
  const api = read(win, 'API_1484_11');
  return hasMethods(api, scorm2004Methods) ? (api as Scorm2004Api) : undefined;
}

/** The window itself, then its parents up to the top (or `maxFrameDepth`), skipping frames that throw. */
function* frameChain(start: ScormWindow): Generator<[ScormWindow, number]> {
  let current: ScormWindow | null | undefined = start;
  for (let depth = 0; current && depth <= maxFrameDepth; depth += 1) {
    yield [current, depth];
    const parent: ScormWindow | null | undefined = read(current, 'parent');
    if (!parent || parent === current) return;
    current = parent;
  }
}

function searchFrom(
  start: ScormWindow,
  standard: ScormStandard,
  via: 'parents' | 'opener',
): DiscoveredApi | undefined {
  for (const [win, depth] of frameChain(start)) {
    const api = apiOn(win, standard);
    if (api) return { standard, api, depth, via } as DiscoveredApi;
  }
  return undefined;
}

/** Openers to search after the parent chain: this window's opener, then the top window's opener (LMS popups). */
function openers(win: ScormWindow): ScormWindow[] {
  const found: ScormWindow[] = [];
  const own = read(win, 'opener');
  if (own) found.push(own);
  const top = read(win, 'top');
  const topOpener = top ? read(top, 'opener') : undefined;
  if (topOpener && topOpener !== own) found.push(topOpener);
  return found;
}

/**
 * Finds the LMS API once: walks `window.parent` to the top, then the opener chains, inside try/catch.
 * The preferred standard (the one the package was built for) is searched everywhere first, because some LMS
 * frames expose both objects and only the one matching the manifest is tracked.
 */
export function findScormApi(
  win: ScormWindow,
  preference: ScormStandard = '2004',
): DiscoveredApi | undefined {
  const order: ScormStandard[] = preference === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const standard of order) {
    const inParents = searchFrom(win, standard, 'parents');
    if (inParents) return inParents;
    for (const opener of openers(win)) {
      const inOpener = searchFrom(opener, standard, 'opener');
      if (inOpener) return inOpener;
    }
  }
  return undefined;
}

export interface DiscoveryOptions {
  /** How many times to look again after the first miss, for an LMS that installs its API late. */
  retries?: number;
  /** Pause between looks. */
  intervalMs?: number;
}

/** Finds the API, looking again a few times for an API that appears after the content has loaded. */
export function discoverScormApi(
  win: ScormWindow,
  preference: ScormStandard,
  timers: Timers,
  { retries = 8, intervalMs = 250 }: DiscoveryOptions = {},
): Promise<DiscoveredApi | undefined> {
  return new Promise((resolve) => {
    let attempt = 0;
    const look = () => {
      const found = findScormApi(win, preference);
      if (found || attempt >= retries) {
        resolve(found);
        return;
      }
      attempt += 1;
      timers.setTimeout(look, intervalMs);
    };
    look();
  });
}
