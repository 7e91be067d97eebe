#!/usr/bin/env node
/**
 * The local preview LMS for people: serves a built course, or a built SCORM zip, inside the stand-in LMS page.
 *
 *   node test/lms/serve.ts --content packages/course/dist/sandwell-2004 [--port 8787] [--standard 1.2]
 *                          [--strict] [--depth 2] [--popup] [--permissions-policy "unload=()"]
 *   node test/lms/serve.ts --zip out/levelwise-sandwell-2004.zip [--strict] …
 *
 * With --zip the package is unzipped into a temporary folder and its manifest decides the standard, the launch
 * file and the pass mark (options given on the command line still win); manifest problems are printed.
 *
 * Prints the URL to open. Progress is kept in that browser's localStorage (reload to resume; tick "Start a new
 * attempt" to discard it). Listens on 127.0.0.1 only.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { describeManifest, formatManifestIssues, validateManifestSemantics } from '@levelwise/scorm/package';
import { unzipSync } from 'fflate';
import { startLmsServer } from './server.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    zip: { type: 'string' },
    launch: { type: 'string' },
    port: { type: 'string', default: '8787' },
    standard: { type: 'string' },
    mastery: { type: 'string' },
    strict: { type: 'boolean', default: false },
    depth: { type: 'string', default: '1' },
    popup: { type: 'boolean', default: false },
    'permissions-policy': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || (!values.content && !values.zip) || (values.content && values.zip)) {
  process.stdout.write(
    'Usage: node test/lms/serve.ts (--content <built course folder> | --zip <package.zip>) [--launch index.html]\n' +
      '       [--port 8787] [--standard 1.2|2004] [--mastery 80] [--strict] [--depth N] [--popup]\n' +
      '       [--permissions-policy "unload=()"]\n',
  );
  process.exit(values.help ? 0 : 2);
}
const fail = (message: string): never => {
  process.stderr.write(`serve: ${message}\n`);
  process.exit(2);
};

let contentDir: string;
let launch = values.launch;
let standard = values.standard;
let mastery = values.mastery;
let cleanup = (): void => {};
if (values.zip) {
  const zipPath = resolve(values.zip);
  let files: Record<string, Uint8Array> = {};
  try {
    files = unzipSync(readFileSync(zipPath));
  } catch (e) {
    fail(`cannot read the zip "${zipPath}": ${(e as Error).message}`);
  }
  const manifestBytes = files['imsmanifest.xml'];
  if (!manifestBytes) fail(`"${zipPath}" has no imsmanifest.xml at its root`);
  const xml = new TextDecoder().decode(manifestBytes);
  const entries = Object.keys(files).filter((n) => !n.endsWith('/'));
  const semantics = validateManifestSemantics(xml, entries);
  if (semantics.issues.length > 0)
    process.stderr.write(`${formatManifestIssues(semantics.issues, `${zipPath}!imsmanifest.xml`)}\n`);
  let info: ReturnType<typeof describeManifest> | undefined;
  try {
    info = describeManifest(xml);
  } catch (e) {
    fail(`"${zipPath}": ${(e as Error).message}`);
  }
  contentDir = mkdtempSync(join(tmpdir(), 'levelwise-preview-'));
  cleanup = () => rmSync(contentDir, { recursive: true, force: true });
  for (const name of entries) {
    const target = resolve(contentDir, name);
    if (!target.startsWith(contentDir + sep)) fail(`"${zipPath}" has an entry outside its root: ${name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, files[name]!);
  }
  launch ??= info?.launchHref ?? fail('the manifest names no SCO to launch');
  standard ??= info?.standard;
  mastery ??= info?.passMark === undefined ? undefined : String(info.passMark);
  process.stdout.write(
    `Package: ${info?.title ?? '(untitled)'}, SCORM ${info?.standard}, launch ${launch}\n`,
  );
} else {
  contentDir = resolve(values.content!);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    fail(`--content "${contentDir}" is not a folder. Build the course first.`);
  }
}
launch ??= 'index.html';
standard ??= '2004';
if (!existsSync(resolve(contentDir, launch.replace(/[?#].*$/, '')))) {
  fail(`the launch file "${launch}" is not in "${contentDir}".`);
}
if (standard !== '1.2' && standard !== '2004') {
  fail(`--standard must be 1.2 or 2004, got "${standard}".`);
}
const port = Number.parseInt(values.port, 10);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, got "${values.port}".`);

const server = await startLmsServer({
  contentDir,
  port,
  ...(values['permissions-policy'] ? { permissionsPolicy: values['permissions-policy'] } : {}),
});
const url = server.lmsUrl({
  standard,
  strict: values.strict,
  depth: values.depth === '1' ? undefined : values.depth,
  popup: values.popup,
  mastery,
  launch: `/content/${launch}`,
});
process.stdout.write(`Levelwise local preview LMS: ${url}\n(serving ${contentDir}; Ctrl+C to stop)\n`);
const stop = (): void => {
  void server.close().then(() => {
    cleanup();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
