import { createHash, randomBytes } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { type ConfigIssue, type CourseConfig, checkCourseConfig, ScormPackageError } from './config.ts';
import { buildManifest, checkManifestConfig, compareCodeUnits } from './manifest.ts';
import { schemaFileNames, schemaFolder } from './schemas.ts';
import { formatManifestIssues, validateManifestSemantics } from './semantics.ts';

export interface ScormZipOptions extends CourseConfig {
  /** Folder holding the built course (the launch file and its assets). Every file in it is packaged. */
  readonly contentDir: string;
  /** Path of the zip to write. Written to a temporary file beside it first, then renamed into place. */
  readonly outFile: string;
  /**
   * Timestamp stored for every entry. Default 2020-01-01 00:00:00. Zip entries store local wall-clock fields,
   * so the builder reads this date's UTC fields and writes them as they are: the bytes do not depend on the
   * machine's time zone.
   */
  readonly mtime?: Date;
}

export interface ScormZipResult {
  readonly outFile: string;
  readonly bytes: number;
  /** SHA-256 of the zip, hex. Equal for equal input: the build is reproducible. */
  readonly sha256: string;
  /** Zip entries in archive order: `imsmanifest.xml`, the schemas, then the content in code-unit order. */
  readonly entries: readonly string[];
  readonly manifest: string;
}

const DEFAULT_MTIME = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));
/** Already-compressed formats are stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|br|mp3|mp4|m4a|webm|ogg|ogv|pdf)$/i;

/**
 * Builds a SCORM package zip: checks the configuration and the content folder, writes the manifest, adds the
 * schemas at the root, checks the manifest semantics against the real entry list, and writes the zip
 * atomically. Equal input gives a byte-identical zip. On any problem it throws `ScormPackageError` and leaves
 * no file behind (an existing `outFile` is left untouched).
 */
export function buildScormZip(options: ScormZipOptions): ScormZipResult {
  const issues: ConfigIssue[] = checkCourseConfig(options);
  if (typeof options.contentDir !== 'string' || options.contentDir === '') {
    issues.push({ field: 'contentDir', message: 'must be the path of the folder with the built course' });
  }
  if (typeof options.outFile !== 'string' || !/\.zip$/i.test(options.outFile)) {
    issues.push({
      field: 'outFile',
      message: `must be a path ending in .zip, got ${JSON.stringify(options.outFile)}`,
    });
  }
  if (
    options.mtime !== undefined &&
    (!(options.mtime instanceof Date) || Number.isNaN(options.mtime.getTime()))
  ) {
    issues.push({ field: 'mtime', message: 'must be a valid Date' });
  } else if (
    options.mtime !== undefined &&
    (options.mtime.getUTCFullYear() < 1980 || options.mtime.getUTCFullYear() > 2107)
  ) {
    issues.push({ field: 'mtime', message: 'must be between 1980 and 2107 (the zip date range)' });
  }
  if (issues.length > 0) throw new ScormPackageError(issues);

  const contentDir = resolve(options.contentDir);
  const outFile = resolve(options.outFile);
  const content = listContent(contentDir);
  if (isInside(outFile, contentDir)) {
    throw new ScormPackageError([
      {
        field: 'outFile',
        message: `"${outFile}" is inside contentDir "${contentDir}"; write the zip elsewhere`,
      },
    ]);
  }
  // Name content problems by their place in contentDir rather than by index in a file list.
  const fileIssues = checkManifestConfig({ ...options, files: content }).map((issue): ConfigIssue => {
    if (issue.field === 'launchFile') {
      return {
        field: 'launchFile',
        message: `"${options.launchFile}" does not exist in contentDir "${contentDir}"`,
      };
    }
    const index = /^files\[(\d+)\]$/.exec(issue.field)?.[1];
    return index === undefined
      ? issue
      : { field: `contentDir/${content[Number(index)]}`, message: issue.message };
  });
  if (fileIssues.length > 0) throw new ScormPackageError(fileIssues);

  const manifest = buildManifest({
    standard: options.standard,
    area: options.area,
    title: options.title,
    passMark: options.passMark,
    launchFile: options.launchFile,
    files: content,
    ...(options.identifier === undefined ? {} : { identifier: options.identifier }),
    ...(options.version === undefined ? {} : { version: options.version }),
  });
  const schemaDir = new URL(`./schemas/${schemaFolder(options.standard)}/`, import.meta.url);
  const schemaNames = [...schemaFileNames(options.standard)].sort(compareCodeUnits);
  const entries: { name: string; data: Uint8Array }[] = [
    { name: 'imsmanifest.xml', data: new TextEncoder().encode(manifest) },
    ...schemaNames.map((name) => ({ name, data: readFileSync(new URL(name, schemaDir)) })),
    ...content.map((name) => ({ name, data: readFileSync(join(contentDir, ...name.split('/'))) })),
  ];

  const semantics = validateManifestSemantics(
    manifest,
    entries.map((e) => e.name),
  );
  if (!semantics.valid) {
    throw new ScormPackageError(
      [{ field: 'imsmanifest.xml', message: formatManifestIssues(semantics.issues) }],
      'The generated manifest failed its semantic checks (a bug in the package builder)',
    );
  }

  const zipped = zipEntries(entries, options.mtime ?? DEFAULT_MTIME);
  writeAtomically(outFile, zipped);
  return {
    outFile,
    bytes: zipped.byteLength,
    sha256: createHash('sha256').update(zipped).digest('hex'),
    entries: entries.map((e) => e.name),
    manifest,
  };
}

