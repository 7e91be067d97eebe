/**
 * Concept comparison across the five areas: where does the same idea sit in each matrix?
 * A curated concept (`concepts/`) lists its members explicitly; a curated rule difference (consent, front door,
 * level names, …) lists each area's position; any other term falls back to a text match, labelled as such so a
 * learner-facing view never presents a keyword hit as a reviewed equivalence.
 */
import { ruleDifferences } from './concepts/concepts.ts';
import type { RuleDifference } from './concepts/schema.ts';
import { CONCEPTS_DATA } from './data.ts';
import { normaliseText } from './extract/normalise.ts';
import { findIndicators, frameworks, getIndicator } from './registry.ts';
import type { AreaId, Indicator, IndicatorParameter, LevelOrdinal, ResolvedConcept } from './schema.ts';

export interface ComparisonMember {
  id: string;
  level: LevelOrdinal;
  dimension: string;
  text: string;
  parameters: IndicatorParameter[];
  /** For curated concepts: how the member relates to the concept (identical_text, stricter, …). */
  relation?: string;
  /** For curated concepts: the curator's note on this member. */
  note?: string;
}

export interface RulePosition {
  /** The level the position is about, or null for an area-wide rule. */
  level: LevelOrdinal | null;
  statement: string;
}

export interface ConceptComparison {
  kind: 'curated' | 'rule-difference' | 'text-match';
  id?: string;
  title: string;
  /** For curated concepts: what the concern is, and why the difference between areas matters. */
  summary?: string;
  difference?: string;
  /** One row per area in canonical order; `positions` only for rule differences. */
  areas: { area: AreaId; levels: LevelOrdinal[]; members: ComparisonMember[]; positions?: RulePosition[] }[];
}

export { ruleDifferences };

export function getRuleDifference(id: string): RuleDifference | undefined {
  return ruleDifferences.find((r) => r.id === id);
}

function member(ind: Indicator, relation?: string, note?: string): ComparisonMember {
  return {
    id: ind.id,
    level: ind.level,
    dimension: ind.dimension,
    text: ind.textVerbatim,
    parameters: ind.parameters,
    ...(relation ? { relation } : {}),
    ...(note ? { note } : {}),
  };
}

/** The curated cross-area concepts (source-notes §6 and more), members resolved to indicator ids. */
export const concepts: readonly ResolvedConcept[] = CONCEPTS_DATA.concepts;

export function getConcept(id: string): ResolvedConcept | undefined {
  return concepts.find((c) => c.id === id);
}

function findRuleDifference(term: string): RuleDifference | undefined {
  const t = normaliseText(term).toLowerCase();
  return (
    getRuleDifference(term.trim()) ?? ruleDifferences.find((r) => normaliseText(r.title).toLowerCase() === t)
  );
}

function findConcept(term: string): ResolvedConcept | undefined {
  const t = normaliseText(term).toLowerCase();
  return getConcept(term.trim()) ?? concepts.find((c) => normaliseText(c.title).toLowerCase() === t);
}

function group(members: readonly { area: AreaId; member: ComparisonMember }[]): ConceptComparison['areas'] {
  return frameworks.map((f) => {
    const list = members.filter((m) => m.area === f.id).map((m) => m.member);
    return {
      area: f.id,
      levels: [...new Set(list.map((m) => m.level))].sort((a, b) => a - b),
      members: list,
    };
  });
}

/**
 * Compare a curated concept or rule difference (by id or exact title) across the five areas or, failing that,
 * every indicator whose text contains all the words.
 */
export function compareConcept(term: string): ConceptComparison {
  const curated = findConcept(term);
  if (curated) {
    return {
      kind: 'curated',
      id: curated.id,
      title: curated.title,
      summary: curated.summary,
      difference: curated.difference,
      areas: group(
        curated.members.map((m) => {
          const ind = getIndicator(m.indicatorId);
          if (!ind)
            throw new Error(`concept ${curated.id}: indicator ${m.indicatorId} is not in the shipped data`);
          return { area: m.area, member: member(ind, m.relation, m.note) };
        }),
      ),
    };
  }
  const rule = findRuleDifference(term);
  if (rule) {
    return {
      kind: 'rule-difference',
      id: rule.id,
      title: rule.title,
      summary: rule.summary,
      difference: rule.difference,
      areas: frameworks.map((f) => {
        const positions = rule.positions
          .filter((p) => p.area === f.id)
          .map((p) => ({ level: p.level, statement: p.statement }));
        const levels = positions.flatMap((p) => (p.level === null ? [] : [p.level]));
        return { area: f.id, levels: [...new Set(levels)].sort((a, b) => a - b), members: [], positions };
      }),
    };
  }
  const hits = findIndicators({ text: term });
  return {
    kind: 'text-match',
    title: `Indicators containing "${term}"`,
    areas: group(hits.map((i) => ({ area: i.area, member: member(i) }))),
  };
}
