import { AREA_IDS, getFramework } from '@levelwise/frameworks';
import { frameworksLookup } from '@levelwise/scenarios';
import { describe, expect, test } from 'vitest';
import {
  CONSENT_SITUATIONS,
  checkConsentAnswer,
  consentContent,
  expectedConsentAnswer,
  frontDoorFacts,
  significantHarmContent,
} from './harm-consent-content.ts';

const lookup = frameworksLookup();
const situation = (id: string) => {
  const found = CONSENT_SITUATIONS.find((s) => s.id === id);
  if (!found) throw new Error(`no situation ${id}`);
  return found;
};

describe.each(AREA_IDS)('significant harm, consent and the front door: %s', (area) => {
  const framework = getFramework(area);
  const areaName = lookup.areaName(area);

  test('level 4 definitions and any significant-harm lists come from the area, with sources', () => {
    const harm = significantHarmContent(framework, areaName);
    expect(harm.levelFourName).toBe(framework.rules.levels[3]?.localName);
    expect(harm.levelFourDefinitions.length).toBeGreaterThan(0);
    for (const list of harm.lists) {
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.source).toMatch(/threshold document, lines? \d+/);
    }
  });

  test('every consent rule of the area is shown with its quote and source', () => {
    const consent = consentContent(framework, areaName);
    expect(consent.points.map((p) => p.id)).toEqual(framework.rules.consent.rules.map((r) => r.id));
    for (const point of consent.points) expect(point.source).toContain(`${areaName} threshold document`);
  });

  test('the front door: name, a phone number, the referral route and the emergency instruction', () => {
    const door = frontDoorFacts(framework, areaName);
    expect(door.name).toBe(framework.rules.frontDoor.serviceName);
    expect(door.phones.some((p) => p.purpose === 'front-door')).toBe(true);
    expect(door.route.length).toBeGreaterThan(10);
    expect(door.emergency.mentions999).toBe(door.emergency.instruction.includes('999'));
  });

  test('each consent situation: the right answer is marked right, a wrong one is not', () => {
    const summary = lookup.consentRules(area);
    for (const s of CONSENT_SITUATIONS) {
      const expected = expectedConsentAnswer(framework, s);
      const right = checkConsentAnswer(framework, areaName, summary, s, expected);
      expect(right.correct).toBe(true);
      expect(right.feedback).toMatch(/^Right\./);
      const wrong = checkConsentAnswer(framework, areaName, summary, s, {
        decision: 'no-sharing-needed',
        childDecision: null,
      });
      expect(wrong.correct).toBe(false);
      expect(wrong.feedback).toMatch(/^Not quite\./);
    }
  });
});

test('harm lists: Telford has its severity, factors and harm factors; Nottingham its immediate-referral list; Sandwell none', () => {
  const kinds = (area: 'telford-wrekin' | 'nottingham-city' | 'sandwell') =>
    significantHarmContent(getFramework(area), area).lists.map((l) => l.title);
  expect(kinds('telford-wrekin')).toEqual([
    'How serious is the harm? The document asks you to weigh:',
    'What else to take into account:',
    'Things in a child’s life that can lead to harm:',
  ]);
  expect(kinds('nottingham-city')).toEqual(['Signs that need a referral to social care straight away:']);
  expect(kinds('sandwell')).toEqual([]);
  const telford = significantHarmContent(getFramework('telford-wrekin'), 'Telford & Wrekin').lists[2];
  expect(telford?.items).toContain('parental substance misuse');
});

test('consent ages: Telford asks a 12-year-old too; Dudley (13+) and areas with no age do not', () => {
  const kai = situation('early-help-at-twelve');
  expect(expectedConsentAnswer(getFramework('telford-wrekin'), kai)).toEqual({
    decision: 'seek-consent-before-sharing',
    childDecision: 'ask-child-consent',
  });
  for (const area of ['dudley', 'sandwell', 'stoke-on-trent', 'nottingham-city'] as const) {
    expect(expectedConsentAnswer(getFramework(area), kai).childDecision).toBeNull();
  }
  const dudley = checkConsentAnswer(getFramework('dudley'), 'Dudley', lookup.consentRules('dudley'), kai, {
    decision: 'seek-consent-before-sharing',
    childDecision: null,
  });
  expect(dudley.feedback).toContain(
    'In Dudley a young person’s own consent counts from 13, so at 12 you ask Kai’s parents.',
  );
  const telfordPartly = checkConsentAnswer(
    getFramework('telford-wrekin'),
    'Telford & Wrekin',
    lookup.consentRules('telford-wrekin'),
    kai,
    { decision: 'seek-consent-before-sharing', childDecision: null },
  );
  expect(telfordPartly.correct).toBe(false);
  expect(telfordPartly.feedback).toMatch(/^Partly right\./);
  expect(telfordPartly.feedback).toContain('12 or over may give their own consent');
});

