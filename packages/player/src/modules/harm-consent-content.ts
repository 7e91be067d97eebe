import type { Framework } from '@levelwise/frameworks';
import { type ConsentRulesSummary, describeIsoDeadline } from '@levelwise/scenarios';
import { citeSource, cleanQuote, joinAnd, type LevelOrdinal } from './area-text.ts';

/**
 * Module 3, significant harm, consent and information sharing: the area's significant-harm lists, its consent
 * rules, its front door and the 999 instruction, and the consent decisions of the module's check.
 */

type Rules = Framework['rules'];
type ConsentRule = Rules['consent']['rules'][number];

export interface CitedList {
  title: string;
  intro?: string;
  items: string[];
  source: string;
}

const HARM_LIST_KINDS = [
  'significant-harm-severity',
  'significant-harm-factors',
  'harm-factors',
  'immediate-referral-indicators',
] as const;

const HARM_LIST_TITLES: Readonly<Record<(typeof HARM_LIST_KINDS)[number], string>> = {
  'significant-harm-severity': 'How serious is the harm? The document asks you to weigh:',
  'significant-harm-factors': 'What else to take into account:',
  'harm-factors': 'Things in a child’s life that can lead to harm:',
  'immediate-referral-indicators': 'Signs that need a referral to social care straight away:',
};

export interface SignificantHarmContent {
  /** The area's definitions of its highest level, verbatim with sources. */
  levelFourName: string;
  levelFourDefinitions: { text: string; source: string }[];
  /** The area's own harm lists (Telford's and Dudley's significant-harm factors, Telford's harm factors, Nottingham's immediate-referral list). */
  lists: CitedList[];
}

export function significantHarmContent(framework: Framework, areaName: string): SignificantHarmContent {
  const level4 = framework.rules.levels.find((l) => l.ordinal === 4);
  if (!level4) throw new Error(`${framework.id}: no level 4 in its rules.`);
  const lists = HARM_LIST_KINDS.flatMap((kind) =>
    framework.rules.lists
      .filter((list) => list.kind === kind)
      .map((list) => {
        const ref = list.refs[0];
        if (!ref) throw new Error(`${framework.id}: list ${list.id} has no source reference.`);
        return {
          title: HARM_LIST_TITLES[kind],
          ...(list.intro ? { intro: cleanQuote(list.intro.quote) } : {}),
          items: list.items.map((item) => cleanQuote(item.text)),
          source: citeSource(areaName, ref),
        };
      }),
  );
  return {
    levelFourName: level4.localName,
    levelFourDefinitions: level4.definitions.map((d) => ({
      text: cleanQuote(d.quote),
      source: citeSource(areaName, d),
    })),
    lists,
  };
}

const REQUIREMENT_WORDS: Readonly<Record<ConsentRule['requirement'], string>> = {
  seek: 'Ask for consent',
  inform: 'Share, and tell the family',
  none: 'Consent is not needed',
  manager_approval: 'A manager must approve',
};

export interface ConsentPoint {
  id: string;
  requirement: string;
  /** When it applies, in plain words. */
  when: string;
  summary: string;
  quote: string;
  source: string;
}

export interface ConsentContent {
  /** "A young person of 12 or over may give their own consent, depending on …", or null where the document gives no age. */
  childAge: { age: number; text: string; quote: string; source: string } | null;
  childViewPriority: { quote: string; source: string } | null;
  points: ConsentPoint[];
}

function levelsWords(levels: readonly number[]): string {
  if (levels.length === 4) return 'at every level';
  return levels.length === 1 ? `at level ${levels[0]}` : `at levels ${joinAnd(levels.map(String))}`;
}

function consentPoint(framework: Framework, areaName: string, rule: ConsentRule): ConsentPoint {
  const ref = rule.refs[0];
  if (!ref) throw new Error(`${framework.id}: consent rule ${rule.id} has no source reference.`);
  const { activity } = rule.condition;
  // Say each condition once: "a Level 4 referral" needs no "at level 4", "sharing … about significant harm" no "where there is significant harm".
  const harm = /significant harm|child protection/i.test(activity)
    ? ''
    : rule.condition.significantHarm === 'yes'
      ? 'where there is significant harm'
      : rule.condition.significantHarm === 'no'
        ? 'where there is no significant harm'
        : '';
  const levels = /\blevels?\b/i.test(activity) ? '' : levelsWords(rule.condition.levels);
  const when = [activity, levels, harm].filter(Boolean).join(', ');
  return {
    id: rule.id,
    requirement: REQUIREMENT_WORDS[rule.requirement],
    when: `For ${when}.`,
    summary: rule.summary,
    quote: cleanQuote(ref.quote),
    source: citeSource(areaName, ref),
  };
}

