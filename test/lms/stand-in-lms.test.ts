/**
 * The stand-in LMS proven on its own, with a fixture SCO that makes raw API calls (fixtures/raw-sco): API
 * discovery through frames and a pop-up, the call record, resume through localStorage, strict rejections,
 * injected faults, record/replay, the Permissions-Policy run, and the page's accessibility.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildScormZip } from '@levelwise/scorm/package';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  calls,
  courseFrame,
  frameDepth,
  launchChromium,
  leaveCourse,
  notes,
  openLms,
  type RecordedCall,
  stored,
  summarise,
  uncaughtErrors,
} from './harness.ts';
import { FIXTURES_DIR, LMS_DIR, type LmsServer, scormAgainDist, startLmsServer } from './server.ts';

const RAW = '/content/raw-sco/index.html';
type Sco = {
  found: { hops: number; via: string; standard: string } | null;
  initialized: boolean;
  finished: boolean;
  standalone?: boolean;
  entry: string;
  resumeData: string;
  location: string;
  get(e: string): string;
  set(e: string, v: unknown): string;
  commit(): string;
  finish(): string;
  lastError(): string;
};
const sco = <T>(frame: Frame, fn: (s: Sco) => T): Promise<T> =>
  frame.evaluate(`(${fn.toString()})(window.sco)`) as Promise<T>;

let browser: Browser;
let server: LmsServer;
let context: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startLmsServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  const errors = context ? uncaughtErrors(context) : [];
  await context?.close();
  expect(errors, 'uncaught errors in the LMS page').toEqual([]);
});

async function launch(
  query: Record<string, string | number | boolean | undefined>,
  srv = server,
): Promise<{ page: Page; frame: Frame }> {
  const page = await openLms(context, srv.lmsUrl({ launch: RAW, ...query }));
  const frame = await courseFrame(page);
  await frame.waitForFunction(
    'window.sco && (window.sco.initialized || window.sco.standalone || window.sco.found)',
  );
  return { page, frame };
}

async function reload(page: Page): Promise<Frame> {
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.lmsReady === 'true');
  const frame = await courseFrame(page);
  await frame.waitForFunction('window.sco && window.sco.initialized');
  return frame;
}

const v = (standard: '1.2' | '2004') => ({
  location: standard === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location',
  entry: standard === '1.2' ? 'cmi.core.entry' : 'cmi.entry',
  init: standard === '1.2' ? 'LMSInitialize' : 'Initialize',
  finish: standard === '1.2' ? 'LMSFinish' : 'Terminate',
  commit: standard === '1.2' ? 'LMSCommit' : 'Commit',
  readOnlyError: standard === '1.2' ? '403' : '404',
  commitFailure: standard === '1.2' ? '101' : '391',
});

describe.each(['1.2', '2004'] as const)('SCORM %s with the raw SCO', (standard) => {
  const n = v(standard);

  it.each([1, 2, 3])('finds the API %i frame(s) up and initialises once with ""', async (depth) => {
    const { page, frame } = await launch({ standard, depth });
    expect(frameDepth(frame)).toBe(depth);
    expect(await sco(frame, (s) => s.found)).toEqual({ hops: depth, via: 'parent', standard, api: {} });
    const log = await calls(page);
    expect(summarise(log)[0]).toBe(`${n.init}("") → "true" [0]`);
  });

  it('a pop-up finds opener.API and is left by navigating it away', async () => {
    const page = await openLms(context, server.lmsUrl({ standard, popup: true, launch: RAW }));
    expect(await calls(page)).toEqual([]);
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Open the course in a new window' }).click(),
    ]);
    await popup.waitForFunction('window.sco && window.sco.initialized');
    expect(await popup.evaluate('window.sco.found')).toMatchObject({ via: 'opener', hops: 0, standard });
    await sco(popup.mainFrame(), (s) => s.set('cmi.suspend_data', 'from-popup'));
    await leaveCourse(page);
    expect(summarise(await calls(page)).at(-1)).toBe(`${n.finish}("") → "true" [0]`);
    expect((await stored(page))?.cmi.suspend_data).toBe('from-popup');
  });

  it('records every call: method, arguments, return value and last error', async () => {
    const { page, frame } = await launch({ standard });
    await sco(frame, (s) => {
      s.set('cmi.suspend_data', 'abc');
      s.get('cmi.suspend_data');
      s.set(s.found!.standard === '1.2' ? 'cmi.core.entry' : 'cmi.entry', 'resume');
      s.lastError();
      s.commit();
    });
    const log = (await calls(page)).slice(4);
    expect(summarise(log)).toEqual([
      `${standard === '1.2' ? 'LMSSetValue' : 'SetValue'}("cmi.suspend_data", "abc") → "true" [0]`,
      `${standard === '1.2' ? 'LMSGetValue' : 'GetValue'}("cmi.suspend_data") → "abc" [0]`,
      `${standard === '1.2' ? 'LMSSetValue' : 'SetValue'}("${n.entry}", "resume") → "false" [${n.readOnlyError}]`,
      `${standard === '1.2' ? 'LMSGetLastError' : 'GetLastError'}() → "${n.readOnlyError}" [${n.readOnlyError}]`,
      `${n.commit}("") → "true" [0]`,
    ]);
    expect(log.map((c) => c.seq)).toEqual([5, 6, 7, 8, 9]);
    expect(log.every((c) => typeof c.ms === 'number')).toBe(true);
  });

  it('keeps the CMI after the frame is navigated away (pagehide) and resumes on relaunch', async () => {
    const { page, frame } = await launch({ standard });
    expect(await sco(frame, (s) => [s.entry, s.resumeData])).toEqual(['ab-initio', '']);
    await sco(frame, (s) => {
      s.set(s.found!.standard === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location', 'vignette-3');
      s.set('cmi.suspend_data', '{"v":1,"done":[1,2]}');
    });
    await leaveCourse(page);
    const log = summarise(await calls(page));
    expect(log.slice(-2)).toEqual([
      `${standard === '1.2' ? 'LMSSetValue("cmi.core.exit"' : 'SetValue("cmi.exit"'}, "suspend") → "true" [0]`,
      `${n.finish}("") → "true" [0]`,
    ]);
    expect(await notes(page)).toContain('sco: pagehide fired');
    const record = await stored(page);
    expect(record).toMatchObject({ standard, attempt: 1, sessions: 1, savedBy: n.finish });

    const again = await reload(page);
    expect(await sco(again, (s) => [s.entry, s.resumeData, s.location])).toEqual([
      'resume',
      '{"v":1,"done":[1,2]}',
      'vignette-3',
    ]);
    const launches = (await page.evaluate('window.lms.launches')) as number;
    await page.getByRole('button', { name: 'Relaunch (resume)' }).click();
    await page.waitForFunction(`window.lms.launches === ${launches + 1}`);
    const third = await courseFrame(page);
    await third.waitForFunction('window.sco && window.sco.initialized && window.sco.entry === "resume"');
    expect((await stored(page))?.sessions).toBe(2);

    await page.goto(server.lmsUrl({ standard, launch: RAW, reset: true }));
    const fresh = await courseFrame(page);
    await fresh.waitForFunction('window.sco && window.sco.initialized');
    expect(await sco(fresh, (s) => [s.entry, s.resumeData])).toEqual(['ab-initio', '']);
    expect(new URL(page.url()).searchParams.has('reset')).toBe(false);
  });

  it('survives a corrupt or foreign stored record by starting a new attempt', async () => {
    const { page } = await launch({ standard });
    const key = (await page.evaluate('window.lms.settings.key')) as string;
    for (const bad of [
      '{not json',
      JSON.stringify({
        version: 1,
        standard,
        cmi: {
          exit: 'suspend',
          core: { exit: 'suspend', score: { raw: 'lots' } },
          score: { scaled: 'high' },
          suspend_data: 7,
        },
      }),
    ]) {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, bad]);
      const again = await reload(page);
      expect(await sco(again, (s) => s.initialized)).toBe(true);
    }
  });

  it('starts a new attempt when the previous session ended without exit=suspend', async () => {
    const { page, frame } = await launch({ standard, launch: `${RAW}?exit=` });
    await sco(frame, (s) => s.set('cmi.suspend_data', 'old attempt'));
    await leaveCourse(page);
    const again = await reload(page);
    expect(await sco(again, (s) => [s.entry, s.resumeData])).toEqual(['ab-initio', '']);
    await sco(again, (s) => s.commit());
    expect((await stored(page))?.attempt).toBe(2);
  });

  it('replays a recorded session against a fresh API with identical results, and reports a difference', async () => {
    const { page, frame } = await launch({ standard, strict: true });
    await sco(frame, (s) => {
      s.set('cmi.suspend_data', 'x'.repeat(5000));
      s.set('cmi.interactions.0.id', 'q 1');
      s.set('cmi.interactions.0.id', 'q1');
      s.set('cmi.interactions.0.type', 'choice');
      s.lastError();
      s.get('cmi.interactions._count');
      s.commit();
      s.finish();
      s.get('cmi.suspend_data');
    });
    const exported = await page.evaluate('window.lms.exportSession()');
    expect(await page.evaluate('window.lms.replay()')).toEqual([]);
    const tampered = structuredClone(exported) as { calls: RecordedCall[] };
    const commit = tampered.calls.find((c) => c.method === n.commit)!;
    (commit as { result: string }).result = 'false';
    const mismatches = (await page.evaluate(
      (e) => (window as unknown as { lms: { replay: (x: unknown) => unknown } }).lms.replay(e),
      tampered,
    )) as { seq: number }[];
    expect(mismatches).toEqual([expect.objectContaining({ seq: commit.seq, method: n.commit })]);
  });

  describe('injected faults', () => {
    it('Commit returning "false" with a commit-failure error, and nothing stored', async () => {
      const { page, frame } = await launch({ standard, commit: 'false' });
      expect(await sco(frame, (s) => [s.set('cmi.suspend_data', 'x'), s.commit(), s.lastError()])).toEqual([
        'true',
        'false',
        n.commitFailure,
      ]);
      expect(await stored(page)).toBeNull();
      expect((await calls(page)).find((c) => c.method === n.commit)?.fault).toBe('Commit returned "false"');
    });

    it('Commit throwing', async () => {
      const { page, frame } = await launch({ standard, commit: 'throw' });
      await expect(sco(frame, (s) => s.commit())).rejects.toThrow(/Injected fault: Commit threw/);
      expect((await calls(page)).at(-1)).toMatchObject({
        method: n.commit,
        threw: 'Injected fault: Commit threw',
      });
    });

    it('Initialize failing', async () => {
      const { page, frame } = await launch({ standard, initialize: 'fail' });
      expect(await sco(frame, (s) => s.initialized)).toBe(false);
      await expect
        .poll(() => frame.getByRole('status').textContent())
        .toMatch(/refused to start the session \(error 10[12]\)/);
      expect(summarise(await calls(page))[0]).toMatch(
        new RegExp(`^${n.init}\\(""\\) → "false" \\[10[12]\\]$`),
      );
    });

    it('an API that appears late is found by a SCO that keeps looking', async () => {
      const { page, frame } = await launch({ standard, apiDelay: 700, launch: `${RAW}?wait=5000` });
      await frame.waitForFunction('window.sco.initialized');
      expect(await notes(page)).toEqual(
        expect.arrayContaining([
          'course launched at frame depth 1',
          `${standard === '1.2' ? 'API' : 'API_1484_11'} installed`,
        ]),
      );
      const first = (await calls(page))[0]!;
      expect(first.method).toBe(n.init);
      const installedAfterLaunch = await page.evaluate(() => {
        const ns = (window as unknown as { lms: { notes: { ms: number; text: string }[] } }).lms.notes;
        return (
          ns.find((x) => x.text.endsWith('installed'))!.ms -
          ns.find((x) => x.text.startsWith('course launched'))!.ms
        );
      });
      expect(installedAfterLaunch).toBeGreaterThanOrEqual(600);
    });

    it('no API: the SCO says it is not tracked', async () => {
      const { page, frame } = await launch({ standard, noapi: true });
      await expect
        .poll(() => frame.getByRole('status').textContent())
        .toMatch(/Not tracked: no LMS was found/);
      expect(await calls(page)).toEqual([]);
      expect(await page.locator('#status').textContent()).toMatch(/No SCORM API on this page/);
    });
  });
});

describe('strict mode, SCORM 1.2', () => {
  it('rejects suspend_data over 4096 characters (405); lenient mode accepts and flags it', async () => {
    const strict = await launch({ standard: '1.2', strict: true });
    expect(
      await sco(strict.frame, (s) => [
        s.set('cmi.suspend_data', 'x'.repeat(4096)),
        s.set('cmi.suspend_data', 'x'.repeat(4097)),
        s.lastError(),
      ]),
    ).toEqual(['true', 'false', '405']);
    const diagnostic = await strict.frame.evaluate(`window.sco.found.api.LMSGetDiagnostic('')`);
    expect(diagnostic).toBe('cmi.suspend_data is 4097 characters; this LMS stores at most 4096');
    expect(await strict.frame.evaluate(`window.sco.found.api.LMSGetErrorString('405')`)).toBe(
      'Incorrect Data Type',
    );
    expect(await sco(strict.frame, (s) => s.get('cmi.suspend_data').length)).toBe(4096);

    const lenient = await launch({ standard: '1.2' });
    expect(
      await sco(lenient.frame, (s) => [s.set('cmi.suspend_data', 'x'.repeat(4097)), s.lastError()]),
    ).toEqual(['true', '0']);
    const flagged = (await calls(lenient.page)).find((c) => c.args[1]?.length === 4097)!;
    expect(flagged.violation).toContain('4097 characters');
    expect(flagged.rejectedByStrict).toBeUndefined();
    await expect
      .poll(() => lenient.page.locator('#log-table').textContent())
      .toContain('a strict LMS would reject this');
  });

  it('rejects every call after LMSFinish with 301 (scorm-again accepts them)', async () => {
    const strict = await launch({ standard: '1.2', strict: true });
    expect(
      await sco(strict.frame, (s) => [
        s.finish(),
        s.set('cmi.core.lesson_status', 'passed'),
        s.lastError(),
        s.commit(),
        s.get('cmi.core.lesson_status'),
      ]),
    ).toEqual(['true', 'false', '301', 'false', '']);
    const lenient = await launch({ standard: '1.2' });
    expect(await sco(lenient.frame, (s) => [s.finish(), s.set('cmi.core.lesson_status', 'passed')])).toEqual([
      'true',
      'true',
    ]);
  });

  it('rejects malformed interactions: ids with spaces or dots, bad choice responses, response before type, "incorrect"', async () => {
    const { frame } = await launch({ standard: '1.2', strict: true });
    const results = await sco(frame, (s) => {
      const out: [string, string][] = [];
      const set = (e: string, val: string) => out.push([`${e}=${val}`, `${s.set(e, val)}/${s.lastError()}`]);
      set('cmi.interactions.0.type', 'choice');
      set('cmi.interactions.0.id', 'vignette 1');
      set('cmi.interactions.0.id', 'v1.q2');
      set('cmi.interactions.0.id', 'v1-q2');
      set('cmi.interactions.0.student_response', 'a');
      set('cmi.interactions.0.type', 'choice');
      set('cmi.interactions.0.student_response', 'ab');
      set('cmi.interactions.0.student_response', 'a,c');
      set('cmi.interactions.0.result', 'incorrect');
      set('cmi.interactions.0.result', 'wrong');
      set('cmi.interactions.1.id', 'v1-q3');
      set('cmi.interactions.1.type', 'matching');
      set('cmi.interactions.1.correct_responses.0.pattern', '1-a');
      set('cmi.interactions.1.correct_responses.0.pattern', '1.a,2.b');
      return out;
    });
    expect(results).toEqual([
      ['cmi.interactions.0.type=choice', 'false/201'],
      ['cmi.interactions.0.id=vignette 1', 'false/405'],
      ['cmi.interactions.0.id=v1.q2', 'false/405'],
      ['cmi.interactions.0.id=v1-q2', 'true/0'],
      ['cmi.interactions.0.student_response=a', 'false/405'],
      ['cmi.interactions.0.type=choice', 'true/0'],
      ['cmi.interactions.0.student_response=ab', 'false/405'],
      ['cmi.interactions.0.student_response=a,c', 'true/0'],
      ['cmi.interactions.0.result=incorrect', 'false/405'],
      ['cmi.interactions.0.result=wrong', 'true/0'],
      ['cmi.interactions.1.id=v1-q3', 'true/0'],
      ['cmi.interactions.1.type=matching', 'true/0'],
      ['cmi.interactions.1.correct_responses.0.pattern=1-a', 'false/405'],
      ['cmi.interactions.1.correct_responses.0.pattern=1.a,2.b', 'true/0'],
    ]);
  });

  it('rejects values that are not strings', async () => {
    const { frame } = await launch({ standard: '1.2', strict: true });
    expect(
      await sco(frame, (s) => [
        s.set('cmi.core.score.raw', 80),
        s.lastError(),
        s.set('cmi.core.score.raw', '80'),
      ]),
    ).toEqual(['false', '405', 'true']);
  });
});

describe('strict mode, SCORM 2004', () => {
  it('rejects malformed responses scorm-again accepts, and honours a 2nd-edition suspend_data limit', async () => {
    const { frame } = await launch({ standard: '2004', strict: true, suspendLimit: 4000 });
    const results = await sco(frame, (s) => {
      const out: string[] = [];
      const set = (e: string, val: string) => out.push(`${s.set(e, val)}/${s.lastError()}`);
      set('cmi.suspend_data', 'x'.repeat(4001));
      set('cmi.suspend_data', 'x'.repeat(4000));
      set('cmi.interactions.0.id', 'urn:levelwise:v1 q1');
      set('cmi.interactions.0.id', 'urn:levelwise:v1:q1');
      set('cmi.interactions.0.learner_response', 'a');
      set('cmi.interactions.0.type', 'choice');
      set('cmi.interactions.0.learner_response', 'level 3');
      set('cmi.interactions.0.learner_response', 'level-3[,]level-2');
      set('cmi.interactions.0.learner_response', 'a[,]a');
      set('cmi.interactions.0.description', 'd'.repeat(251));
      set('cmi.interactions.1.id', 'urn:levelwise:v1:q2');
      set('cmi.interactions.1.type', 'matching');
      set('cmi.interactions.1.learner_response', '1[.]a[,]2[.]b');
      set('cmi.interactions.1.learner_response', '1.a,2.b');
      return out;
    });
    expect(results).toEqual([
      'false/406',
      'true/0',
      'false/406',
      'true/0',
      'false/408',
      'true/0',
      'false/406',
      'true/0',
      'false/406',
      'false/406',
      'true/0',
      'true/0',
      'true/0',
      'false/406',
    ]);
  });

  it('after Terminate every call fails with the 2004 "after termination" codes', async () => {
    const { frame } = await launch({ standard: '2004', strict: true });
    expect(
      await sco(frame, (s) => [
        s.finish(),
        s.get('cmi.location'),
        s.lastError(),
        s.set('cmi.location', 'x'),
        s.lastError(),
        s.commit(),
        s.lastError(),
      ]),
    ).toEqual(['true', '', '123', 'false', '133', 'false', '143']);
  });
});

describe('Permissions-Policy: unload=()', () => {
  let policyServer: LmsServer;
  beforeAll(async () => {
    policyServer = await startLmsServer({ permissionsPolicy: 'unload=()' });
  });
  afterAll(async () => policyServer?.close());

  it.each(['1.2', '2004'] as const)(
    'SCORM %s: unload never fires, pagehide still terminates and the LMS keeps the data',
    async (standard) => {
      const page = await openLms(context, policyServer.lmsUrl({ standard, launch: RAW, depth: 2 }));
      const frame = await courseFrame(page);
      await frame.waitForFunction('window.sco && window.sco.initialized');
      const response = await page.request.get(`${policyServer.origin}${RAW}`);
      expect(response.headers()['permissions-policy']).toBe('unload=()');
      await sco(frame, (s) => s.set('cmi.suspend_data', 'kept'));
      await leaveCourse(page);
      const seen = await notes(page);
      expect(seen).toContain('sco: pagehide fired');
      expect(seen).not.toContain('sco: unload fired');
      expect(summarise(await calls(page)).at(-1)).toBe(`${v(standard).finish}("") → "true" [0]`);
      expect((await stored(page))?.cmi.suspend_data).toBe('kept');
    },
  );

  it('control: without the header this Chromium does fire unload in the course frame', async () => {
    const { page } = await launch({ standard: '2004', depth: 2 });
    await leaveCourse(page);
    expect(await notes(page)).toContain('sco: unload fired');
  });
});

describe('the LMS page', () => {
  it('shows the CMI data model, the call log and the learner progress, and reads its settings from the query', async () => {
    const { page, frame } = await launch({ standard: '2004', strict: true, depth: 2, mastery: 75 });
    await sco(frame, (s) => [
      s.set('cmi.location', 'vignette-2'),
      s.set('cmi.score.scaled', '0.9'),
      s.set('cmi.suspend_data', 'x'.repeat(5000)),
      s.set('cmi.interactions.0.id', 'has space'),
    ]);
    await page.evaluate('window.lms.render()');
    const cmi = page.getByRole('table', { name: /CMI element/ });
    expect(await cmi.getByRole('row', { name: 'cmi.location vignette-2' }).count()).toBe(1);
    expect(await cmi.getByRole('row', { name: 'cmi.scaled_passing_score 0.75' }).count()).toBe(1);
    const log = page.getByRole('table', { name: /Every call the course made/ });
    expect(await log.getByRole('row').count()).toBe((await calls(page)).length + 1);
    expect(await log.getByRole('row').last().textContent()).toContain(
      'rejected (strict): interaction id "has space" must be an identifier without white space',
    );
    const progress = await page.locator('#progress').textContent();
    expect(progress).toContain('5000 of 64000 characters');
    expect(progress).toContain('SCORM 2004, strict, frame depth 2');
    expect(await page.locator('#events').textContent()).toMatch(
      /API_1484_11 installed.*course launched at frame depth 2/,
    );
    expect(await page.getByLabel('Standard').inputValue()).toBe('2004');
    expect(await page.getByLabel('Strict LMS').isChecked()).toBe(true);
    expect(await page.getByLabel('Frame depth').inputValue()).toBe('2');
  });

  it('has no axe-core violations (WCAG 2.1 A/AA)', async () => {
    const { page, frame } = await launch({ standard: '1.2' });
    await sco(frame, (s) => [s.set('cmi.suspend_data', 'abc'), s.commit()]);
    await page.evaluate('window.lms.render()');
    const axePath = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');
    await page.addScriptTag({ path: axePath });
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], exclude: [['#course-frame']] }).then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))`,
    )) as string[];
    expect(violations).toEqual([]);
  });

  it('the buttons leave the course, download the session, and discard stored progress', async () => {
    const { page, frame } = await launch({ standard: '2004' });
    await sco(frame, (s) => s.set('cmi.suspend_data', 'button test'));
    await page.getByRole('button', { name: 'Leave the course (navigate away)' }).click();
    await page.waitForFunction(() =>
      /ended the session/.test(document.getElementById('status')?.textContent ?? ''),
    );
    expect(await page.locator('#status').textContent()).toBe(
      'The course ended the session (Terminate). Progress is stored.',
    );
    expect((await stored(page))?.cmi.suspend_data).toBe('button test');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download session as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^levelwise-lms-2004-.*\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      standard: string;
      calls: RecordedCall[];
    };
    expect(exported.standard).toBe('2004');
    expect(exported.calls.map((c) => c.method)).toEqual((await calls(page)).map((c) => c.method));

    await page.getByRole('button', { name: 'Discard stored progress' }).click();
    expect(await stored(page)).toBeNull();
    expect(await page.locator('#status').textContent()).toMatch(/Stored progress discarded/);
  });

  it('the form relaunches with the chosen settings', async () => {
    const { page } = await launch({ standard: '2004' });
    await page.getByLabel('Standard').selectOption('1.2');
    await page.getByLabel('Frame depth').fill('3');
    await page.getByRole('button', { name: 'Relaunch with these settings' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.lmsReady === 'true');
    const frame = await courseFrame(page);
    await frame.waitForFunction('window.sco && window.sco.initialized');
    expect(frameDepth(frame)).toBe(3);
    expect(await sco(frame, (s) => s.found!.standard)).toBe('1.2');
  });
});

describe('the LMS server', () => {
  const get = (path: string): Promise<{ status: number; body: string }> =>
    new Promise((done, fail) => {
      const url = new URL(server.origin);
      request({ host: url.hostname, port: url.port, path }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      })
        .on('error', fail)
        .end();
    });

  it('serves scorm-again from its dist folder and nothing outside the mounts', async () => {
    expect(scormAgainDist()).toMatch(/node_modules[/\\]scorm-again[/\\]dist$/);
    const vendor = await get('/vendor/scorm-again.js');
    expect(vendor.status).toBe(200);
    expect(vendor.body).toContain('window.Scorm2004API = Scorm2004API');
    for (const path of [
      '/content/../server.ts',
      '/content/%2e%2e/server.ts',
      '/lms/..%2fserver.ts',
      '/elsewhere',
      '/vendor/%00',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('listens only on loopback', async () => {
    await expect(startLmsServer({ host: '0.0.0.0' })).rejects.toThrow(/only listens on loopback/);
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serve.ts --zip previews a built package with the standard, launch file and pass mark from its manifest', async () => {
    const work = mkdtempSync(join(tmpdir(), 'levelwise-serve-zip-'));
    const zip = join(work, 'raw-sco-12.zip');
    buildScormZip({
      standard: '1.2',
      area: 'dudley',
      title: 'Raw SCO preview',
      passMark: 65,
      launchFile: 'index.html',
      contentDir: join(FIXTURES_DIR, 'raw-sco'),
      outFile: zip,
    });
    const child = spawn(
      process.execPath,
      [join(LMS_DIR, 'serve.ts'), '--zip', zip, '--port', '0', '--strict'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await printedUrl(child);
      const query = new URL(url).searchParams;
      expect([query.get('standard'), query.get('launch'), query.get('mastery'), query.get('strict')]).toEqual(
        ['1.2', '/content/index.html', '65', '1'],
      );
      const page = await openLms(context, url);
      const frame = await courseFrame(page);
      await frame.waitForFunction('window.sco && window.sco.initialized');
      expect(await sco(frame, (s) => [s.found!.standard, s.get('cmi.student_data.mastery_score')])).toEqual([
        '1.2',
        '65',
      ]);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('serve.ts prints the preview URL for a course folder and serves it; bad arguments exit 2', async () => {
    const serveTs = join(LMS_DIR, 'serve.ts');
    const child = spawn(
      process.execPath,
      [
        serveTs,
        '--content',
        FIXTURES_DIR,
        '--launch',
        'raw-sco/index.html',
        '--port',
        '0',
        '--standard',
        '1.2',
        '--strict',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await printedUrl(child);
      expect(new URL(url).searchParams.get('standard')).toBe('1.2');
      expect(new URL(url).searchParams.get('strict')).toBe('1');
      expect(new URL(url).searchParams.get('launch')).toBe('/content/raw-sco/index.html');
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Levelwise local preview LMS');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const bad = spawnSync(process.execPath, [serveTs, '--content', join(LMS_DIR, 'missing')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not a folder');
  });
});

/** The preview URL serve.ts prints. */
function printedUrl(child: ChildProcess): Promise<string> {
  return new Promise<string>((done, fail) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/lms\/index\.html\S*)/.exec(out);
      if (m) done(m[1]!);
    });
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => fail(new Error(`serve.ts exited with ${code}: ${err}`)));
    setTimeout(() => fail(new Error(`no URL printed: ${out} ${err}`)), 20_000);
  });
}
