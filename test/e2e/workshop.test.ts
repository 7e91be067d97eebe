/**
 * The standalone workshop folder (dist/packages/levelwise-workshop) opened straight from disk (file://), as a
 * trainer does on a projector laptop: it renders the presenter view with its own styles and fonts, asks nothing
 * of the network, logs no errors, and passes axe.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../lms/harness.ts';
import { axeViolations, describeFindings } from './axe.ts';
import { WORKSHOP_DIR } from './global-setup.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('opens from file:// with no network, its styles and fonts, no console errors and no axe violations', async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1920, height: 1080 },
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(WORKSHOP_DIR, 'workshop.html')).href);
  await page.waitForSelector('h1', { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  const heading = await page.locator('h1').first().textContent();
  expect(heading).toMatch(/workshop/i);
  const font = await page.evaluate(
    () => getComputedStyle(document.querySelector('.lw-root') ?? document.body).fontFamily,
  );
  expect(font).toMatch(/Atkinson Hyperlegible/);
  const fontLoaded = await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'));
  expect(fontLoaded).toBe(true);
  expect(describeFindings(await axeViolations(page.mainFrame(), 'workshop: choose a session'))).toBe('');
  expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