export function consentContent(framework: Framework, areaName: string): ConsentContent {
  const { consent } = framework.rules;
  const threshold = consent.childAgeThreshold;
  return {
    childAge: threshold
      ? {
          age: threshold.age,
          text: `In ${areaName} a young person aged ${threshold.age} or over may be able to give their own consent (the document adds: “${threshold.qualifier}”).`,
          quote: cleanQuote(threshold.ref.quote),
          source: citeSource(areaName, threshold.ref),
        }
      : null,
    childViewPriority: consent.childViewPriority
      ? {
          quote: cleanQuote(consent.childViewPriority.quote),
          source: citeSource(areaName, consent.childViewPriority),
        }
      : null,
    points: consent.rules.map((rule) => consentPoint(framework, areaName, rule)),
  };
}

export interface FrontDoorFacts {
  name: string;
  description: string;
  descriptionSource: string;
  phones: { number: string; service: string; hours: string | null; purpose: string }[];
  hours: string | null;
  outOfHours: string | null;
  instrument: string;
  route: string;
  routeSource: string;
  /** "Send the form within 2 working days." Deadlines the document states as a must or an aim. */
  deadlines: string[];
  emergency: { instruction: string; source: string; mentions999: boolean };
}

const DEADLINE_WORDS: Readonly<Record<string, string>> = {
  'submit-referral': 'Send the referral',
  decision: 'A decision is made',
  feedback: 'You get feedback',
  'close-contact': 'The contact is closed',
  'notify-lado': 'Tell the Designated Officer (LADO)',
  review: 'The plan is reviewed',
};

export function frontDoorFacts(framework: Framework, areaName: string): FrontDoorFacts {
  const fd = framework.rules.frontDoor;
  const instrument = fd.referralInstrument;
  const deadlines = fd.deadlines.flatMap((d) => {
    const within = describeIsoDeadline(d.iso, d.working);
    if (!within) return [];
    const strength = d.strength === 'must' ? '' : ' (a target)';
    return [`${DEADLINE_WORDS[d.kind] ?? d.kind} ${within} of ${d.trigger}${strength}.`];
  });
  return {
    name: fd.serviceName,
    description: cleanQuote(fd.description.quote),
    descriptionSource: citeSource(areaName, fd.description),
    phones: fd.phones
      .filter((p) => p.purpose === 'front-door' || p.purpose === 'out-of-hours' || p.purpose === 'lado')
      .map((p) => ({ number: p.number, service: p.service, hours: p.hours, purpose: p.purpose })),
    hours: fd.hours ? cleanQuote(fd.hours.text) : null,
    outOfHours: fd.outOfHours
      ? `${fd.outOfHours.route}${fd.outOfHours.phone ? `: ${fd.outOfHours.phone}` : ''}`
      : null,
    instrument:
      instrument.expansion && instrument.acronym
        ? `${instrument.name} (${instrument.expansion})`
        : instrument.name,
    route: cleanQuote(instrument.route.quote),
    routeSource: citeSource(areaName, instrument.route),
    deadlines,
    emergency: {
      instruction: cleanQuote(fd.emergency.instruction.quote),
      source: citeSource(areaName, fd.emergency.instruction),
      mentions999: fd.emergency.call999,
    },
  };
}

/* ------------------------------------------------------------------ the consent check */

export type ConsentAnswer =
  | 'seek-consent-before-sharing'
  | 'share-without-consent-inform-parents'
  | 'share-without-consent-do-not-inform'
  | 'no-sharing-needed';
export type ChildAnswer = 'ask-child-consent' | 'inform-child' | 'do-not-inform-child';

export interface ConsentSituation {
  id: string;
  childName: string;
  childAge: number;
  text: string;
  level: LevelOrdinal;
  significantHarm: boolean;
  /** Telling the parents first could increase the risk or get in the way of a police investigation. */
  tellingRisky: boolean;
  /** Practice advice that holds in every area, added to the feedback. */
  advice?: string;
}

export const CONSENT_SITUATIONS: readonly ConsentSituation[] = [
  {
    id: 'early-help-at-twelve',
    childName: 'Kai',
    childAge: 12,
    text: 'Kai is 12. He has stopped going to football and his mum says he cries at night. You think an Early Help Assessment would help the family.',
    level: 2,
    significantHarm: false,
    tellingRisky: false,
  },
  {
    id: 'belt-marks',
    childName: 'Rosie',
    childAge: 6,
    text: 'Rosie is 6. She shows you marks on her legs and says her dad hit her with a belt last night. Nothing suggests telling her parents would put her at more risk.',
    level: 4,
    significantHarm: true,
    tellingRisky: false,
  },
  {
    id: 'disclosure-about-stepfather',
    childName: 'Ana',
    childAge: 9,
    text: 'Ana is 9. She tells you her stepdad touches her in a way she does not like, and asks you not to tell her mum. Her mum and stepdad live together.',
    level: 4,
    significantHarm: true,
    tellingRisky: true,
    advice:
      'Never promise a child to keep a secret: tell Ana, kindly, that you have to share it to keep her safe.',
  },
];

export interface ExpectedConsentAnswer {
  decision: ConsentAnswer;
  /** The answer to the young-person question, or null when the area does not ask it at this age. */
  childDecision: ChildAnswer | null;
}

