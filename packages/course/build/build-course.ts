/**
 * Builds the course for one area, and the standalone workshop, with Vite's JavaScript API. Used by
 * `npm run package`, `npm start` and the end-to-end and performance tests (which build once and reuse).
 *
 * A course build does not depend on the SCORM standard: the launch page names the standard the runtime looks
 * for first (`<html data-scorm="…">`), and `stampStandard` writes it into a copy per package.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig } from 'vite';
import type { SelectionSizes } from './course-catalogue.ts';
import { levelwiseCoursePlugin } from './course-plugin.ts';
import type { CourseArea, ScormStandard } from './options.ts';

export const COURSE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(COURSE_ROOT, '../..');

export interface CourseBuildResult {
  area: CourseArea;
  outDir: string;
  practice: string[];
  assessment: string[];
  leftOut: { id: string; reason: string }[];
}

export interface CourseBuildOptions {
  area: CourseArea;
  outDir: string;
  sizes?: SelectionSizes;
  /** Source maps beside the bundle (default false: packages ship without them). */
  sourcemap?: boolean;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** The Vite configuration of one course build (also used by `vite dev` through vite.config.ts). */
export function courseViteConfig(
  options: CourseBuildOptions,
  onSelection?: (s: Omit<CourseBuildResult, 'area' | 'outDir'>) => void,
): InlineConfig {
  return {
    configFile: false,
    root: COURSE_ROOT,
    base: './',
    logLevel: options.logLevel ?? 'warn',
    plugins: [
      react(),
      levelwiseCoursePlugin({
        area: options.area,
        ...(options.sizes ? { sizes: options.sizes } : {}),
        ...(onSelection ? { onSelection } : {}),
      }),
    ],
    // Everything ships in the package: no CDN, no remote fonts; inline nothing the CSP of an LMS might refuse.
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: options.sourcemap ?? false,
      assetsInlineLimit: 0,
      reportCompressedSize: false,
      // Sizes are checked against the budgets by test/perf, not by Vite's generic 500 kB warning.
      chunkSizeWarningLimit: 2048,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { index: join(COURSE_ROOT, 'index.html') } },
    },
  };
}

export async function buildCourse(options: CourseBuildOptions): Promise<CourseBuildResult> {
  let selection: Omit<CourseBuildResult, 'area' | 'outDir'> = { practice: [], assessment: [], leftOut: [] };
  rmSync(options.outDir, { recursive: true, force: true });
  await build(courseViteConfig(options, (s) => (selection = s)));
  stampStandard(options.outDir, '2004');
  return { area: options.area, outDir: options.outDir, ...selection };
}

/** Writes the standard the runtime searches for first into the launch page of a built course folder. */
export function stampStandard(outDir: string, standard: ScormStandard): void {
  const file = join(outDir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const stamped = html.replace(/<html\b([^>]*)>/, (_m, attributes: string) => {
    const others = attributes.replace(/\sdata-scorm="[^"]*"/g, '');
    return `<html${others} data-scorm="${standard}">`;
  });
  if ((stamped.match(/data-scorm=/g) ?? []).length !== 1 || !stamped.includes(`data-scorm="${standard}"`)) {
    throw new Error(`${file}: no <html> element to stamp with the SCORM standard`);
  }
  writeFileSync(file, stamped);
}

/**
 * The standalone workshop: one classic script (IIFE, no ES modules: it must open from file://, where Chromium
 * refuses module scripts), its stylesheet and fonts, all five areas, no LMS, no network.
 */
export async function buildWorkshop(
  outDir: string,
  logLevel: CourseBuildOptions['logLevel'] = 'warn',
): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root: COURSE_ROOT,
    base: './',
    logLevel,
    plugins: [react(), levelwiseCoursePlugin({ area: 'telford-wrekin' })],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      assetsInlineLimit: 0,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      modulePreload: false,
      rolldownOptions: {
        input: { workshop: join(COURSE_ROOT, 'workshop.html') },
        output: { format: 'iife' },
      },
    },
  });
  // Vite writes module script tags; the IIFE bundle runs as a deferred classic script (file:// allows those).
  const file = join(outDir, 'workshop.html');
  const html = readFileSync(file, 'utf8')
    .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
    .replace(/<script type="module" src=/g, '<script defer src=')
    .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href=');
  if (/type="module"/.test(html))
    throw new Error(`${file}: a module script is left; it would not run from file://`);
  writeFileSync(file, html);
  writeFileSync(join(outDir, 'index.html'), html);
}
