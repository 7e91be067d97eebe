#!/usr/bin/env node
/**
 * npm run package [-- --area <area>] [--scorm 1.2|2004] [--workshop|--no-workshop] [--out <folder>]
 * Exit codes: 0 written; 2 a bad option (every problem listed, nothing written); 1 a failed build.
 */
import { join } from 'node:path';
import { REPO_ROOT } from '../build/build-course.ts';
import { CourseOptionsError, PACKAGE_USAGE, parsePackageOptions } from '../build/options.ts';
import { packageCourses } from '../build/package-course.ts';

let options: ReturnType<typeof parsePackageOptions>;
try {
  options = parsePackageOptions(process.argv.slice(2), join(REPO_ROOT, 'dist', 'packages'));
} catch (error) {
  if (!(error instanceof CourseOptionsError)) throw error;
  process.stderr.write(`package: ${error.problems.join('\npackage: ')}\n\n${PACKAGE_USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(PACKAGE_USAGE);
  process.exit(0);
}
try {
  const run = await packageCourses(options, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(
    `\nWrote ${run.zips.length} SCORM package(s)${run.workshopDir ? ' and the workshop folder' : ''} in ${options.outDir}\n`,
  );
} catch (error) {
  process.stderr.write(`package: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
