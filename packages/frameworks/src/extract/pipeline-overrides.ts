/**
 * Reviewed pipeline-level corrections for cases no parser should guess (parameters read wrongly from
 * unusual wording, voice). Keyed by content, never by line number: `text` is compared with each indicator's
 * `textNormalised` (after normalising `text` the same way), optionally narrowed by `level`. An override that
 * matches zero or several indicators fails the extraction, so a stale entry cannot silently do nothing.
 *
 * Structural corrections (merges, splits, level inference) belong to the per-area readers and their
 * `overrides/<area>.ts` files; this list only adjusts what the pipeline derives.
 */
import type { IndicatorParameter, LevelOrdinal } from '../schema.ts';
import type { AreaId } from './reader-types.ts';

type ParameterWithoutOffset = IndicatorParameter extends infer P
  ? P extends unknown
    ? Omit<P, 'offset'>
    : never
  : never;

export interface IndicatorOverride {
  area: AreaId;
  /** The indicator's text (verbatim or normalised). */
  text: string;
  level?: LevelOrdinal;
  /** A short stable rule id, recorded in the indicator's ops as `override:<rule>`. */
  rule: string;
  reason: string;
  set: {
    /** Replace the extracted parameters; each `match` must occur in the text (its offset is computed). */
    parameters?: ParameterWithoutOffset[];
    voice?: 'first-person' | 'third-person';
  };
}

export const PIPELINE_OVERRIDES: readonly IndicatorOverride[] = [];
