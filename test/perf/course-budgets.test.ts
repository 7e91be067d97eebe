/**
 * The course's performance budgets, measured on the built packages (e2e/global-setup.ts builds them): zip sizes,
 * the JavaScript the first screen needs, launch to an interactive first screen and the main-thread work of every
 * learner interaction in the stand-in LMS in Chromium with 4× CPU throttling, suspend_data after completing
 * everything, and requests to other origins. Prints a table; fails only when a figure is over its budget.
 *
 * How each figure is taken:
 * - first-screen JS: every .js response of the course from launch until the welcome's "Start the course" button
 *   exists, gzip -9 of the file as packaged;
 * - launch to interactive: in the course frame, from its navigation start (the LMS launching it) to the moment
 *   the Start button is in the DOM, extended to the end of any long task running then (the page cannot answer a
 *   key press before);
 * - interaction work: Event Timing entries (16 ms threshold) for the keyboard through the whole course; the work
 *   of one interaction is the time its event handlers ran (processingEnd − processingStart), which for React's
 *   discrete events includes the synchronous render and commit. The whole event duration (to the next paint) is
 *   reported beside it: it also counts style, layout and paint, and the stand-in LMS page's own panel, which
 *   re-renders every API call on the same main thread (the LMS and the course share an origin and a process);
 * - suspend_data: as stored by the LMS after the whole course was completed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AREAS, STANDARDS } from '@levelwise/course/build';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourseDriver, tabIntoCourse } from '../e2e/course-driver.ts';
import { courseUrl } from '../e2e/course-lms.ts';
import { CONTENT_DIR, readBuilds } from '../e2e/global-setup.ts';
import { courseFrame, launchChromium, leaveCourse, openLms, stored } from '../lms/harness.ts';
import { type LmsServer, startLmsServer } from '../lms/server.ts';
import { BUDGETS, CPU_THROTTLING_RATE, type Figure, formatTable } from './budgets.ts';

const PERF_OUT = join(import.meta.dirname, 'dist');

/** Runs in every frame; instruments only the course's document. */
const INSTRUMENT = `(() => {
  if (!location.pathname.startsWith('/content/')) return;
  const perf = (window.__lwPerf = { firstScreenAt: null, longTasks: [], events: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        perf.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration,
          processingStart: e.processingStart, processingEnd: e.processingEnd });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const check = () => {
    if (perf.firstScreenAt !== null) return;
    const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the course');
    if (start) { perf.firstScreenAt = performance.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  document.addEventListener('DOMContentLoaded', () => { observer.observe(document.body, { childList: true, subtree: true }); check(); });
})();`;

interface PerfRecord {
  firstScreenAt: number | null;
  longTasks: { start: number; duration: number }[];
  events: {
    name: string;
    id: number;
    start: number;
    duration: number;
    processingStart: number;
    processingEnd: number;
  }[];
}

const builds = readBuilds();
const figures: Figure[] = [];
let browser: Browser;
let server: LmsServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startLmsServer({ contentDir: CONTENT_DIR })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  const table = formatTable(figures);
  mkdirSync(PERF_OUT, { recursive: true });
  writeFileSync(join(PERF_OUT, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  writeFileSync(join(PERF_OUT, 'figures.md'), `${table}\n`);
  console.log(
    `\nLevelwise course budgets (Chromium, ${CPU_THROTTLING_RATE}× CPU throttling where timed)\n${table}\n`,
  );
});

