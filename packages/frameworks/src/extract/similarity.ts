/**
 * Sørensen–Dice similarity of character bigrams (multiset), used to flag near-duplicate indicators
 * ("Teenage parent" / "Teenage parent(s)"). Inputs are compared as given; callers pass duplicate keys.
 */
function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const s = text.replace(/\s+/g, ' ');
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** A reusable bigram profile, to avoid rebuilding maps in all-pairs comparisons. */
export interface BigramProfile {
  grams: Map<string, number>;
  size: number;
}

export function bigramProfile(text: string): BigramProfile {
  const s = text.replace(/\s+/g, ' ');
  return { grams: bigrams(s), size: Math.max(0, s.length - 1) };
}

export function profileSimilarity(a: BigramProfile, b: BigramProfile): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [g, n] of small.grams) shared += Math.min(n, large.grams.get(g) ?? 0);
  return (2 * shared) / (a.size + b.size);
}