/** The age from which the area lets a young person's own consent count, or undefined (no age in the document). */
export function childConsentAge(framework: Framework): number | undefined {
  return framework.rules.consent.childAgeThreshold?.age;
}

/** The right answer, by the same rule as the course's answer key (scenarios): early help is voluntary; significant harm means share without waiting. */
export function expectedConsentAnswer(
  framework: Framework,
  situation: ConsentSituation,
): ExpectedConsentAnswer {
  const decision: ConsentAnswer =
    situation.level === 1
      ? 'no-sharing-needed'
      : situation.level < 4
        ? 'seek-consent-before-sharing'
        : situation.tellingRisky
          ? 'share-without-consent-do-not-inform'
          : 'share-without-consent-inform-parents';
  const age = childConsentAge(framework);
  const asked = age !== undefined && situation.childAge >= age;
  const childDecision: ChildAnswer | null = !asked
    ? null
    : situation.level < 4
      ? 'ask-child-consent'
      : 'inform-child';
  return { decision, childDecision };
}

const DECISION_WHY: Readonly<Record<ConsentAnswer, string>> = {
  'no-sharing-needed':
    'The services the child already uses can meet their needs; nothing needs to be shared.',
  'seek-consent-before-sharing':
    'Early help is voluntary: ask the family for permission before an Early Help Assessment, and share only if they agree.',
  'share-without-consent-inform-parents':
    'This may be significant harm: share the information without waiting for permission, and tell the parents what you are sharing and why.',
  'share-without-consent-do-not-inform':
    'This may be significant harm, and telling the parents first could put the child at more risk or get in the way of a police investigation: share now, do not tell them yet, and write down why.',
};

export interface ConsentCheckResult {
  situationId: string;
  correct: boolean;
  expected: ExpectedConsentAnswer;
  feedback: string;
  /** The area's own rules that apply here, with their sources. */
  areaRules: ConsentPoint[];
}

/**
 * A general rule about a young person's own consent (any case, every level, with an age: Telford's "competent
 * person" rule) says nothing about a younger child's case, so it is not cited there. Rules about a kind of case
 * that mention the age in passing (Dudley's "a parent, and the child if 13+") still apply.
 */
function onlyAboutAnOlderChild(rule: ConsentRule, childAge: number): boolean {
  const age = rule.childAgeThreshold?.age;
  return (
    age !== undefined &&
    childAge < age &&
    rule.condition.significantHarm === 'any' &&
    rule.condition.levels.length === 4
  );
}

/** Marks one consent decision and explains it in the area's own rules. */
export function checkConsentAnswer(
  framework: Framework,
  areaName: string,
  summary: ConsentRulesSummary,
  situation: ConsentSituation,
  answer: { decision: string | null; childDecision: string | null },
): ConsentCheckResult {
  const expected = expectedConsentAnswer(framework, situation);
  const decisionRight = answer.decision === expected.decision;
  const childRight = expected.childDecision === null || answer.childDecision === expected.childDecision;
  const correct = decisionRight && childRight;
  const parts: string[] = [];
  parts.push(
    answer.decision === null
      ? 'Not answered.'
      : correct
        ? 'Right.'
        : decisionRight
          ? 'Partly right.'
          : 'Not quite.',
  );
  parts.push(DECISION_WHY[expected.decision]);
  const age = childConsentAge(framework);
  if (expected.childDecision === 'ask-child-consent') {
    parts.push(
      `In ${areaName} a young person of ${age} or over may give their own consent if they understand what they are agreeing to: ask ${situation.childName} too.`,
    );
  } else if (expected.childDecision === 'inform-child') {
    parts.push(`At ${situation.childAge}, tell ${situation.childName} what you are sharing and why.`);
  } else if (age !== undefined && situation.childAge < age && situation.level < 4) {
    parts.push(
      `In ${areaName} a young person’s own consent counts from ${age}, so at ${situation.childAge} you ask ${situation.childName}’s parents.`,
    );
  }
  if (situation.advice) parts.push(situation.advice);
  if (situation.level === 4 && !situation.tellingRisky && summary.seekConsentEvenAtSignificantHarm) {
    parts.push(
      `${areaName} expects you to ask for consent even here, unless the risk is significant and imminent; but a refusal must not stop or delay the referral.`,
    );
  }
  if (situation.level === 4 && summary.managerApprovalToNotInform) {
    parts.push(
      `In ${areaName} a manager must approve a decision not to ask the parents first, and you record why.`,
    );
  }
  const harm = situation.significantHarm ? 'yes' : 'no';
  const areaRules = framework.rules.consent.rules
    .filter(
      (rule) =>
        (rule.condition.significantHarm === harm || rule.condition.significantHarm === 'any') &&
        rule.condition.levels.includes(situation.level) &&
        !onlyAboutAnOlderChild(rule, situation.childAge),
    )
    .map((rule) => consentPoint(framework, areaName, rule));
  return { situationId: situation.id, correct, expected, feedback: parts.join(' '), areaRules };
}
