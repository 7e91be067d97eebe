/**
 * Resolves curated references "area + level + verbatim text fragment" (used by the cross-area concepts) to
 * indicator ids. A fragment must name exactly one indicator: zero or several is an error that says which
 * concept, which fragment, and which indicators it did match, so the curator can lengthen the fragment.
 */
import type { AreaData, AreaId, LevelOrdinal } from '../schema.ts';
import { normaliseText, slugify } from './normalise.ts';

export interface FragmentRef {
  area: AreaId;
  level: LevelOrdinal;
  /** Verbatim text from the indicator; compared after `normaliseText`, ignoring case. */
  fragment: string;
  /** Optional local dimension (label or id) to disambiguate text that occurs twice at one level. */
  dimension?: string;
}

export class FragmentResolutionError extends Error {
  readonly where: string;
  readonly matches: readonly string[];
  constructor(where: string, ref: FragmentRef, matches: readonly string[]) {
    const found =
      matches.length === 0
        ? 'matches no indicator'
        : `matches ${matches.length} indicators (${matches.join(', ')}); lengthen the fragment or give a dimension`;
    super(`${where}: fragment "${ref.fragment}" (${ref.area}, level ${ref.level}) ${found}`);
    this.name = 'FragmentResolutionError';
    this.where = where;
    this.matches = matches;
  }
}

function dimensionMatches(data: AreaData, dimensionId: string, hint: string): boolean {
  const slug = slugify(hint);
  const dim = data.dimensions.find((d) => d.id === dimensionId);
  return (
    dim !== undefined && (dim.id === hint || [dim.label, ...dim.variants].some((l) => slugify(l) === slug))
  );
}

/**
 * The id of the one indicator a fragment names; throws `FragmentResolutionError` otherwise. A `dimension` narrows
 * several matches to one, and must agree with the dimension of a single match.
 */
export function resolveFragment(
  areas: Readonly<Partial<Record<AreaId, AreaData>>>,
  ref: FragmentRef,
  where: string,
): string {
  const data = areas[ref.area];
  if (!data) throw new FragmentResolutionError(where, ref, []);
  const needle = normaliseText(ref.fragment).toLowerCase();
  if (needle === '') throw new FragmentResolutionError(where, ref, []);
  let matches = data.indicators.filter(
    (i) => i.level === ref.level && i.textNormalised.toLowerCase().includes(needle),
  );
  if (ref.dimension !== undefined) {
    const hint = ref.dimension;
    const narrowed = matches.filter((i) => dimensionMatches(data, i.dimensionId, hint));
    if (matches.length === 1 && narrowed.length === 0) {
      throw new Error(
        `${where}: fragment "${ref.fragment}" (${ref.area}, level ${ref.level}) names ${matches[0]!.id} in "${matches[0]!.dimension}", not in the dimension "${hint}" it gives`,
      );
    }
    matches = narrowed;
  }
  if (matches.length !== 1)
    throw new FragmentResolutionError(
      where,
      ref,
      matches.map((i) => i.id),
    );
  return matches[0]!.id;
}
