import type { ScormStandard } from './config.ts';
import { NS } from './manifest.ts';
import { hrefToPath } from './semantics.ts';
import { attr, childrenNamed, descendantsNamed, parseXml } from './xml.ts';

export interface ManifestInfo {
  readonly standard: ScormStandard;
  readonly identifier: string | undefined;
  /** Title of the default organization. */
  readonly title: string | undefined;
  /** Package path of the first SCO the default organization launches (decoded, without query). */
  readonly launchFile: string | undefined;
  /** The href as written, with any query string the LMS must pass on. */
  readonly launchHref: string | undefined;
  /** Pass mark as a percentage: 1.2 masteryscore, or 2004 minNormalizedMeasure × 100 (when satisfied by measure). */
  readonly passMark: number | undefined;
}

/**
 * Reads what an LMS needs to launch a package: standard, title, launch file and pass mark. Throws
 * `XmlSyntaxError` for malformed XML and an Error for a document that is not a SCORM manifest; run
 * `validateManifestSemantics` for a full check.
 */
export function describeManifest(xml: string): ManifestInfo {
  const root = parseXml(xml);
  const standard: ScormStandard | undefined =
    root.namespace === NS.cp12 ? '1.2' : root.namespace === NS.cp2004 ? '2004' : undefined;
  if (root.local !== 'manifest' || !standard) throw new Error('not a SCORM 1.2 or 2004 manifest');
  const cp = standard === '1.2' ? NS.cp12 : NS.cp2004;
  const adlcp = standard === '1.2' ? NS.adlcp12 : NS.adlcp2004;
  const organizations = childrenNamed(root, 'organizations', cp)[0];
  const orgs = organizations ? childrenNamed(organizations, 'organization', cp) : [];
  const def = organizations ? attr(organizations, 'default') : undefined;
  const org = orgs.find((o) => attr(o, 'identifier') === def) ?? orgs[0];
  const resources = new Map(descendantsNamed(root, 'resource', cp).map((r) => [attr(r, 'identifier'), r]));
  const isSco = (r: ReturnType<typeof resources.get>): boolean =>
    r !== undefined && attr(r, standard === '1.2' ? 'scormtype' : 'scormType', adlcp) === 'sco';
  const item = org
    ? descendantsNamed(org, 'item', cp).find((i) => isSco(resources.get(attr(i, 'identifierref'))))
    : undefined;
  const resource = item ? resources.get(attr(item, 'identifierref')) : undefined;
  const launchHref = resource ? attr(resource, 'href') : undefined;
  let passMark: number | undefined;
  if (item && standard === '1.2') {
    const m = childrenNamed(item, 'masteryscore', NS.adlcp12)[0];
    if (m && m.text.trim() !== '' && Number.isFinite(Number(m.text))) passMark = Number(m.text);
  } else if (item) {
    const objective = descendantsNamed(item, 'primaryObjective', NS.imsss)[0];
    const measure = objective ? childrenNamed(objective, 'minNormalizedMeasure', NS.imsss)[0] : undefined;
    if (
      objective &&
      measure &&
      attr(objective, 'satisfiedByMeasure') === 'true' &&
      Number.isFinite(Number(measure.text))
    ) {
      passMark = Math.round(Number(measure.text) * 10000) / 100;
    }
  }
  return {
    standard,
    identifier: attr(root, 'identifier'),
    title: org ? childrenNamed(org, 'title', cp)[0]?.text.trim() : undefined,
    launchFile: launchHref ? hrefToPath(launchHref) : undefined,
    launchHref,
    passMark,
  };
}