/** Deterministic zip: entries in the given order, one fixed timestamp, fixed compression per file type. */
export function zipEntries(entries: readonly { name: string; data: Uint8Array }[], mtime: Date): Uint8Array {
  // fflate writes the DOS date from the Date's local fields; build a Date whose local fields equal the UTC
  // fields of `mtime`, so the stored wall-clock time is the same in every time zone.
  const wallClock = new Date(
    mtime.getUTCFullYear(),
    mtime.getUTCMonth(),
    mtime.getUTCDate(),
    mtime.getUTCHours(),
    mtime.getUTCMinutes(),
    mtime.getUTCSeconds(),
  );
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  for (const { name, data } of entries) {
    const file = STORED.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 9 });
    file.mtime = wallClock;
    file.os = 3; // Unix, the same on every build machine
    file.attrs = 0o100644 << 16; // regular file, rw-r--r--
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  if (!finished) throw new Error('zip stream did not finish synchronously');
  const total = chunks.reduce((n, c) => n + c.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Every regular file under `dir`, as forward-slash paths in code-unit order. Refuses links and odd names. */
export function listContent(dir: string): string[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(dir);
  } catch {
    throw new ScormPackageError([{ field: 'contentDir', message: `"${dir}" does not exist` }]);
  }
  if (!stats.isDirectory())
    throw new ScormPackageError([{ field: 'contentDir', message: `"${dir}" is not a folder` }]);
  const files: string[] = [];
  const problems: ConfigIssue[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const childAbs = join(abs, entry.name);
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const link = lstatSync(childAbs);
      if (link.isSymbolicLink()) {
        problems.push({
          field: `contentDir/${childRel}`,
          message: 'is a symbolic link; copy the real file into the content folder',
        });
      } else if (link.isDirectory()) {
        walk(childAbs, childRel);
      } else if (link.isFile()) {
        files.push(childRel);
      } else {
        problems.push({ field: `contentDir/${childRel}`, message: 'is not a regular file' });
      }
    }
  };
  walk(dir, '');
  if (problems.length > 0) throw new ScormPackageError(problems);
  if (files.length === 0)
    throw new ScormPackageError([{ field: 'contentDir', message: `"${dir}" has no files` }]);
  return files.sort(compareCodeUnits);
}

function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

/** Writes to a unique temporary file in the target folder, then renames it over `file` (atomic on POSIX). */
export function writeAtomically(file: string, data: Uint8Array): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
