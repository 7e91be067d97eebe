/**
 * The real runtime (@levelwise/scorm, bundled by global-setup.ts into .work/runtime-sco) in the stand-in LMS,
 * in Chromium, for both standards, with the LMS in strict mode: leave by navigating the frame away (pagehide)
 * and resume; Commit returning false; Commit throwing; an API that appears late; no API (standalone label);
 * Initialize failing; frames, pop-up and Permissions-Policy: unload=().
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RUNTIME_SCO_DIR, WORK_DIR } from './global-setup.ts';
import {
  calls,
  courseFrame,
  launchChromium,
  leaveCourse,
  openLms,
  type RecordedCall,
  stored,
  summarise,
  uncaughtErrors,
} from './harness.ts';
import { type LmsServer, startLmsServer } from './server.ts';

const LAUNCH = '/content/runtime-sco/index.html';

interface Course {
  session: {
    saveState(s: string): { ok: boolean; failure?: { kind: string } };
    setBookmark(s: string): { ok: boolean };
    setScore(s: { scaled: number }): { ok: boolean };
    recordInteraction(i: unknown): { ok: boolean; failure?: unknown };
    complete(o?: { passed?: boolean | null }): { result: { ok: boolean }; passed: boolean | null };
    flush(): { ok: boolean };
    status: { save: string; mode: string; tracked: boolean; message: string; lifecycle: string };
  };
  launch: {
    mode: string;
    standaloneReason: string | null;
    entry: string;
    bookmark: string | null;
    restored: { source: string; serialised: string } | null;
    stateBudget: number;
    passMark: { value: number; source: string };
  } | null;
  errors: { kind: string; willRetry?: boolean; cause?: { kind: string; code?: string } | null }[];
  commits: number;
  pageErrors: string[];
}
/** Runs `fn(window.course, arg)` in the course frame; `fn` must be self-contained (it is sent as source). */
const inCourse = <T, A = undefined>(frame: Frame, fn: (c: Course, arg: A) => T, arg?: A): Promise<T> =>
  frame.evaluate(`(${fn.toString()})(window.course, ${JSON.stringify(arg ?? null)})`) as Promise<T>;

let browser: Browser;
let server: LmsServer;
let policyServer: LmsServer;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(join(RUNTIME_SCO_DIR, 'index.html'))) {
    throw new Error(
      `${RUNTIME_SCO_DIR} is missing: run the LMS tests through the "lms" project (its global setup builds it)`,
    );
  }
  [browser, server, policyServer] = await Promise.all([
    launchChromium(),
    startLmsServer({ contentDir: WORK_DIR }),
    startLmsServer({ contentDir: WORK_DIR, permissionsPolicy: 'unload=()' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await policyServer?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  const errors = context ? uncaughtErrors(context) : [];
  await context?.close();
  expect(errors, 'uncaught errors in the LMS page').toEqual([]);
});

async function waitReady(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.documentElement.dataset.courseReady === 'true', undefined, {
    timeout: 20_000,
  });
}

async function launch(
  standard: '1.2' | '2004',
  query: Record<string, string | number | boolean | undefined> = {},
  srv = server,
): Promise<{ page: Page; frame: Frame }> {
  const page = await openLms(
    context,
    srv.lmsUrl({ standard, strict: true, launch: `${LAUNCH}?prefer=${standard}`, ...query }),
  );
  const frame = await courseFrame(page);
  await waitReady(frame);
  return { page, frame };
}

async function relaunchByReload(page: Page, url?: string): Promise<Frame> {
  if (url) await page.goto(url);
  else await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.lmsReady === 'true');
  const frame = await courseFrame(page);
  await waitReady(frame);
  return frame;
}

/** No call the runtime made may be one that a strict LMS rejects. */
function expectConformant(log: readonly RecordedCall[]): void {
  expect(
    log.filter((c) => c.violation).map((c) => `${c.method}(${c.args.join(', ')}): ${c.violation}`),
  ).toEqual([]);
}

const choice = {
  id: 'v1-level',
  type: 'choice',
  options: ['level-1', 'level-2', 'level-3', 'level-4'],
  response: ['level-3'],
  correct: ['level-3'],
  result: 'correct',
  description: 'Which level of need fits Amira today?',
};

