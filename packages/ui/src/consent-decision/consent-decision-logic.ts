/** One answer the learner can give; the caller supplies them, in the area's own rules. */
export interface ConsentOption {
  /** Stable value recorded for the answer, e.g. 'share-without-consent-inform-parents'. */
  value: string;
  /** What the option says, in plain English. */
  label: string;
  /** One or two sentences saying when this is the right choice. */
  hint?: string;
}

/** The learner's answers: what to do about the parents' consent, and (when asked) about the young person's own view. */
export interface ConsentDecisionValue {
  decision: string | null;
  childDecision: string | null;
}

export const EMPTY_CONSENT_DECISION: Readonly<ConsentDecisionValue> = Object.freeze({
  decision: null,
  childDecision: null,
});

/** The values the domain uses for the first question (callers may use others). */
export type StandardConsentValue =
  | 'seek-consent-before-sharing'
  | 'share-without-consent-inform-parents'
  | 'share-without-consent-do-not-inform'
  | 'no-sharing-needed';

/**
 * The four usual answers about consent and telling the parents, written for people who are not social
 * workers. Grounded in the five partnerships' rules (shared/docs/domain.md, "Consent and information sharing"):
 * early help needs the family's consent; significant harm means share without waiting, and tell the parents
 * unless telling them would increase the risk, endanger someone or obstruct a police investigation.
 */
export const PLAIN_ENGLISH_CONSENT_OPTIONS: readonly (ConsentOption & { value: StandardConsentValue })[] = [
  {
    value: 'seek-consent-before-sharing',
    label: 'Ask the parents or carers for permission first, and share only if they agree',
    hint: 'For help the family can choose to accept, such as an Early Help Assessment. Early help is voluntary: it only goes ahead if the family agrees.',
  },
  {
    value: 'share-without-consent-inform-parents',
    label: 'Share without waiting for permission, and tell the parents or carers',
    hint: 'For when you think the child is suffering, or likely to suffer, significant harm (serious harm to their health or development). Asking must not delay the referral. Tell the parents what you are sharing, who with and why.',
  },
  {
    value: 'share-without-consent-do-not-inform',
    label: 'Share without permission, and do not tell the parents or carers yet',
    hint: 'Only when telling them could put the child at greater risk, put someone else in danger, or get in the way of a police investigation. Write down why, and give the reason in your referral.',
  },
  {
    value: 'no-sharing-needed',
    label: 'There is no need to share information with anyone else',
    hint: 'The services the child already uses, such as school or the GP, can meet their needs. Keep talking with the family and keep a note.',
  },
];

/** The usual answers about a young person's own view, when they are old enough to give it. */
export const PLAIN_ENGLISH_CHILD_OPTIONS: readonly ConsentOption[] = [
  {
    value: 'ask-child-consent',
    label: 'Ask the young person for their agreement too',
    hint: 'Explain what you want to share, who with and why, in words they understand. If they understand what they are agreeing to, their answer counts, and it may be put before their parents’ view.',
  },
  {
    value: 'inform-child',
    label: 'Tell the young person what you are sharing, and why',
    hint: 'For when you must share to keep them safe, whatever anyone says. Tell them before you share, and who you are telling.',
  },
  {
    value: 'do-not-inform-child',
    label: 'Do not tell the young person yet',
    hint: 'Only when telling them could put them or someone else in danger, or get in the way of a police investigation. Write down why.',
  },
];

/**
 * Whether to ask the second question (the young person's own view): only when both the child's age and the
 * area's age threshold are known, and the child has reached it (Telford: 12 or over; Dudley: 13 or over).
 * Areas whose documents give no age (Sandwell, Stoke-on-Trent, Nottingham City) pass no threshold.
 */
export function shouldAskChild(childAge: number | undefined, childConsentAge: number | undefined): boolean {
  if (childAge === undefined || childConsentAge === undefined) return false;
  if (!Number.isFinite(childAge) || !Number.isFinite(childConsentAge)) return false;
  return childAge >= childConsentAge;
}

export type ConsentDecisionState = 'empty' | 'partial' | 'complete';

/**
 * How far the learner has got: `empty` (nothing chosen), `partial` (one of two questions answered) or
 * `complete` (every question that is asked has an answer). An answer to a question that is not asked is ignored.
 */
export function consentDecisionState(value: ConsentDecisionValue, askChild: boolean): ConsentDecisionState {
  const answered = [value.decision !== null, askChild && value.childDecision !== null].filter(Boolean).length;
  const needed = askChild ? 2 : 1;
  if (answered === 0) return 'empty';
  return answered >= needed ? 'complete' : 'partial';
}

/**
 * The hint of the young-person question, e.g. "Amira is 13. In this area a young person of 12 or over may be
 * able to give their own consent, if they understand what they are agreeing to."
 */
export function childQuestionHint(childAge: number, childConsentAge: number, childName?: string): string {
  const who = childName?.trim() ? `${childName.trim()} is ${childAge}.` : `The young person is ${childAge}.`;
  return `${who} In this area a young person of ${childConsentAge} or over may be able to give their own consent, if they understand what they are agreeing to.`;
}
