import { describe, expect, it } from 'vitest';
import { describeLevel, isValidOrdinal } from './LevelBadge.tsx';
import { levelBadgeExamples } from './level-badge.examples.ts';

describe('describeLevel', () => {
  it('states the ordinal out of the level count, the local name and the emphasis', () => {
    expect(describeLevel(3, 'Complex')).toBe('Level 3 of 4, Complex');
    expect(describeLevel(2, 'Universal Plus', 4, 'Your answer')).toBe(
      'Level 2 of 4, Universal Plus, Your answer',
    );
  });
});

describe('isValidOrdinal', () => {
  it('accepts whole numbers within the level count only', () => {
    expect([1, 2, 3, 4].every((n) => isValidOrdinal(n))).toBe(true);
    expect(isValidOrdinal(0)).toBe(false);
    expect(isValidOrdinal(5)).toBe(false);
    expect(isValidOrdinal(2.5)).toBe(false);
    expect(isValidOrdinal(5, 5)).toBe(true);
  });
});

describe('levelBadgeExamples', () => {
  it('covers every level, size and emphasis with unique names', () => {
    const names = levelBadgeExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const ordinals = new Set(levelBadgeExamples.map((e) => e.props.ordinal));
    expect([...ordinals].sort()).toEqual([1, 2, 3, 4]);
    const sizes = new Set(levelBadgeExamples.map((e) => e.props.size ?? 'medium'));
    expect([...sizes].sort()).toEqual(['large', 'medium', 'small']);
    const emphases = new Set(levelBadgeExamples.map((e) => e.props.emphasis ?? 'none'));
    expect([...emphases].sort()).toEqual(['chosen', 'current', 'expected', 'none', 'previous']);
  });
});
