/**
 * Playwright helpers for the stand-in LMS: launch Debian's Chromium, open the LMS page, find the course
 * frame, read the recorded calls and the stored attempt.
 */
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';

export interface RecordedCall {
  readonly seq: number;
  readonly ms: number;
  readonly method: string;
  readonly args: (string | undefined)[];
  readonly result: string | undefined;
  readonly error: string;
  readonly violation?: string;
  readonly rejectedByStrict?: boolean;
  readonly fault?: string;
  readonly threw?: string;
}

export interface StoredAttempt {
  readonly version: number;
  readonly standard: '1.2' | '2004';
  readonly attempt: number;
  readonly sessions: number;
  readonly savedBy: string;
  readonly cmi: Record<string, unknown> & { core?: Record<string, unknown> };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.LEVELWISE_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors in the LMS page (and its frames) opened with `openLms`, for an after-each check. */
export function uncaughtErrors(context: BrowserContext): string[] {
  return context.pages().flatMap((p) => pageErrors.get(p) ?? []);
}

/** Opens the LMS page and waits until its script has started the session (and launched, unless popup). */
export async function openLms(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  pageErrors.set(page, problems);
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page
    .waitForFunction(() => document.documentElement.dataset.lmsReady === 'true', undefined, {
      timeout: 30_000,
    })
    .catch(() => {
      throw new Error(`The LMS page did not start: ${problems.join('; ') || 'no page error'}`);
    });
  return page;
}

/** The frame whose URL path starts with `pathPrefix` (the course), waiting for it to load. */
export async function courseFrame(page: Page, pathPrefix = '/content/', timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => {
      try {
        return new URL(f.url()).pathname.startsWith(pathPrefix);
      } catch {
        return false;
      }
    });
    if (frame) {
      await frame.waitForLoadState('load');
      return frame;
    }
    await page.waitForTimeout(25);
  }
  throw new Error(
    `No frame under ${pathPrefix} in ${page
      .frames()
      .map((f) => f.url())
      .join(', ')}`,
  );
}

/** How many frames separate `frame` from the top page. */
export function frameDepth(frame: Frame): number {
  let depth = 0;
  for (let f = frame.parentFrame(); f; f = f.parentFrame()) depth++;
  return depth;
}

export function calls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => (window as unknown as { lms: { calls: RecordedCall[] } }).lms.calls);
}

export function stored(page: Page): Promise<StoredAttempt | null> {
  return page.evaluate(() =>
    (window as unknown as { lms: { stored: () => StoredAttempt | null } }).lms.stored(),
  );
}

export function notes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { lms: { notes: { text: string }[] } }).lms.notes.map((n) => n.text),
  );
}

/** Navigates the course away (fires pagehide in it) and waits for the LMS page to see it gone. */
export async function leaveCourse(page: Page): Promise<void> {
  const left = await page.evaluate(() =>
    (window as unknown as { lms: { leave: () => Promise<boolean> } }).lms.leave(),
  );
  if (!left) throw new Error('There was no course window to leave');
}

/** Compact form of the calls for readable assertions: `Initialize("") → "true" [0]`. */
export function summarise(list: readonly RecordedCall[]): string[] {
  return list.map(
    (c) =>
      `${c.method}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) → ${c.threw ? 'threw' : JSON.stringify(c.result)} [${c.error}]`,
  );
}
