import type { InteractionRecord, InteractionResult, MatchingPair } from './interactions.ts';

/**
 * Builders that turn a Levelwise learner decision into an interaction record, with the result worked out from
 * the expected answer. They know the kinds of decision (level, evidence, response, ordering, confidence), not
 * the course's record format. Ids are `<vignetteId>-<decision>` (plus `-<n>` for a repeat attempt), so an
 * LMS report groups a vignette's decisions together.
 */
export interface DecisionBase {
  vignetteId: string;
  /** 1 for the first attempt; later attempts get their own id suffix. */
  attempt?: number;
  /** The question as the learner saw it (2004 description). */
  description?: string;
  /** Objectives the decision counts towards, e.g. the vignette's objective and a triangle domain's. */
  objectiveIds?: readonly string[];
  latencyMs?: number;
  at?: number;
}

function decisionId(base: DecisionBase, decision: string): string {
  return base.attempt && base.attempt > 1
    ? `${base.vignetteId}-${decision}-${base.attempt}`
    : `${base.vignetteId}-${decision}`;
}

function common(base: DecisionBase, decision: string, result: InteractionResult) {
  const record: {
    id: string;
    result: InteractionResult;
    description?: string;
    objectiveIds?: readonly string[];
    latencyMs?: number;
    at?: number;
  } = { id: decisionId(base, decision), result };
  if (base.description !== undefined) record.description = base.description;
  if (base.objectiveIds !== undefined) record.objectiveIds = base.objectiveIds;
  if (base.latencyMs !== undefined) record.latencyMs = base.latencyMs;
  if (base.at !== undefined) record.at = base.at;
  return record;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((value) => set.has(value));
}

function judge(isCorrect: boolean | null): InteractionResult {
  return isCorrect === null ? 'neutral' : isCorrect ? 'correct' : 'incorrect';
}

/** The level of need the learner chose (one of the area's levels). */
export function levelDecision(
  input: DecisionBase & { levels: readonly string[]; chosen: string; expected?: string },
): InteractionRecord {
  const result = judge(input.expected === undefined ? null : input.chosen === input.expected);
  const record: InteractionRecord = {
    ...common(input, 'level', result),
    type: 'choice',
    options: input.levels,
    response: [input.chosen],
  };
  if (input.expected !== undefined) record.correct = [input.expected];
  return record;
}

/** The evidence the learner selected as relevant (choice). */
export function evidenceSelectionDecision(
  input: DecisionBase & {
    evidence: readonly string[];
    selected: readonly string[];
    expected?: readonly string[];
  },
): InteractionRecord {
  const result = judge(input.expected === undefined ? null : sameSet(input.selected, input.expected));
  const record: InteractionRecord = {
    ...common(input, 'evidence', result),
    type: 'choice',
    options: input.evidence,
    response: input.selected,
  };
  if (input.expected !== undefined) record.correct = input.expected;
  return record;
}

/** The evidence the learner placed in each assessment-triangle domain (matching evidence → domain). */
export function evidenceDomainDecision(
  input: DecisionBase & {
    evidence: readonly string[];
    domains: readonly string[];
    placed: readonly MatchingPair[];
    expected?: readonly MatchingPair[];
  },
): InteractionRecord {
  const key = (pairs: readonly MatchingPair[]) => pairs.map(([source, target]) => `${source}\u0000${target}`);
  const result = judge(input.expected === undefined ? null : sameSet(key(input.placed), key(input.expected)));
  const record: InteractionRecord = {
    ...common(input, 'domains', result),
    type: 'matching',
    sources: input.evidence,
    targets: input.domains,
    response: input.placed,
  };
  if (input.expected !== undefined) record.correct = input.expected;
  return record;
}

/** The response the learner chose (e.g. the service or action), one or several. */
export function responseDecision(
  input: DecisionBase & {
    responses: readonly string[];
    chosen: readonly string[];
    expected?: readonly string[];
  },
): InteractionRecord {
  const result = judge(input.expected === undefined ? null : sameSet(input.chosen, input.expected));
  const record: InteractionRecord = {
    ...common(input, 'response', result),
    type: 'choice',
    options: input.responses,
    response: input.chosen,
  };
  if (input.expected !== undefined) record.correct = input.expected;
  return record;
}

/** An ordering task (e.g. the steps of an escalation ladder), as sequencing. `task` names it within the vignette. */
export function orderingDecision(
  input: DecisionBase & {
    task?: string;
    items: readonly string[];
    order: readonly string[];
    expected?: readonly string[];
  },
): InteractionRecord {
  const exact =
    input.expected === undefined
      ? null
      : input.expected.length === input.order.length &&
        input.expected.every((item, index) => input.order[index] === item);
  const record: InteractionRecord = {
    ...common(input, input.task ? `order-${input.task}` : 'order', judge(exact)),
    type: 'sequencing',
    options: input.items,
    response: input.order,
  };
  if (input.expected !== undefined) record.correct = input.expected;
  return record;
}

/** How confident the learner was (likert); never right or wrong. */
export function confidenceDecision(
  input: DecisionBase & { scale: readonly string[]; chosen: string },
): InteractionRecord {
  return {
    ...common(input, 'confidence', 'neutral'),
    type: 'likert',
    scale: input.scale,
    response: input.chosen,
  };
}
