/**
 * Compares extracted indicators with the curated per-cell counts of source-notes (`expected-counts.ts`),
 * allowing only the differences a reader documents (`knownCountDifferences`).
 */
import type { Indicator } from '../schema.ts';
import type { ExpectedArea } from './expected-counts.ts';
import { slugify } from './normalise.ts';
import type { KnownCountDifference, LevelOrdinal } from './reader-types.ts';

export interface CountDifference {
  level: LevelOrdinal;
  dimension: string;
  expected: number;
  actual: number;
  /** The reader's documented reason, when the difference is a known one. */
  reason?: string;
}

/** The dimension an item is counted under: the printed heading when the reader reattributed it. */
export function countedDimension(indicator: Pick<Indicator, 'dimension' | 'flags'>): string {
  return indicator.flags.literalDimension ?? indicator.dimension;
}

export function compareCellCounts(
  indicators: readonly Pick<Indicator, 'level' | 'dimension' | 'flags'>[],
  expected: ExpectedArea,
  known: readonly KnownCountDifference[] = [],
): { differences: CountDifference[]; unmatchedDimensions: string[] } {
  const rowOfSlug = new Map<string, string>();
  for (const row of expected.rows) {
    for (const label of [row.dimension, ...(row.aliases ?? [])]) rowOfSlug.set(slugify(label), row.dimension);
  }
  const actual = new Map<string, number>();
  const unmatched = new Set<string>();
  for (const ind of indicators) {
    const label = countedDimension(ind);
    const row = rowOfSlug.get(slugify(label));
    if (row === undefined) {
      unmatched.add(label);
      continue;
    }
    const key = `${ind.level}|${row}`;
    actual.set(key, (actual.get(key) ?? 0) + 1);
  }
  const differences: CountDifference[] = [];
  for (const row of expected.rows) {
    row.counts.forEach((count, i) => {
      const level = (i + 1) as LevelOrdinal;
      const got = actual.get(`${level}|${row.dimension}`) ?? 0;
      const want = count ?? 0;
      if (got === want) return;
      const doc = known.find(
        (k) =>
          k.level === level &&
          slugify(k.dimension) === slugify(row.dimension) &&
          k.expected === want &&
          k.actual === got,
      );
      differences.push({
        level,
        dimension: row.dimension,
        expected: want,
        actual: got,
        ...(doc ? { reason: doc.reason } : {}),
      });
    });
  }
  return { differences, unmatchedDimensions: [...unmatched].sort() };
}
