#!/usr/bin/env node
/**
 * Validates built SCORM zips the way test/package does: unzip to a temporary folder, xmllint the manifest against
 * the official schemas (../shared/scorm-schemas, offline), and run the semantic checks against the zip's entries.
 *
 *   node test/package/validate-zip.ts out/levelwise-sandwell-2004.zip [more.zip…]
 *
 * Prints one verdict per zip and exits 1 if any fails, 2 if xmllint or the schemas are missing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  formatManifestIssues,
  type ManifestSemantics,
  validateManifestSemantics,
} from '@levelwise/scorm/package';
import { unzipSync } from 'fflate';
import { driverFor, requireXmllint, xmllint } from './xmllint.ts';

export interface PackageValidation {
  readonly zip: string;
  readonly standard: '1.2' | '2004' | undefined;
  readonly entries: readonly string[];
  /** xmllint against the official driver schema for the detected standard. */
  readonly schemaOk: boolean;
  readonly schemaOutput: string;
  readonly semantics: ManifestSemantics | undefined;
  readonly ok: boolean;
  /** Human-readable problems, empty when ok. */
  readonly problems: readonly string[];
}

export function validatePackageZip(zipPath: string): PackageValidation {
  const zip = resolve(zipPath);
  const problems: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(readFileSync(zip));
  } catch (e) {
    return {
      zip,
      standard: undefined,
      entries: [],
      schemaOk: false,
      schemaOutput: '',
      semantics: undefined,
      ok: false,
      problems: [`not a readable zip: ${(e as Error).message}`],
    };
  }
  const entries = Object.keys(files).filter((name) => !name.endsWith('/'));
  const manifestBytes = files['imsmanifest.xml'];
  if (!manifestBytes) {
    return {
      zip,
      standard: undefined,
      entries,
      schemaOk: false,
      schemaOutput: '',
      semantics: undefined,
      ok: false,
      problems: ['imsmanifest.xml is not at the zip root'],
    };
  }
  const manifest = new TextDecoder().decode(manifestBytes);
  const semantics = validateManifestSemantics(manifest, entries);
  if (!semantics.valid)
    problems.push(formatManifestIssues(semantics.issues.filter((i) => i.severity === 'error')));
  let schemaOk = false;
  let schemaOutput = '';
  if (semantics.standard) {
    const dir = mkdtempSync(join(tmpdir(), 'levelwise-validate-'));
    try {
      for (const name of entries) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), files[name]!);
      }
      const result = xmllint(driverFor(semantics.standard), join(dir, 'imsmanifest.xml'));
      schemaOk = result.ok;
      schemaOutput = result.stderr.replaceAll(dir, '<zip>');
      if (!result.ok) problems.push(`xmllint: ${schemaOutput.trim()}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    problems.push('not a SCORM 1.2 or 2004 manifest, so no schema to validate against');
  }
  return {
    zip,
    standard: semantics.standard,
    entries,
    schemaOk,
    schemaOutput,
    semantics,
    ok: problems.length === 0,
    problems,
  };
}

if (import.meta.main) {
  const zips = process.argv.slice(2);
  if (zips.length === 0) {
    process.stderr.write('Usage: node test/package/validate-zip.ts <package.zip> [more.zip…]\n');
    process.exit(2);
  }
  try {
    requireXmllint();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  let failed = 0;
  for (const z of zips) {
    const v = validatePackageZip(z);
    if (v.ok) process.stdout.write(`ok    ${v.zip} (SCORM ${v.standard}, ${v.entries.length} entries)\n`);
    else {
      failed += 1;
      process.stdout.write(
        `FAIL  ${v.zip}\n${v.problems.map((p) => `      ${p.replaceAll('\n', '\n      ')}`).join('\n')}\n`,
      );
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
