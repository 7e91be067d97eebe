/**
 * Every manifest the package builder writes is validated with xmllint against the official SCORM schemas
 * (../shared/scorm-schemas) and with the semantic checks the schemas miss. Nothing here is skipped: without
 * xmllint or the schemas the suite fails with an install hint.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AREA_IDS,
  buildScormZip,
  type ScormStandard,
  schemaFileNames,
  validateManifestSemantics,
} from '@levelwise/scorm/package';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePackageZip } from './validate-zip.ts';
import { driverFor, requireXmllint, schemaRoot, xmllint } from './xmllint.ts';

const work = mkdtempSync(join(tmpdir(), 'levelwise-package-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'course');
const contentFiles: Record<string, string | Uint8Array> = {
  'index.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Levelwise</title></head><body></body></html>',
  'assets/index-abc123.js': 'export const levelwise = true;\n',
  'assets/index-abc123.css': ':root { color-scheme: light dark }\n',
  'assets/atkinson hyperlegible.woff2': new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0]),
  'data/données.json': '{"ok":true}\n',
};
for (const [path, data] of Object.entries(contentFiles)) {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), data);
}

/** Builds, unzips into its own folder, and returns the folder and the entry names. */
function buildAndExtract(
  standard: ScormStandard,
  area: (typeof AREA_IDS)[number],
  passMark = 80,
): { dir: string; entries: string[] } {
  const outFile = join(work, 'zips', `${area}-${standard}.zip`);
  buildScormZip({
    standard,
    area,
    title: `Levelwise: ${area} & <friends>`,
    passMark,
    launchFile: 'index.html',
    contentDir: content,
    outFile,
  });
  const dir = join(work, 'extracted', `${area}-${standard}`);
  const files = unzipSync(readFileSync(outFile));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return { dir, entries: Object.keys(files) };
}

beforeAll(() => requireXmllint());

describe.each(['1.2', '2004'] as const)(
  'SCORM %s packages validate against the official schemas',
  (standard) => {
    it.each(AREA_IDS)('%s', (area) => {
      const { dir, entries } = buildAndExtract(standard, area, 75.5);
      const manifest = join(dir, 'imsmanifest.xml');
      const result = xmllint(driverFor(standard), manifest);
      expect(result.stderr).toContain('imsmanifest.xml validates');
      expect(result.ok).toBe(true);
      const semantics = validateManifestSemantics(readFileSync(manifest, 'utf8'), entries);
      expect(semantics.issues).toEqual([]);
    });
  },
);

