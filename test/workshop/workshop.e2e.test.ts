/**
 * A workshop session driven end to end in Chromium, by keyboard, against the production bundle of a small page
 * that renders WorkshopPlayer with every shipped vignette and localStorage (page/, built with Vite). The trainer
 * chooses Telford & Wrekin and two vignettes (Oskar: three stages; Ruby: two), four groups vote on each stage, the
 * page is reloaded mid-vote and resumes, and the session ends in exported CSV and JSON files whose agreement figures
 * are checked against values computed by hand below. Also: no request leaves the page's origin, no console
 * errors, zero axe violations on every screen, no sideways scrolling at 320 px, and the bars in forced colours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../lms/harness.ts';
import { buildWorkshopPage, PAGE_OUT_DIR, type StaticServer, serveFolder } from './build-page.ts';

/*
 * The votes, four groups per stage, as counts per level [L1, L2, L3, L4]:
 *
 *   stage                       votes        agreeing pairs Σ n(n−1) / (4·3)
 *   Oskar 1 (key: level 2)      [0,0,4,0]    12/12 = 1
 *   Oskar 2 (key: level 3)      [0,1,3,0]     6/12 = 0.5
 *   Oskar 3 (key: level 4)      [0,0,1,3]     6/12 = 0.5
 *   Ruby 1  (key: contested)    [1,1,1,1]     0/12 = 0
 *   Ruby 2                      [0,2,2,0]     4/12 = 1/3
 *
 *   P̄  = (1 + 0.5 + 0.5 + 0 + 1/3) / 5 = 7/15 = 0.46667 → "46.7"
 *   pooled over the 20 votes: L1 1, L2 4, L3 11, L4 4
 *   P̄e = (1² + 4² + 11² + 4²) / 20² = 154/400 = 0.385 → "38.5"
 *   κ  = (P̄ − P̄e) / (1 − P̄e) = (7/15 − 77/200) / (123/200) = (49/600) / (369/600) = 49/369 = 0.13279 → "0.133"
 *   Landis and Koch: 0 < κ ≤ 0.2 is "slight".
 *
 *   Inside the derived key (Telford & Wrekin: Oskar 2, 3, 4; Ruby 3–4 then 1–2, both contested):
 *   0 + 3 + 3 + 2 + 2 = 10 of 20 votes → "50.0"
 */
const VOTES: [number, number, number, number][] = [
  [0, 0, 4, 0],
  [0, 1, 3, 0],
  [0, 0, 1, 3],
  [1, 1, 1, 1],
  [0, 2, 2, 0],
];
const HAND = {
  stageAgreement: ['100.0', '50.0', '50.0', '0.0', '33.3'],
  percentAgreement: 7 / 15,
  expectedAgreement: 154 / 400,
  kappa: 49 / 369,
  csv: { agreement: '46.7', chance: '38.5', kappa: '0.133', reading: 'slight', withinKey: '50.0' },
};

/** Each group's level for a count vector, group 1 first. */
function groupLevels(votes: readonly number[]): number[] {
  return votes.flatMap((n, i) => Array.from({ length: n }, () => i + 1));
}

function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function focusedScreen(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.screenHeading ?? null);
}

async function expectScreen(page: Page, step: string) {
  await expect.poll(() => focusedScreen(page), { timeout: 10_000 }).toBe(step);
}

