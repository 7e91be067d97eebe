import type { LevelPickerProps } from './LevelPicker.tsx';
import type { LevelPickerLevel } from './level-picker-logic.ts';

/**
 * The states a LevelPicker can be in, as data: one source for the stories, the all-states screenshot
 * and the unit tests (the GOV.UK Frontend "examples" pattern).
 *
 * Level names are each area's own (shared/seeds/README.md); each definition is the first sentence of the
 * area's own definition, quoted from the seed file at the line given. They stand in for
 * @levelwise/frameworks until its public API exports the curated levels (rules/*.ts → `levels`).
 */
export const exampleAreaLevels = {
  'telford-wrekin': [
    // 000: L201, L161, L165, L169
    {
      ordinal: 1,
      name: 'Universal',
      definition: 'Children with no additional needs and where there are no concerns.',
    },
    {
      ordinal: 2,
      name: 'Vulnerable',
      definition:
        'Children, young people and families with additional or emerging needs that can be met by a single agency or a multi agency services in addition to universal services.',
    },
    {
      ordinal: 3,
      name: 'Complex',
      definition:
        'Children, young people and families who are experiencing multiple needs that are not being met.',
    },
    {
      ordinal: 4,
      name: 'Acute',
      definition:
        'Children, young people and families who are experiencing significant impairment of harm, known or suspected abuse.',
    },
  ],
  sandwell: [
    // 001: L255 (descriptor row)
    {
      ordinal: 1,
      name: 'Universal',
      definition: 'Children with no additional needs and where there are no concerns.',
    },
    {
      ordinal: 2,
      name: 'Universal Plus',
      definition:
        'These children can be defined as needing some additional support without which they would be at risk of not meeting their full potential.',
    },
    {
      ordinal: 3,
      name: 'Targeted Additional Needs',
      definition:
        'This Level applies to those children identified as requiring specialist support. It is likely that for these children their needs and care are compromised.',
    },
    {
      ordinal: 4,
      name: 'Complex/ Significant Needs',
      definition:
        'These are children whose needs and care at the present time are likely to be significantly compromised thereby requiring assessment under Section 47 (may be suffering or likely to suffer significant harm) or Section 17 (Child in Need) of the Children Act 1989.',
    },
  ],
  'stoke-on-trent': [
    // 002: L155, L177, L190, L200
    {
      ordinal: 1,
      name: 'Universal Need',
      definition: 'Children and young people at this level are achieving expected outcomes.',
    },
    {
      ordinal: 2,
      name: 'Universal Plus',
      definition:
        'Children and young people whose needs are met through additional support that may involve support from one or more agencies, coordinated by using the Early Help Assessment.',
    },
    {
      ordinal: 3,
      name: 'Targeted Early Help',
      definition:
        'Children and Young People at this level have diverse and complex needs and targeted, multi-agency support services are required.',
    },
    {
      ordinal: 4,
      name: 'Statutory/Specialist',
      definition:
        'Children and young people at this level who require specialist services to respond to or prevent significant harm (S47) and children whose health & development maybe significantly impaired without the provision of help and support (S17).',
    },
  ],
  'nottingham-city': [
    // 003: L300, L398, L532, L675
    {
      ordinal: 1,
      name: 'Universal',
      definition:
        'Children and families are doing well and their needs are met within universal services including health development and achievement.',
    },
    {
      ordinal: 2,
      name: 'Early Help Universal Plus',
      definition:
        'Child and family are experiencing problems requiring universal services to work together with other support services to prevent problems increasing.',
    },
    {
      ordinal: 3,
      name: 'Early Help Targeted (Universal Partnership Plus)',
      definition:
        'Child and family are experiencing a range of increasing problems that require intensive multi-agency support to meet the needs of the whole family and crisis is likely to be prevented.',
    },
    {
      ordinal: 4,
      name: 'Protection & Specialist',
      definition: 'Child is suffering or likely to suffer significant harm.',
    },
  ],
  dudley: [
    // 004: L135, L151, L189, L229
    {
      ordinal: 1,
      name: 'Universal Services',
      definition:
        'Children with no additional needs and where there are no concerns: children and young people have their needs met through universal provision alongside the love, care and protection of parents and carers.',
    },
    {
      ordinal: 2,
      name: 'Additional',
      definition:
        'Children and young people with vulnerabilities and emerging needs who will require some extra support if they are going to meet their full potential.',
    },
    {
      ordinal: 3,
      name: 'Intensive',
      definition:
        'Children, young people and families at Level 3 have complex needs that adversely impact on their safety, wellbeing and family life.',
    },
    {
      ordinal: 4,
      name: 'Specialist',
      definition:
        'Children and young people who are known or suspected to be experiencing abuse or neglect, or those who without specialist intervention, will experience significant impairment.',
    },
  ],
} as const satisfies Record<string, readonly LevelPickerLevel[]>;

export interface LevelPickerExample {
  name: string;
  description: string;
  props: LevelPickerProps;
}

const telford = exampleAreaLevels['telford-wrekin'];

export const levelPickerExamples: readonly LevelPickerExample[] = [
  {
    name: 'empty',
    description: 'Nothing chosen yet (Telford & Wrekin)',
    props: { id: 'lp-empty', levels: telford, hint: 'Use the Telford & Wrekin threshold guidance.' },
  },
  {
    name: 'chosen',
    description: 'Level 3 chosen',
    props: { id: 'lp-chosen', levels: telford, defaultValue: 3 },
  },
  {
    name: 'error',
    description: 'Submitted without a choice: GOV.UK error message',
    props: {
      id: 'lp-error',
      levels: telford,
      required: true,
      error: 'Select the level of need for this child',
    },
  },
  {
    name: 'disabled',
    description: 'Answer locked after submitting',
    props: { id: 'lp-disabled', levels: telford, defaultValue: 2, disabled: true },
  },
  {
    name: 'nottingham-long-names',
    description: "Nottingham City's long level names wrap inside the badge",
    props: { id: 'lp-nottingham', levels: exampleAreaLevels['nottingham-city'], defaultValue: 3 },
  },
  {
    name: 'sandwell-long-names',
    description: "Sandwell's long names and definitions",
    props: { id: 'lp-sandwell', levels: exampleAreaLevels.sandwell, defaultValue: 4 },
  },
  {
    name: 'compact',
    description: 'Compact tiles for a narrow screen or a projector (Dudley)',
    props: { id: 'lp-compact', levels: exampleAreaLevels.dudley, defaultValue: 2, variant: 'compact' },
  },
];