describe.each(['1.2', '2004'] as const)('the runtime in a strict SCORM %s LMS', (standard) => {
  const names =
    standard === '1.2'
      ? {
          commit: 'LMSCommit',
          finish: 'LMSFinish',
          exit: 'cmi.core.exit',
          init: 'LMSInitialize',
          commitFailure: '101',
        }
      : { commit: 'Commit', finish: 'Terminate', exit: 'cmi.exit', init: 'Initialize', commitFailure: '391' };
  const state = JSON.stringify({ v: 1, done: ['v1'], answers: { v1: 'level-3' } });

  it('saves, is left by navigating the frame away (pagehide), and resumes from the LMS on relaunch', async () => {
    const { page, frame } = await launch(standard);
    expect(await inCourse(frame, (c) => [c.launch!.mode, c.launch!.entry, c.launch!.restored])).toEqual([
      `lms-${standard}`,
      'ab-initio',
      null,
    ]);
    const results = await inCourse(
      frame,
      (c, a) => [
        c.session.saveState(a.state).ok,
        c.session.setBookmark('vignette-2').ok,
        c.session.recordInteraction(a.choice).ok,
        c.session.setScore({ scaled: 0.5 }).ok,
        c.session.flush().ok,
      ],
      { state, choice },
    );
    expect(results).toEqual([true, true, true, true, true]);
    const committed = await stored(page);
    expect(committed?.savedBy).toBe(names.commit);
    expect(JSON.stringify(committed?.cmi)).toContain('v1-level');

    const before = (await calls(page)).length;
    await leaveCourse(page);
    const log = await calls(page);
    const onLeave = log.slice(before);
    expect(onLeave.map((c) => c.method)).not.toContain(names.commit);
    expect(onLeave.find((c) => c.method.endsWith('SetValue') && c.args[0] === names.exit)?.args[1]).toBe(
      'suspend',
    );
    expect(summarise(onLeave).at(-1)).toBe(`${names.finish}("") → "true" [0]`);
    expect(log.filter((c) => c.method === names.finish)).toHaveLength(1);
    expectConformant(log);
    expect((await stored(page))?.savedBy).toBe(names.finish);

    const again = await relaunchByReload(page);
    expect(
      await inCourse(again, (c) => [
        c.launch!.entry,
        c.launch!.bookmark,
        c.launch!.restored?.source,
        c.launch!.restored?.serialised,
      ]),
    ).toEqual(['resume', 'vignette-2', 'lms', state]);
    expect(await inCourse(again, (c) => c.pageErrors)).toEqual([]);

    // The next decision is appended after the restored ones (2004 keeps interactions across sessions).
    const next = { ...choice, id: 'v2-level', response: ['level-2'], result: 'incorrect' };
    expect(
      await inCourse(again, (c, a) => [c.session.recordInteraction(a).ok, c.session.flush().ok], next),
    ).toEqual([true, true]);
    const interactions = (await stored(page))?.cmi.interactions as
      | Record<string, { id: string; result: string }>
      | undefined;
    if (standard === '2004') {
      expect(Object.values(interactions ?? {}).map((i) => `${i.id}:${i.result}`)).toEqual([
        'v1-level:correct',
        'v2-level:incorrect',
      ]);
    }
    expectConformant(await calls(page));
  });

  it('completion: passed against the LMS pass mark, stored by the LMS, and the next launch is a new attempt', async () => {
    const { page, frame } = await launch(standard, { mastery: 70 });
    expect(await inCourse(frame, (c) => c.launch!.passMark)).toEqual({ value: 0.7, source: 'lms' });
    const outcome = await inCourse(frame, (c) => {
      c.session.setScore({ scaled: 0.75 });
      const done = c.session.complete();
      return [done.result.ok, done.passed, c.session.flush().ok];
    });
    expect(outcome).toEqual([true, true, true]);
    await leaveCourse(page);
    const cmi = (await stored(page))!.cmi as Record<string, unknown> & { core?: Record<string, unknown> };
    if (standard === '1.2') {
      expect([
        cmi.core?.lesson_status,
        cmi.core?.exit,
        (cmi.core?.score as { raw?: string } | undefined)?.raw,
      ]).toEqual(['passed', '', '75']);
    } else {
      expect([
        cmi.completion_status,
        cmi.success_status,
        cmi.exit,
        (cmi.score as { scaled: string }).scaled,
      ]).toEqual(['completed', 'passed', 'normal', '0.75']);
    }
    const again = await relaunchByReload(page);
    expect(await inCourse(again, (c) => [c.launch!.entry, c.launch!.restored])).toEqual(['ab-initio', null]);
    await again.waitForFunction('window.course.commits > 0', undefined, { timeout: 10_000 });
    expect((await stored(page))?.attempt).toBe(2);
    expectConformant(await calls(page));
  });

  it('an LMS that truncates suspend_data: the damaged copy is rejected and the browser copy restores the learner', async () => {
    const { page, frame } = await launch(standard);
    expect(await inCourse(frame, (c, a) => [c.session.saveState(a).ok, c.session.flush().ok], state)).toEqual(
      [true, true],
    );
    await leaveCourse(page);
    const key = (await page.evaluate('window.lms.settings.key')) as string;
    await page.evaluate((k) => {
      const record = JSON.parse(localStorage.getItem(k)!);
      const cmi = record.cmi;
      cmi.suspend_data = cmi.suspend_data.slice(0, -7);
      localStorage.setItem(k, JSON.stringify(record));
    }, key);
    const again = await relaunchByReload(page);
    expect(
      await inCourse(again, (c) => [
        c.launch!.entry,
        c.launch!.restored?.source,
        c.launch!.restored?.serialised,
      ]),
    ).toEqual(['resume', 'local', state]);
    expect(
      await inCourse(again, (c) => (c as unknown as { rejected: unknown[] }).rejected.length),
    ).toBeGreaterThanOrEqual(1);
    // The runtime sends the good copy back to the LMS straight away.
    await again.waitForFunction('window.course.commits > 0', undefined, { timeout: 10_000 });
    expect((await stored(page))?.cmi.suspend_data).toContain('answers');
    expectConformant(await calls(page));
  });

  it('Commit returning false: retries, tells the learner, keeps the answers in the browser, recovers them at relaunch', async () => {
    const { page, frame } = await launch(standard, { commit: 'false' });
    await inCourse(frame, (c, a) => [c.session.saveState(a).ok, c.session.flush().ok], state);
    await frame.waitForFunction('window.course.session.status.save === "at-risk"', undefined, {
      timeout: 15_000,
    });
    expect(await frame.locator('#save').textContent()).toMatch(/may not be saved in your learning system/);
    const failures = await inCourse(frame, (c) => c.errors.filter((e) => e.kind === 'commit-failed'));
    expect(failures.length).toBeGreaterThanOrEqual(4);
    expect(failures.at(-1)?.willRetry).toBe(false);
    const commits = (await calls(page)).filter((c) => c.method === names.commit);
    expect(commits.length).toBeGreaterThanOrEqual(4);
    expect(commits.every((c) => c.result === 'false' && c.error === names.commitFailure)).toBe(true);
    expect(await stored(page)).toBeNull();

    // The LMS lost everything (or said "true" without saving): a fresh attempt, and the browser copy comes back.
    const again = await relaunchByReload(
      page,
      server.lmsUrl({ standard, strict: true, reset: true, launch: `${LAUNCH}?prefer=${standard}` }),
    );
    expect(
      await inCourse(again, (c) => [c.launch!.restored?.source, c.launch!.restored?.serialised]),
    ).toEqual(['local', state]);
    await again.waitForFunction('window.course.commits > 0', undefined, { timeout: 10_000 });
    expect((await stored(page))?.cmi.suspend_data).toContain('answers');
    expectConformant(await calls(page));
  });

  it('Commit throwing: the runtime catches it, reports it and keeps working', async () => {
    const { page, frame } = await launch(standard, { commit: 'throw' });
    await inCourse(frame, (c, a) => [c.session.saveState(a).ok, c.session.flush().ok], state);
    await frame.waitForFunction('window.course.session.status.save === "at-risk"', undefined, {
      timeout: 15_000,
    });
    const errors = await inCourse(frame, (c) =>
      c.errors.map((e) => (e.kind === 'commit-failed' ? `commit-failed:${e.cause?.kind}` : e.kind)),
    );
    expect(errors).toContain('commit-failed:api-threw');
    expect(await inCourse(frame, (c) => c.pageErrors)).toEqual([]);
    expect((await calls(page)).filter((c) => c.threw).length).toBeGreaterThanOrEqual(1);
    expect(await inCourse(frame, (c) => c.session.setBookmark('vignette-3').ok)).toBe(true);
  });

  it('an API that appears late is found', async () => {
    const { page, frame } = await launch(standard, { apiDelay: 1000 });
    expect(await inCourse(frame, (c) => c.launch!.mode)).toBe(`lms-${standard}`);
    expect(summarise(await calls(page))[0]).toBe(`${names.init}("") → "true" [0]`);
  });

  it('no API: a visible standalone label, progress kept in the browser only, and restored on the next visit', async () => {
    const { page, frame } = await launch(standard, { noapi: true });
    expect(await inCourse(frame, (c) => [c.launch!.mode, c.launch!.standaloneReason])).toEqual([
      'standalone',
      'no-api',
    ]);
    expect(await frame.locator('#mode').textContent()).toBe('Standalone: not tracked by a learning system.');
    expect(await frame.getByRole('status').textContent()).toMatch(
      /not connected to a learning system.*kept in this browser/,
    );
    expect(await inCourse(frame, (c, a) => c.session.saveState(a).ok, state)).toBe(true);
    expect(await calls(page)).toEqual([]);
    const again = await relaunchByReload(page);
    expect(await inCourse(again, (c) => [c.launch!.mode, c.launch!.restored?.serialised])).toEqual([
      'standalone',
      state,
    ]);
  });

  it('Initialize failing: standalone, after one retry, and says why', async () => {
    const { page, frame } = await launch(standard, { initialize: 'fail' });
    expect(await inCourse(frame, (c) => [c.launch!.mode, c.launch!.standaloneReason])).toEqual([
      'standalone',
      'initialize-failed',
    ]);
    expect((await calls(page)).filter((c) => c.method === names.init).length).toBe(2);
    expect(await frame.locator('#mode').textContent()).toMatch(/Standalone/);
  });

  it('finds the API three frames up, and from a pop-up through opener', async () => {
    const deep = await launch(standard, { depth: 3 });
    expect(await inCourse(deep.frame, (c) => c.launch!.mode)).toBe(`lms-${standard}`);

    const page = await openLms(
      context,
      server.lmsUrl({ standard, strict: true, popup: true, launch: `${LAUNCH}?prefer=${standard}` }),
    );
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Open the course in a new window' }).click(),
    ]);
    await waitReady(popup.mainFrame());
    expect(await inCourse(popup.mainFrame(), (c) => c.launch!.mode)).toBe(`lms-${standard}`);
    await inCourse(popup.mainFrame(), (c, a) => c.session.saveState(a).ok, state);
    await leaveCourse(page);
    expect(summarise(await calls(page)).at(-1)).toBe(`${names.finish}("") → "true" [0]`);
    expect((await stored(page))?.cmi.suspend_data).toContain('answers');
  });

  it('with Permissions-Policy: unload=() the session still ends on pagehide and resumes', async () => {
    const { page, frame } = await launch(standard, { depth: 2 }, policyServer);
    await inCourse(frame, (c, a) => c.session.saveState(a).ok, state);
    await leaveCourse(page);
    expect(summarise(await calls(page)).at(-1)).toBe(`${names.finish}("") → "true" [0]`);
    const again = await relaunchByReload(page);
    expect(await inCourse(again, (c) => [c.launch!.entry, c.launch!.restored?.serialised])).toEqual([
      'resume',
      state,
    ]);
    expectConformant(await calls(page));
  });
});

