/**
 * Words for comparing where the same concept sits in two areas' matrices. Levels are compared by ordinal,
 * never by name ("Complex" is level 3 in Telford & Wrekin and part of level 4's name in Sandwell).
 */
import type { MatrixLevel, MatrixSourceSpan } from './matrix-model.ts';

/** One indicator that expresses the concept in an area's matrix. */
export interface ComparisonIndicator {
  id?: string;
  /** Verbatim text. */
  text: string;
  /** How it relates to the concept or to the other area's wording: 'identical_text', 'paraphrase', 'stricter', 'looser', … */
  relation?: string;
  /** A curator's note on this indicator. */
  note?: string;
  sources?: readonly MatrixSourceSpan[];
}

/** One area's side of a comparison: where it puts the concept and in which words. */
export interface ComparisonSide {
  areaName: string;
  level: MatrixLevel;
  indicators: readonly ComparisonIndicator[];
}

/** How the second area's level relates to the first's. */
export type ComparisonState = 'same-level' | 'second-higher' | 'second-lower';

export function comparisonState(first: ComparisonSide, second: ComparisonSide): ComparisonState {
  if (second.level.ordinal === first.level.ordinal) return 'same-level';
  return second.level.ordinal > first.level.ordinal ? 'second-higher' : 'second-lower';
}

/** "Level 3 (Complex) in Telford & Wrekin, level 4 (Complex/ Significant Needs) in Sandwell". */
export function describeComparisonLevels(first: ComparisonSide, second: ComparisonSide): string {
  const part = (side: ComparisonSide) =>
    `level ${side.level.ordinal} (${side.level.name}) in ${side.areaName}`;
  const text = `${part(first)}, ${part(second)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** "Sandwell places it one level higher than Telford & Wrekin." or "Both areas place it at level 3." */
export function describeLevelDifference(first: ComparisonSide, second: ComparisonSide): string {
  const difference = second.level.ordinal - first.level.ordinal;
  if (difference === 0) return `Both areas place it at level ${first.level.ordinal}.`;
  const steps = Math.abs(difference);
  const words = `${COUNT_WORDS[steps] ?? String(steps)} ${steps === 1 ? 'level' : 'levels'}`;
  return `${second.areaName} places it ${words} ${difference > 0 ? 'higher' : 'lower'} than ${first.areaName}.`;
}

const RELATION_WORDS: Readonly<Record<string, string>> = {
  identical_text: 'Same wording',
  identical: 'Same wording',
  paraphrase: 'Paraphrase',
  stricter: 'Stricter',
  looser: 'Looser',
  broader: 'Broader',
  narrower: 'Narrower',
  related: 'Related',
  conditional_variant: 'Conditional variant',
};

/** A relation code in words: "stricter" → "Stricter", "identical_text" → "Same wording". */
export function describeComparisonRelation(relation: string): string {
  const known = RELATION_WORDS[relation];
  if (known) return known;
  const words = relation.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
