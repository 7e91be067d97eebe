import type { FrontDoor } from '@levelwise/frameworks';

/**
 * The five standard responses, in order of intensity. These ids are exactly the `ResponseKind` values that
 * @levelwise/scenarios scores (scenarios/src/areas.ts), so a host can pass the chosen value straight through.
 */
export type StandardResponseKind =
  | 'continue-universal'
  | 'early-help-conversation'
  | 'targeted-early-help'
  | 'front-door-referral'
  | 'call-999';

export const STANDARD_RESPONSE_KINDS: readonly StandardResponseKind[] = [
  'continue-universal',
  'early-help-conversation',
  'targeted-early-help',
  'front-door-referral',
  'call-999',
];

/** One thing the practitioner could do next. */
export interface ResponseOption {
  /** Stable id of the response (for the standard five, a `StandardResponseKind`). */
  value: string;
  /** What the practitioner does, in plain English: the radio's accessible name. */
  label: string;
  /** One or two sentences under the label: the radio's accessible description. */
  hint?: string;
  /** The emergency choice: marked with the word "Emergency" (in the accessible name too), not only colour. */
  urgent?: boolean;
}

export interface StandardResponseOptionsInput {
  /** The local front door as the area names it, e.g. "Family Connect". */
  frontDoorName: string;
  /** The area's name, e.g. "Telford & Wrekin", for "(Telford & Wrekin's front door)". */
  areaName?: string;
  /** The referral form, e.g. "Family Connect request for service form". */
  instrumentName?: string;
  /** When the form is due, already in words, e.g. "within 2 working days" (see `deadlineWords`). */
  deadline?: string;
  /** How to refer, when it is not "phone, then complete the form", e.g. "phone for a consultation with a social worker". */
  route?: string;
  /** The area's own instruction for immediate danger, quoted under the 999 option. */
  emergencyText?: string;
}

/** The visible (and spoken) word that marks an urgent option. */
export const EMERGENCY_WORD = 'Emergency';

/**
 * "Family Connect (Telford & Wrekin's front door)", or, when the name already ends in brackets,
 * "Sandwell's front door, Multi-Agency Safeguarding Hub (MASH)", so brackets never stack.
 */
export function frontDoorPhrase(frontDoorName: string, areaName?: string): string {
  const name = frontDoorName.trim();
  if (!areaName) return `${name} (children's social care front door)`;
  if (name.endsWith(')')) return `${areaName}'s front door, ${name}`;
  return `${name} (${areaName}'s front door)`;
}

/** How to refer: the caller's route, or "phone, then complete the form within …", or "phone today". */
export function referralRoute({
  instrumentName,
  deadline,
  route,
}: Pick<StandardResponseOptionsInput, 'instrumentName' | 'deadline' | 'route'>): string {
  if (route) return deadline ? `${route} ${deadline}` : route;
  if (instrumentName) return `phone, then complete the ${instrumentName}${deadline ? ` ${deadline}` : ''}`;
  return deadline ? `phone ${deadline}` : 'phone today';
}

/**
 * The five standard responses with plain-English labels for people who are not social workers, naming the local
 * front door, its form and its deadline. Pure: the same input always gives the same options.
 */
export function standardResponseOptions(input: StandardResponseOptionsInput): ResponseOption[] {
  const door = frontDoorPhrase(input.frontDoorName, input.areaName);
  const emergencyHint = [
    `Police or ambulance first, then tell ${input.frontDoorName.trim()} the same day.`,
    input.emergencyText ? `The local guidance says: “${input.emergencyText.trim()}”` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [
    {
      value: 'continue-universal',
      label: 'Carry on with the usual support: no extra assessment',
      hint: 'The family keeps using everyday services (school, GP, health visitor). Keep a note and stay alert to any change.',
    },
    {
      value: 'early-help-conversation',
      label: 'Talk with the family and offer early help from your own service',
      hint: 'With their agreement: extra support from you, or an Early Help Assessment (EHA). You may become the lead professional.',
    },
    {
      value: 'targeted-early-help',
      label: 'Ask for targeted early help from several services',
      hint: "With the family's consent: an Early Help Assessment, a family plan and a Team Around the Family (TAF) meeting.",
    },
    {
      value: 'front-door-referral',
      label: `Refer to ${door}: ${referralRoute(input)}`,
      hint: "Children's social care decides whether to assess (child in need, section 17) or to start child-protection enquiries (section 47). If the child may be suffering significant harm, do not wait for consent.",
    },
    {
      value: 'call-999',
      label: 'Call 999 now: the child is in immediate danger',
      hint: emergencyHint,
      urgent: true,
    },
  ];
}

const UNIT_WORDS = { H: 'hour', D: 'day', W: 'week', M: 'minute' } as const;

/**
 * A front-door deadline in words: `PT1H` → "within 1 hour", `P2D` (working) → "within 2 working days",
 * `PT72H` → "within 72 hours". Returns undefined for durations it cannot read, so nothing wrong is shown.
 */
export function deadlineWords(iso: string, working = false): string | undefined {
  const match = /^P(?:(\d+)([DW]))?(?:T(\d+)([HM]))?$/.exec(iso);
  if (!match) return undefined;
  const amount = Number(match[1] ?? match[3]);
  const unit = (match[2] ?? match[4]) as keyof typeof UNIT_WORDS | undefined;
  if (!unit || !Number.isFinite(amount) || (match[1] && match[3])) return undefined;
  const word = UNIT_WORDS[unit];
  const workingWord = working && (unit === 'D' || unit === 'W') ? 'working ' : '';
  return `within ${amount} ${workingWord}${word}${amount === 1 ? '' : 's'}`;
}

/** What the adapter needs from a front door (a subset of @levelwise/frameworks `FrontDoor`). */
export type FrontDoorLike = Pick<FrontDoor, 'serviceName' | 'referralInstrument' | 'deadlines' | 'emergency'>;

/**
 * The five standard options from an area's front-door data (`getFramework(area).rules.frontDoor`): its service,
 * its referral form (with the acronym spelled out), the deadline for the form after the call, and its 999 instruction.
 * `overrides` replace any part, e.g. a `route` for an area whose front door takes calls rather than forms.
 */
export function responseOptionsFromFrontDoor(
  frontDoor: FrontDoorLike,
  areaName?: string,
  overrides: Partial<StandardResponseOptionsInput> = {},
): ResponseOption[] {
  const instrument = frontDoor.referralInstrument;
  const instrumentName =
    instrument.acronym && instrument.expansion && instrument.name === instrument.acronym
      ? `${instrument.name} (${instrument.expansion})`
      : instrument.name;
  const submit = frontDoor.deadlines.find((d) => d.kind === 'submit-referral');
  const deadline = submit ? deadlineWords(submit.iso, submit.working) : undefined;
  return standardResponseOptions({
    frontDoorName: frontDoor.serviceName,
    instrumentName,
    ...(areaName ? { areaName } : {}),
    ...(deadline ? { deadline } : {}),
    ...(frontDoor.emergency.call999 ? { emergencyText: frontDoor.emergency.instruction.quote } : {}),
    ...overrides,
  });
}

/** Problems with an option list (duplicate or empty values, empty labels), for a development warning. */
export function responseOptionProblems(options: readonly ResponseOption[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const option of options) {
    if (!option.value) problems.push('an option has an empty value');
    else if (seen.has(option.value)) problems.push(`the value "${option.value}" is used twice`);
    seen.add(option.value);
    if (!option.label.trim()) problems.push(`the option "${option.value}" has no label`);
  }
  return problems;
}
