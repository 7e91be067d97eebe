/**
 * The built course (the real SCORM zips, unzipped) in the stand-in LMS, driven by keyboard only in Chromium:
 * a whole course for Telford & Wrekin in both standards (passed in 2004; failed in 1.2, every attempt used),
 * leaving mid-case and resuming exactly there, and one case in each of the other four areas. Every screen of the
 * full course is checked with axe; every interaction is checked against its standard's format; the console
 * must stay clean.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, leaveCourse, stored } from '../lms/harness.ts';
import { type LmsServer, startLmsServer } from '../lms/server.ts';
import { type AxeFinding, axeViolations, describeFindings } from './axe.ts';
import { CourseDriver, tabIntoCourse } from './course-driver.ts';
import {
  calls,
  courseUrl,
  interactionFormatProblems,
  type OpenCourse,
  openCourse,
  refusedCalls,
  relaunch,
  writtenInteractions,
} from './course-lms.ts';
import { CONTENT_DIR, readBuilds } from './global-setup.ts';
import { pressButton } from './keyboard.ts';

const builds = readBuilds();
let browser: Browser;
let server: LmsServer;
let context: BrowserContext;
let opened: OpenCourse[] = [];

beforeAll(async () => {
  if (!existsSync(join(CONTENT_DIR, 'telford-wrekin-scorm2004', 'index.html'))) {
    throw new Error(
      `${CONTENT_DIR} has no built course: run through the e2e project (its global setup builds it)`,
    );
  }
  [browser, server] = await Promise.all([launchChromium(), startLmsServer({ contentDir: CONTENT_DIR })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  opened = [];
  context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  const errors = opened.flatMap((o) => o.errors);
  await context?.close();
  expect(errors, 'console errors and uncaught exceptions').toEqual([]);
});

async function open(url: string) {
  const o = await openCourse(context, url);
  opened.push(o);
  return o;
}

type Cmi = Record<string, unknown>;
const at = (cmi: Cmi, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Cmi)[key] : undefined), cmi);

describe('the whole course, keyboard only', () => {
  it('Telford & Wrekin, SCORM 2004: welcome → modules → practice → assessment → passed, axe-clean on every screen', async () => {
    const { page, frame } = await open(courseUrl(server, 'telford-wrekin', '2004', { reset: 1 }));
    const findings: AxeFinding[] = [];
    await tabIntoCourse(page, frame);
    const driver = new CourseDriver(page, frame, {
      area: 'telford-wrekin',
      onScreen: async (screen) => {
        findings.push(...(await axeViolations(frame, screen)));
      },
    });
    const end = await driver.run();
    expect(end.course).toBe('results');
    expect(end.title).toBe('You have passed');
    expect(driver.screens.length).toBeGreaterThan(40);
    expect(describeFindings(findings)).toBe('');

    // The certificate is there to print.
    await expect(frame.getByRole('button', { name: /Print your certificate/ }).count()).resolves.toBe(1);

    const list = await calls(page);
    expect(refusedCalls(list)).toEqual([]);
    const interactions = writtenInteractions(list);
    expect(interactionFormatProblems('2004', interactions)).toEqual([]);
    const built = builds['telford-wrekin'];
    // One interaction per decision: evidence, sides of the triangle, level, response, consent, confidence.
    const ids = interactions.map((i) => i.get('id') ?? '');
    for (const vignetteId of [...built.practice, ...built.assessment]) {
      for (const decision of ['evidence', 'domains', 'level', 'response', 'consent', 'confidence']) {
        expect(ids, `${vignetteId} ${decision}`).toContain(`${vignetteId}-s1-${decision}`);
      }
    }
    expect(
      interactions.filter((i) => i.get('id')?.includes('-level')).every((i) => i.get('result') === 'correct'),
    ).toBe(true);

    await leaveCourse(page);
    const attempt = await stored(page);
    const cmi = attempt!.cmi as Cmi;
    expect(at(cmi, 'completion_status')).toBe('completed');
    expect(at(cmi, 'success_status')).toBe('passed');
    expect(Number(at(cmi, 'score.scaled'))).toBeGreaterThanOrEqual(0.8);
    expect(at(cmi, 'exit')).toBe('normal');
    const suspend = String(at(cmi, 'suspend_data') ?? '');
    expect(suspend).toMatch(/^LW1~/);
    expect(suspend.length).toBeLessThanOrEqual(4096);
  });

  it('Telford & Wrekin, SCORM 1.2: under-calling significant harm fails, and every attempt used ends the course failed', async () => {
    const { page, frame } = await open(courseUrl(server, 'telford-wrekin', '1.2', { reset: 1 }));
    await tabIntoCourse(page, frame);
    const driver = new CourseDriver(page, frame, {
      area: 'telford-wrekin',
      assessment: 'wrong',
      retake: true,
    });
    const end = await driver.run();
    expect(end.course).toBe('results');
    expect(end.title).toBe('Your results');
    await expect(frame.getByText(/used every attempt/).count()).resolves.toBeGreaterThan(0);

    const list = await calls(page);
    expect(refusedCalls(list)).toEqual([]);
    const interactions = writtenInteractions(list);
    expect(interactionFormatProblems('1.2', interactions)).toEqual([]);
    // Retakes have their own ids: the third attempt's level decisions end in -3.
    expect(interactions.some((i) => /-level-3$/.test(i.get('id') ?? ''))).toBe(true);
    expect(interactions.some((i) => i.get('result') === 'wrong')).toBe(true);

    await leaveCourse(page);
    const cmi = (await stored(page))!.cmi as Cmi;
    expect(at(cmi, 'core.lesson_status')).toBe('failed');
    expect(Number(at(cmi, 'core.score.raw'))).toBeLessThan(80);
    expect(String(at(cmi, 'suspend_data') ?? '').length).toBeLessThanOrEqual(4096);
  });
});

describe('leaving mid-case and coming back', () => {
  it.each(['2004', '1.2'] as const)(
    'SCORM %s: resumes on the same step of the same case, with the answers so far',
    async (standard) => {
      const { page, frame } = await open(courseUrl(server, 'sandwell', standard, { reset: 1 }));
      await tabIntoCourse(page, frame);
      const driver = new CourseDriver(page, frame, { area: 'sandwell' });
      // Through the modules and into the first practice case, then stop on its level question with a level chosen.
      const left = await driver.run((s) => s.vignette === 'response');
      expect(left.course).toBe('practice');
      await expect(frame.locator('.lw-vignette-player').getAttribute('data-step')).resolves.toBe('response');
      await page.waitForTimeout(1200); // past the runtime's 1 s commit debounce: what a learner pausing would do
      await leaveCourse(page);

      const again = await relaunch(page);
      const resumed = new CourseDriver(page, again, { area: 'sandwell' });
      resumed.continueCaseOf(driver);
      const state = await resumed.state();
      expect(state.course).toBe('practice');
      expect(state.vignette).toBe('response');
      expect(state.stage).toBe(left.stage);
      // The answers before it are kept: Back shows the level chosen before leaving.
      await tabIntoCourse(page, again);
      await pressButton(page, again, again.getByRole('button', { name: 'Back', exact: true }), 'Back');
      await again.locator('.lw-vignette-player[data-step="level"]').waitFor();
      const level = await again
        .locator('.lw-vignette-player input[type="radio"]:checked')
        .getAttribute('value');
      expect(level).toBe(String(resumed.keyFor(state).band[0]));
      const end = await resumed.run((s) => s.vignette === 'summary');
      expect(end.vignette).toBe('summary');
      const list = await calls(page);
      expect(refusedCalls(list)).toEqual([]);
      const entry = list.find((c) => /GetValue$/.test(c.method) && /entry$/.test(c.args[0] ?? ''));
      expect(entry?.result).toBe('resume');
    },
  );
});

describe('every other area launches and completes a case', () => {
  it.each([
    ['sandwell', '1.2'],
    ['stoke-on-trent', '2004'],
    ['nottingham-city', '1.2'],
    ['dudley', '2004'],
  ] as const)('%s, SCORM %s', async (area, standard) => {
    const { page, frame } = await open(courseUrl(server, area, standard, { reset: 1 }));
    const title = await frame.locator('h1').textContent();
    expect(title).toContain('level of need');
    const findings = await axeViolations(frame, `${area} welcome`);
    expect(describeFindings(findings)).toBe('');
    await tabIntoCourse(page, frame);
    const driver = new CourseDriver(page, frame, { area });
    const end = await driver.run((s) => s.vignette === 'summary');
    expect(end.vignette).toBe('summary');
    const list = await calls(page);
    expect(refusedCalls(list)).toEqual([]);
    const interactions = writtenInteractions(list);
    expect(interactions.length).toBeGreaterThanOrEqual(5);
    expect(interactionFormatProblems(standard, interactions)).toEqual([]);
  });
});

describe('progress that cannot be used, and no LMS at all', () => {
  it('a corrupt suspend_data is reported on screen; the browser copy carries on, and without one the course starts again', async () => {
    const url = courseUrl(server, 'dudley', '2004', { reset: 1 });
    const { page, frame } = await open(url);
    await tabIntoCourse(page, frame);
    const driver = new CourseDriver(page, frame, { area: 'dudley' });
    await driver.run((s) => s.course === 'module' && s.title.startsWith('Module 2'));
    await page.waitForTimeout(1200);
    await leaveCourse(page);
    const key = new URL(url).searchParams.get('key')!;
    // The LMS's copy is damaged (as by an LMS that truncates or rewrites it).
    await page.evaluate((k) => {
      const record = JSON.parse(localStorage.getItem(k)!);
      record.cmi.suspend_data = `${String(record.cmi.suspend_data).slice(0, -6)}#####`;
      localStorage.setItem(k, JSON.stringify(record));
    }, key);
    let again = await relaunch(page);
    await expect(
      again.getByText(/progress your learning system kept could not be used/).count(),
    ).resolves.toBe(1);
    await expect(again.locator('h1').textContent()).resolves.toMatch(/^Module 2/);
    expect(describeFindings(await axeViolations(again, 'corrupt LMS copy, browser copy used'))).toBe('');
    await leaveCourse(page);

    // Both copies damaged: the learner is told and starts from the beginning; nothing crashes.
    await page.evaluate((k) => {
      const record = JSON.parse(localStorage.getItem(k)!);
      record.cmi.suspend_data = 'LW1~zz~00000000~not a record';
      localStorage.setItem(k, JSON.stringify(record));
      for (const name of Object.keys(localStorage))
        if (name.startsWith('levelwise-scorm:')) localStorage.removeItem(name);
    }, key);
    again = await relaunch(page);
    await expect(again.getByText(/starting the course from the beginning/).count()).resolves.toBe(1);
    await expect(again.locator('[data-step].lw-course').getAttribute('data-step')).resolves.toBe('welcome');
  });

  it('without an LMS the course runs standalone and says so, keeping progress in the browser', async () => {
    const { frame } = await open(courseUrl(server, 'nottingham-city', '2004', { reset: 1, noapi: 1 }));
    await frame
      .getByText('Not connected to a learning system', { exact: true })
      .first()
      .waitFor({ timeout: 15_000 });
    await expect(
      frame.getByText(/kept in this browser on this device only/).count(),
    ).resolves.toBeGreaterThan(0);
    expect(describeFindings(await axeViolations(frame, 'standalone welcome'))).toBe('');
  });
});
