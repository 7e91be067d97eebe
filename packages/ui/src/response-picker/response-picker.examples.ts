import type { ResponsePickerProps } from './ResponsePicker.tsx';
import { standardResponseOptions } from './response-options.ts';

/**
 * The states a ResponsePicker can be in, as data (the GOV.UK Frontend "examples" pattern): one source for the
 * stories, the all-states screenshot and the unit tests. Front-door details are quoted from the areas'
 * threshold documents (the same values as @levelwise/frameworks `rules.frontDoor`, which ui may not import).
 */
export interface ResponsePickerExample {
  name: string;
  description: string;
  props: ResponsePickerProps;
}

export const telfordResponseOptions = standardResponseOptions({
  frontDoorName: 'Family Connect',
  areaName: 'Telford & Wrekin',
  instrumentName: 'Family Connect request for service form',
  deadline: 'within 2 working days',
  emergencyText: 'If it is an emergency or there is a threat of immediate danger, always dial 999.',
});

export const sandwellResponseOptions = standardResponseOptions({
  frontDoorName: 'Multi-Agency Safeguarding Hub (MASH) Single Point of Contact (SPOC)',
  areaName: 'Sandwell',
  instrumentName: 'MARF (multi-agency referral form)',
  deadline: 'within 1 hour',
  emergencyText: 'a practitioner should call 999 in the first instance for Police or an Ambulance',
});

const telfordContact =
  'Family Connect: 01952 385385, between 9am and 5pm. Out of office hours: Emergency Duty Team, 01952 676500.';

export const responsePickerExamples: readonly ResponsePickerExample[] = [
  {
    name: 'empty',
    description: 'Nothing chosen yet, with the front door’s numbers',
    props: { id: 'rp-empty', options: telfordResponseOptions, contactNote: telfordContact },
  },
  {
    name: 'chosen-referral',
    description: 'A referral to the front door chosen',
    props: { id: 'rp-referral', options: telfordResponseOptions, defaultValue: 'front-door-referral' },
  },
  {
    name: 'chosen-emergency',
    description: 'The emergency option chosen',
    props: { id: 'rp-emergency', options: telfordResponseOptions, defaultValue: 'call-999' },
  },
  {
    name: 'error',
    description: 'GOV.UK error: nothing chosen on continue',
    props: {
      id: 'rp-error',
      options: telfordResponseOptions,
      required: true,
      error: 'Select what you would do next',
    },
  },
  {
    name: 'disabled',
    description: 'Answer locked after submitting',
    props: {
      id: 'rp-disabled',
      options: telfordResponseOptions,
      defaultValue: 'targeted-early-help',
      disabled: true,
    },
  },
  {
    name: 'sandwell-long-names',
    description: 'Sandwell: a long front-door name and a one-hour deadline',
    props: { id: 'rp-sandwell', options: sandwellResponseOptions, defaultValue: 'front-door-referral' },
  },
];
