import type { Framework } from '@levelwise/frameworks';
import { citeSource, cleanQuote, type LevelOrdinal, levelPhrase } from './area-text.ts';

/**
 * Module 2, the triangle: the sides of the Assessment Framework triangle as this area groups its dimensions,
 * and the sorting activity (real indicators from the area's matrix, each placed on a side).
 */

type Indicator = Framework['indicators'][number];
type DomainId = Framework['domains'][number]['id'];

/** Where each canonical domain sits (the same placement as ui's triangleFromFramework). */
const SIDE_WORDS: Readonly<Record<DomainId, string>> = {
  'child-development': 'the left side',
  'parenting-capacity': 'the right side',
  'family-environment': 'the base',
  mixed: 'the right side',
  'extra-familial': 'outside the triangle',
};
const DOMAIN_ORDER: readonly DomainId[] = [
  'child-development',
  'parenting-capacity',
  'family-environment',
  'mixed',
  'extra-familial',
];

export interface TriangleSideOption {
  /** The canonical domain id: the answer key for an indicator is its `domain`. */
  id: DomainId;
  label: string;
  /** "the left side", "the right side", "the base" or "outside the triangle". */
  place: string;
  /** The area's own dimension labels in this group, in document order. */
  dimensions: string[];
}

/** The groups a learner can place an indicator in: the area's domains that hold dimensions, in triangle order. */
export function triangleSides(framework: Framework): TriangleSideOption[] {
  return [...framework.domains]
    .sort((a, b) => DOMAIN_ORDER.indexOf(a.id) - DOMAIN_ORDER.indexOf(b.id))
    .map((domain) => ({
      id: domain.id,
      label: domain.id === 'mixed' ? 'Parents/Carers' : domain.label,
      place: SIDE_WORDS[domain.id],
      dimensions: framework.dimensions.filter((d) => d.domain === domain.id).map((d) => d.label),
    }))
    .filter((side) => side.dimensions.length > 0);
}

/** Words that would make a child-side or outside-the-home indicator look like a parenting one. */
const ADULT_WORDS = /\b(parent|parents|parental|carer|carers|mother|father|mum|dad|family)\b/i;

/**
 * An indicator short and whole enough to sort: no cross-references, duplicates, fragments, abbreviations or
 * re-attributed headings; and, on the child's side or outside the home, none that talks about the parents
 * (those would make a fair sorting question unfair).
 */
function sortable(indicator: Indicator): boolean {
  const text = cleanQuote(indicator.textVerbatim);
  if (
    (indicator.domain === 'child-development' || indicator.domain === 'extra-familial') &&
    ADULT_WORDS.test(text)
  ) {
    return false;
  }
  const { flags } = indicator;
  return (
    text.length >= 20 &&
    text.length <= 150 &&
    /^[A-Z"'‘“(]/.test(text) &&
    // No abbreviations a learner outside social care may not know (CME, EHE, HBV).
    !/\b(?!I\b)[A-Z]{2,}\b/.test(text) &&
    !flags.crossReference &&
    !flags.duplicateOf &&
    !flags.literalDimension &&
    !flags.levelInferred
  );
}

/** Levels the picks rotate through, so the activity shows the range of the matrix. */
const LEVEL_ROTATION: readonly LevelOrdinal[] = [2, 3, 4, 2, 3, 4];

/**
 * Six indicators (by default) from the area's matrix, chosen deterministically, one per dimension group:
 * the groups (domains) take turns, each turn taking the group's next dimension that has a sortable indicator,
 * so every side of the triangle is represented and no dimension repeats until each group has run out.
 * Within a dimension the level follows a 2, 3, 4 rotation (falling back to the nearest level that has one),
 * and the first indicator by id (a content hash) is taken.
 */
export function chooseSortingIndicators(framework: Framework, count = 6): Indicator[] {
  const sides = triangleSides(framework);
  const queues = sides.map((side) =>
    framework.dimensions
      .filter((d) => d.domain === side.id)
      .map((d) => framework.indicators.filter((i) => i.dimensionId === d.id && sortable(i)))
      .filter((candidates) => candidates.length > 0),
  );
  const chosen: Indicator[] = [];
  const used = new Set<string>();
  const cursor = queues.map(() => 0);
  let turn = 0;
  let idle = 0;
  while (chosen.length < count && idle < queues.length * 4) {
    const q = turn % queues.length;
    turn += 1;
    const dims = queues[q] ?? [];
    if (dims.length === 0) {
      idle += 1;
      continue;
    }
    const candidates = dims[(cursor[q] ?? 0) % dims.length] ?? [];
    cursor[q] = (cursor[q] ?? 0) + 1;
    const wanted = LEVEL_ROTATION[chosen.length % LEVEL_ROTATION.length] ?? 3;
    const pick = [...candidates]
      .filter((i) => !used.has(i.id))
      .sort((a, b) => Math.abs(a.level - wanted) - Math.abs(b.level - wanted) || a.id.localeCompare(b.id))[0];
    if (!pick) {
      idle += 1;
      continue;
    }
    used.add(pick.id);
    chosen.push(pick);
  }
  if (chosen.length < count) {
    throw new Error(
      `${framework.id}: only ${chosen.length} sortable indicators found for the triangle activity (wanted ${count}).`,
    );
  }
  return chosen;
}

export interface SortingItem {
  id: string;
  text: string;
  answer: DomainId;
}

/** The indicator's words for display: verbatim, less Dudley's trailing strategy-discussion asterisk (the feedback says so). */
export function displayText(indicator: Indicator): string {
  return cleanQuote(indicator.textVerbatim).replace(/\s*\*+$/, '');
}

export function sortingItems(indicators: readonly Indicator[]): SortingItem[] {
  return indicators.map((i) => ({ id: i.id, text: displayText(i), answer: i.domain }));
}

export interface SortResult {
  indicatorId: string;
  correct: boolean;
  chosen: DomainId | null;
  expected: DomainId;
  /** Where it really sits: group, local dimension, level and source. */
  feedback: string;
}

/** Marks one placement and says where the indicator really sits in the area's matrix. */
export function checkSorting(
  framework: Framework,
  areaName: string,
  indicator: Indicator,
  chosen: DomainId | null,
): SortResult {
  const sides = triangleSides(framework);
  const side = sides.find((s) => s.id === indicator.domain);
  if (!side)
    throw new Error(`${indicator.id}: its domain ${indicator.domain} is not a group in ${framework.id}.`);
  const chosenSide = sides.find((s) => s.id === chosen);
  const correct = chosen === indicator.domain;
  const verdict =
    chosen === null
      ? 'Not answered.'
      : correct
        ? 'Right.'
        : `Not quite: you put it under ${chosenSide?.label ?? chosen}.`;
  const span = indicator.provenance.spans[0];
  const source = span ? ` (${citeSource(areaName, span)})` : '';
  const strategy = indicator.flags.strategyDiscussion
    ? ' The document marks it with an asterisk: a strategy discussion will be needed.'
    : '';
  const feedback =
    `${verdict} It belongs under ${side.label} (${side.place}). ${areaName} lists it under ` +
    `“${indicator.dimension}” at ${levelPhrase(framework, indicator.level)}${source}.${strategy}`;
  return { indicatorId: indicator.id, correct, chosen, expected: indicator.domain, feedback };
}
