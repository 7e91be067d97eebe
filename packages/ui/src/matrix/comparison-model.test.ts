import { describe, expect, it } from 'vitest';
import {
  type ComparisonSide,
  comparisonState,
  describeComparisonLevels,
  describeComparisonRelation,
  describeLevelDifference,
} from './comparison-model.ts';
import { comparisonExample } from './matrix.examples.ts';

const side = (areaName: string, ordinal: number, name: string): ComparisonSide => ({
  areaName,
  level: { ordinal, name },
  indicators: [],
});

describe('describeComparisonLevels', () => {
  it('states each area’s ordinal and local name', () => {
    const [telford, sandwell] = comparisonExample.entries;
    expect(describeComparisonLevels(telford, sandwell)).toBe(
      'Level 3 (Complex) in Telford & Wrekin, level 4 (Complex/ Significant Needs) in Sandwell',
    );
  });
});

describe('describeLevelDifference and comparisonState', () => {
  it('compares by ordinal, in words', () => {
    const a = side('Telford & Wrekin', 3, 'Complex');
    expect(describeLevelDifference(a, side('Sandwell', 4, 'Complex/ Significant Needs'))).toBe(
      'Sandwell places it one level higher than Telford & Wrekin.',
    );
    expect(describeLevelDifference(a, side('Dudley', 1, 'Universal Services'))).toBe(
      'Dudley places it two levels lower than Telford & Wrekin.',
    );
    expect(describeLevelDifference(a, side('Stoke-on-Trent', 3, 'Targeted Early Help'))).toBe(
      'Both areas place it at level 3.',
    );
    expect(comparisonState(a, side('S', 4, 'x'))).toBe('second-higher');
    expect(comparisonState(a, side('S', 2, 'x'))).toBe('second-lower');
    expect(comparisonState(a, side('S', 3, 'x'))).toBe('same-level');
  });
});

describe('describeComparisonRelation', () => {
  it('words known relations and tidies unknown ones', () => {
    expect(describeComparisonRelation('identical_text')).toBe('Same wording');
    expect(describeComparisonRelation('stricter')).toBe('Stricter');
    expect(describeComparisonRelation('partly_overlapping')).toBe('Partly overlapping');
  });
});
