import type { EvidencePickerProps } from './EvidencePicker.tsx';
import type { EvidenceDomain, EvidenceStatement } from './evidence-selection.ts';

/**
 * The states an EvidencePicker can be in, as data: one source for the stories, the all-states screenshot and
 * the unit tests. The statements are original and fictional: a health visitor's notes from a new-birth visit,
 * plain and factual, with strengths as well as concerns (domain primer: "Writing case vignettes").
 */
export interface EvidencePickerExample {
  name: string;
  description: string;
  props: EvidencePickerProps;
}

export const TRIANGLE_DOMAINS: readonly EvidenceDomain[] = [
  { id: 'child-development', label: "Child's developmental needs" },
  { id: 'parenting-capacity', label: 'Parenting capacity' },
  { id: 'family-environment', label: 'Family and environmental factors' },
];

export const HEALTH_VISITOR_STATEMENTS: readonly EvidenceStatement[] = [
  { id: 'weight', text: 'At 7 weeks, Amara has dropped from the 50th to below the 9th centile for weight.' },
  { id: 'feeds', text: 'Her mother says she feeds "when she wakes up", sometimes five hours apart.' },
  {
    id: 'warmth',
    text: 'Her mother holds her close, talks to her throughout the visit and responds quickly when she cries.',
  },
  {
    id: 'flat',
    text: 'The family moved into a one-bedroom flat four weeks ago; there is damp on the bedroom wall.',
  },
  { id: 'gp', text: 'Amara is not yet registered with a GP.' },
  {
    id: 'grandmother',
    text: 'Her grandmother visits every day and has offered to come to the baby clinic with them.',
  },
];

const base = {
  statements: HEALTH_VISITOR_STATEMENTS,
  domains: TRIANGLE_DOMAINS,
  label: 'Which facts in the health visitor’s notes would you use as evidence?',
  hint: 'Tick each statement that matters, then choose which side of the triangle it belongs to.',
} satisfies EvidencePickerProps;

export const evidencePickerExamples: readonly EvidencePickerExample[] = [
  { name: 'empty', description: 'Nothing chosen yet', props: { ...base } },
  {
    name: 'partly-tagged',
    description: 'Three chosen, one not yet tagged',
    props: {
      ...base,
      defaultValue: [
        { statementId: 'weight', domainId: 'child-development' },
        { statementId: 'feeds', domainId: 'parenting-capacity' },
        { statementId: 'flat', domainId: null },
      ],
    },
  },
  {
    name: 'untagged-error',
    description: 'Validation shown: a chosen statement has no tag',
    props: {
      ...base,
      showErrors: true,
      defaultValue: [
        { statementId: 'weight', domainId: 'child-development' },
        { statementId: 'gp', domainId: null },
      ],
    },
  },
  {
    name: 'ask-kind',
    description: 'Also asks concern or strength',
    props: {
      ...base,
      askKind: true,
      defaultValue: [
        { statementId: 'warmth', domainId: 'parenting-capacity', kind: 'strength' },
        { statementId: 'grandmother', domainId: 'family-environment', kind: null },
      ],
    },
  },
  {
    name: 'max-reached',
    description: 'At most two statements: the limit is reached',
    props: {
      ...base,
      max: 2,
      defaultValue: [
        { statementId: 'weight', domainId: 'child-development' },
        { statementId: 'flat', domainId: 'family-environment' },
      ],
    },
  },
  {
    name: 'host-error',
    description: 'An error from the host, nothing chosen',
    props: { ...base, error: 'Choose at least one statement to use as evidence' },
  },
  {
    name: 'disabled',
    description: 'Disabled after submitting',
    props: {
      ...base,
      disabled: true,
      defaultValue: [{ statementId: 'weight', domainId: 'child-development' }],
    },
  },
];
