/**
 * `npm run package`: one SCORM zip per area and standard, plus the standalone workshop folder.
 *
 *   dist/packages/levelwise-<area>-scorm12.zip
 *   dist/packages/levelwise-<area>-scorm2004.zip
 *   dist/packages/levelwise-workshop/            (workshop.html and index.html, opens from file://)
 *
 * Each area is built once (packages/course/dist/course/<area>/), then copied per standard with the standard
 * stamped on the launch page, and zipped with `@levelwise/scorm/package` (manifest, schemas, semantic checks,
 * reproducible bytes).
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildScormZip, type ScormZipResult } from '@levelwise/scorm/package';
import {
  buildCourse,
  buildWorkshop,
  COURSE_ROOT,
  type CourseBuildResult,
  stampStandard,
} from './build-course.ts';
import { type CourseArea, type PackageOptions, type ScormStandard, standardSlug } from './options.ts';

export const AREA_TITLES: Readonly<Record<CourseArea, string>> = {
  'telford-wrekin': 'Telford & Wrekin',
  sandwell: 'Sandwell',
  'stoke-on-trent': 'Stoke-on-Trent',
  'nottingham-city': 'Nottingham City',
  dudley: 'Dudley',
};

/** Percent, as in the manifest (1.2 masteryscore, 2004 minNormalizedMeasure × 100). Same as PASS_MARK in the app. */
export const PASS_MARK_PERCENT = 80;

export const zipName = (area: CourseArea, standard: ScormStandard): string =>
  `levelwise-${area}-${standardSlug(standard)}.zip`;

export interface PackagedZip extends ScormZipResult {
  area: CourseArea;
  standard: ScormStandard;
  build: CourseBuildResult;
}

export interface PackageRun {
  zips: PackagedZip[];
  workshopDir: string | null;
}

export async function packageCourses(
  options: Pick<PackageOptions, 'areas' | 'standards' | 'workshop' | 'outDir'>,
  log: (line: string) => void = () => {},
): Promise<PackageRun> {
  mkdirSync(options.outDir, { recursive: true });
  const zips: PackagedZip[] = [];
  for (const area of options.areas) {
    const buildDir = join(COURSE_ROOT, 'dist', 'course', area);
    log(`Building ${AREA_TITLES[area]}…`);
    const build = await buildCourse({ area, outDir: buildDir });
    for (const standard of options.standards) {
      const contentDir = join(COURSE_ROOT, 'dist', 'content', `${area}-${standardSlug(standard)}`);
      rmSync(contentDir, { recursive: true, force: true });
      cpSync(buildDir, contentDir, { recursive: true });
      stampStandard(contentDir, standard);
      const zip = buildScormZip({
        standard,
        area,
        title: `Levelwise: levels of need in ${AREA_TITLES[area]}`,
        passMark: PASS_MARK_PERCENT,
        launchFile: 'index.html',
        contentDir,
        outFile: join(options.outDir, zipName(area, standard)),
      });
      zips.push({ ...zip, area, standard, build });
      log(`  ${zip.outFile}  ${(zip.bytes / 1024).toFixed(0)} kB  sha256 ${zip.sha256.slice(0, 12)}…`);
    }
  }
  let workshopDir: string | null = null;
  if (options.workshop) {
    workshopDir = join(options.outDir, 'levelwise-workshop');
    log('Building the standalone workshop…');
    await buildWorkshop(workshopDir);
    log(`  ${workshopDir}/workshop.html (open it from the folder, or serve the folder)`);
  }
  return { zips, workshopDir };
}
