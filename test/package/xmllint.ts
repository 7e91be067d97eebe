import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The official schemas: `../shared/scorm-schemas` beside the checkout (CI puts shared/ there). */
export const schemaRoot = resolve(repoRoot, '../shared/scorm-schemas');

export interface XmllintResult {
  readonly ok: boolean;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fails with an install hint when xmllint or the shared schemas are missing: these tests never skip. */
export function requireXmllint(): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `xmllint is not installed (${probe.error.message}). Install libxml2-utils: apt-get install -y --no-install-recommends libxml2-utils`,
    );
  }
  if (!existsSync(join(schemaRoot, 'drivers', 'scorm2004-4th.xsd'))) {
    throw new Error(
      `The SCORM schemas are missing: expected ${schemaRoot} (../shared/scorm-schemas beside the checkout).`,
    );
  }
}

/** Runs xmllint --noout --nonet --schema <schema> <file>, with the shared catalog unless `catalog` is false. */
export function xmllint(
  schema: string,
  file: string,
  options: { catalog?: boolean; cwd?: string } = {},
): XmllintResult {
  const env = { ...process.env };
  if (options.catalog === false) delete env.XML_CATALOG_FILES;
  else env.XML_CATALOG_FILES = join(schemaRoot, 'catalog.xml');
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
    encoding: 'utf8',
    env,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  if (r.error) throw r.error;
  return { ok: r.status === 0, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function driverFor(standard: '1.2' | '2004'): string {
  return join(schemaRoot, 'drivers', standard === '1.2' ? 'scorm12.xsd' : 'scorm2004-4th.xsd');
}
