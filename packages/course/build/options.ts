/**
 * Command-line options of the course's build and packaging commands, checked in one place so every bad option
 * gets the same clear message (and exit code 2) whichever command met it.
 */
import { parseArgs } from 'node:util';

export const AREAS = ['telford-wrekin', 'sandwell', 'stoke-on-trent', 'nottingham-city', 'dudley'] as const;
export type CourseArea = (typeof AREAS)[number];
export const DEFAULT_AREA: CourseArea = 'telford-wrekin';

export const STANDARDS = ['1.2', '2004'] as const;
export type ScormStandard = (typeof STANDARDS)[number];

/** File-name form of a standard: `scorm12`, `scorm2004`. */
export const standardSlug = (standard: ScormStandard): string => `scorm${standard.replace('.', '')}`;

/** A refused option. `problems` lists every one, each naming the option and what it accepts. */
export class CourseOptionsError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'CourseOptionsError';
    this.problems = problems;
  }
}

export interface PackageOptions {
  areas: CourseArea[];
  standards: ScormStandard[];
  /** Also write the standalone workshop folder (default: yes unless --no-workshop or only a zip is asked for). */
  workshop: boolean;
  outDir: string;
  help: boolean;
}

const isArea = (value: string): value is CourseArea => (AREAS as readonly string[]).includes(value);
const isStandard = (value: string): value is ScormStandard =>
  (STANDARDS as readonly string[]).includes(value);

function parseList<T extends string>(
  raw: readonly string[] | undefined,
  option: string,
  valid: (v: string) => v is T,
  all: readonly T[],
  problems: string[],
): T[] {
  if (!raw || raw.length === 0) return [...all];
  const chosen: T[] = [];
  for (const item of raw.flatMap((r) => r.split(','))) {
    const value = item.trim();
    // "2004" and "scorm2004", "1.2" and "12"/"scorm12" all name a standard.
    const normalised = option === '--scorm' ? value.replace(/^scorm/i, '').replace(/^12$/, '1.2') : value;
    if (valid(normalised)) {
      if (!chosen.includes(normalised)) chosen.push(normalised);
    } else {
      problems.push(
        `${option}: unknown value "${value}"; expected one of ${all.join(', ')}${option === '--area' ? ' (or "all")' : ''}`,
      );
    }
  }
  return chosen;
}

/** Parses `npm run package` arguments. Throws CourseOptionsError listing every problem. */
export function parsePackageOptions(argv: readonly string[], defaultOutDir: string): PackageOptions {
  const problems: string[] = [];
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        area: { type: 'string', multiple: true },
        framework: { type: 'string', multiple: true },
        scorm: { type: 'string', multiple: true },
        standard: { type: 'string', multiple: true },
        out: { type: 'string' },
        workshop: { type: 'boolean' },
        'no-workshop': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CourseOptionsError([(error as Error).message.replace(/\. To specify .*$/s, '')]);
  }
  if (positionals.length > 0) problems.push(`unexpected argument(s): ${positionals.join(' ')}`);
  const areaRaw = [...((values.area as string[]) ?? []), ...((values.framework as string[]) ?? [])];
  const areas = areaRaw.some((a) => a.trim() === 'all')
    ? [...AREAS]
    : parseList(areaRaw, '--area', isArea, AREAS, problems);
  const standardRaw = [...((values.scorm as string[]) ?? []), ...((values.standard as string[]) ?? [])];
  const standards = parseList(standardRaw, '--scorm', isStandard, STANDARDS, problems);
  if (values.workshop && values['no-workshop'])
    problems.push('--workshop and --no-workshop cannot both be given');
  if (typeof values.out === 'string' && values.out.trim() === '') problems.push('--out: must name a folder');
  if (problems.length > 0) throw new CourseOptionsError(problems);
  // Asking for one area or one standard means "just that zip"; the workshop folder comes with a full run.
  const narrowed = areaRaw.length > 0 || standardRaw.length > 0;
  const workshop = values['no-workshop'] ? false : values.workshop ? true : !narrowed;
  return {
    areas,
    standards,
    workshop,
    outDir: (values.out as string | undefined) ?? defaultOutDir,
    help: Boolean(values.help),
  };
}

export const PACKAGE_USAGE = `Usage: npm run package [-- --area <area>[,<area>…]] [--scorm 1.2|2004] [--workshop|--no-workshop] [--out <folder>]

Writes dist/packages/levelwise-<area>-scorm12.zip and levelwise-<area>-scorm2004.zip for each area, and the
standalone workshop folder dist/packages/levelwise-workshop/ (with a full run, or with --workshop).

  --area      ${AREAS.join(', ')} or all (default: all; repeat or comma-separate)
  --scorm     1.2 or 2004 (default: both)
  --out       output folder (default: dist/packages at the repository root)
`;
