/**
 * Builds what the end-to-end and performance tests open, once per run: every area's SCORM zips (both standards),
 * unzipped into e2e/dist/content/<area>-<standard>/ as an LMS would, and the standalone workshop folder. The
 * vignettes each area's course chose are written to e2e/dist/builds.json for the tests.
 *
 * E2E_REUSE=1 keeps an existing build (when iterating on tests, not on the app). When the e2e and perf projects
 * run in one Vitest run, the second global setup reuses the first one's build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AREAS,
  type CourseArea,
  packageCourses,
  type ScormStandard,
  STANDARDS,
  zipName,
} from '@levelwise/course/build';
import { unzipSync } from 'fflate';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const E2E_DIST = join(E2E_DIR, 'dist');
export const PACKAGES_DIR = join(E2E_DIST, 'packages');
export const CONTENT_DIR = join(E2E_DIST, 'content');
export const BUILDS_FILE = join(E2E_DIST, 'builds.json');
export const WORKSHOP_DIR = join(PACKAGES_DIR, 'levelwise-workshop');

export interface BuiltArea {
  area: CourseArea;
  practice: string[];
  assessment: string[];
  zips: Record<ScormStandard, { file: string; bytes: number; content: string }>;
}

export type Builds = Record<CourseArea, BuiltArea>;

export const contentFolder = (area: CourseArea, standard: ScormStandard): string =>
  join(CONTENT_DIR, `${area}-${standard === '1.2' ? 'scorm12' : 'scorm2004'}`);

export function readBuilds(): Builds {
  if (!existsSync(BUILDS_FILE)) {
    throw new Error(
      `${BUILDS_FILE} is missing: run these tests through the e2e or perf project (its global setup builds the course)`,
    );
  }
  return JSON.parse(readFileSync(BUILDS_FILE, 'utf8')) as Builds;
}

function unzipInto(zipFile: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const files = unzipSync(readFileSync(zipFile));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

export default async function setup(): Promise<void> {
  const built = existsSync(BUILDS_FILE) && existsSync(WORKSHOP_DIR);
  if (built && (process.env.E2E_REUSE === '1' || process.env.LEVELWISE_E2E_BUILT === '1')) return;
  const run = await packageCourses({
    areas: [...AREAS],
    standards: [...STANDARDS],
    workshop: true,
    outDir: PACKAGES_DIR,
  });
  const builds = {} as Builds;
  for (const zip of run.zips) {
    const content = contentFolder(zip.area, zip.standard);
    unzipInto(zip.outFile, content);
    builds[zip.area] ??= {
      area: zip.area,
      practice: zip.build.practice,
      assessment: zip.build.assessment,
      zips: {} as BuiltArea['zips'],
    };
    builds[zip.area].zips[zip.standard] = {
      file: join(PACKAGES_DIR, zipName(zip.area, zip.standard)),
      bytes: zip.bytes,
      content,
    };
  }
  writeFileSync(BUILDS_FILE, `${JSON.stringify(builds, null, 2)}\n`);
  process.env.LEVELWISE_E2E_BUILT = '1';
}
