import { describe, expect, it } from 'vitest';
import { choiceOptionId, joinIds } from './choice-field.tsx';

describe('joinIds', () => {
  it('joins the ids that are present, in order', () => {
    expect(joinIds('a-hint', false, undefined, 'a-error')).toBe('a-hint a-error');
  });
  it('gives undefined rather than an empty attribute when nothing is left', () => {
    expect(joinIds(false, null, undefined, '')).toBeUndefined();
  });
});

describe('choiceOptionId', () => {
  it('gives the first option the base id itself, so an error summary can link to #base (GOV.UK)', () => {
    expect(choiceOptionId('level', 0)).toBe('level');
    expect(choiceOptionId('level', 1)).toBe('level-2');
    expect(choiceOptionId('level', 3)).toBe('level-4');
  });
});
