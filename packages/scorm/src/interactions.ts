import type { ScormFailure } from './failures.ts';

type InvalidInput = Extract<ScormFailure, { kind: 'invalid-input' }>;

/**
 * A learner's answer, in the course's own identifiers. The adapters encode it for each standard:
 * 2004 keeps identifiers and descriptions; 1.2 maps every option to one character `a–z0–9` by its position
 * in `options`/`sources`/`targets`/`scale`, drops the description and writes `wrong` for `incorrect`.
 */
export type InteractionRecord = InteractionCommon &
  (
    | { type: 'choice'; options: readonly string[]; response: readonly string[]; correct?: readonly string[] }
    | {
        type: 'sequencing';
        options: readonly string[];
        response: readonly string[];
        correct?: readonly string[];
      }
    | {
        type: 'matching';
        sources: readonly string[];
        targets: readonly string[];
        response: readonly MatchingPair[];
        correct?: readonly MatchingPair[];
      }
    | { type: 'likert'; scale: readonly string[]; response: string; correct?: string }
  );

export type MatchingPair = readonly [source: string, target: string];

/** Results in SCORM 2004 vocabulary; the 1.2 adapter writes `wrong` for `incorrect`. */
export type InteractionResult = 'correct' | 'incorrect' | 'neutral' | 'unanticipated';

export interface InteractionCommon {
  /** Unique per question (repeat it for a second attempt at the same question). */
  id: string;
  /** What was asked, for LMS reports (2004 only, cut to 250 characters). */
  description?: string;
  result: InteractionResult;
  /** Objectives this answer counts towards (written as interaction objective ids). */
  objectiveIds?: readonly string[];
  weighting?: number;
  /** Time the learner took to answer. */
  latencyMs?: number;
  /** When the learner answered (epoch ms); defaults to the session clock. */
  at?: number;
}

export const maxOptions = 36;
export const maxDescriptionLength = 250;

const resultValues: readonly InteractionResult[] = ['correct', 'incorrect', 'neutral', 'unanticipated'];

function invalid(field: string, message: string): InvalidInput {
  return { kind: 'invalid-input', field, message };
}

function checkOptionList(list: readonly string[], field: string): InvalidInput | null {
  if (list.length === 0) return invalid(field, 'must list at least one option');
  if (list.length > maxOptions)
    return invalid(field, `has ${list.length} options; SCORM allows at most ${maxOptions}`);
  const seen = new Set<string>();
  for (const [index, option] of list.entries()) {
    if (typeof option !== 'string' || option.length === 0)
      return invalid(`${field}[${index}]`, 'must be a non-empty string');
    if (seen.has(option)) return invalid(`${field}[${index}]`, `duplicate option "${option}"`);
    seen.add(option);
  }
  return null;
}

function checkMembers(
  values: readonly string[],
  list: readonly string[],
  field: string,
  listName: string,
): InvalidInput | null {
  for (const [index, value] of values.entries()) {
    if (!list.includes(value)) return invalid(`${field}[${index}]`, `"${value}" is not one of ${listName}`);
  }
  return null;
}

/** Checks an interaction against its own option lists; the adapters check the standard's formats. */
export function validateInteraction(record: InteractionRecord): InvalidInput | null {
  const at = `interaction "${record.id}"`;
  if (typeof record.id !== 'string' || record.id.trim() === '')
    return invalid('interaction.id', 'must be a non-empty string');
  if (!resultValues.includes(record.result)) {
    return invalid(`${at}.result`, `"${String(record.result)}" is not one of ${resultValues.join(', ')}`);
  }
  if (record.weighting !== undefined && !Number.isFinite(record.weighting))
    return invalid(`${at}.weighting`, 'must be a finite number');
  if (record.latencyMs !== undefined && !(Number.isFinite(record.latencyMs) && record.latencyMs >= 0)) {
    return invalid(`${at}.latencyMs`, 'must be a non-negative number of milliseconds');
  }
  for (const [index, objectiveId] of (record.objectiveIds ?? []).entries()) {
    if (typeof objectiveId !== 'string' || objectiveId.trim() === '')
      return invalid(`${at}.objectiveIds[${index}]`, 'must be a non-empty string');
  }
  switch (record.type) {
    case 'choice':
    case 'sequencing': {
      const problem = checkOptionList(record.options, `${at}.options`);
      if (problem) return problem;
      const inResponse = checkMembers(record.response, record.options, `${at}.response`, 'options');
      if (inResponse) return inResponse;
      if (record.type === 'choice' && new Set(record.response).size !== record.response.length) {
        return invalid(`${at}.response`, 'a choice response lists each option at most once');
      }
      return record.correct ? checkMembers(record.correct, record.options, `${at}.correct`, 'options') : null;
    }
    case 'matching': {
      const problem =
        checkOptionList(record.sources, `${at}.sources`) ?? checkOptionList(record.targets, `${at}.targets`);
      if (problem) return problem;
      for (const [name, pairs] of [
        ['response', record.response],
        ['correct', record.correct ?? []],
      ] as const) {
        if (pairs.length > maxOptions)
          return invalid(`${at}.${name}`, `has ${pairs.length} pairs; SCORM allows at most ${maxOptions}`);
        for (const [index, pair] of pairs.entries()) {
          if (!record.sources.includes(pair[0]))
            return invalid(`${at}.${name}[${index}][0]`, `"${pair[0]}" is not one of sources`);
          if (!record.targets.includes(pair[1]))
            return invalid(`${at}.${name}[${index}][1]`, `"${pair[1]}" is not one of targets`);
        }
      }
      return null;
    }
    case 'likert': {
      const problem = checkOptionList(record.scale, `${at}.scale`);
      if (problem) return problem;
      if (!record.scale.includes(record.response))
        return invalid(`${at}.response`, `"${record.response}" is not one of scale`);
      if (record.correct !== undefined && !record.scale.includes(record.correct)) {
        return invalid(`${at}.correct`, `"${record.correct}" is not one of scale`);
      }
      return null;
    }
    default:
      return invalid(
        `${at}.type`,
        `"${String((record as { type: unknown }).type)}" is not choice, sequencing, matching or likert`,
      );
  }
}

/**
 * Makes a description a valid 2004 localized string: one line (LMSs match it with `.`), no leading `{` (read
 * as a `{lang=…}` delimiter and rejected), cut to 250 characters with the cut marked.
 */
export function clipDescription(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/^\{/, '(');
  return clean.length <= maxDescriptionLength ? clean : `${clean.slice(0, maxDescriptionLength - 1)}…`;
}
