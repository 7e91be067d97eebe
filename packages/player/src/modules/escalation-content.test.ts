import { AREA_IDS, getFramework } from '@levelwise/frameworks';
import { frameworksLookup } from '@levelwise/scenarios';
import { describe, expect, test } from 'vitest';
import {
  checkChoice,
  emergencyQuestion,
  escalationContent,
  nextStepQuestion,
  stageLabel,
} from './escalation-content.ts';

const lookup = frameworksLookup();

describe.each(AREA_IDS)('escalation: %s', (area) => {
  const framework = getFramework(area);
  const areaName = lookup.areaName(area);

  test('the next-step question has one right answer among its options, and marking follows it', () => {
    const q = nextStepQuestion(framework, areaName);
    expect(q.options.filter((o) => o.value === q.answer)).toHaveLength(1);
    expect(checkChoice(q, q.answer)).toEqual({ correct: true, feedback: `Right. ${q.explanation}` });
    expect(checkChoice(q, 'accept').correct).toBe(false);
    expect(checkChoice(q, null).feedback).toMatch(/^Not answered\./);
  });

  test('the emergency answer is always 999 now', () => {
    const q = emergencyQuestion(framework, areaName);
    expect(q.answer).toBe('call-999');
    expect(q.explanation).toContain('must never delay action to protect a child');
  });
});

test('Dudley: one four-stage day ladder; the next step after stage 1 is stage 2, days 3 to 9', () => {
  const dudley = getFramework('dudley');
  const content = escalationContent(dudley, 'Dudley');
  expect(content.policyOnly).toBe(false);
  expect(content.ladders).toHaveLength(1);
  expect(content.ladders[0]?.stages.map((s) => s.window?.unit)).toEqual(['days', 'days', 'days', 'days']);
  const q = nextStepQuestion(dudley, 'Dudley');
  expect(q.options.map((o) => o.label).slice(0, 4)).toEqual([
    'Stage 1 (day 1)',
    'Stage 2 (days 3 to 9)',
    'Stage 3 (days 9 to 14)',
    'Stage 4 (days 16 to 21)',
  ]);
  expect(q.answer).toBe('stage-2');
  expect(q.options[1]?.hint).toMatch(
    /^The line manager or named\/designated safeguarding lead should discuss/,
  );
  expect(q.explanation).toContain('opposite manager in the other agency');
});

test('Nottingham: two hour ladders; the first starts with verbal feedback within 24 hours', () => {
  const notts = getFramework('nottingham-city');
  const content = escalationContent(notts, 'Nottingham City');
  expect(content.ladders).toHaveLength(2);
  expect(content.ladders.every((l) => l.stages.some((s) => s.window?.unit === 'hours'))).toBe(true);
  const q = nextStepQuestion(notts, 'Nottingham City');
  expect(q.options[0]?.hint).toMatch(/^Within 24 hours\./);
  expect(q.options[1]?.label).toBe('Stage 2: Duty Manager');
  expect(emergencyQuestion(notts, 'Nottingham City').explanation).toContain('does not mention 999');
});

test.each(['telford-wrekin', 'sandwell', 'stoke-on-trent'] as const)(
  '%s: the document only points to a policy, and the check says so',
  (area) => {
    const framework = getFramework(area);
    const areaName = lookup.areaName(area);
    const content = escalationContent(framework, areaName);
    expect(content.policyOnly).toBe(true);
    expect(content.policies[0]?.policyName.length).toBeGreaterThan(5);
    const q = nextStepQuestion(framework, areaName);
    expect(q.answer).toBe('general-2');
    expect(q.explanation).toContain(`The ${areaName} document does not set out the steps itself`);
    expect(q.explanation).toContain(content.policies[0]?.policyName);
  },
);

test('stageLabel', () => {
  expect(stageLabel({ order: 2, name: 'STAGE 2: DAYS 3 TO 9' })).toBe('Stage 2 (days 3 to 9)');
  expect(stageLabel({ order: 2, name: 'Duty Manager' })).toBe('Stage 2: Duty Manager');
});
