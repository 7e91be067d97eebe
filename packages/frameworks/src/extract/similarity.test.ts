import { describe, expect, it } from 'vitest';
import { bigramProfile, diceSimilarity, profileSimilarity } from './similarity.ts';

describe('Dice similarity of character bigrams', () => {
  it('is 1 for equal strings, 0 for disjoint ones, and symmetric', () => {
    expect(diceSimilarity('teenage parent', 'teenage parent')).toBe(1);
    expect(diceSimilarity('abc', 'xyz')).toBe(0);
    expect(diceSimilarity('night', 'nacht')).toBeCloseTo(0.25, 5);
    expect(diceSimilarity('teenage parent', 'teenage parent s')).toBe(
      diceSimilarity('teenage parent s', 'teenage parent'),
    );
  });

  it('counts repeated bigrams as a multiset', () => {
    expect(diceSimilarity('aaaa', 'aa')).toBeCloseTo((2 * 1) / (3 + 1), 5);
  });

  it('profiles give the same answer as the direct function', () => {
    const pairs: [string, string][] = [
      ['registered with a gp', 'not registered with a gp'],
      ['parents own needs', 'parents own emotional needs'],
      ['x', 'xy'],
    ];
    for (const [a, b] of pairs) {
      expect(profileSimilarity(bigramProfile(a), bigramProfile(b))).toBeCloseTo(diceSimilarity(a, b), 10);
    }
  });
});
