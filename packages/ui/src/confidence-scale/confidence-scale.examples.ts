import type { ConfidenceScaleProps } from './ConfidenceScale.tsx';

/**
 * The states a ConfidenceScale can be in, as data: one source for the stories, the all-states screenshot
 * and the unit tests (the GOV.UK Frontend "examples" pattern).
 */
export interface ConfidenceScaleExample {
  name: string;
  description: string;
  props: ConfidenceScaleProps;
}

export const confidenceScaleExamples: readonly ConfidenceScaleExample[] = [
  { name: 'empty', description: 'Nothing chosen yet', props: { id: 'cs-empty' } },
  { name: 'chosen', description: '4 chosen: Fairly confident', props: { id: 'cs-chosen', defaultValue: 4 } },
  {
    name: 'error',
    description: 'Continued without a choice: GOV.UK error message',
    props: { id: 'cs-error', required: true, error: 'Select how confident you are in this decision' },
  },
  {
    name: 'disabled',
    description: 'Locked after submitting',
    props: { id: 'cs-disabled', defaultValue: 2, disabled: true },
  },
  {
    name: 'vertical',
    description: 'Always a vertical list (for a narrow column)',
    props: { id: 'cs-vertical', defaultValue: 5, layout: 'vertical', hint: null },
  },
  {
    name: 'level-question',
    description: 'Asked about a level decision, with its own wording',
    props: {
      id: 'cs-level',
      legend: 'How confident are you that Level 3, Complex, is the right level?',
      defaultValue: 1,
    },
  },
];
