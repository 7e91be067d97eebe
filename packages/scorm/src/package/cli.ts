#!/usr/bin/env node
/**
 * levelwise-scorm-package: builds one SCORM zip from a built course folder.
 *
 *   levelwise-scorm-package --standard 2004 --area sandwell --title "Levelwise: Sandwell" \
 *     --pass-mark 80 --content dist/sandwell --launch index.html --out out/levelwise-sandwell-2004.zip
 *
 * Exit codes: 0 built; 2 invalid arguments or configuration (nothing written); 1 unexpected failure.
 */
import { parseArgs } from 'node:util';
import { AREA_IDS, ScormPackageError } from './config.ts';
import { buildScormZip } from './zip.ts';

const USAGE = `Usage: levelwise-scorm-package [options]

Required:
  --standard <1.2|2004>     SCORM version
  --area <id>               ${AREA_IDS.join(' | ')}
  --title <text>            course title shown by the LMS
  --pass-mark <0-100>       pass mark in percent (1.2 masteryscore; 2004 minNormalizedMeasure = pass mark / 100)
  --content <dir>           folder with the built course
  --launch <path>           launch file inside --content (default: index.html)
  --out <file.zip>          zip to write (atomically: temp file, then rename)

Optional:
  --identifier <ncname>     manifest identifier (default: levelwise-<area>-scorm12 | levelwise-<area>-scorm2004)
  --course-version <x.y.z>  manifest version attribute
  --mtime <ISO date>        timestamp stored in the zip (default 2020-01-01T00:00:00Z)
  --quiet                   print nothing on success
  -h, --help                show this help
`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        standard: { type: 'string' },
        area: { type: 'string' },
        title: { type: 'string' },
        'pass-mark': { type: 'string' },
        content: { type: 'string' },
        launch: { type: 'string', default: 'index.html' },
        out: { type: 'string' },
        identifier: { type: 'string' },
        'course-version': { type: 'string' },
        mtime: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    io.stderr(`levelwise-scorm-package: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const missing = ['standard', 'area', 'title', 'pass-mark', 'content', 'out'].filter(
    (k) => values[k] === undefined,
  );
  if (missing.length > 0) {
    io.stderr(`levelwise-scorm-package: missing ${missing.map((m) => `--${m}`).join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const passMarkText = String(values['pass-mark']);
  const passMark = /^\s*-?\d+(\.\d+)?\s*$/.test(passMarkText) ? Number(passMarkText) : Number.NaN;
  const mtime = values.mtime === undefined ? undefined : new Date(String(values.mtime));
  try {
    const result = buildScormZip({
      standard: values.standard as '1.2' | '2004',
      area: values.area as never,
      title: String(values.title),
      passMark,
      launchFile: String(values.launch),
      contentDir: String(values.content),
      outFile: String(values.out),
      ...(values.identifier === undefined ? {} : { identifier: String(values.identifier) }),
      ...(values['course-version'] === undefined ? {} : { version: String(values['course-version']) }),
      ...(mtime === undefined ? {} : { mtime }),
    });
    if (!values.quiet) {
      io.stdout(
        `levelwise-scorm-package: wrote ${result.outFile}\n  SCORM ${values.standard}, ${result.entries.length} entries, ${result.bytes} bytes\n  sha256 ${result.sha256}\n`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof ScormPackageError) {
      const hint =
        passMarkText !== '' && Number.isNaN(passMark)
          ? `\n  (--pass-mark "${passMarkText}" is not a number)`
          : '';
      io.stderr(`levelwise-scorm-package: ${e.message}${hint}\nNo zip was written.\n`);
      return 2;
    }
    io.stderr(
      `levelwise-scorm-package: unexpected failure: ${(e as Error).stack ?? String(e)}\nNo zip was written.\n`,
    );
    return 1;
  }
}

const invokedDirectly = import.meta.main ?? process.argv[1]?.endsWith('cli.ts');
if (invokedDirectly) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
}
