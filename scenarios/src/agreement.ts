/**
 * Inter-rater agreement for workshop sessions: a group votes a level for each stage shown.
 * Each item is a vector of counts per category (here the four levels).
 *
 * - Observed agreement of one item: the share of rater pairs that agree, Σ nⱼ(nⱼ − 1) / (n(n − 1)).
 * - Fleiss' kappa: (P̄ − P̄ₑ) / (1 − P̄ₑ), where P̄ is the mean observed agreement over items and
 *   P̄ₑ = Σ pⱼ², pⱼ being category j's share of all votes. Items may have different numbers of raters
 *   (people join late or abstain): P̄ is then the mean over items of their own agreement and pⱼ is
 *   pooled over all votes, the usual generalisation. Items with fewer than two votes carry no
 *   information about agreement and are left out.
 */

export type CategoryCounts = readonly number[];

function total(counts: CategoryCounts): number {
  return counts.reduce((a, b) => a + b, 0);
}

function checkCounts(counts: CategoryCounts): void {
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 0)
      throw new RangeError(`vote counts must be non-negative integers (got ${c})`);
  }
}

/** Share of agreeing rater pairs for one item; null with fewer than two votes. */
export function pairwiseAgreement(counts: CategoryCounts): number | null {
  checkCounts(counts);
  const n = total(counts);
  if (n < 2) return null;
  return counts.reduce((sum, c) => sum + c * (c - 1), 0) / (n * (n - 1));
}

export interface AgreementSummary {
  /** Items with at least two votes. */
  itemsRated: number;
  /** Mean pairwise agreement over those items, 0–1; null when none. */
  percentAgreement: number | null;
  /** Fleiss' kappa; null when undefined (no rated items, or every vote in one category). */
  fleissKappa: number | null;
  /** Chance agreement P̄ₑ. */
  expectedAgreement: number | null;
}

export function summariseAgreement(items: readonly CategoryCounts[]): AgreementSummary {
  const rated = items.filter((item) => {
    checkCounts(item);
    return total(item) >= 2;
  });
  if (rated.length === 0)
    return { itemsRated: 0, percentAgreement: null, fleissKappa: null, expectedAgreement: null };
  const categories = Math.max(...rated.map((r) => r.length));
  const pooled = Array.from({ length: categories }, (_, j) => rated.reduce((sum, r) => sum + (r[j] ?? 0), 0));
  const all = total(pooled);
  const pe = pooled.reduce((sum, c) => sum + (c / all) ** 2, 0);
  const pbar = rated.reduce((sum, r) => sum + (pairwiseAgreement(r) ?? 0), 0) / rated.length;
  const fleissKappa = pe >= 1 ? null : (pbar - pe) / (1 - pe);
  return { itemsRated: rated.length, percentAgreement: pbar, fleissKappa, expectedAgreement: pe };
}

/** Landis and Koch's labels, for a plain-English reading of kappa on screen. */
export function describeKappa(kappa: number | null): string {
  if (kappa === null) return 'not defined';
  if (kappa < 0) return 'poor (less than chance)';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}
