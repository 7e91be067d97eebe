import { describe, expect, it } from 'vitest';
import { consentAreaRules, consentDecisionExamples } from './consent-decision.examples.ts';
import {
  childQuestionHint,
  consentDecisionState,
  EMPTY_CONSENT_DECISION,
  PLAIN_ENGLISH_CHILD_OPTIONS,
  PLAIN_ENGLISH_CONSENT_OPTIONS,
  shouldAskChild,
} from './consent-decision-logic.ts';

describe('shouldAskChild', () => {
  it('asks from the area threshold upwards (Telford 12, Dudley 13)', () => {
    expect(shouldAskChild(11, 12)).toBe(false);
    expect(shouldAskChild(12, 12)).toBe(true);
    expect(shouldAskChild(12, 13)).toBe(false);
    expect(shouldAskChild(13, 13)).toBe(true);
    expect(shouldAskChild(17, 13)).toBe(true);
  });
  it('never asks when the age or the threshold is unknown (Sandwell, Stoke and Nottingham give no age)', () => {
    expect(shouldAskChild(15, undefined)).toBe(false);
    expect(shouldAskChild(undefined, 12)).toBe(false);
    expect(shouldAskChild(Number.NaN, 12)).toBe(false);
  });
});

describe('consentDecisionState', () => {
  it('is empty, partial or complete according to the questions actually asked', () => {
    expect(consentDecisionState(EMPTY_CONSENT_DECISION, false)).toBe('empty');
    expect(consentDecisionState(EMPTY_CONSENT_DECISION, true)).toBe('empty');
    const first = { decision: 'no-sharing-needed', childDecision: null };
    expect(consentDecisionState(first, false)).toBe('complete');
    expect(consentDecisionState(first, true)).toBe('partial');
    const both = { decision: 'seek-consent-before-sharing', childDecision: 'ask-child-consent' };
    expect(consentDecisionState(both, true)).toBe('complete');
    expect(consentDecisionState({ decision: null, childDecision: 'inform-child' }, true)).toBe('partial');
  });
  it('ignores an answer to a question that is not asked', () => {
    expect(consentDecisionState({ decision: null, childDecision: 'inform-child' }, false)).toBe('empty');
  });
});

describe('childQuestionHint', () => {
  it('states the child’s age and the area threshold, with the name when given', () => {
    expect(childQuestionHint(13, 12, 'Amira')).toBe(
      'Amira is 13. In this area a young person of 12 or over may be able to give their own consent, if they understand what they are agreeing to.',
    );
    expect(childQuestionHint(14, 13)).toMatch(
      /^The young person is 14\. In this area a young person of 13 or over/,
    );
    expect(childQuestionHint(14, 13, '  ')).toMatch(/^The young person is 14\./);
  });
});

describe('plain-English options', () => {
  it('offers the four standard consent answers, each with a hint, with unique values', () => {
    expect(PLAIN_ENGLISH_CONSENT_OPTIONS.map((o) => o.value)).toEqual([
      'seek-consent-before-sharing',
      'share-without-consent-inform-parents',
      'share-without-consent-do-not-inform',
      'no-sharing-needed',
    ]);
    for (const option of [...PLAIN_ENGLISH_CONSENT_OPTIONS, ...PLAIN_ENGLISH_CHILD_OPTIONS]) {
      expect(option.hint, option.value).toBeTruthy();
    }
    expect(new Set(PLAIN_ENGLISH_CHILD_OPTIONS.map((o) => o.value)).size).toBe(
      PLAIN_ENGLISH_CHILD_OPTIONS.length,
    );
  });
  it('names the three reasons not to tell the parents that the documents give', () => {
    const hint = PLAIN_ENGLISH_CONSENT_OPTIONS.find(
      (o) => o.value === 'share-without-consent-do-not-inform',
    )?.hint;
    expect(hint).toMatch(/greater risk/);
    expect(hint).toMatch(/someone else in danger/);
    expect(hint).toMatch(/police investigation/);
  });
  it('keeps labels short enough to scan: at most 15 words', () => {
    for (const option of [...PLAIN_ENGLISH_CONSENT_OPTIONS, ...PLAIN_ENGLISH_CHILD_OPTIONS]) {
      expect(option.label.split(/\s+/).length, option.label).toBeLessThanOrEqual(15);
    }
  });
});

describe('consentDecisionExamples', () => {
  it('has unique names and ids and covers empty, chosen, the child question, error and disabled', () => {
    const names = consentDecisionExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(consentDecisionExamples.map((e) => e.props.id)).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['empty', 'chosen', 'child-question', 'complete', 'error', 'disabled']),
    );
  });
  it('uses the child-consent ages the documents give: Telford 12, Dudley 13, none elsewhere', () => {
    expect(consentAreaRules['telford-wrekin'].childConsentAge).toBe(12);
    expect(consentAreaRules.dudley.childConsentAge).toBe(13);
    expect(consentAreaRules.sandwell.childConsentAge).toBeUndefined();
    expect(consentAreaRules['stoke-on-trent'].childConsentAge).toBeUndefined();
  });
});
