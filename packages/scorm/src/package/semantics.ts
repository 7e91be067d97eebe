import type { ScormStandard } from './config.ts';
import { NS, SCHEMA_VERSION } from './manifest.ts';
import {
  attr,
  attribute,
  childrenNamed,
  descendantsNamed,
  parseXml,
  XML_NAMESPACE,
  type XmlElement,
  XmlSyntaxError,
} from './xml.ts';

export type ManifestIssueCode =
  | 'xml-syntax'
  | 'root-element'
  | 'metadata-missing'
  | 'schema-name'
  | 'schema-version'
  | 'organizations-missing'
  | 'organizations-default'
  | 'title-missing'
  | 'identifier-missing'
  | 'identifier-duplicate'
  | 'identifierref-dangling'
  | 'identifierref-not-resource'
  | 'leaf-item-without-resource'
  | 'scormtype-spelling'
  | 'scormtype-missing'
  | 'scormtype-value'
  | 'sco-href-missing'
  | 'href-invalid'
  | 'file-missing'
  | 'dependency-dangling'
  | 'mastery-score'
  | 'min-normalized-measure'
  | 'measure-without-satisfied-by-measure'
  | 'schema-file-missing'
  | 'no-sco';

export interface ManifestIssue {
  readonly severity: 'error' | 'warning';
  readonly code: ManifestIssueCode;
  readonly message: string;
  /** Line in the manifest (1-based), when the issue belongs to one element or attribute. */
  readonly line: number | undefined;
}

export interface ManifestSemantics {
  /** True when there is no issue of severity "error". */
  readonly valid: boolean;
  /** Standard recognised from the root element's namespace, if any. */
  readonly standard: ScormStandard | undefined;
  readonly issues: readonly ManifestIssue[];
}

/** Formats issues as `imsmanifest.xml:12: [file-missing] …` lines. */
export function formatManifestIssues(issues: readonly ManifestIssue[], fileName = 'imsmanifest.xml'): string {
  return issues
    .map(
      (i) => `${fileName}${i.line === undefined ? '' : `:${i.line}`}: ${i.severity} [${i.code}] ${i.message}`,
    )
    .join('\n');
}

/**
 * The checks the XSDs cannot make (see ../shared/scorm-schemas/SOURCES.md): references that must resolve,
 * titles, the exact schemaversion, `adlcp:scormType` spelling in 2004, pass-mark ranges, and that every
 * referenced file (and in 2004 every schema named in `xsi:schemaLocation`) is in the package.
 *
 * @param xml the manifest text
 * @param fileList every file in the package (zip entry names, forward slashes, no directories)
 */
