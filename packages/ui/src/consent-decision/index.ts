export {
  ConsentDecision,
  type ConsentDecisionProps,
  DEFAULT_CHILD_LEGEND,
  DEFAULT_CONSENT_HINT,
  DEFAULT_CONSENT_LEGEND,
} from './ConsentDecision.tsx';
export {
  type ConsentDecisionExample,
  consentAreaRules,
  consentDecisionExamples,
} from './consent-decision.examples.ts';
export {
  type ConsentDecisionState,
  type ConsentDecisionValue,
  type ConsentOption,
  childQuestionHint,
  consentDecisionState,
  EMPTY_CONSENT_DECISION,
  PLAIN_ENGLISH_CHILD_OPTIONS,
  PLAIN_ENGLISH_CONSENT_OPTIONS,
  type StandardConsentValue,
  shouldAskChild,
} from './consent-decision-logic.ts';
