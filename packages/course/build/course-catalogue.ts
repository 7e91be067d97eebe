/**
 * Which vignettes a course build uses, chosen at build time from the whole catalogue (scenarios/vignettes,
 * never a hard-coded list): drafts are left out, the rest are ordered by a hash of area and id (stable across
 * builds, a different mix per area), and the assessment set takes the first vignettes that cover a level of
 * need it does not have yet, so it spans the continuum as far as the catalogue allows. Practice takes the next
 * ones. Adding a vignette changes the choice only where it hashes in.
 */
import {
  deriveVignetteKey,
  type FrameworkLookup,
  type LevelOrdinal,
  type Vignette,
} from '@levelwise/scenarios';
import type { CourseArea } from './options.ts';

export interface CourseSelection {
  area: CourseArea;
  practice: Vignette[];
  assessment: Vignette[];
  /** Vignettes in the catalogue but not in this course, with why. */
  leftOut: { id: string; reason: string }[];
}

export interface SelectionSizes {
  /** At most this many practice vignettes (default 3). */
  practice?: number;
  /** At most this many assessment vignettes (default 4). */
  assessment?: number;
}

/** FNV-1a, 32-bit: the stable order of the catalogue for one area. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export class CourseCatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CourseCatalogueError';
  }
}

export function chooseCourseVignettes(
  catalogue: readonly Vignette[],
  area: CourseArea,
  lookup: FrameworkLookup,
  sizes: SelectionSizes = {},
): CourseSelection {
  const maxPractice = sizes.practice ?? 3;
  const maxAssessment = sizes.assessment ?? 4;
  const leftOut: CourseSelection['leftOut'] = [];
  const eligible: { vignette: Vignette; finalLevel: LevelOrdinal; rank: number }[] = [];
  for (const vignette of catalogue) {
    if (vignette.draft) {
      leftOut.push({ id: vignette.id, reason: 'draft' });
      continue;
    }
    const { key, problems } = deriveVignetteKey(vignette, area, lookup);
    const last = key.stages.at(-1);
    if (problems.length > 0 || !last) {
      leftOut.push({
        id: vignette.id,
        reason: `no answer key for ${area}: ${problems[0]?.message ?? 'no stages'}`,
      });
      continue;
    }
    eligible.push({ vignette, finalLevel: last.level, rank: fnv1a(`${area}/${vignette.id}`) });
  }
  if (eligible.length < 2) {
    throw new CourseCatalogueError(
      `A course needs at least 2 vignettes with an answer key for ${area} (one to practise, one to assess); found ${eligible.length} in the catalogue.`,
    );
  }
  eligible.sort((a, b) => a.rank - b.rank || (a.vignette.id < b.vignette.id ? -1 : 1));
  const assessmentCount = Math.min(maxAssessment, Math.max(1, Math.floor(eligible.length / 2)));
  const practiceCount = Math.min(maxPractice, eligible.length - assessmentCount);

  const assessment: typeof eligible = [];
  const levels = new Set<LevelOrdinal>();
  for (const entry of eligible) {
    if (assessment.length >= assessmentCount) break;
    if (!levels.has(entry.finalLevel)) {
      assessment.push(entry);
      levels.add(entry.finalLevel);
    }
  }
  for (const entry of eligible) {
    if (assessment.length >= assessmentCount) break;
    if (!assessment.includes(entry)) assessment.push(entry);
  }
  const rest = eligible.filter((e) => !assessment.includes(e));
  const practice = rest.slice(0, practiceCount);
  for (const e of rest.slice(practiceCount))
    leftOut.push({ id: e.vignette.id, reason: 'not chosen for this area' });
  // Present in catalogue order (by id) so the course reads the same way for everyone in the area.
  const byId = (a: { vignette: Vignette }, b: { vignette: Vignette }) =>
    a.vignette.id < b.vignette.id ? -1 : 1;
  return {
    area,
    practice: practice.sort(byId).map((e) => e.vignette),
    assessment: assessment.sort(byId).map((e) => e.vignette),
    leftOut,
  };
}