export function validateManifestSemantics(xml: string, fileList: readonly string[]): ManifestSemantics {
  const issues: ManifestIssue[] = [];
  const error = (code: ManifestIssueCode, message: string, at?: { line: number }): void => {
    issues.push({ severity: 'error', code, message, line: at?.line });
  };
  const warn = (code: ManifestIssueCode, message: string, at?: { line: number }): void => {
    issues.push({ severity: 'warning', code, message, line: at?.line });
  };
  const done = (standard: ScormStandard | undefined): ManifestSemantics => ({
    valid: !issues.some((i) => i.severity === 'error'),
    standard,
    issues,
  });

  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      error('xml-syntax', e.message, { line: e.line });
      return done(undefined);
    }
    throw e;
  }

  const standard: ScormStandard | undefined =
    root.namespace === NS.cp12 ? '1.2' : root.namespace === NS.cp2004 ? '2004' : undefined;
  if (root.local !== 'manifest' || standard === undefined) {
    error(
      'root-element',
      `root element must be <manifest> in namespace ${NS.cp12} (SCORM 1.2) or ${NS.cp2004} (SCORM 2004), found <${root.name}> in ${root.namespace ?? 'no namespace'}`,
      root,
    );
    return done(undefined);
  }
  const cp = standard === '1.2' ? NS.cp12 : NS.cp2004;
  const adlcp = standard === '1.2' ? NS.adlcp12 : NS.adlcp2004;
  const files = new Set(fileList.map((f) => f.replace(/^\.\//, '')));

  // metadata/schema + schemaversion
  const metadata = childrenNamed(root, 'metadata', cp)[0];
  if (!metadata) {
    error(
      'metadata-missing',
      '<manifest> has no <metadata> with <schema>ADL SCORM</schema> and <schemaversion>',
      root,
    );
  } else {
    const schema = childrenNamed(metadata, 'schema', cp)[0];
    if (schema?.text.trim() !== 'ADL SCORM')
      error(
        'schema-name',
        `<metadata><schema> must be "ADL SCORM", found ${quote(schema?.text)}`,
        schema ?? metadata,
      );
    const version = childrenNamed(metadata, 'schemaversion', cp)[0];
    const expected = SCHEMA_VERSION[standard];
    if (!version || version.text.trim() !== expected)
      error(
        'schema-version',
        `<schemaversion> must be exactly "${expected}" for this ${standard === '1.2' ? 'SCORM 1.2' : 'SCORM 2004'} manifest, found ${quote(version?.text)}`,
        version ?? metadata,
      );
  }

  // identifiers
  const ids = new Map<string, XmlElement>();
  const allElements = [
    root,
    ...descendantsNamed(root, 'organization', cp),
    ...descendantsNamed(root, 'item', cp),
    ...descendantsNamed(root, 'resource', cp),
  ];
  for (const el of allElements) {
    const id = attr(el, 'identifier');
    if (id === undefined || id.trim() === '') {
      error('identifier-missing', `<${el.name}> has no identifier attribute`, el);
      continue;
    }
    const first = ids.get(id);
    if (first)
      error('identifier-duplicate', `identifier "${id}" is used again (first at line ${first.line})`, el);
    else ids.set(id, el);
  }
  const resources = new Map<string, XmlElement>();
  for (const r of descendantsNamed(root, 'resource', cp)) {
    const id = attr(r, 'identifier');
    if (id) resources.set(id, r);
  }

  // organizations
  const organizations = childrenNamed(root, 'organizations', cp)[0];
  const orgList = organizations ? childrenNamed(organizations, 'organization', cp) : [];
  if (!organizations || orgList.length === 0) {
    error(
      'organizations-missing',
      '<organizations> must contain at least one <organization> (the course structure)',
      organizations ?? root,
    );
  } else {
    const def = attr(organizations, 'default');
    if (def === undefined) {
      error(
        'organizations-default',
        '<organizations> has no default attribute naming the organization to launch',
        organizations,
      );
    } else if (!orgList.some((o) => attr(o, 'identifier') === def)) {
      error(
        'organizations-default',
        `<organizations default="${def}"> does not match any <organization identifier> (found: ${orgList.map((o) => attr(o, 'identifier') ?? '?').join(', ')})`,
        organizations,
      );
    }
  }

  const scoResources = new Set<string>();
  for (const r of resources.values()) {
    const id = attr(r, 'identifier') ?? '?';
    const lower = attribute(r, 'scormtype', adlcp);
    const upper = attribute(r, 'scormType', adlcp);
    let type: string | undefined;
    if (standard === '2004') {
      if (lower) {
        error(
          'scormtype-spelling',
          `resource "${id}" uses adlcp:scormtype (the SCORM 1.2 spelling); SCORM 2004 needs adlcp:scormType with a capital T, otherwise LMSs treat the launch file as an asset and never track it`,
          lower,
        );
      }
      type = upper?.value;
    } else {
      if (upper) {
        error(
          'scormtype-spelling',
          `resource "${id}" uses adlcp:scormType; SCORM 1.2 spells it adlcp:scormtype (lower-case t)`,
          upper,
        );
      }
      type = lower?.value;
    }
    const webcontent = attr(r, 'type') === 'webcontent';
    if (type === undefined && !lower && !upper && webcontent) {
      error(
        'scormtype-missing',
        `resource "${id}" has no ${standard === '2004' ? 'adlcp:scormType' : 'adlcp:scormtype'} ("sco" or "asset")`,
        r,
      );
    } else if (type !== undefined && type !== 'sco' && type !== 'asset') {
      error(
        'scormtype-value',
        `resource "${id}" has scorm type "${type}"; it must be "sco" or "asset"`,
        upper ?? lower ?? r,
      );
    }
    const href = attribute(r, 'href');
    const base = resourceBase(r, root, cp);
    if (type === 'sco') {
      scoResources.add(id);
      if (!href || href.value.trim() === '')
        error('sco-href-missing', `SCO resource "${id}" has no href (the launch file)`, r);
    }
    if (href && href.value.trim() !== '' && !isAbsoluteUrl(href.value)) {
      checkFile(base + stripQuery(href.value), href, `resource "${id}" href`);
    }
    for (const f of childrenNamed(r, 'file', cp)) {
      const fh = attribute(f, 'href');
      if (!fh || fh.value.trim() === '') {
        error('href-invalid', `a <file> in resource "${id}" has no href`, f);
        continue;
      }
      if (isAbsoluteUrl(fh.value)) {
        error(
          'href-invalid',
          `<file href="${fh.value}"> in resource "${id}" is not a file inside the package`,
          fh,
        );
        continue;
      }
      checkFile(base + fh.value, fh, `<file> in resource "${id}"`);
    }
    for (const d of childrenNamed(r, 'dependency', cp)) {
      const ref = attr(d, 'identifierref');
      if (!ref || !resources.has(ref))
        error(
          'dependency-dangling',
          `<dependency identifierref="${ref ?? ''}"> in resource "${id}" names no <resource>`,
          d,
        );
    }
  }

  function checkFile(href: string, at: { line: number }, what: string): void {
    const path = hrefToPath(href);
    if (path === undefined) {
      error('href-invalid', `${what} "${href}" is not a valid relative URI inside the package`, at);
    } else if (!files.has(path)) {
      error('file-missing', `${what} "${href}" names "${path}", which is not in the package`, at);
    }
  }

  // items: titles, references, pass marks
  let trackedItems = 0;
  for (const org of orgList) {
    const orgId = attr(org, 'identifier') ?? '?';
    const title = childrenNamed(org, 'title', cp)[0];
    if (!title || title.text.trim() === '')
      error('title-missing', `organization "${orgId}" has no <title> (or it is empty)`, title ?? org);
    const items = descendantsNamed(org, 'item', cp);
    if (items.length === 0) error('leaf-item-without-resource', `organization "${orgId}" has no <item>`, org);
    for (const item of items) {
      const itemId = attr(item, 'identifier') ?? '?';
      const itemTitle = childrenNamed(item, 'title', cp)[0];
      if (!itemTitle || itemTitle.text.trim() === '')
        error(
          'title-missing',
          `item "${itemId}" has no <title> (or it is empty); every <item> needs one`,
          itemTitle ?? item,
        );
      const refAttr = attribute(item, 'identifierref');
      const childItems = childrenNamed(item, 'item', cp);
      if (refAttr) {
        const target = resources.get(refAttr.value);
        if (!target) {
          const other = ids.get(refAttr.value);
          if (other)
            error(
              'identifierref-not-resource',
              `item "${itemId}" identifierref="${refAttr.value}" names a <${other.name}>, not a <resource>`,
              refAttr,
            );
          else
            error(
              'identifierref-dangling',
              `item "${itemId}" identifierref="${refAttr.value}" matches no <resource identifier>`,
              refAttr,
            );
        } else if (scoResources.has(refAttr.value)) {
          trackedItems++;
        }
      } else if (childItems.length === 0) {
        error(
          'leaf-item-without-resource',
          `item "${itemId}" has neither an identifierref nor child items: it launches nothing`,
          item,
        );
      }
      if (standard === '1.2') {
        for (const m of childrenNamed(item, 'masteryscore', NS.adlcp12)) {
          const v = m.text.trim();
          const n = Number(v);
          if (v === '' || !/^-?\d+(\.\d+)?$/.test(v) || n < 0 || n > 100)
            error(
              'mastery-score',
              `item "${itemId}" adlcp:masteryscore must be a number from 0 to 100, found ${quote(m.text)}`,
              m,
            );
        }
      } else {
        for (const objective of descendantsNamed(item, 'primaryObjective', NS.imsss)) {
          checkObjective(objective, itemId);
        }
        for (const objective of descendantsNamed(item, 'objective', NS.imsss)) {
          checkObjective(objective, itemId);
        }
      }
    }
  }

  function checkObjective(objective: XmlElement, itemId: string): void {
    const measure = childrenNamed(objective, 'minNormalizedMeasure', NS.imsss)[0];
    if (!measure) return;
    const v = measure.text.trim();
    const n = Number(v);
    if (v === '' || !/^-?\d+(\.\d+)?$/.test(v) || n < -1 || n > 1) {
      error(
        'min-normalized-measure',
        `item "${itemId}" imsss:minNormalizedMeasure must be a decimal from -1 to 1, found ${quote(measure.text)}`,
        measure,
      );
    }
    if (attr(objective, 'satisfiedByMeasure') !== 'true') {
      error(
        'measure-without-satisfied-by-measure',
        `item "${itemId}" has imsss:minNormalizedMeasure but its objective lacks satisfiedByMeasure="true", so the LMS ignores the pass mark`,
        objective,
      );
    }
  }

  if (trackedItems === 0 && orgList.length > 0) {
    warn('no-sco', 'no <item> launches a SCO resource: the LMS will not track this package', organizations);
  }

  // schemas named in xsi:schemaLocation must be in the package (ADL's checker requires it for 2004)
  const schemaLocation = attribute(root, 'schemaLocation', NS.xsi);
  if (schemaLocation) {
    const tokens = schemaLocation.value.trim().split(/\s+/);
    for (let k = 1; k < tokens.length; k += 2) {
      const location = tokens[k] ?? '';
      if (isAbsoluteUrl(location)) continue;
      const path = hrefToPath(location);
      if (path === undefined || !files.has(path)) {
        const message = `xsi:schemaLocation names "${location}", which is not in the package${standard === '2004' ? ' (SCORM 2004 packages must carry their XSDs at the zip root)' : ''}`;
        if (standard === '2004') error('schema-file-missing', message, schemaLocation);
        else warn('schema-file-missing', message, schemaLocation);
      }
    }
  }

  return done(standard);
}

function resourceBase(resource: XmlElement, root: XmlElement, cp: string): string {
  const resources = childrenNamed(root, 'resources', cp)[0];
  const outer = resources ? (attr(resources, 'base', XML_NAMESPACE) ?? '') : '';
  const inner = attr(resource, 'base', XML_NAMESPACE) ?? '';
  return outer + inner;
}

function isAbsoluteUrl(href: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href) || href.startsWith('//');
}

function stripQuery(href: string): string {
  return href.replace(/[?#].*$/, '');
}

/** Decodes a relative URI reference to a package path; undefined when it escapes the package or is malformed. */
export function hrefToPath(href: string): string | undefined {
  if (href.startsWith('/') || href.includes('\\')) return undefined;
  const out: string[] = [];
  for (const raw of stripQuery(href).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
      continue;
    }
    if (segment.includes('/')) return undefined;
    out.push(segment);
  }
  return out.length === 0 ? undefined : out.join('/');
}

function quote(text: string | undefined): string {
  return text === undefined ? 'nothing' : JSON.stringify(text.trim());
}
