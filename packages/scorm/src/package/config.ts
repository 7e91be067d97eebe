/**
 * Configuration checks shared by `buildManifest`, `buildScormZip` and the CLI. Every problem is reported with
 * the field it belongs to, all at once, so a person fixing a build script sees the whole list.
 *
 * `@levelwise/scorm` imports no other Levelwise package (docs/architecture.md), so the five local-authority
 * areas are listed here by id; `packages/frameworks` holds their content.
 */

export const AREAS = {
  'telford-wrekin': 'Telford & Wrekin',
  sandwell: 'Sandwell',
  'stoke-on-trent': 'Stoke-on-Trent',
  'nottingham-city': 'Nottingham City',
  dudley: 'Dudley',
} as const;

export type AreaId = keyof typeof AREAS;
export type ScormStandard = '1.2' | '2004';

export const AREA_IDS = Object.keys(AREAS) as AreaId[];

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && Object.hasOwn(AREAS, value);
}

export interface ConfigIssue {
  /** The configuration field (`passMark`, `launchFile`, …) or file the problem is about. */
  readonly field: string;
  readonly message: string;
}

/** A configuration that cannot produce a valid package. Nothing has been written when this is thrown. */
export class ScormPackageError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[], context = 'Invalid SCORM package configuration') {
    super(`${context}:\n${issues.map((i) => `  - ${i.field}: ${i.message}`).join('\n')}`);
    this.name = 'ScormPackageError';
    this.issues = issues;
  }
}

/** An NCName, as xsd:ID needs (manifest, organization, item and resource identifiers). */
export const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** What both the manifest and the zip builder need to know about the course. */
export interface CourseConfig {
  readonly standard: ScormStandard;
  readonly area: AreaId;
  /** The course title shown by the LMS (organization and item title). */
  readonly title: string;
  /** Pass mark as a percentage, 0–100, at most two decimals: 1.2 masteryscore, 2004 minNormalizedMeasure / 100. */
  readonly passMark: number;
  /** Path of the HTML launch file inside the content, relative, with forward slashes (`index.html`). */
  readonly launchFile: string;
  /** Manifest identifier (an NCName). Default: `levelwise-<area>-scorm12` / `levelwise-<area>-scorm2004`. */
  readonly identifier?: string;
  /** Manifest version attribute, for example the course release `1.4.0`. */
  readonly version?: string;
}

export function checkCourseConfig(config: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (typeof config !== 'object' || config === null) {
    return [{ field: 'config', message: 'expected an object' }];
  }
  const c = config as Record<string, unknown>;
  if (c.standard !== '1.2' && c.standard !== '2004') {
    issues.push({ field: 'standard', message: `must be "1.2" or "2004", got ${describe(c.standard)}` });
  }
  if (!isAreaId(c.area)) {
    issues.push({
      field: 'area',
      message: `unknown area ${describe(c.area)}; expected one of ${AREA_IDS.join(', ')}`,
    });
  }
  if (typeof c.title !== 'string' || c.title.trim() === '') {
    issues.push({ field: 'title', message: `must be a non-empty string, got ${describe(c.title)}` });
  } else if (c.title.length > 200) {
    issues.push({
      field: 'title',
      message: `must be at most 200 characters (LMS catalogue limit), got ${c.title.length}`,
    });
  } else if (hasControlCharacter(c.title, true)) {
    issues.push({ field: 'title', message: 'contains a control character that XML cannot carry' });
  }
  if (typeof c.passMark !== 'number' || !Number.isFinite(c.passMark)) {
    issues.push({
      field: 'passMark',
      message: `must be a number from 0 to 100, got ${describe(c.passMark)}`,
    });
  } else if (c.passMark < 0 || c.passMark > 100) {
    issues.push({ field: 'passMark', message: `must be from 0 to 100 (a percentage), got ${c.passMark}` });
  } else if (Math.round(c.passMark * 100) / 100 !== c.passMark) {
    issues.push({ field: 'passMark', message: `may have at most two decimal places, got ${c.passMark}` });
  }
  const launchProblem = checkRelativePath(c.launchFile);
  if (launchProblem) issues.push({ field: 'launchFile', message: launchProblem });
  else if (!/\.x?html?$/i.test(c.launchFile as string)) {
    issues.push({
      field: 'launchFile',
      message: `must be an HTML file (.html or .htm), got "${c.launchFile}"`,
    });
  }
  if (c.identifier !== undefined && (typeof c.identifier !== 'string' || !NCNAME.test(c.identifier))) {
    issues.push({
      field: 'identifier',
      message: `must be an XML NCName (a letter or "_" first, then letters, digits, ".", "-", "_"), got ${describe(c.identifier)}`,
    });
  }
  if (
    c.version !== undefined &&
    (typeof c.version !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z.+-]{0,19}$/.test(c.version))
  ) {
    issues.push({
      field: 'version',
      message: `must look like 1.2.3 (at most 20 characters), got ${describe(c.version)}`,
    });
  }
  return issues;
}

/** Returns a problem description, or undefined when `value` is a safe relative path inside a package. */
export function checkRelativePath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '')
    return `must be a relative path such as "index.html", got ${describe(value)}`;
  if (value.includes('\\')) return `must use forward slashes, got "${value}"`;
  if (value.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value))
    return `must be relative to the package root, got "${value}"`;
  if (/[?#]/.test(value))
    return `must not contain "?" or "#" (URL syntax that LMS web servers do not decode reliably), got "${value}"`;
  if (value.split('/').some((s) => s === '' || s === '.' || s === '..'))
    return `must not contain empty, "." or ".." segments, got "${value}"`;
  if (hasControlCharacter(value, false)) return 'contains a control character';
  return undefined;
}

/** True for characters XML 1.0 cannot carry (tab, LF and CR are allowed when `allowWhitespace`). */
function hasControlCharacter(text: string, allowWhitespace: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffe || code === 0xffff) return true;
    if (code < 0x20 && !(allowWhitespace && (code === 9 || code === 10 || code === 13))) return true;
  }
  return false;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 60) ?? ''}`.trim();
}

/** Manifest identifier default: stable per area and standard, so LMSs recognise an updated upload. */
export function defaultIdentifier(area: AreaId, standard: ScormStandard): string {
  return `levelwise-${area}-scorm${standard === '1.2' ? '12' : '2004'}`;
}
