import { describe, expect, it } from 'vitest';
import { compareLevels, formatPercent, formatPoints, verdictFor } from './feedback-text.ts';

describe('verdictFor', () => {
  it('maps fractions to verdicts', () => {
    expect(verdictFor(1)).toBe('correct');
    expect(verdictFor(0.5)).toBe('partly-correct');
    expect(verdictFor(0)).toBe('incorrect');
    expect(verdictFor(Number.NaN)).toBe('incorrect');
  });
});

describe('formatting', () => {
  it('formats points and percentages', () => {
    expect(formatPoints(7.5, 10)).toBe('7.5 of 10 points');
    expect(formatPoints(1, 1)).toBe('1 of 1 point');
    expect(formatPoints(2 / 3, 1)).toBe('0.7 of 1 point');
    expect(formatPercent(0.834)).toBe('83%');
    expect(formatPercent(1.2)).toBe('100%');
  });
});

describe('compareLevels', () => {
  const complex = { ordinal: 3, name: 'Complex' };
  const acute = { ordinal: 4, name: 'Acute' };
  const vulnerable = { ordinal: 2, name: 'Vulnerable' };
  const universal = { ordinal: 1, name: 'Universal' };
  it('says when the choice is within the expected band', () => {
    expect(compareLevels(complex, [complex])).toBe(
      'You chose level 3 (Complex): the matrix points to level 3 (Complex).',
    );
    expect(compareLevels(acute, [complex, acute])).toMatch(/either is defensible/);
  });
  it('says how far and which way a choice is off', () => {
    expect(compareLevels(vulnerable, [acute])).toBe(
      'You chose level 2 (Vulnerable), 2 levels lower than the matrix: it points to level 4 (Acute).',
    );
    expect(compareLevels(complex, [universal])).toMatch(/2 levels higher/);
    expect(compareLevels(undefined, [complex])).toBe('The matrix points to level 3 (Complex).');
  });
});