test('significant harm: share and tell the parents, or not tell them when that is risky', () => {
  const telford = getFramework('telford-wrekin');
  expect(expectedConsentAnswer(telford, situation('belt-marks')).decision).toBe(
    'share-without-consent-inform-parents',
  );
  expect(expectedConsentAnswer(telford, situation('disclosure-about-stepfather')).decision).toBe(
    'share-without-consent-do-not-inform',
  );
});

test('Sandwell seeks consent even at significant harm (unless imminent); Stoke needs a manager to approve not asking', () => {
  const belt = situation('belt-marks');
  const sandwell = checkConsentAnswer(
    getFramework('sandwell'),
    'Sandwell',
    lookup.consentRules('sandwell'),
    belt,
    {
      decision: 'share-without-consent-inform-parents',
      childDecision: null,
    },
  );
  expect(sandwell.feedback).toContain('Sandwell expects you to ask for consent even here');
  expect(sandwell.areaRules.map((r) => r.id)).toContain('consent-all-levels');
  const stoke = checkConsentAnswer(
    getFramework('stoke-on-trent'),
    'Stoke-on-Trent',
    lookup.consentRules('stoke-on-trent'),
    situation('disclosure-about-stepfather'),
    { decision: 'share-without-consent-do-not-inform', childDecision: null },
  );
  expect(stoke.feedback).toContain('In Stoke-on-Trent a manager must approve');
  expect(stoke.feedback).toContain('Never promise a child to keep a secret');
  expect(stoke.areaRules.map((r) => r.id)).toContain('not-seeking-permission-needs-manager-approval');
  const telford = checkConsentAnswer(
    getFramework('telford-wrekin'),
    'Telford & Wrekin',
    lookup.consentRules('telford-wrekin'),
    belt,
    { decision: 'share-without-consent-inform-parents', childDecision: null },
  );
  expect(telford.areaRules.map((r) => r.id)).toContain('consent-child-protection-referral');
  // Telford's competent-person rule (12 or over) is not cited for a 6-year-old, but is for Kai at 12.
  expect(telford.areaRules.map((r) => r.id)).not.toContain('consent-competent-person');
  const kai = checkConsentAnswer(
    getFramework('telford-wrekin'),
    'Telford & Wrekin',
    lookup.consentRules('telford-wrekin'),
    situation('early-help-at-twelve'),
    { decision: 'seek-consent-before-sharing', childDecision: 'ask-child-consent' },
  );
  expect(kai.areaRules.map((r) => r.id)).toEqual(['consent-competent-person']);
  // Dudley's help-and-support rule names 13+ in passing but is about the parent's consent: still cited at 12.
  const dudleyKai = checkConsentAnswer(
    getFramework('dudley'),
    'Dudley',
    lookup.consentRules('dudley'),
    situation('early-help-at-twelve'),
    {
      decision: 'seek-consent-before-sharing',
      childDecision: null,
    },
  );
  expect(dudleyKai.areaRules.map((r) => r.id)).toEqual(['consent-help-and-support']);
  expect(telford.feedback).not.toContain('manager must approve');
});

test('front doors: Telford’s 2 working days and Sandwell’s 1 hour; Nottingham does not mention 999', () => {
  const telford = frontDoorFacts(getFramework('telford-wrekin'), 'Telford & Wrekin');
  expect(telford.name).toBe('Family Connect');
  expect(telford.deadlines.join(' ')).toContain('within 2 working days');
  expect(telford.phones.map((p) => p.number)).toContain('01952 385385');
  const sandwell = frontDoorFacts(getFramework('sandwell'), 'Sandwell');
  expect(sandwell.deadlines.join(' ')).toContain('Send the referral within 1 hour');
  expect(frontDoorFacts(getFramework('nottingham-city'), 'Nottingham City').emergency.mentions999).toBe(
    false,
  );
});

test('each consent rule says its conditions once', () => {
  const dudley = consentContent(getFramework('dudley'), 'Dudley').points;
  expect(dudley.find((p) => p.id === 'consent-level-4-referral')?.when).toBe('For a Level 4 referral.');
  expect(dudley.find((p) => p.id === 'inform-before-sharing-significant-harm')?.when).toBe(
    'For sharing information about significant harm, at level 4.',
  );
  expect(dudley.find((p) => p.id === 'consent-help-and-support')?.when).toBe(
    'For sharing information to request help and support, at levels 2 and 3, where there is no significant harm.',
  );
});

test('child consent age text: Telford 12, Dudley 13, none elsewhere', () => {
  expect(consentContent(getFramework('telford-wrekin'), 'Telford & Wrekin').childAge?.age).toBe(12);
  expect(consentContent(getFramework('dudley'), 'Dudley').childAge?.age).toBe(13);
  expect(consentContent(getFramework('sandwell'), 'Sandwell').childAge).toBeNull();
});