describe('course budgets', () => {
  it('each SCORM zip is at most 1 MB, fonts included', () => {
    for (const area of AREAS) {
      for (const standard of STANDARDS) {
        const zip = builds[area].zips[standard];
        figures.push({
          name: `zip ${area} ${standard}`,
          value: Math.round(zip.bytes / 1024),
          budget: BUDGETS.zipBytes / 1024,
          unit: 'kB',
        });
        expect(zip.bytes, `${zip.file}`).toBeLessThanOrEqual(BUDGETS.zipBytes);
      }
    }
  });

  it('first screen: JavaScript, launch to interactive (4× CPU), no other origins', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    await context.addInitScript(INSTRUMENT);
    const foreign: string[] = [];
    const scripts = new Set<string>();
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin) foreign.push(r.url());
      if (url.pathname.startsWith('/content/') && url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    const runs: number[] = [];
    let firstScreenScripts: string[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await openLms(
        context,
        courseUrl(server, 'telford-wrekin', '2004', { reset: 1, autolaunch: 0 }),
      );
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
      scripts.clear();
      await page.evaluate(() => (window as unknown as { lms: { openCourse: () => void } }).lms.openCourse());
      const frame = await courseFrame(page);
      await frame.waitForFunction(
        () => (window as unknown as { __lwPerf?: PerfRecord }).__lwPerf?.firstScreenAt != null,
        undefined,
        {
          timeout: 30_000,
        },
      );
      await page.waitForTimeout(300);
      const perf = (await frame.evaluate(
        () => (window as unknown as { __lwPerf: PerfRecord }).__lwPerf,
      )) as PerfRecord;
      const at = perf.firstScreenAt!;
      const busyUntil = Math.max(
        at,
        ...perf.longTasks.filter((t) => t.start <= at + 50).map((t) => t.start + t.duration),
      );
      runs.push(busyUntil);
      if (run === 0) firstScreenScripts = [...scripts];
      await cdp.detach();
      await page.close();
    }
    await context.close();
    const js = firstScreenScripts.map((p) => {
      const file = join(CONTENT_DIR, p.replace(/^\/content\//, ''));
      return gzipSync(readFileSync(file), { level: 9 }).length;
    });
    const jsGzip = js.reduce((a, b) => a + b, 0);
    const median = [...runs].sort((a, b) => a - b)[1]!;
    figures.push(
      {
        name: 'first-screen JS (gzip)',
        value: Math.round(jsGzip / 1024),
        budget: BUDGETS.firstScreenJsGzipBytes / 1024,
        unit: 'kB',
        detail: `${firstScreenScripts.length} file(s)`,
      },
      {
        name: 'launch → interactive first screen',
        value: Math.round(median),
        budget: BUDGETS.launchToInteractiveMs,
        unit: 'ms',
        detail: `median of 3: ${runs.map((r) => Math.round(r)).join(', ')}`,
      },
      {
        name: 'requests to other origins (launch)',
        value: foreign.length,
        budget: BUDGETS.foreignRequests,
        unit: '',
        detail: foreign.slice(0, 3).join(' '),
      },
    );
    expect(foreign).toEqual([]);
    expect(jsGzip).toBeLessThanOrEqual(BUDGETS.firstScreenJsGzipBytes);
    expect(median).toBeLessThan(BUDGETS.launchToInteractiveMs);
  });

  it('every interaction through the whole course (4× CPU), and suspend_data after completing everything', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    await context.addInitScript(INSTRUMENT);
    const foreign: string[] = [];
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin) foreign.push(r.url());
    });
    const page = await openLms(context, courseUrl(server, 'telford-wrekin', '1.2', { reset: 1 }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    const frame = await courseFrame(page);
    await frame.waitForSelector('h1', { timeout: 30_000 });
    await tabIntoCourse(page, frame);
    const screens: { label: string; at: number }[] = [];
    const driver = new CourseDriver(page, frame, {
      area: 'telford-wrekin',
      onScreen: async (label) => {
        screens.push({ label, at: await frame.evaluate(() => performance.now()) });
      },
    });
    const end = await driver.run();
    expect(end.title).toBe('You have passed');
    await page.waitForTimeout(500);
    const perf = (await frame.evaluate(
      () => (window as unknown as { __lwPerf: PerfRecord }).__lwPerf,
    )) as PerfRecord;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await leaveCourse(page);
    const cmi = (await stored(page))!.cmi as { suspend_data?: string };
    await context.close();

    // One figure per interaction (keydown, keyup, click… share an interactionId): the longest event's work.
    const byInteraction = new Map<number, { work: number; duration: number; name: string; start: number }>();
    for (const e of perf.events) {
      if (!e.id) continue;
      const prev = byInteraction.get(e.id) ?? { work: 0, duration: 0, name: e.name, start: e.start };
      // Handlers of the interaction's events (keydown, keyup, click…) add up; the paint they wait for is shared.
      byInteraction.set(e.id, {
        work: prev.work + (e.processingEnd - e.processingStart),
        duration: Math.max(prev.duration, e.duration),
        name: prev.work >= e.processingEnd - e.processingStart ? prev.name : e.name,
        start: prev.start,
      });
    }
    const screenAt = (t: number) => screens.findLast((s) => s.at <= t)?.label ?? 'launch';
    const slowest = [...byInteraction.values()]
      .sort((a, b) => b.work - a.work)
      .slice(0, 5)
      .map((w) => `${Math.round(w.work)} ms ${w.name} on "${screenAt(w.start)}"`);
    console.log(`Slowest interactions (handlers):\n  ${slowest.join('\n  ')}`);
    mkdirSync(PERF_OUT, { recursive: true });
    writeFileSync(join(PERF_OUT, 'slowest-interactions.txt'), `${slowest.join('\n')}\n`);
    const all = [...byInteraction.values()];
    const works = all.map((w) => w.work).sort((a, b) => a - b);
    const durations = all.map((w) => w.duration).sort((a, b) => a - b);
    const worst = works.at(-1) ?? 0;
    const p95 = works[Math.floor(works.length * 0.95)] ?? 0;
    const worstDuration = durations.at(-1) ?? 0;
    const p95Duration = durations[Math.floor(durations.length * 0.95)] ?? 0;
    const suspend = cmi.suspend_data ?? '';
    figures.push(
      {
        name: 'interaction work (handlers), worst',
        value: Math.round(worst),
        budget: BUDGETS.interactionMs,
        unit: 'ms',
        detail: `${works.length} interactions ≥16 ms over ${driver.screens.length} screens; p95 ${Math.round(p95)} ms; to next paint: worst ${Math.round(worstDuration)} ms, p95 ${Math.round(p95Duration)} ms`,
      },
      {
        name: 'suspend_data after everything (1.2)',
        value: suspend.length,
        budget: BUDGETS.suspendDataChars,
        unit: 'chars',
      },
      {
        name: 'requests to other origins (course)',
        value: foreign.length,
        budget: BUDGETS.foreignRequests,
        unit: '',
        detail: foreign.slice(0, 3).join(' '),
      },
    );
    expect(foreign).toEqual([]);
    expect(suspend.length).toBeGreaterThan(0);
    expect(suspend.length).toBeLessThanOrEqual(BUDGETS.suspendDataChars);
    expect(worst).toBeLessThan(BUDGETS.interactionMs);
  });
});
