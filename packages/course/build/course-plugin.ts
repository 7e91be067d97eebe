/**
 * The Vite plugin behind one course build: two virtual modules generated at build time.
 *
 * - `virtual:levelwise/course` (the SCORM course): the area's id, its framework composed from that area's JSON
 *   alone (`@levelwise/frameworks/area`), and the practice and assessment vignettes chosen for it. Only that
 *   area's matrix and rules are bundled.
 * - `virtual:levelwise/workshop` (the presenter view): every vignette of the catalogue (all five areas).
 *
 * Vignettes are read from scenarios/vignettes at build time (never a fixed list), parsed with
 * `parseVignetteSource` and validated against the real frameworks (`checkVignetteFiles`): a broken vignette
 * stops the build with its file, line and field. Parsing happens here rather than in the learner's browser so
 * that the YAML parser and the schema library stay out of the first screen's JavaScript; the bundle carries the
 * parsed vignettes as data.
 */
import { formatIssue, frameworksLookup, type Vignette } from '@levelwise/scenarios';
import { checkVignetteFiles, listVignetteFiles, VIGNETTES_DIR } from '@levelwise/scenarios/node';
import type { Plugin } from 'vite';
import { chooseCourseVignettes, type SelectionSizes } from './course-catalogue.ts';
import type { CourseArea } from './options.ts';

const COURSE_ID = 'virtual:levelwise/course';
const WORKSHOP_ID = 'virtual:levelwise/workshop';

/** What the rules export of each area is called in `@levelwise/frameworks/area`. */
const RULES_EXPORT: Record<CourseArea, string> = {
  'telford-wrekin': 'telfordWrekinRules',
  sandwell: 'sandwellRules',
  'stoke-on-trent': 'stokeOnTrentRules',
  'nottingham-city': 'nottinghamCityRules',
  dudley: 'dudleyRules',
};

export class VignetteCatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VignetteCatalogueError';
  }
}

/** Reads and validates every vignette file; throws listing every problem, located. */
export function loadCatalogue(dir: string = VIGNETTES_DIR): Vignette[] {
  const checked = checkVignetteFiles(listVignetteFiles(dir));
  const problems = checked.flatMap((c) => c.issues.map(formatIssue));
  if (problems.length > 0) {
    throw new VignetteCatalogueError(
      `The vignette catalogue has ${problems.length} problem(s); the course is not built with a broken vignette:\n  ${problems.join('\n  ')}`,
    );
  }
  return checked.flatMap((c) => (c.loaded ? [c.loaded.vignette] : []));
}

export interface CoursePluginOptions {
  area: CourseArea;
  sizes?: SelectionSizes;
  /** Folder of vignette files (default scenarios/vignettes). */
  vignettesDir?: string;
  /** Called with the selection, for the build's report. */
  onSelection?: (summary: {
    practice: string[];
    assessment: string[];
    leftOut: { id: string; reason: string }[];
  }) => void;
}

export function levelwiseCoursePlugin(options: CoursePluginOptions): Plugin {
  const dir = options.vignettesDir ?? VIGNETTES_DIR;
  return {
    name: 'levelwise-course',
    resolveId(id) {
      if (id === COURSE_ID || id === WORKSHOP_ID) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id !== `\0${COURSE_ID}` && id !== `\0${WORKSHOP_ID}`) return null;
      for (const file of listVignetteFiles(dir)) this.addWatchFile(file);
      const catalogue = loadCatalogue(dir);
      if (id === `\0${WORKSHOP_ID}`) {
        const vignettes = catalogue.filter((v) => !v.draft);
        return `export const vignettes = ${JSON.stringify(vignettes)};\n`;
      }
      const { area } = options;
      const selection = chooseCourseVignettes(catalogue, area, frameworksLookup(), options.sizes);
      options.onSelection?.({
        practice: selection.practice.map((v) => v.id),
        assessment: selection.assessment.map((v) => v.id),
        leftOut: selection.leftOut,
      });
      const rules = RULES_EXPORT[area];
      return [
        `import data from '@levelwise/frameworks/data/${area}.json';`,
        `import { frameworkFromAreaData, ${rules} } from '@levelwise/frameworks/area';`,
        `export const AREA = ${JSON.stringify(area)};`,
        `export const framework = frameworkFromAreaData(data, ${rules});`,
        `export const practiceVignettes = ${JSON.stringify(selection.practice)};`,
        `export const assessmentVignettes = ${JSON.stringify(selection.assessment)};`,
        '',
      ].join('\n');
    },
  };
}
