/**
 * Resolves the curated cross-area concepts (`src/concepts/concepts.ts`) against the extracted matrices: every
 * member's verbatim fragment must name exactly one indicator of its area at its level, and that indicator's
 * source lines must include the line the member cites. The result is written to `data/concepts.json`.
 */
import type { Concept } from '../concepts/schema.ts';
import type { AreaData, AreaId, ResolvedConcept } from '../schema.ts';
import { resolveFragment } from './resolve-fragments.ts';

export function resolveConcepts(
  concepts: readonly Concept[],
  areas: Readonly<Partial<Record<AreaId, AreaData>>>,
): ResolvedConcept[] {
  const seen = new Set<string>();
  return concepts.map((concept) => {
    if (seen.has(concept.id)) throw new Error(`concept ${concept.id}: the id is used twice`);
    seen.add(concept.id);
    const members = concept.members.map((member, index) => {
      const where = `concept ${concept.id}, member ${index + 1}`;
      const indicatorId = resolveFragment(
        areas,
        {
          area: member.area,
          level: member.level,
          fragment: member.textFragment,
          ...(member.dimensionHint !== undefined ? { dimension: member.dimensionHint } : {}),
        },
        where,
      );
      const indicator = areas[member.area]!.indicators.find((i) => i.id === indicatorId)!;
      const cited = indicator.provenance.spans.some(
        (s) => s.start <= member.ref.end && member.ref.start <= s.end,
      );
      if (!cited) {
        const lines = indicator.provenance.spans.map((s) => `${s.start}-${s.end}`).join(', ');
        throw new Error(
          `${where}: fragment "${member.textFragment}" names ${indicatorId} at lines ${lines}, but the member cites line ${member.ref.start}`,
        );
      }
      return {
        indicatorId,
        area: member.area,
        level: member.level,
        dimension: indicator.dimension,
        textFragment: member.textFragment,
        relation: member.relation,
        ...(member.note !== undefined ? { note: member.note } : {}),
        ref: member.ref,
      };
    });
    return {
      id: concept.id,
      title: concept.title,
      summary: concept.summary,
      difference: concept.difference,
      sourceNotes: [...concept.sourceNotes],
      members,
      related: concept.related.map((r) => ({ area: r.area, note: r.note, ref: r.ref })),
      refs: [...concept.refs],
    };
  });
}
