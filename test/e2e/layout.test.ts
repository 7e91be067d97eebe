/**
 * The course at the sizes and settings learners and trainers use: 320 CSS px wide (a phone, or 1280 px at 400 %
 * zoom) and 640 px (200 % zoom on a small laptop) without horizontal scrolling, a 1920 × 1080 projector, and
 * Windows forced-colours mode, each with axe on the welcome screen, a module page and a case.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../lms/harness.ts';
import { type LmsServer, startLmsServer } from '../lms/server.ts';
import { axeViolations, describeFindings } from './axe.ts';
import { CourseDriver, tabIntoCourse } from './course-driver.ts';
import { courseUrl, openCourse } from './course-lms.ts';
import { CONTENT_DIR } from './global-setup.ts';

let browser: Browser;
let server: LmsServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startLmsServer({ contentDir: CONTENT_DIR })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Width of the course's document beyond its viewport (0 when nothing scrolls sideways). */
async function overflow(context: BrowserContext, url: string, label: string, forcedColors = false) {
  const { page, frame, errors } = await openCourse(context, url);
  if (forcedColors) await page.emulateMedia({ forcedColors: 'active' });
  const results: { screen: string; overflow: number; axe: string }[] = [];
  const measure = async (screen: string) => {
    const over = await frame.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    results.push({
      screen: `${label}: ${screen}`,
      overflow: over,
      axe: describeFindings(await axeViolations(frame, `${label}: ${screen}`)),
    });
  };
  await tabIntoCourse(page, frame);
  const driver = new CourseDriver(page, frame, { area: 'stoke-on-trent' });
  await measure('welcome');
  await driver.run((s) => s.course === 'module');
  await measure('module 1');
  await driver.run((s) => s.vignette === 'evidence');
  await measure('case: evidence');
  await driver.run((s) => s.vignette === 'stageFeedback');
  await measure('case: feedback');
  expect(errors).toEqual([]);
  return results;
}

describe('layout and colour modes', () => {
  it.each([
    ['320 px', { width: 320, height: 640 }, false],
    ['200 % zoom (640 px)', { width: 640, height: 400 }, false],
    ['projector 1920 × 1080', { width: 1920, height: 1080 }, false],
    ['forced colours', { width: 1024, height: 768 }, true],
  ] as const)('%s: no sideways scrolling and no axe violations', async (label, viewport, forced) => {
    // The LMS page puts the course frame beside its panel when there is room and gives it the whole width below
    // 60rem; what is measured is the course's own document inside that frame.
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const results = await overflow(
      context,
      courseUrl(server, 'stoke-on-trent', '2004', { reset: 1 }),
      label,
      forced,
    );
    await context.close();
    expect(results.filter((r) => r.overflow > 0).map((r) => `${r.screen}: ${r.overflow}px`)).toEqual([]);
    expect(results.map((r) => r.axe).join('')).toBe('');
  });
});
