/**
 * Random titles and file names (XML and URI special characters, non-ASCII) through the real builder, the real
 * zip, and xmllint with the official schemas: the escaping holds up against libxml2, not only our own reader.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildScormZip, validateManifestSemantics } from '@levelwise/scorm/package';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverFor, requireXmllint, xmllint } from './xmllint.ts';

const work = mkdtempSync(join(tmpdir(), 'levelwise-package-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => requireXmllint());

const segment = fc
  .string({ unit: fc.constantFrom(..."aZ09 _-.()&'+,=@%!~é中ß".split('')), minLength: 1, maxLength: 8 })
  .filter((s) => s !== '.' && s !== '..' && s.trim() === s && !s.endsWith('.'));
const title = fc
  .string({ unit: fc.constantFrom(...'Levl &<>"\'—é中🙂 \t'.split('')), minLength: 1, maxLength: 40 })
  .filter((t) => t.trim() !== '');

describe('random packages validate with xmllint', () => {
  it('titles and file names with XML and URI special characters', () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('1.2' as const, '2004' as const),
        title,
        fc
          .uniqueArray(segment, { minLength: 1, maxLength: 4, selector: (s) => s.toLowerCase() })
          .filter((a) => !a.some((s) => s.toLowerCase() === 'index.html')),
        (standard, t, names) => {
          run += 1;
          const content = join(work, `c${run}`);
          mkdirSync(join(content, 'assets'), { recursive: true });
          writeFileSync(join(content, 'index.html'), '<!doctype html><title>x</title>');
          for (const n of names) writeFileSync(join(content, 'assets', n), n);
          const out = join(work, `z${run}.zip`);
          const built = buildScormZip({
            standard,
            area: 'dudley',
            title: t,
            passMark: 80,
            launchFile: 'index.html',
            contentDir: content,
            outFile: out,
          });
          const entries = unzipSync(readFileSync(out));
          const dir = join(work, `x${run}`);
          for (const [name, data] of Object.entries(entries)) {
            mkdirSync(dirname(join(dir, name)), { recursive: true });
            writeFileSync(join(dir, name), data);
          }
          const lint = xmllint(driverFor(standard), join(dir, 'imsmanifest.xml'));
          expect(lint.stderr).toContain('validates');
          expect(validateManifestSemantics(built.manifest, Object.keys(entries)).issues).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });
});