describe('the schemas shipped in the zip', () => {
  it('2004: the shipped set alone validates the manifest offline (imscp_v1p1.xsd imports the local xml.xsd)', () => {
    const { dir } = buildAndExtract('2004', 'telford-wrekin');
    writeFileSync(
      join(dir, 'shipped-driver.xsd'),
      `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:levelwise:test:shipped">
  <xs:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="adlseq_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="adlnav_v1p3.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="imsss_v1p0.xsd"/>
</xs:schema>
`,
    );
    const result = xmllint(join(dir, 'shipped-driver.xsd'), join(dir, 'imsmanifest.xml'), {
      catalog: false,
      cwd: dir,
    });
    expect(result.stderr).not.toMatch(/network|Failed to locate|Skipping the import/i);
    expect(result.stderr).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it.each(['1.2', '2004'] as const)(
    '%s: identical to ../shared/scorm-schemas except the documented xml.xsd import',
    (standard) => {
      const { dir } = buildAndExtract(standard, 'sandwell');
      const folder = standard === '1.2' ? '1.2' : '2004-4th';
      for (const name of schemaFileNames(standard)) {
        const shipped = readFileSync(join(dir, name), 'utf8');
        const official = readFileSync(join(schemaRoot, folder, name), 'utf8');
        if (name === 'imscp_v1p1.xsd') {
          expect(shipped).toBe(
            official.replace(
              'schemaLocation = "http://www.w3.org/2001/xml.xsd"',
              'schemaLocation = "xml.xsd"',
            ),
          );
          expect(shipped).not.toBe(official);
        } else {
          expect(shipped, name).toBe(official);
        }
      }
    },
  );
});

describe('xmllint and the semantic checks complement each other', () => {
  const { dir, entries } = (() => {
    requireXmllint();
    return buildAndExtract('2004', 'dudley');
  })();
  const original = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
  const check = (name: string, xml: string): { schema: boolean; semantic: string[] } => {
    const file = join(dir, `${name}.xml`);
    writeFileSync(file, xml);
    return {
      schema: xmllint(driverFor('2004'), file).ok,
      semantic: validateManifestSemantics(xml, entries)
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.code),
    };
  };

  it.each([
    ['lower-case scormtype', 'adlcp:scormType="sco"', 'adlcp:scormtype="sco"', 'scormtype-spelling'],
    ['dangling identifierref', 'identifierref="RES-', 'identifierref="MISSING-', 'identifierref-dangling'],
    ['dangling organizations default', 'default="ORG-', 'default="NONE-', 'organizations-default'],
    ['wrong schemaversion', '>2004 4th Edition<', '>2004 3rd Edition<', 'schema-version'],
    ['item without title', /(<item [^>]*>\s*)<title>[^<]*<\/title>/, '$1', 'title-missing'],
    ['file missing from the zip', 'href="index.html"/>', 'href="index2.html"/>', 'file-missing'],
  ])('%s passes the schema and fails the semantic check', (_, from, to, code) => {
    const xml = original.replace(from, to);
    expect(xml).not.toBe(original);
    expect(check(code, xml)).toEqual({ schema: true, semantic: [code] });
  });

  it('a schema error fails xmllint (the validation is real)', () => {
    const xml = original.replace('satisfiedByMeasure="true"', 'satisfiedByMeasure="yes please"');
    expect(check('bad-boolean', xml).schema).toBe(false);
    const misplaced = original
      .replace(/(<imsss:sequencing>[\s\S]*?<\/imsss:sequencing>)(\s*)/, '$2')
      .replace('</item>', '</item>\n<title>late</title>');
    expect(check('misplaced', misplaced).schema).toBe(false);
  });
});

describe('the levelwise-scorm-package bin', () => {
  const cli = fileURLToPath(import.meta.resolve('@levelwise/scorm/package').replace(/index\.ts$/, 'cli.ts'));

  it('builds a valid zip and refuses bad configuration with exit code 2 and no file', () => {
    const out = join(work, 'cli', 'sandwell-2004.zip');
    const args = [
      '--standard',
      '2004',
      '--area',
      'sandwell',
      '--title',
      'Levelwise: Sandwell',
      '--content',
      content,
    ];
    const ok = spawnSync(process.execPath, [cli, ...args, '--pass-mark', '80', '--out', out], {
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const entries = Object.keys(unzipSync(readFileSync(out)));
    expect(entries[0]).toBe('imsmanifest.xml');

    const bad = join(work, 'cli', 'bad.zip');
    const refused = spawnSync(process.execPath, [cli, ...args, '--pass-mark', '180', '--out', bad], {
      encoding: 'utf8',
    });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('passMark: must be from 0 to 100');
    expect(() => readFileSync(bad)).toThrow(/ENOENT/);
  });
});

describe('validatePackageZip (also a CLI for built course zips)', () => {
  it('accepts a built zip and reports each kind of broken one', () => {
    const out = join(work, 'v', 'ok.zip');
    buildScormZip({
      standard: '2004',
      area: 'sandwell',
      title: 'Levelwise',
      passMark: 80,
      launchFile: 'index.html',
      contentDir: content,
      outFile: out,
    });
    const good = validatePackageZip(out);
    expect(good.problems).toEqual([]);
    expect(good).toMatchObject({ ok: true, standard: '2004', schemaOk: true });

    const files = unzipSync(readFileSync(out));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    const write = (name: string, entries: Record<string, Uint8Array>): string => {
      const path = join(work, 'v', name);
      writeFileSync(path, zipSync(entries));
      return path;
    };
    const withoutLaunch = { ...files };
    delete withoutLaunch['index.html'];
    expect(validatePackageZip(write('no-launch.zip', withoutLaunch)).problems.join('\n')).toContain(
      '[file-missing]',
    );
    const badSchema = {
      ...files,
      'imsmanifest.xml': new TextEncoder().encode(
        manifest.replace('isvisible="true"', 'isvisible="sometimes"'),
      ),
    };
    const schemaFailure = validatePackageZip(write('bad-schema.zip', badSchema));
    expect(schemaFailure.schemaOk).toBe(false);
    expect(schemaFailure.problems.join('\n')).toMatch(
      /^xmllint: [\s\S]*'isvisible': 'sometimes' is not a valid value/,
    );
    const noManifest = { ...files };
    delete noManifest['imsmanifest.xml'];
    expect(validatePackageZip(write('no-manifest.zip', noManifest)).problems).toEqual([
      'imsmanifest.xml is not at the zip root',
    ]);
    writeFileSync(join(work, 'v', 'not-a-zip.zip'), 'hello');
    expect(validatePackageZip(join(work, 'v', 'not-a-zip.zip')).problems[0]).toMatch(/^not a readable zip/);
  });

  it('runs as a program: exit 0 for valid zips, 1 when one fails', () => {
    const cliPath = fileURLToPath(new URL('./validate-zip.ts', import.meta.url));
    const good = join(work, 'v', 'ok.zip');
    const ok = spawnSync(process.execPath, [cliPath, good], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^ok {4}.*ok\.zip \(SCORM 2004, \d+ entries\)$/m);
    const bad = spawnSync(process.execPath, [cliPath, good, join(work, 'v', 'no-launch.zip')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('FAIL  ');
  });
});
