import { describe, expect, it } from 'vitest';
import { buildManifest, type ManifestConfig } from './manifest.ts';
import { schemaFileNames } from './schemas.ts';
import {
  formatManifestIssues,
  hrefToPath,
  type ManifestIssueCode,
  validateManifestSemantics,
} from './semantics.ts';

const config: ManifestConfig = {
  standard: '2004',
  area: 'dudley',
  title: 'Levelwise: Dudley',
  passMark: 75,
  launchFile: 'index.html',
  files: ['index.html', 'assets/app.js'],
};
const m2004 = buildManifest(config);
const m12 = buildManifest({ ...config, standard: '1.2' });
const files2004 = ['imsmanifest.xml', ...config.files, ...schemaFileNames('2004')];
const files12 = ['imsmanifest.xml', ...config.files, ...schemaFileNames('1.2')];

function codes(xml: string, files: readonly string[]): ManifestIssueCode[] {
  return validateManifestSemantics(xml, files).issues.map((i) => i.code);
}

function mutate(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation ${String(from)} did not apply`);
  return out;
}

describe('validateManifestSemantics accepts what the builder writes', () => {
  it('2004 and 1.2', () => {
    expect(validateManifestSemantics(m2004, files2004)).toEqual({
      valid: true,
      standard: '2004',
      issues: [],
    });
    expect(validateManifestSemantics(m12, files12)).toEqual({ valid: true, standard: '1.2', issues: [] });
  });
});

describe('validateManifestSemantics catches what the XSDs miss (SOURCES.md)', () => {
  it('a dangling identifierref, with its line', () => {
    const xml = mutate(m2004, 'identifierref="RES-', 'identifierref="NOPE-');
    const result = validateManifestSemantics(xml, files2004);
    expect(result.valid).toBe(false);
    const issue = result.issues.find((i) => i.code === 'identifierref-dangling')!;
    expect(issue.message).toContain(
      'identifierref="NOPE-levelwise-dudley-scorm2004" matches no <resource identifier>',
    );
    expect(xml.split('\n')[issue.line! - 1]).toContain('identifierref="NOPE-');
  });

  it('a dangling organizations@default', () => {
    const xml = mutate(m12, 'default="ORG-', 'default="X-');
    expect(codes(xml, files12)).toContain('organizations-default');
  });

  it('a missing organizations@default', () => {
    expect(codes(mutate(m12, / default="[^"]+"/, ''), files12)).toContain('organizations-default');
  });

  it('a wrong schemaversion in each standard', () => {
    expect(codes(mutate(m2004, '>2004 4th Edition<', '>2004 3rd Edition<'), files2004)).toEqual([
      'schema-version',
    ]);
    expect(codes(mutate(m2004, '>2004 4th Edition<', '>CAM 1.3<'), files2004)).toEqual(['schema-version']);
    expect(codes(mutate(m12, '<schemaversion>1.2<', '<schemaversion>1.3<'), files12)).toEqual([
      'schema-version',
    ]);
    expect(codes(mutate(m12, /<schema>ADL SCORM<\/schema>/, '<schema>SCORM</schema>'), files12)).toEqual([
      'schema-name',
    ]);
  });

  it('an item without a title, and an empty organization title', () => {
    const noItemTitle = mutate(m2004, /(<item [^>]+>\s*)<title>[^<]*<\/title>/, '$1');
    expect(codes(noItemTitle, files2004)).toEqual(['title-missing']);
    const emptyOrgTitle = mutate(m12, /<title>[^<]*<\/title>/, '<title>  </title>');
    expect(codes(emptyOrgTitle, files12)).toEqual(['title-missing']);
  });

  it('file hrefs missing from the package, naming the file', () => {
    const result = validateManifestSemantics(
      m2004,
      files2004.filter((f) => f !== 'assets/app.js'),
    );
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.message).toContain('"assets/app.js", which is not in the package');
    const noLaunch = validateManifestSemantics(
      m2004,
      files2004.filter((f) => f !== 'index.html'),
    );
    expect(noLaunch.issues.map((i) => i.code)).toEqual(['file-missing', 'file-missing']);
  });

  it('lower-case adlcp:scormtype in 2004 (passes the XSD, never tracked by LMSs)', () => {
    const xml = mutate(m2004, 'adlcp:scormType="sco"', 'adlcp:scormtype="sco"');
    const result = validateManifestSemantics(xml, files2004);
    expect(result.issues.map((i) => i.code)).toEqual(['scormtype-spelling', 'no-sco']);
    expect(result.issues[0]!.message).toMatch(/capital T/);
  });

  it('capital-T adlcp:scormType in 1.2', () => {
    const xml = mutate(m12, 'adlcp:scormtype="sco"', 'adlcp:scormType="sco"');
    expect(codes(xml, files12)).toContain('scormtype-spelling');
  });

  it('a scorm type that is neither sco nor asset', () => {
    expect(codes(mutate(m2004, 'scormType="sco"', 'scormType="SCO"'), files2004)).toContain(
      'scormtype-value',
    );
  });

  it('duplicate identifiers', () => {
    const xml = mutate(
      m2004,
      'identifier="ITEM-levelwise-dudley-scorm2004"',
      'identifier="RES-levelwise-dudley-scorm2004"',
    );
    const result = validateManifestSemantics(xml, files2004);
    expect(result.issues.map((i) => i.code)).toContain('identifier-duplicate');
  });

  it('an identifierref that names an organization rather than a resource', () => {
    const xml = mutate(
      m2004,
      'identifierref="RES-levelwise-dudley-scorm2004"',
      'identifierref="ORG-levelwise-dudley-scorm2004"',
    );
    expect(codes(xml, files2004)).toContain('identifierref-not-resource');
  });

  it('pass marks out of range and a measure the LMS would ignore', () => {
    expect(codes(mutate(m12, />75</, '>175<'), files12)).toEqual(['mastery-score']);
    expect(codes(mutate(m12, />75</, '>high<'), files12)).toEqual(['mastery-score']);
    expect(codes(mutate(m2004, '>0.75<', '>75<'), files2004)).toEqual(['min-normalized-measure']);
    expect(codes(mutate(m2004, ' satisfiedByMeasure="true"', ''), files2004)).toEqual([
      'measure-without-satisfied-by-measure',
    ]);
  });

  it('schemas named in xsi:schemaLocation but not shipped: an error in 2004, a warning in 1.2', () => {
    const r2004 = validateManifestSemantics(
      m2004,
      files2004.filter((f) => f !== 'adlseq_v1p3.xsd'),
    );
    expect(r2004.valid).toBe(false);
    expect(r2004.issues[0]!.message).toContain('"adlseq_v1p3.xsd"');
    const r12 = validateManifestSemantics(m12, config.files);
    expect(r12.valid).toBe(true);
    expect(r12.issues.every((i) => i.severity === 'warning' && i.code === 'schema-file-missing')).toBe(true);
  });

  it('a leaf item with no resource, a dangling dependency, hrefs leaving the package', () => {
    expect(codes(mutate(m12, / identifierref="[^"]+"/, ''), files12)).toEqual([
      'leaf-item-without-resource',
      'no-sco',
    ]);
    const dep = mutate(
      m2004,
      '<file href="index.html"/>',
      '<file href="index.html"/><dependency identifierref="GONE"/>',
    );
    expect(codes(dep, files2004)).toEqual(['dependency-dangling']);
    const outside = mutate(m2004, '<file href="assets/app.js"/>', '<file href="../secret.js"/>');
    expect(codes(outside, files2004)).toEqual(['href-invalid']);
    const remote = mutate(m2004, '<file href="assets/app.js"/>', '<file href="https://cdn.example/app.js"/>');
    expect(codes(remote, files2004)).toEqual(['href-invalid']);
  });

  it('resolves xml:base and percent-encoding like an LMS does', () => {
    const xml = mutate(m2004, '<resources>', '<resources xml:base="content/">');
    expect(codes(xml, files2004)).toEqual(['file-missing', 'file-missing', 'file-missing']);
    const moved = files2004.map((f) => (config.files.includes(f) ? `content/${f}` : f));
    expect(codes(xml, moved)).toEqual([]);
    expect(hrefToPath('a%20b/c.js?x=1#y')).toBe('a b/c.js');
    expect(hrefToPath('./a/../b.js')).toBe('b.js');
    expect(hrefToPath('%E0%A4%A')).toBeUndefined();
  });

  it('not XML, or not a manifest', () => {
    const broken = validateManifestSemantics('<manifest>\n<x></manifest>', []);
    expect(broken.issues[0]).toMatchObject({ code: 'xml-syntax', line: 2 });
    expect(codes('<manifest/>', [])).toEqual(['root-element']);
  });

  it('formats issues with file and line', () => {
    const xml = mutate(m2004, '>2004 4th Edition<', '>2004<');
    const text = formatManifestIssues(validateManifestSemantics(xml, files2004).issues);
    expect(text).toMatch(
      /^imsmanifest\.xml:13: error \[schema-version\] <schemaversion> must be exactly "2004 4th Edition"/,
    );
  });
});
