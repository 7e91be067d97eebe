import type { ScormWindow, StorageLike } from '../api-types.ts';

/** In-memory Web Storage, optionally refusing writes (quota exceeded, privacy mode). */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites) {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export interface FakeDocument {
  visibilityState: 'visible' | 'hidden';
  addEventListener(type: string, listener: (event: unknown) => void): void;
  removeEventListener(type: string, listener: (event: unknown) => void): void;
  dispatchEvent(event: Event): boolean;
}

export interface FakeWindow extends ScormWindow {
  parent: ScormWindow;
  top: ScormWindow;
  opener: ScormWindow | null;
  document: FakeDocument;
  addEventListener(type: string, listener: (event: unknown) => void): void;
  removeEventListener(type: string, listener: (event: unknown) => void): void;
  /** Sets `document.visibilityState` and fires `visibilitychange`. */
  setVisibility(state: 'visible' | 'hidden'): void;
  /** Fires `pagehide` on the window, as a browser does when the frame navigates away. */
  hidePage(): void;
}

/**
 * A window object for Node tests: same-origin by default, with its own document, events and parent chain.
 * `parent` defaults to itself (a top-level window), as in browsers.
 */
export function createFakeWindow(
  init: { parent?: ScormWindow; opener?: ScormWindow | null; API?: unknown; API_1484_11?: unknown } = {},
): FakeWindow {
  const events = new EventTarget();
  const documentEvents = new EventTarget();
  const doc: FakeDocument = {
    visibilityState: 'visible',
    addEventListener: (type, listener) => documentEvents.addEventListener(type, listener),
    removeEventListener: (type, listener) => documentEvents.removeEventListener(type, listener),
    dispatchEvent: (event) => documentEvents.dispatchEvent(event),
  };
  const win = {
    document: doc,
    opener: init.opener ?? null,
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      events.addEventListener(type, listener),
    removeEventListener: (type: string, listener: (event: unknown) => void) =>
      events.removeEventListener(type, listener),
    setVisibility(state: 'visible' | 'hidden') {
      doc.visibilityState = state;
      documentEvents.dispatchEvent(new Event('visibilitychange'));
    },
    hidePage() {
      events.dispatchEvent(new Event('pagehide'));
    },
  } as FakeWindow;
  if (init.API !== undefined) win.API = init.API;
  if (init.API_1484_11 !== undefined) win.API_1484_11 = init.API_1484_11;
  win.parent = init.parent ?? win;
  const parentTop = init.parent ? (init.parent.top ?? init.parent) : win;
  win.top = parentTop;
  return win;
}

/**
 * A window from another origin: reading anything but `parent`/`top` throws a SecurityError, as browsers do.
 */
export function createCrossOriginWindow(parent?: ScormWindow): ScormWindow {
  const blocked = () => {
    const error = new Error(
      'Blocked a frame with origin "http://127.0.0.1" from accessing a cross-origin frame.',
    );
    error.name = 'SecurityError';
    throw error;
  };
  const win: ScormWindow = {};
  for (const key of ['API', 'API_1484_11', 'opener', 'document', 'localStorage'] as const) {
    Object.defineProperty(win, key, { get: blocked, enumerable: true });
  }
  win.parent = parent ?? win;
  win.top = parent ? (parent.top ?? parent) : win;
  return win;
}

/**
 * Content nested `depth` frames below a top window (depth 0 = the content is the top window); returns the
 * content window and every ancestor, top last.
 */
export function createFrameChain(depth: number): { content: FakeWindow; ancestors: FakeWindow[] } {
  let current = createFakeWindow();
  const chain: FakeWindow[] = [current];
  for (let level = 0; level < depth; level += 1) {
    current = createFakeWindow({ parent: current });
    chain.unshift(current);
  }
  const [content, ...ancestors] = chain;
  return { content: content!, ancestors };
}
