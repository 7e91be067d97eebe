import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from './config.ts';
import { buildManifest, hrefFor, NS } from './manifest.ts';
import { schemaFileNames } from './schemas.ts';
import { hrefToPath, validateManifestSemantics } from './semantics.ts';
import { attr, childrenNamed, descendantsNamed, parseXml } from './xml.ts';

/** A file-name segment: printable, including characters that need escaping in XML or in a URI. */
const segment = fc
  .string({ unit: fc.constantFrom(..."abcXYZ019 _-.()&'+,=@%!~é中".split('')), minLength: 1, maxLength: 10 })
  .filter((s) => s !== '.' && s !== '..');
const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
/** Content files: unique ignoring case, none reserved, none both a file and a folder. */
const files = fc
  .uniqueArray(path, { minLength: 0, maxLength: 8, selector: (p) => p.toLowerCase() })
  .filter((list) => {
    const lower = list.map((p) => p.toLowerCase());
    return lower.every((p) => !lower.some((q) => q.startsWith(`${p}/`))) && !lower.includes('index.html');
  })
  .filter((list) =>
    list.every(
      (p) => !['imsmanifest.xml', ...schemaFileNames('2004'), ...schemaFileNames('1.2')].includes(p),
    ),
  );
const title = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .filter(
    (t) =>
      t.trim() !== '' &&
      [...t].every((ch) => ch.codePointAt(0)! >= 0x20 && ch !== '\ufffe' && ch !== '\uffff'),
  );

describe('buildManifest properties', () => {
  it('every generated manifest passes the semantic checks, lists each file once, and keeps the title exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1.2' as const, '2004' as const),
        fc.constantFrom(...AREA_IDS),
        title,
        files,
        fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
        (standard, area, t, content, passMark) => {
          const all = ['index.html', ...content];
          const xml = buildManifest({
            standard,
            area,
            title: t,
            passMark,
            launchFile: 'index.html',
            files: all,
          });
          const result = validateManifestSemantics(xml, [...all, ...schemaFileNames(standard)]);
          expect(result.issues).toEqual([]);
          const root = parseXml(xml);
          const cp = standard === '1.2' ? NS.cp12 : NS.cp2004;
          const hrefs = descendantsNamed(root, 'file', cp).map((f) => hrefToPath(attr(f, 'href')!));
          expect(hrefs.sort()).toEqual([...all].sort());
          const item = descendantsNamed(root, 'item', cp)[0]!;
          expect(childrenNamed(item, 'title', cp)[0]!.text).toBe(t.trim());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hrefFor and hrefToPath are inverse for any package path', () => {
    fc.assert(
      fc.property(path, (p) => {
        const href = hrefFor(p);
        expect(href).not.toMatch(/[\s<>"#?]/);
        expect(hrefToPath(href)).toBe(p);
      }),
      { numRuns: 500 },
    );
  });
});
