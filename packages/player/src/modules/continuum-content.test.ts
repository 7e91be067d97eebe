import { AREA_IDS, getFramework } from '@levelwise/frameworks';
import { frameworksLookup } from '@levelwise/scenarios';
import { describe, expect, test } from 'vitest';
import { citeSource, cleanQuote, describeLines, joinAnd, levelNameOf } from './area-text.ts';
import {
  CONTINUUM_SITUATIONS,
  checkLevelAnswer,
  continuumLevels,
  describeScore,
  steppingRules,
} from './continuum-content.ts';

const lookup = frameworksLookup();

describe('area-text', () => {
  test('cleanQuote removes markup and markdown escapes but keeps the words', () => {
    expect(cleanQuote('I am being <b>groomed</b> online \\*')).toBe('I am being groomed online *');
    expect(cleanQuote('see [abuse and neglect](#) &amp; more')).toBe('see abuse and neglect & more');
  });
  test('lines and sources read as words', () => {
    expect(describeLines(157, 157)).toBe('line 157');
    expect(describeLines(157, 160)).toBe('lines 157 to 160');
    expect(citeSource('Dudley', { start: 86, end: 86 })).toBe('Dudley threshold document, line 86');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinAnd(['a'])).toBe('a');
  });
  test('levelNameOf uses the area’s own names and names a missing level', () => {
    expect(levelNameOf(getFramework('telford-wrekin'), 3)).toBe('Complex');
    expect(levelNameOf(getFramework('dudley'), 4)).toBe('Specialist');
    expect(() => levelNameOf(getFramework('dudley'), 5)).toThrow(/dudley: no level 5/);
  });
});

describe.each(AREA_IDS)('continuum module content: %s', (area) => {
  const framework = getFramework(area);
  const areaName = lookup.areaName(area);

  test('four levels in order, each with a definition quoted from its seed line and at least one response', () => {
    const levels = continuumLevels(framework, areaName);
    expect(levels.map((l) => l.ordinal)).toEqual([1, 2, 3, 4]);
    levels.forEach((level, i) => {
      expect(level.name).toBe(framework.rules.levels[i]?.localName);
      expect(level.definition.length).toBeGreaterThan(20);
      expect(level.source).toMatch(new RegExp(`^${areaName} threshold document, lines? \\d+`));
      expect(level.responses.length).toBeGreaterThan(0);
      for (const r of level.responses) expect(r.words).not.toMatch(/_/);
    });
    // Level 4's referral names the area's own front door.
    const referral = levels[3]?.responses.find((r) => r.kind === 'front_door_referral');
    expect(referral?.words).toBe(`A referral to ${framework.rules.frontDoor.serviceName}`);
  });

  test('stepping rules keep the document’s direction and steps', () => {
    const rules = steppingRules(framework, areaName);
    expect(rules.length).toBe(framework.rules.stepUpDown.length);
    expect(rules.some((r) => r.direction === 'up' || r.direction === 'both')).toBe(true);
  });

  test('each situation is marked, and the feedback cites the area’s definition of the right level', () => {
    for (const situation of CONTINUUM_SITUATIONS) {
      const expectedName = framework.rules.levels[situation.expected - 1]?.localName ?? '';
      const right = checkLevelAnswer(framework, areaName, situation, situation.expected);
      expect(right.correct).toBe(true);
      expect(right.feedback).toContain(`Right: this is level ${situation.expected}, ${expectedName}.`);
      expect(right.feedback).toContain(`${areaName} describes ${expectedName} as: “`);
      const wrongLevel = situation.expected === 1 ? 2 : 1;
      const wrong = checkLevelAnswer(framework, areaName, situation, wrongLevel);
      expect(wrong.correct).toBe(false);
      expect(wrong.feedback).toMatch(/^Not quite\. You chose level \d/);
      const blank = checkLevelAnswer(framework, areaName, situation, null);
      expect(blank.correct).toBe(false);
      expect(blank.feedback).toMatch(/^Not answered\./);
    }
  });
});

test('Telford’s first situation is level 2, Vulnerable, quoting line 161', () => {
  const framework = getFramework('telford-wrekin');
  const situation = CONTINUUM_SITUATIONS[0];
  if (!situation) throw new Error('no situations');
  const result = checkLevelAnswer(framework, 'Telford & Wrekin', situation, 3);
  expect(result.feedback).toContain('You chose level 3, Complex; this is level 2, Vulnerable.');
  expect(result.feedback).toContain('(Telford & Wrekin threshold document, line 161)');
});

test('describeScore', () => {
  expect(describeScore(3, 3)).toBe('You got all 3 right.');
  expect(describeScore(1, 3)).toBe('You got 1 of 3 right.');
  expect(describeScore(2, 2)).toBe('You got both right.');
});
