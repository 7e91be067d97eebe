import { describe, expect, it } from 'vitest';
import { clipDescription, type InteractionRecord, validateInteraction } from '../src/interactions.ts';
import {
  confidenceDecision,
  evidenceDomainDecision,
  evidenceSelectionDecision,
  levelDecision,
  orderingDecision,
  responseDecision,
} from '../src/learner-decisions.ts';
import { encodeScorm12Responses } from '../src/scorm12-adapter.ts';
import { encodeScorm2004Responses } from '../src/scorm2004-adapter.ts';

const levels = ['universal', 'early-help', 'targeted', 'specialist'];

describe('validateInteraction', () => {
  it('names the field and the offending value', () => {
    const bad: InteractionRecord = {
      id: 'q1',
      type: 'choice',
      options: ['a', 'b'],
      response: ['c'],
      result: 'correct',
    };
    expect(validateInteraction(bad)).toEqual({
      kind: 'invalid-input',
      field: 'interaction "q1".response[0]',
      message: '"c" is not one of options',
    });
  });

  it('rejects duplicates, empty option lists, more than 36 options and unknown results', () => {
    const base = { id: 'q', result: 'correct' as const };
    expect(
      validateInteraction({ ...base, type: 'choice', options: ['a', 'a'], response: [] })?.message,
    ).toContain('duplicate');
    expect(validateInteraction({ ...base, type: 'choice', options: [], response: [] })?.message).toContain(
      'at least one',
    );
    const many = Array.from({ length: 37 }, (_, i) => `o${i}`);
    expect(
      validateInteraction({ ...base, type: 'sequencing', options: many, response: [] })?.message,
    ).toContain('at most 36');
    expect(
      validateInteraction({ ...base, type: 'choice', options: ['a'], response: ['a', 'a'] })?.field,
    ).toBe('interaction "q".response');
    expect(
      validateInteraction({
        id: 'q',
        result: 'wrong' as 'correct',
        type: 'likert',
        scale: ['1'],
        response: '1',
      })?.field,
    ).toBe('interaction "q".result');
    expect(validateInteraction({ ...base, type: 'likert', scale: ['1', '2'], response: '3' })?.field).toBe(
      'interaction "q".response',
    );
    expect(
      validateInteraction({
        ...base,
        type: 'matching',
        sources: ['e1'],
        targets: ['d1'],
        response: [['e1', 'd2']],
      })?.field,
    ).toBe('interaction "q".response[0][1]');
    expect(
      validateInteraction({ ...base, id: ' ', type: 'choice', options: ['a'], response: [] })?.field,
    ).toBe('interaction.id');
    expect(
      validateInteraction({ ...base, latencyMs: -1, type: 'choice', options: ['a'], response: [] })?.field,
    ).toBe('interaction "q".latencyMs');
  });

  it('keeps descriptions valid localized strings: one line, no leading "{"', () => {
    expect(clipDescription('{lang=en} or a set {a, b}\nnext line')).toBe(
      '(lang=en} or a set {a, b} next line',
    );
  });

  it('cuts long descriptions at 250 characters', () => {
    const long = clipDescription('word '.repeat(100));
    expect(long.length).toBe(250);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('learner decisions', () => {
  it('judge results from the expected answer, or neutral without one', () => {
    expect(levelDecision({ vignetteId: 'v', levels, chosen: 'targeted', expected: 'targeted' }).result).toBe(
      'correct',
    );
    expect(
      levelDecision({ vignetteId: 'v', levels, chosen: 'targeted', expected: 'specialist' }).result,
    ).toBe('incorrect');
    expect(levelDecision({ vignetteId: 'v', levels, chosen: 'targeted' }).result).toBe('neutral');
    expect(
      evidenceSelectionDecision({
        vignetteId: 'v',
        evidence: ['a', 'b'],
        selected: ['b', 'a'],
        expected: ['a', 'b'],
      }).result,
    ).toBe('correct');
    expect(
      responseDecision({ vignetteId: 'v', responses: ['a', 'b'], chosen: ['a'], expected: ['a', 'b'] })
        .result,
    ).toBe('incorrect');
    expect(
      orderingDecision({ vignetteId: 'v', items: ['a', 'b'], order: ['b', 'a'], expected: ['a', 'b'] })
        .result,
    ).toBe('incorrect');
    expect(
      evidenceDomainDecision({
        vignetteId: 'v',
        evidence: ['e1', 'e2'],
        domains: ['d1', 'd2'],
        placed: [
          ['e2', 'd2'],
          ['e1', 'd1'],
        ],
        expected: [
          ['e1', 'd1'],
          ['e2', 'd2'],
        ],
      }).result,
    ).toBe('correct');
    expect(confidenceDecision({ vignetteId: 'v', scale: ['1', '2', '3'], chosen: '3' }).result).toBe(
      'neutral',
    );
  });

  it('name interactions by vignette, decision and attempt', () => {
    expect(levelDecision({ vignetteId: 'tw-01', levels, chosen: 'targeted' }).id).toBe('tw-01-level');
    expect(levelDecision({ vignetteId: 'tw-01', levels, chosen: 'targeted', attempt: 2 }).id).toBe(
      'tw-01-level-2',
    );
    expect(orderingDecision({ vignetteId: 'tw-01', task: 'escalation', items: ['a'], order: ['a'] }).id).toBe(
      'tw-01-order-escalation',
    );
  });

  it('encode to each standard: 1.2 single characters by position, 2004 identifiers', () => {
    const record = evidenceDomainDecision({
      vignetteId: 'v',
      evidence: ['e1', 'e2', 'e3'],
      domains: ['child', 'parent', 'family'],
      placed: [
        ['e3', 'family'],
        ['e1', 'parent'],
      ],
    });
    expect(encodeScorm12Responses(record)).toEqual({ response: 'c.c,a.b', correct: null });
    expect(encodeScorm2004Responses(record)).toEqual({
      response: 'e3[.]family[,]e1[.]parent',
      correct: null,
    });
    const many = Array.from({ length: 36 }, (_, i) => `o${i}`);
    const last = encodeScorm12Responses({
      id: 'q',
      type: 'choice',
      options: many,
      response: ['o35', 'o0', 'o26'],
      result: 'neutral',
    });
    expect(last.response).toBe('9,a,0');
  });
});
