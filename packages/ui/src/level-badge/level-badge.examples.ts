import type { LevelBadgeProps } from './LevelBadge.tsx';

/**
 * The states a LevelBadge can be in, as data: one source for the stories, the all-states
 * screenshot and the unit tests (the GOV.UK Frontend "examples" pattern).
 * Level names are each area's own, from shared/seeds/README.md.
 */
export interface LevelBadgeExample {
  name: string;
  description: string;
  props: LevelBadgeProps;
}

export const levelBadgeExamples: readonly LevelBadgeExample[] = [
  {
    name: 'telford-universal',
    description: 'Telford & Wrekin level 1',
    props: { ordinal: 1, name: 'Universal' },
  },
  {
    name: 'telford-vulnerable',
    description: 'Telford & Wrekin level 2',
    props: { ordinal: 2, name: 'Vulnerable' },
  },
  {
    name: 'telford-complex',
    description: 'Telford & Wrekin level 3',
    props: { ordinal: 3, name: 'Complex' },
  },
  { name: 'telford-acute', description: 'Telford & Wrekin level 4', props: { ordinal: 4, name: 'Acute' } },
  {
    name: 'sandwell-long-name',
    description: 'A long local name that must wrap at 320 px',
    props: { ordinal: 4, name: 'Complex/ Significant Needs' },
  },
  {
    name: 'nottingham-longest-name',
    description: "Nottingham's longest level name",
    props: { ordinal: 3, name: 'Early Help Targeted (Universal Partnership Plus)' },
  },
  {
    name: 'small',
    description: 'Small size, for tables',
    props: { ordinal: 2, name: 'Additional', size: 'small' },
  },
  {
    name: 'large',
    description: 'Large size, for a projector',
    props: { ordinal: 4, name: 'Specialist', size: 'large' },
  },
  {
    name: 'chosen',
    description: "The learner's answer in feedback",
    props: { ordinal: 2, name: 'Vulnerable', emphasis: 'chosen' },
  },
  {
    name: 'expected',
    description: 'The answer derived from the matrix',
    props: { ordinal: 3, name: 'Complex', emphasis: 'expected' },
  },
  {
    name: 'current',
    description: 'Where the child is now',
    props: { ordinal: 3, name: 'Intensive', emphasis: 'current' },
  },
  {
    name: 'previous',
    description: 'Where the child was before a step-down',
    props: { ordinal: 4, name: 'Specialist', emphasis: 'previous' },
  },
];
