import { describe, expect, it } from 'vitest';
import { AREA_IDS, ScormPackageError } from './config.ts';
import { buildManifest, hrefFor, type ManifestConfig, NS, scaledPassMark } from './manifest.ts';
import { describeManifest } from './manifest-info.ts';
import { schemaFileNames } from './schemas.ts';
import { validateManifestSemantics } from './semantics.ts';
import { attr, childrenNamed, descendantsNamed, parseXml } from './xml.ts';

const base: ManifestConfig = {
  standard: '2004',
  area: 'sandwell',
  title: 'Levelwise: Sandwell',
  passMark: 80,
  launchFile: 'index.html',
  files: ['index.html', 'assets/app.js', 'assets/font file.woff2'],
};

function issuesOf(config: unknown): { field: string; message: string }[] {
  try {
    buildManifest(config as ManifestConfig);
  } catch (e) {
    if (e instanceof ScormPackageError) return [...e.issues];
    throw e;
  }
  throw new Error('expected buildManifest to refuse the configuration');
}

describe('buildManifest, SCORM 2004 4th Edition', () => {
  const xml = buildManifest(base);
  const root = parseXml(xml);

  it('declares the 4th Edition and a SCO with adlcp:scormType (capital T)', () => {
    expect(root.namespace).toBe(NS.cp2004);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    const resource = descendantsNamed(root, 'resource', NS.cp2004)[0]!;
    expect(attr(resource, 'scormType', NS.adlcp2004)).toBe('sco');
    expect(attr(resource, 'scormtype', NS.adlcp2004)).toBeUndefined();
    expect(attr(resource, 'href')).toBe('index.html');
  });

  it('puts the pass mark in a primary objective satisfied by measure', () => {
    const objective = descendantsNamed(root, 'primaryObjective', NS.imsss)[0]!;
    expect(attr(objective, 'satisfiedByMeasure')).toBe('true');
    expect(childrenNamed(objective, 'minNormalizedMeasure', NS.imsss)[0]!.text).toBe('0.8');
  });

  it('lists every content file once, sorted, percent-encoded', () => {
    const hrefs = descendantsNamed(root, 'file', NS.cp2004).map((f) => attr(f, 'href'));
    expect(hrefs).toEqual(['assets/app.js', 'assets/font%20file.woff2', 'index.html']);
  });

  it('names in xsi:schemaLocation exactly the schemas the zip ships', () => {
    const locations = attr(root, 'schemaLocation', NS.xsi)!
      .trim()
      .split(/\s+/)
      .filter((_, i) => i % 2 === 1);
    for (const l of locations) expect(schemaFileNames('2004')).toContain(l);
  });

  it('passes its own semantic checks once the schemas are in the file list', () => {
    const result = validateManifestSemantics(xml, [
      ...base.files,
      ...schemaFileNames('2004'),
      'imsmanifest.xml',
    ]);
    expect(result.issues).toEqual([]);
    expect(result.standard).toBe('2004');
  });
});

describe('buildManifest, SCORM 1.2', () => {
  const xml = buildManifest({ ...base, standard: '1.2', passMark: 72.5 });
  const root = parseXml(xml);

  it('uses the 1.2 namespaces, adlcp:scormtype and adlcp:masteryscore', () => {
    expect(root.namespace).toBe(NS.cp12);
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    const resource = descendantsNamed(root, 'resource', NS.cp12)[0]!;
    expect(attr(resource, 'scormtype', NS.adlcp12)).toBe('sco');
    expect(descendantsNamed(root, 'masteryscore', NS.adlcp12)[0]!.text).toBe('72.5');
    expect(xml).not.toContain('imsss');
  });

  it('passes its own semantic checks', () => {
    const result = validateManifestSemantics(xml, [...base.files, ...schemaFileNames('1.2')]);
    expect(result.issues).toEqual([]);
    expect(result.standard).toBe('1.2');
  });
});

describe('buildManifest output', () => {
  it('is deterministic and independent of the order files are given in', () => {
    const a = buildManifest(base);
    const b = buildManifest({ ...base, files: [...base.files].reverse() });
    expect(b).toBe(a);
  });

  it('escapes the title and uses a stable default identifier per area and standard', () => {
    for (const area of AREA_IDS) {
      const xml = buildManifest({ ...base, area, title: 'Telford & Wrekin <test>' });
      expect(xml).toContain('<title>Telford &amp; Wrekin &lt;test&gt;</title>');
      expect(xml).toContain(`identifier="levelwise-${area}-scorm2004"`);
    }
    expect(buildManifest({ ...base, standard: '1.2' })).toContain('identifier="levelwise-sandwell-scorm12"');
    expect(buildManifest({ ...base, identifier: 'custom_id', version: '1.4.0' })).toContain(
      '<manifest identifier="custom_id" version="1.4.0"',
    );
  });

  it.each([
    [80, '0.8'],
    [0, '0'],
    [100, '1'],
    [72.55, '0.7255'],
    [33.33, '0.3333'],
    [0.01, '0.0001'],
  ])('scales pass mark %d to %s', (mark, scaled) => {
    expect(scaledPassMark(mark)).toBe(scaled);
  });

  it('percent-encodes href segments', () => {
    expect(hrefFor('a b/ü#1.js')).toBe('a%20b/%C3%BC%231.js');
  });
});

