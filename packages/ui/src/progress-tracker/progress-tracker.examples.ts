import type { ProgressTrackerProps } from './ProgressTracker.tsx';
import { courseSteps } from './progress-logic.ts';

/**
 * The states a ProgressTracker can be in, as data (the GOV.UK Frontend "examples" pattern): one source for the
 * stories, the all-states screenshot and the unit tests. The nine steps are the Levelwise course's.
 */
export interface ProgressTrackerExample {
  name: string;
  description: string;
  props: ProgressTrackerProps;
}

/** The course's steps: welcome, four learning modules, practice cases, assessment, results (eight in all). */
export const levelwiseCourseSteps = [
  { id: 'welcome', title: 'Welcome', description: 'How the course works, about 5 minutes' },
  {
    id: 'module-1',
    title: 'Module 1: levels of need',
    description: 'The continuum and your area’s level names',
  },
  {
    id: 'module-2',
    title: 'Module 2: the assessment triangle',
    description: 'Three sides: child, parenting, family',
  },
  {
    id: 'module-3',
    title: 'Module 3: using your threshold document',
    description: 'Matching facts to indicators',
  },
  {
    id: 'module-4',
    title: 'Module 4: consent, referral and escalation',
    description: 'Who to call, and when',
  },
  { id: 'practice', title: 'Practice cases', description: 'Four cases with feedback after each stage' },
  { id: 'assessment', title: 'Assessment', description: 'Six cases, pass mark 80%' },
  { id: 'results', title: 'Your results', description: 'Scores and your certificate' },
] as const;

export const progressTrackerExamples: readonly ProgressTrackerExample[] = [
  {
    name: 'start',
    description: 'Just started: the welcome is in progress, the assessment is locked',
    props: { id: 'pt-start', steps: courseSteps(levelwiseCourseSteps, 0, { lockAfterCurrent: 3 }) },
  },
  {
    name: 'middle',
    description: '3 of 8 complete, completed steps can be revisited',
    props: {
      id: 'pt-middle',
      steps: courseSteps(levelwiseCourseSteps, 3, { lockAfterCurrent: 3 }),
      onStepSelect: () => {},
      defaultValue: 'module-1',
    },
  },
  {
    name: 'all-done',
    description: 'Everything complete',
    props: { id: 'pt-done', steps: courseSteps(levelwiseCourseSteps, 8) },
  },
  {
    name: 'horizontal',
    description: 'Compact horizontal mode (wide screens; vertical when narrow)',
    props: {
      id: 'pt-horizontal',
      layout: 'horizontal',
      steps: courseSteps(levelwiseCourseSteps, 5, { lockAfterCurrent: 2 }),
      onStepSelect: () => {},
    },
  },
];
