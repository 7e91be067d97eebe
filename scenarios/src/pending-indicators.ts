import type { AreaId } from './areas.ts';
import type { FrameworkLookup, IndicatorRef } from './framework-lookup.ts';

/** An indicator transcribed from a seed, with the file and line it comes from. */
export type PendingIndicator = IndicatorRef & { seedLine: string };

/**
 * Indicators a draft vignette needs that @levelwise/frameworks does not (yet) expose, each transcribed
 * from the seed with its line. Draft vignettes are validated against the real data overlaid with
 * these; a vignette can leave draft only when it keys none of them. Ids contain `pending`.
 */
export const PENDING_INDICATORS: readonly PendingIndicator[] = [
  // None at present. (Nottingham's immediate-referral list, the first entry here, is now exposed by
  // @levelwise/frameworks and addressed by frameworks-adapter.ts.)
];

export function isPendingIndicator(
  area: AreaId,
  id: string,
  pending: readonly PendingIndicator[] = PENDING_INDICATORS,
): boolean {
  return pending.some((p) => p.area === area && p.id === id);
}

/** The lookup for draft vignettes: the real lookup, plus the pending indicators. */
export function withPendingIndicators(
  base: FrameworkLookup,
  pending: readonly PendingIndicator[] = PENDING_INDICATORS,
): FrameworkLookup {
  return {
    ...base,
    source: `${base.source}; with the pending indicators of scenarios/src/pending-indicators.ts`,
    getIndicator(area, id) {
      const real = base.getIndicator(area, id);
      if (real) return real;
      const found = pending.find((p) => p.area === area && p.id === id);
      if (!found) return undefined;
      const { seedLine: _seedLine, ...ref } = found;
      return ref;
    },
  };
}