describe('buildManifest refuses invalid configuration, naming the field', () => {
  it.each([
    [{ area: 'birmingham' }, 'area', 'unknown area "birmingham"; expected one of telford-wrekin, sandwell'],
    [{ passMark: 101 }, 'passMark', 'from 0 to 100'],
    [{ passMark: -1 }, 'passMark', 'from 0 to 100'],
    [{ passMark: Number.NaN }, 'passMark', 'must be a number'],
    [{ passMark: '80' }, 'passMark', 'must be a number'],
    [{ passMark: 80.125 }, 'passMark', 'two decimal places'],
    [{ standard: '2004 3rd' }, 'standard', 'must be "1.2" or "2004"'],
    [{ title: '  ' }, 'title', 'non-empty'],
    [{ title: 'x'.repeat(201) }, 'title', 'at most 200'],
    [{ title: 'bell\u0007' }, 'title', 'control character'],
    [{ launchFile: 'missing.html' }, 'launchFile', '"missing.html" is not among the package files'],
    [{ launchFile: '../index.html' }, 'launchFile', '".." segments'],
    [{ launchFile: '/index.html' }, 'launchFile', 'relative to the package root'],
    [{ launchFile: 'https://cdn.example/index.html' }, 'launchFile', 'relative to the package root'],
    [{ launchFile: 'index.html?x=1' }, 'launchFile', 'must not contain "?" or "#"'],
    [{ files: ['index.html', 'notes#1.txt'] }, 'files[1]', 'must not contain "?" or "#"'],
    [{ launchFile: 'assets/app.js' }, 'launchFile', 'must be an HTML file'],
    [{ identifier: '1abc' }, 'identifier', 'NCName'],
    [{ version: 'v 1' }, 'version', 'look like 1.2.3'],
    [{ files: ['index.html', 'imsmanifest.xml'] }, 'files[1]', 'written by the package builder'],
    [{ files: ['index.html', 'imscp_v1p1.xsd'] }, 'files[1]', 'written by the package builder'],
    [{ files: ['index.html', 'A.js', 'a.js'] }, 'files[2]', 'only by letter case'],
    [{ files: ['index.html', 'a\\b.js'] }, 'files[1]', 'forward slashes'],
    [{ files: 'index.html' }, 'files', 'list of content files'],
  ])('%j → %s', (patch, field, message) => {
    const issues = issuesOf({ ...base, ...patch });
    const issue = issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toContain(message);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({ ...base, area: 'x', passMark: 200, launchFile: '' });
    expect(issues.map((i) => i.field).sort()).toEqual(['area', 'launchFile', 'passMark']);
  });

  it('throws an Error whose message lists the fields', () => {
    expect(() => buildManifest({ ...base, passMark: 150 })).toThrow(
      /passMark: must be from 0 to 100 \(a percentage\), got 150/,
    );
  });
});

describe('describeManifest', () => {
  it('reads standard, title, launch file and pass mark back from both standards', () => {
    for (const standard of ['1.2', '2004'] as const) {
      const xml = buildManifest({
        ...base,
        standard,
        passMark: 72.5,
        launchFile: 'assets/app.html',
        files: [...base.files, 'assets/app.html'],
      });
      expect(describeManifest(xml)).toEqual({
        standard,
        identifier: `levelwise-sandwell-scorm${standard === '1.2' ? '12' : '2004'}`,
        title: 'Levelwise: Sandwell',
        launchFile: 'assets/app.html',
        launchHref: 'assets/app.html',
        passMark: 72.5,
      });
    }
  });

  it('ignores a pass mark the LMS would ignore, and refuses what is not a manifest', () => {
    const xml = buildManifest(base).replace(' satisfiedByMeasure="true"', '');
    expect(describeManifest(xml).passMark).toBeUndefined();
    expect(() => describeManifest('<html/>')).toThrow('not a SCORM 1.2 or 2004 manifest');
  });
});
