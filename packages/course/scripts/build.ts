#!/usr/bin/env node
/**
 * Builds the course for one area into a folder (no zip): `npm run build -w @levelwise/course -- --area sandwell`.
 * Output: packages/course/dist/course/<area>/ unless --out is given. Exit 2 on a bad option.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCourse, COURSE_ROOT } from '../build/build-course.ts';
import { AREAS, type CourseArea, DEFAULT_AREA } from '../build/options.ts';

let values: { area?: string; framework?: string; out?: string };
try {
  ({ values } = parseArgs({
    options: { area: { type: 'string' }, framework: { type: 'string' }, out: { type: 'string' } },
  }));
} catch (error) {
  process.stderr.write(`build: ${(error as Error).message}\n`);
  process.exit(2);
}
const area = values.area ?? values.framework ?? DEFAULT_AREA;
if (!(AREAS as readonly string[]).includes(area)) {
  process.stderr.write(`build: --area: unknown value "${area}"; expected one of ${AREAS.join(', ')}\n`);
  process.exit(2);
}
const outDir = values.out ?? join(COURSE_ROOT, 'dist', 'course', area);
const result = await buildCourse({ area: area as CourseArea, outDir, logLevel: 'warn' });
process.stdout.write(
  `Built ${area} into ${outDir}\n  practice: ${result.practice.join(', ')}\n  assessment: ${result.assessment.join(', ')}\n`,
);
