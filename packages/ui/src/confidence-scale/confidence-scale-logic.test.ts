import { describe, expect, it } from 'vitest';
import { confidenceScaleExamples } from './confidence-scale.examples.ts';
import {
  CONFIDENCE_VALUES,
  DEFAULT_CONFIDENCE_LABELS,
  describeConfidence,
  isConfidenceValue,
} from './confidence-scale-logic.ts';

describe('isConfidenceValue', () => {
  it('accepts whole numbers 1 to 5 only', () => {
    expect(CONFIDENCE_VALUES.every((v) => isConfidenceValue(v))).toBe(true);
    for (const bad of [0, 6, 2.5, '3', null, undefined, Number.NaN])
      expect(isConfidenceValue(bad)).toBe(false);
  });
});

describe('describeConfidence', () => {
  it('states the point out of five and its words', () => {
    expect(describeConfidence(1)).toBe('1 out of 5, Not at all confident');
    expect(describeConfidence(5)).toBe('5 out of 5, Very confident');
    expect(describeConfidence(3, ['a', 'b', 'c', 'd', 'e'])).toBe('3 out of 5, c');
  });
});

describe('DEFAULT_CONFIDENCE_LABELS', () => {
  it('has five distinct labels from "Not at all confident" to "Very confident"', () => {
    expect(DEFAULT_CONFIDENCE_LABELS).toHaveLength(5);
    expect(new Set(DEFAULT_CONFIDENCE_LABELS).size).toBe(5);
    expect(DEFAULT_CONFIDENCE_LABELS[0]).toBe('Not at all confident');
    expect(DEFAULT_CONFIDENCE_LABELS[4]).toBe('Very confident');
  });
});

describe('confidenceScaleExamples', () => {
  it('has unique names and ids and covers empty, chosen, error and disabled', () => {
    const names = confidenceScaleExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const ids = confidenceScaleExamples.map((e) => e.props.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(names).toEqual(expect.arrayContaining(['empty', 'chosen', 'error', 'disabled']));
  });
});
