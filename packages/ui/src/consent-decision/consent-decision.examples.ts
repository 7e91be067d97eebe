import type { ConsentDecisionProps } from './ConsentDecision.tsx';
import { PLAIN_ENGLISH_CONSENT_OPTIONS } from './consent-decision-logic.ts';

/**
 * Each area's consent rule as a plain-English note and the age from which a young person's own consent can
 * count, paraphrased from the seed documents at the lines given (shared/docs/source-notes.md §32–33). They
 * stand in for @levelwise/frameworks until its public API exports the curated consent rules.
 * Nottingham City's document says nothing about consent, so it has no note.
 */
export const consentAreaRules = {
  'telford-wrekin': {
    // 000: L179–184, L895–901
    areaNote:
      'In Telford & Wrekin you do not need consent to make a child protection referral. You must tell the parents or carers, unless that could put the child at greater risk, put someone else at risk of injury, get in the way of a police investigation, or cause unjustified delay. A young person of 12 or over may be able to give their own consent, depending on their understanding.',
    childConsentAge: 12,
  },
  sandwell: {
    // 001: L205, §2.2
    areaNote:
      'In Sandwell, at every level (1 to 4), always ask the person with parental responsibility for consent, unless that would put the child at significant and imminent risk of harm. If you do not ask, say why in your referral.',
    childConsentAge: undefined,
  },
  'stoke-on-trent': {
    // 002: L215, L229
    areaNote:
      'In Stoke-on-Trent consent is not required to share information for safeguarding. But a decision not to ask the parents for permission must be approved by your manager, recorded, and the reasons given.',
    childConsentAge: undefined,
  },
  dudley: {
    // 004: L86–88
    areaNote:
      'In Dudley, when there is no significant harm you must ask a parent for consent, and the young person too if they are 13 or over and able to decide. When there is significant harm, share, but tell the parent and the young person first, unless that could increase the risk or harm a police investigation.',
    childConsentAge: 13,
  },
} as const;

export interface ConsentDecisionExample {
  name: string;
  description: string;
  props: ConsentDecisionProps;
}

const options = PLAIN_ENGLISH_CONSENT_OPTIONS;
const telford = consentAreaRules['telford-wrekin'];
const dudley = consentAreaRules.dudley;

export const consentDecisionExamples: readonly ConsentDecisionExample[] = [
  {
    name: 'empty',
    description: 'Nothing chosen; a child of 9 in Telford & Wrekin (no second question)',
    props: {
      id: 'cd-empty',
      options,
      areaNote: telford.areaNote,
      childAge: 9,
      childConsentAge: telford.childConsentAge,
    },
  },
  {
    name: 'chosen',
    description: 'Chosen; Stoke-on-Trent gives no age for a young person’s own consent',
    props: {
      id: 'cd-chosen',
      options,
      areaNote: consentAreaRules['stoke-on-trent'].areaNote,
      childAge: 15,
      defaultValue: { decision: 'share-without-consent-inform-parents', childDecision: null },
    },
  },
  {
    name: 'child-question',
    description: 'Amira is 13 in Telford & Wrekin: the second question is asked',
    props: {
      id: 'cd-child',
      options,
      areaNote: telford.areaNote,
      childAge: 13,
      childConsentAge: telford.childConsentAge,
      childName: 'Amira',
      defaultValue: { decision: 'seek-consent-before-sharing', childDecision: null },
    },
  },
  {
    name: 'complete',
    description: 'Both answered: Kwame is 15 in Dudley',
    props: {
      id: 'cd-complete',
      options,
      areaNote: dudley.areaNote,
      childAge: 15,
      childConsentAge: dudley.childConsentAge,
      childName: 'Kwame',
      defaultValue: { decision: 'share-without-consent-do-not-inform', childDecision: 'do-not-inform-child' },
    },
  },
  {
    name: 'error',
    description: 'Continued without answering: GOV.UK error messages on both questions',
    props: {
      id: 'cd-error',
      options,
      areaNote: dudley.areaNote,
      childAge: 14,
      childConsentAge: dudley.childConsentAge,
      required: true,
      error: 'Select what you will do about consent',
      childError: 'Select what you will do about the young person’s own view',
    },
  },
  {
    name: 'disabled',
    description: 'Locked after submitting (Sandwell)',
    props: {
      id: 'cd-disabled',
      options,
      areaNote: consentAreaRules.sandwell.areaNote,
      disabled: true,
      defaultValue: { decision: 'seek-consent-before-sharing', childDecision: null },
    },
  },
];
