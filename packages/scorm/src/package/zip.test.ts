import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ScormPackageError } from './config.ts';
import { schemaFileNames } from './schemas.ts';
import { validateManifestSemantics } from './semantics.ts';
import { buildScormZip, type ScormZipOptions } from './zip.ts';

const work = mkdtempSync(join(tmpdir(), 'levelwise-scorm-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function makeContent(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(work, name);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
const contentDir = makeContent('course', {
  'index.html':
    '<!doctype html><html lang="en"><title>Levelwise</title><script src="assets/app.js"></script></html>',
  'assets/app.js': 'console.log("levelwise");\n'.repeat(50),
  'assets/logo.png': png,
  'assets/a file with spaces.css': 'body { margin: 0 }',
  'Zeta.txt': 'upper case sorts first',
});

function options(patch: Partial<ScormZipOptions> = {}): ScormZipOptions {
  return {
    standard: '2004',
    area: 'nottingham-city',
    title: 'Levelwise: Nottingham City',
    passMark: 80,
    launchFile: 'index.html',
    contentDir,
    outFile: join(work, 'out', 'course.zip'),
    ...patch,
  };
}

function refusal(patch: Partial<ScormZipOptions>): ScormPackageError {
  try {
    buildScormZip(options(patch));
  } catch (e) {
    if (e instanceof ScormPackageError) return e;
    throw e;
  }
  throw new Error('expected buildScormZip to refuse');
}

describe('buildScormZip', () => {
  it('writes the manifest first, then the schemas, then the content in code-unit order', () => {
    const result = buildScormZip(options());
    expect(result.entries).toEqual([
      'imsmanifest.xml',
      ...[...schemaFileNames('2004')].sort(),
      'Zeta.txt',
      'assets/a file with spaces.css',
      'assets/app.js',
      'assets/logo.png',
      'index.html',
    ]);
    const zip = unzipSync(readFileSync(result.outFile));
    expect(Object.keys(zip)).toEqual(result.entries);
    expect(new TextDecoder().decode(zip['imsmanifest.xml'])).toBe(result.manifest);
    expect(zip['assets/logo.png']).toEqual(png);
    expect(result.manifest).toContain('<file href="assets/a%20file%20with%20spaces.css"/>');
    expect(validateManifestSemantics(result.manifest, Object.keys(zip)).issues).toEqual([]);
  });

  it('ships imscp_v1p1.xsd importing the local xml.xsd, and the other schemas unchanged', () => {
    const zip = unzipSync(readFileSync(buildScormZip(options()).outFile));
    const imscp = new TextDecoder().decode(zip['imscp_v1p1.xsd']);
    expect(imscp).toContain('namespace = "http://www.w3.org/XML/1998/namespace" schemaLocation = "xml.xsd"');
    expect(imscp).not.toContain('schemaLocation = "http://');
    expect(zip['xml.xsd']!.byteLength).toBeGreaterThan(1000);
  });

  it('is byte-identical when rebuilt, and for another content folder with the same files', () => {
    const a = buildScormZip(options({ outFile: join(work, 'a.zip') }));
    const copy = makeContent('course-copy', {});
    execFileSync('cp', ['-r', `${contentDir}/.`, copy]);
    const b = buildScormZip(options({ outFile: join(work, 'b.zip'), contentDir: copy }));
    expect(b.sha256).toBe(a.sha256);
    expect(readFileSync(b.outFile).equals(readFileSync(a.outFile))).toBe(true);
  });

  it('stores the fixed timestamp as 2020-01-01 00:00 whatever the time zone', () => {
    const script = `import { buildScormZip } from ${JSON.stringify(fileURLToPath(new URL('./zip.ts', import.meta.url)))};
      const r = buildScormZip(JSON.parse(process.argv[1])); process.stdout.write(r.sha256);`;
    const run = (tz: string, out: string): string =>
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', script, JSON.stringify(options({ outFile: join(work, out) }))],
        {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        },
      );
    const auckland = run('Pacific/Auckland', 'tz1.zip');
    expect(run('America/Los_Angeles', 'tz2.zip')).toBe(auckland);
    expect(run('UTC', 'tz3.zip')).toBe(auckland);
    // DOS date 2020-01-01 = ((2020-1980) << 9) | (1 << 5) | 1, time 00:00:00 = 0, at offset 10 of the first local header
    const bytes = readFileSync(join(work, 'tz1.zip'));
    expect(bytes.readUInt16LE(10)).toBe(0);
    expect(bytes.readUInt16LE(12)).toBe((40 << 9) | (1 << 5) | 1);
  });

  it('stores already-compressed files and deflates text', () => {
    const bytes = readFileSync(buildScormZip(options()).outFile);
    const methods = new Map<string, number>();
    for (let i = 0; i + 30 < bytes.length; i++) {
      if (bytes.readUInt32LE(i) !== 0x04034b50) continue;
      const nameLength = bytes.readUInt16LE(i + 26);
      methods.set(bytes.subarray(i + 30, i + 30 + nameLength).toString('utf8'), bytes.readUInt16LE(i + 8));
    }
    expect(methods.get('assets/logo.png')).toBe(0);
    expect(methods.get('assets/app.js')).toBe(8);
  });

  it('builds SCORM 1.2 with the 1.2 schemas', () => {
    const result = buildScormZip(options({ standard: '1.2', outFile: join(work, 'c12.zip') }));
    expect(result.entries.slice(0, 4)).toEqual([
      'imsmanifest.xml',
      'adlcp_rootv1p2.xsd',
      'ims_xml.xsd',
      'imscp_rootv1p1p2.xsd',
    ]);
    expect(result.manifest).toContain('adlcp:scormtype="sco"');
    expect(result.manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
  });
});

describe('buildScormZip refuses bad input and leaves nothing behind', () => {
  const outDir = join(work, 'refused');
  const outFile = join(outDir, 'course.zip');

  it.each([
    [{ area: 'walsall' as never }, 'area: unknown area "walsall"'],
    [{ passMark: 120 }, 'passMark: must be from 0 to 100'],
    [{ launchFile: 'start.html' }, `launchFile: "start.html" does not exist in contentDir "${contentDir}"`],
    [{ contentDir: join(work, 'nope') }, 'contentDir: "'],
    [{ outFile: join(work, 'course.tar') }, 'outFile: must be a path ending in .zip'],
    [{ outFile: join(contentDir, 'self.zip') }, 'is inside contentDir'],
    [{ mtime: new Date('nonsense') }, 'mtime: must be a valid Date'],
    [{ mtime: new Date('1970-01-01T00:00:00Z') }, 'between 1980 and 2107'],
  ])('%j', (patch, message) => {
    const e = refusal({ outFile, ...patch });
    expect(e.message).toContain(message);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('refuses content that already has a manifest or schema at the root, or differs only by case', () => {
    const withManifest = makeContent('with-manifest', {
      'index.html': 'x',
      'imsmanifest.xml': '<manifest/>',
    });
    expect(refusal({ contentDir: withManifest, outFile }).message).toContain(
      'contentDir/imsmanifest.xml: "imsmanifest.xml" is written by the package builder',
    );
    const cased = makeContent('cased', { 'index.html': 'x', 'a/Logo.svg': '1', 'a/logo.svg': '2' });
    expect(refusal({ contentDir: cased, outFile }).message).toContain(
      'contentDir/a/logo.svg: "a/logo.svg" differs from another file only by letter case',
    );
  });

  it('refuses symbolic links and empty folders', () => {
    const linked = makeContent('linked', { 'index.html': 'x' });
    symlinkSync('/etc/hostname', join(linked, 'host.txt'));
    expect(refusal({ contentDir: linked, outFile }).message).toContain(
      'contentDir/host.txt: is a symbolic link',
    );
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(refusal({ contentDir: empty, outFile }).message).toContain('has no files');
  });

  it('leaves an existing zip untouched when a rebuild is refused', () => {
    const good = buildScormZip(options({ outFile }));
    const before = readFileSync(outFile);
    refusal({ outFile, passMark: -5 });
    expect(readFileSync(outFile).equals(before)).toBe(true);
    expect(readdirSync(outDir)).toEqual(['course.zip']);
    expect(good.bytes).toBe(before.byteLength);
  });

  it('cleans up its temporary file when the rename fails', () => {
    const target = join(work, 'dir-in-the-way.zip');
    mkdirSync(join(target, 'occupied'), { recursive: true });
    expect(() => buildScormZip(options({ outFile: target }))).toThrow();
    expect(readdirSync(work).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
