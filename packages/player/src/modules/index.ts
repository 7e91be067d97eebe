/**
 * The four learning modules of the course (continuum, triangle, significant harm and consent, escalation).
 * Each renders a few short pages in the area's own language and data, ends with a short check, and calls
 * `onComplete` when the learner finishes it.
 *
 * CONTRACT (stable): `learningModules[moduleId].Component` with `LearningModuleProps`.
 */
import type { ModuleId } from '@levelwise/scenarios';
import type { ComponentType } from 'react';
import { CONTINUUM_TITLE, ContinuumModule } from './ContinuumModule.tsx';
import { ESCALATION_TITLE, EscalationModule } from './EscalationModule.tsx';
import { HARM_CONSENT_TITLE, HarmConsentModule } from './HarmConsentModule.tsx';
import { TRIANGLE_TITLE, TriangleModule } from './TriangleModule.tsx';
import type { LearningModuleProps } from './types.ts';

export type { LearningModuleProps } from './types.ts';

export interface LearningModuleEntry {
  title: string;
  summary: string;
  minutes: number;
  Component: ComponentType<LearningModuleProps>;
}

export const learningModules: Record<ModuleId, LearningModuleEntry> = {
  continuum: {
    title: CONTINUUM_TITLE,
    summary: "What each of your area's levels means, who helps, and stepping up and down.",
    minutes: 6,
    Component: ContinuumModule,
  },
  triangle: {
    title: TRIANGLE_TITLE,
    summary: "The three sides of a child's world, and sorting real indicators onto them.",
    minutes: 6,
    Component: TriangleModule,
  },
  significantHarmAndConsent: {
    title: HARM_CONSENT_TITLE,
    summary:
      'What significant harm is, when to ask for consent or share without it, and how to reach the front door.',
    minutes: 8,
    Component: HarmConsentModule,
  },
  escalation: {
    title: ESCALATION_TITLE,
    summary: "Your area's steps when you disagree with a decision about a child.",
    minutes: 5,
    Component: EscalationModule,
  },
};

export {
  CONTINUUM_SITUATIONS,
  checkLevelAnswer,
  continuumLevels,
  steppingRules,
} from './continuum-content.ts';
export {
  checkChoice,
  emergencyQuestion,
  escalationContent,
  GENERAL_ESCALATION_STEPS,
  nextStepQuestion,
} from './escalation-content.ts';
export {
  CONSENT_SITUATIONS,
  checkConsentAnswer,
  consentContent,
  expectedConsentAnswer,
  frontDoorFacts,
  significantHarmContent,
} from './harm-consent-content.ts';
export { CheckSection, ChoiceQuestion, type ChoiceQuestionProps, QuestionFeedback } from './ModuleCheck.tsx';
export { type ModulePage, ModulePages, type ModulePagesProps } from './ModulePages.tsx';
export { checkSorting, chooseSortingIndicators, sortingItems, triangleSides } from './triangle-sort.ts';
export { ContinuumModule, EscalationModule, HarmConsentModule, TriangleModule };