describe('an LMS that offers only the other standard', () => {
  it.each([
    ['1.2', '2004'],
    ['2004', '1.2'],
  ] as const)('a package built for %s still finds and uses a SCORM %s API', async (preferred, offered) => {
    const page = await openLms(
      context,
      server.lmsUrl({ standard: offered, strict: true, launch: `${LAUNCH}?prefer=${preferred}` }),
    );
    const frame = await courseFrame(page);
    await waitReady(frame);
    expect(await inCourse(frame, (c) => c.launch!.mode)).toBe(`lms-${offered}`);
    expectConformant(await calls(page));
  });
});

describe('the runtime respects the SCORM 1.2 suspend_data limit', () => {
  it('refuses a state over the budget without sending it, and a strict LMS sees nothing over 4096', async () => {
    const { page, frame } = await launch('1.2');
    const budget = await inCourse(frame, (c) => c.launch!.stateBudget);
    expect(budget).toBeLessThanOrEqual(4096);
    const results = await inCourse(
      frame,
      (c, n) => [
        c.session.saveState('x'.repeat(n)).ok,
        c.session.saveState('y'.repeat(4097)).failure?.kind,
        c.session.flush().ok,
      ],
      budget,
    );
    expect(results).toEqual([true, 'state-too-large', true]);
    const log = await calls(page);
    expectConformant(log);
    const written = log.filter((c) => c.args[0] === 'cmi.suspend_data').map((c) => c.args[1]?.length ?? 0);
    expect(written.length).toBeGreaterThan(0);
    expect(Math.max(...written)).toBeLessThanOrEqual(4096);
  });
});
