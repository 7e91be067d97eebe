/** Queries over the concept layer: the §6 differences as data ("level 3 in Telford, level 4 in Sandwell"). */
import type { AreaId } from '../extract/reader-types.ts';
import type { Ordinal } from '../rules/schema.ts';
import type { Concept, ConceptRelation } from './schema.ts';

/** Relations under which a member states the same concern as the reference, neither stronger nor weaker. */
const SAME_CONCERN: readonly ConceptRelation[] = ['identical_text', 'paraphrase'];

/**
 * The levels at which each area's matrix places the concept, ascending and without repeats. With
 * `sameConcernOnly`, only members worded as the same concern (identical text or paraphrase) count, so that a
 * stricter or looser rung of the same topic does not hide a level difference.
 */
export function levelsByArea(concept: Concept, sameConcernOnly = false): Partial<Record<AreaId, Ordinal[]>> {
  const out: Partial<Record<AreaId, Ordinal[]>> = {};
  for (const member of concept.members) {
    if (sameConcernOnly && !SAME_CONCERN.includes(member.relation)) continue;
    const levels = out[member.area] ?? [];
    if (!levels.includes(member.level)) levels.push(member.level);
    out[member.area] = levels.sort((x, y) => x - y);
  }
  return out;
}

/**
 * Concepts that areas `a` and `b` both state as the same concern but at no common level: the cases where the same
 * words lead to a different response depending on where the child lives.
 */
export function conceptsDifferingInLevel(concepts: readonly Concept[], a: AreaId, b: AreaId): Concept[] {
  return concepts.filter((concept) => {
    const levels = levelsByArea(concept, true);
    const first = levels[a];
    const second = levels[b];
    return first !== undefined && second !== undefined && !first.some((level) => second.includes(level));
  });
}

/** The concepts that have at least one member in `area`. */
export function conceptsForArea(concepts: readonly Concept[], area: AreaId): Concept[] {
  return concepts.filter((concept) => concept.members.some((member) => member.area === area));
}
