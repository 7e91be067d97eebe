import { describe, expect, it } from 'vitest';
import { assertFlowSteps, describeFlow, formatWindow, joinNames } from './flowchart-text.ts';

describe('formatWindow', () => {
  it('states day and hour windows in words', () => {
    expect(formatWindow({ unit: 'days', from: 1, to: 1 })).toBe('Day 1');
    expect(formatWindow({ unit: 'days', from: 3, to: 9 })).toBe('Days 3 to 9');
    expect(formatWindow({ unit: 'hours', from: 0, to: 24 })).toBe('Within 24 hours');
    expect(formatWindow({ unit: 'hours', from: 24, to: 48 })).toBe('24 to 48 hours');
    expect(formatWindow(null)).toBeUndefined();
  });
});

describe('joinNames', () => {
  it('joins names in plain English', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['a'])).toBe('a');
    expect(joinNames(['a', 'b'])).toBe('a and b');
    expect(joinNames(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('describeFlow', () => {
  const steps = [
    {
      id: 's1',
      title: 'Stage 1',
      actors: ['Workers'],
      window: { unit: 'days' as const, from: 1, to: 1 },
      action: 'Try to resolve it',
    },
    {
      id: 's2',
      title: 'Stage 2',
      actors: ['Manager', 'Opposite manager'],
      window: null,
      action: 'Managers meet.',
    },
  ];
  it('states every step, who acts, when, and what happens next', () => {
    const text = describeFlow('Dudley escalation', steps);
    expect(text).toBe(
      'Dudley escalation, in 2 steps. Stage 1 (day 1). Who: Workers. Try to resolve it. Is it resolved? If yes, record the agreement and stop; if not, go to Stage 2. Stage 2. Who: Manager and Opposite manager. Managers meet. This is the last step.',
    );
  });
  it('rejects duplicate ids with the id named', () => {
    expect(() => assertFlowSteps([steps[0]!, steps[0]!])).toThrow(/"s1" is used twice/);
  });
});
