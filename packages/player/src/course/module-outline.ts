import type { ModuleId } from '@levelwise/scenarios';

/**
 * The four learning modules' titles and lengths, for the welcome screen and the progress tracker, without
 * loading the modules themselves (they arrive with the course screens chunk). A test checks these against
 * `learningModules` (src/modules), so the two cannot drift apart.
 */
export interface ModuleOutline {
  title: string;
  summary: string;
  minutes: number;
}

export const MODULE_OUTLINE: Readonly<Record<ModuleId, ModuleOutline>> = {
  continuum: {
    title: 'The continuum of need',
    summary: "What each of your area's levels means, who helps, and stepping up and down.",
    minutes: 6,
  },
  triangle: {
    title: 'The assessment triangle',
    summary: "The three sides of a child's world, and sorting real indicators onto them.",
    minutes: 6,
  },
  significantHarmAndConsent: {
    title: 'Significant harm, consent and information sharing',
    summary:
      'What significant harm is, when to ask for consent or share without it, and how to reach the front door.',
    minutes: 8,
  },
  escalation: {
    title: 'When you disagree',
    summary: "Your area's steps when you disagree with a decision about a child.",
    minutes: 5,
  },
};