async function noSidewaysScrollAt320(page: Page) {
  await page.setViewportSize({ width: 320, height: 720 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
  return overflow;
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await buildWorkshopPage();
  server = await serveFolder(PAGE_OUT_DIR);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a workshop session, end to end', () => {
  it('runs by keyboard, resumes after a reload, and exports CSV and JSON with the right agreement', async () => {
    const context: BrowserContext = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:'))
        foreign.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });

    await page.goto(`${server.url}/index.html`);
    await page.getByRole('heading', { name: 'Set up the session' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Choose the area and the two vignettes, by keyboard.
    await page.getByLabel('Area (threshold document)').selectOption('telford-wrekin');
    await page.locator('input[id$="-v-oskar-health-visitor"]').focus();
    await page.keyboard.press('Space');
    await page.locator('input[id$="-v-ruby-young-carer"]').focus();
    await page.keyboard.press('Space');
    await page.getByText('2 vignettes chosen: 5 stages to vote on.').waitFor();
    await page.getByRole('button', { name: 'Start the session' }).focus();
    await page.keyboard.press('Enter');

    for (const [round, votes] of VOTES.entries()) {
      await expectScreen(page, 'presenting');
      await page.getByRole('heading', { level: 2, name: `Session stage ${round + 1} of 5` }).waitFor();
      await page.keyboard.press('n');
      await expectScreen(page, 'voting');
      if (round === 0) expect(await axeViolations(page)).toEqual([]);
      const levels = groupLevels(votes);
      for (const [i, level] of levels.entries()) {
        if (round === 2 && i === 2) {
          // Leave mid-vote (two groups in) and come back: the session resumes with their votes.
          await page.waitForFunction(() => {
            const saved = JSON.parse(localStorage.getItem('levelwise-workshop-test-session') ?? '{}');
            const ballot: { level: number | null }[] = saved.groupVotes?.['oskar-health-visitor/2'] ?? [];
            return ballot.filter((g) => g.level !== null).length === 2;
          });
          await page.reload();
          await page
            .locator('[data-part="announcer"]', { hasText: 'Your last workshop session was restored.' })
            .waitFor();
          expect(await page.locator('[data-group][data-state="voted"]').count()).toBe(2);
        }
        await page.keyboard.press(String(level));
        await page.locator(`[data-group="${i + 1}"][data-state="voted"]`).waitFor();
        if (i < levels.length - 1)
          await expect
            .poll(() =>
              page.evaluate(() =>
                document.activeElement?.closest('[data-group]')?.getAttribute('data-group'),
              ),
            )
            .toBe(String(i + 2));
      }
      await page.getByText('4 of 4 groups have voted.').waitFor();
      await page.keyboard.press('r');
      await expectScreen(page, 'revealing');
      const stageAgreement = await page.locator('[data-figure="stage-agreement"]').textContent();
      expect(stageAgreement).toBe(`${Math.round(Number(HAND.stageAgreement[round]))}%`);
      if (round === 2) {
        // Oskar's bruised baby: level 4 in Telford & Wrekin; the one level-3 vote is an under-call of significant harm.
        await page.getByText('The answer key is level 4, Acute.').waitFor();
        expect(await page.locator('[data-part="under-calls"]').textContent()).toContain(
          '1 vote was below level 4',
        );
        expect(await page.locator('[data-part="matrix"] [data-state="highlighted"]').count()).toBeGreaterThan(
          0,
        );
        expect(await axeViolations(page)).toEqual([]);
        expect(await noSidewaysScrollAt320(page)).toBeLessThanOrEqual(0);
      }
      if (round === 1) {
        // Forced colours (Windows high contrast): the bars keep a system-colour fill and the key its pattern.
        await page.emulateMedia({ forcedColors: 'active' });
        const fills = await page.$$eval('.lw-workshop__bar', (bars) =>
          bars.map((bar) => {
            const fill = getComputedStyle(bar.querySelector('.lw-workshop__bar-fill')!);
            return {
              key: bar.getAttribute('data-key'),
              color: fill.backgroundColor,
              image: fill.backgroundImage,
            };
          }),
        );
        for (const fill of fills) {
          expect(fill.color === 'rgba(0, 0, 0, 0)' && fill.image === 'none').toBe(false);
          expect(fill.image.includes('repeating-linear-gradient')).toBe(fill.key === 'in-key');
        }
        expect(await axeViolations(page)).toEqual([]);
        await page.emulateMedia({ forcedColors: 'none' });
      }
      await page.keyboard.press('n');
      await expectScreen(page, 'discussing');
      if (round === 0) {
        await page
          .getByLabel(/Notes from the discussion/)
          .fill('All four groups said Complex; the key says Vulnerable.');
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('[data-screen-heading="discussing"]').focus();
      }
      await page.keyboard.press('n');
    }

    await expectScreen(page, 'summary');
    expect(await page.locator('[data-figure="session-agreement"]').textContent()).toBe('47%');
    expect(await page.locator('[data-figure="session-kappa"]').textContent()).toBe('0.13, slight');
    expect(await axeViolations(page)).toEqual([]);
    expect(await noSidewaysScrollAt320(page)).toBeLessThanOrEqual(0);

    // Export CSV by keyboard and read the downloaded file.
    await page.getByRole('button', { name: 'Export as CSV' }).focus();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csvDownload.suggestedFilename()).toMatch(
      /^levelwise-workshop-telford-wrekin-\d{4}-\d\d-\d\d-\d{4}\.csv$/,
    );
    const csvText = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csvText.slice(1));
    expect(rows.map((r) => r.record)).toEqual(['round', 'round', 'round', 'round', 'round', 'session']);
    const rounds = rows.slice(0, 5);
    expect(
      rounds.map((r) => [r.votes_level_1, r.votes_level_2, r.votes_level_3, r.votes_level_4].map(Number)),
    ).toEqual(VOTES);
    expect(rounds.map((r) => `${r.vignette_id}/${r.stage}`)).toEqual([
      'oskar-health-visitor/1',
      'oskar-health-visitor/2',
      'oskar-health-visitor/3',
      'ruby-young-carer/1',
      'ruby-young-carer/2',
    ]);
    expect(rounds.map((r) => r.agreement_percent)).toEqual(HAND.stageAgreement);
    expect(rounds[0]!.group_votes).toBe('Group 1: 3; Group 2: 3; Group 3: 3; Group 4: 3');
    expect(rounds[0]!.notes).toBe('All four groups said Complex; the key says Vulnerable.');
    expect(rounds[2]!.key_band).toBe('4');
    expect(rounds[2]!.under_calls_of_significant_harm).toBe('1');
    const session = rows[5]!;
    expect(session.agreement_percent).toBe(HAND.csv.agreement);
    expect(session.chance_agreement_percent).toBe(HAND.csv.chance);
    expect(session.fleiss_kappa).toBe(HAND.csv.kappa);
    expect(session.kappa_reading).toBe(HAND.csv.reading);
    expect(session.stages_rated).toBe('5');
    expect(rounds.map((r) => r.key_band)).toEqual(['2', '3', '4', '3-4', '1-2']);
    expect(session.within_key_percent).toBe(HAND.csv.withinKey);
    expect(session.total_votes).toBe('20');
    expect([
      session.votes_level_1,
      session.votes_level_2,
      session.votes_level_3,
      session.votes_level_4,
    ]).toEqual(['1', '4', '11', '4']);

    // JSON carries the same figures at full precision.
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).press('Enter'),
    ]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
    expect(json.agreement.percentAgreement).toBeCloseTo(HAND.percentAgreement, 12);
    expect(json.agreement.expectedAgreement).toBeCloseTo(HAND.expectedAgreement, 12);
    expect(json.agreement.fleissKappa).toBeCloseTo(HAND.kappa, 12);
    expect(json.rounds).toHaveLength(5);

    expect(foreign).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
