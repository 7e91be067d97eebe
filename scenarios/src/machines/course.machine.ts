import { assign, setup } from 'xstate';

/**
 * The course: welcome → learning modules → practice vignettes → assessment → results, with attempts
 * and retakes, resumable from the compact progress record (progress-record.ts).
 *
 * The course machine does not run vignettes itself (no invoke): the app runs a vignette machine per
 * vignette and tells the course what happened (VIGNETTE_COMPLETED, ASSESSMENT_SUBMITTED). Effects are
 * named placeholders: `persistProgress` after every change worth keeping, `reportScore` with the
 * assessment result, `reportCompletion` when the course ends (passed, or attempts used up).
 */

export const MODULES = ['continuum', 'triangle', 'significantHarmAndConsent', 'escalation'] as const;
export type ModuleId = (typeof MODULES)[number];

export interface CourseResumeState {
  /** Bit i set when MODULES[i] is done. */
  modulesDone: number;
  practiceDone: readonly string[];
  attempts: number;
  /** Best assessment score so far, 0–1; null before the first attempt. */
  bestScore: number | null;
  passed: boolean;
}

export interface CourseMachineInput {
  practiceVignetteIds: readonly string[];
  /** How many practice vignettes must be done before the assessment opens (default: all). */
  requiredPractice?: number;
  /** Assessment attempts allowed (default 3). */
  maxAttempts?: number;
  resume?: CourseResumeState;
}

export interface CourseContext extends CourseResumeState {
  practiceVignetteIds: readonly string[];
  requiredPractice: number;
  maxAttempts: number;
  lastScore: number | null;
}

export type CourseEvent =
  | { type: 'START' }
  | { type: 'COMPLETE_MODULE' }
  | { type: 'PREVIOUS_MODULE' }
  | { type: 'VIGNETTE_COMPLETED'; vignetteId: string }
  | { type: 'START_ASSESSMENT' }
  | { type: 'ASSESSMENT_SUBMITTED'; score: number; passed: boolean }
  | { type: 'RETAKE' }
  | { type: 'REVISIT_PRACTICE' };

const moduleBit = (m: ModuleId) => 1 << MODULES.indexOf(m);
const ALL_MODULES = (1 << MODULES.length) - 1;

export const courseMachine = setup({
  types: {
    context: {} as CourseContext,
    events: {} as CourseEvent,
    input: {} as CourseMachineInput,
  },
  actions: {
    completeModule: assign({
      modulesDone: ({ context }, params: { module: ModuleId }) =>
        context.modulesDone | moduleBit(params.module),
    }),
    completePractice: assign({
      practiceDone: ({ context, event }) => {
        if (event.type !== 'VIGNETTE_COMPLETED') return context.practiceDone;
        if (!context.practiceVignetteIds.includes(event.vignetteId)) return context.practiceDone;
        if (context.practiceDone.includes(event.vignetteId)) return context.practiceDone;
        return [...context.practiceDone, event.vignetteId];
      },
    }),
    recordAttempt: assign(({ context, event }) => {
      if (event.type !== 'ASSESSMENT_SUBMITTED') return {};
      const score = Math.min(1, Math.max(0, event.score));
      return {
        attempts: context.attempts + 1,
        lastScore: score,
        bestScore: context.bestScore === null ? score : Math.max(context.bestScore, score),
        passed: context.passed || event.passed,
      };
    }),
    persistProgress: () => {},
    reportScore: () => {},
    reportCompletion: () => {},
  },
  guards: {
    resumePassed: ({ context }) => context.passed,
    resumeExhausted: ({ context }) => context.attempts >= context.maxAttempts,
    resumeAttempted: ({ context }) => context.attempts > 0,
    allModulesDone: ({ context }) => (context.modulesDone & ALL_MODULES) === ALL_MODULES,
    anyProgress: ({ context }) => context.modulesDone !== 0 || context.practiceDone.length > 0,
    moduleDone: ({ context }, params: { module: ModuleId }) =>
      (context.modulesDone & moduleBit(params.module)) !== 0,
    practiceDoneEnough: ({ context }) => context.practiceDone.length >= context.requiredPractice,
    lastAttemptPassed: ({ context }) => context.passed,
    attemptsLeft: ({ context }) => context.attempts < context.maxAttempts,
  },
}).createMachine({
  id: 'course',
  context: ({ input }) => {
    const maxAttempts = input.maxAttempts ?? 3;
    const requiredPractice = input.requiredPractice ?? input.practiceVignetteIds.length;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
      throw new RangeError('maxAttempts must be a positive integer');
    if (
      !Number.isInteger(requiredPractice) ||
      requiredPractice < 0 ||
      requiredPractice > input.practiceVignetteIds.length
    ) {
      throw new RangeError('requiredPractice must be between 0 and the number of practice vignettes');
    }
    const resume = input.resume;
    return {
      practiceVignetteIds: input.practiceVignetteIds,
      requiredPractice,
      maxAttempts,
      modulesDone: (resume?.modulesDone ?? 0) & ALL_MODULES,
      // Progress on vignettes no longer in the course is dropped, not trusted.
      practiceDone: (resume?.practiceDone ?? []).filter((id) => input.practiceVignetteIds.includes(id)),
      attempts: Math.max(0, Math.floor(resume?.attempts ?? 0)),
      bestScore: resume?.bestScore ?? null,
      lastScore: null,
      passed: resume?.passed ?? false,
    };
  },
  initial: 'resuming',
  states: {
    // Transient: picks up where the learner left off.
    resuming: {
      always: [
        { guard: 'resumePassed', target: 'passed' },
        { guard: 'resumeExhausted', target: 'attemptsExhausted' },
        { guard: 'resumeAttempted', target: 'results.canRetake' },
        { guard: 'allModulesDone', target: 'practice' },
        { guard: 'anyProgress', target: 'modules' },
        { target: 'welcome' },
      ],
    },
    welcome: {
      on: { START: 'modules' },
    },
    modules: {
      initial: 'choosing',
      states: {
        // Transient: the first module not yet done.
        choosing: {
          always: [
            { guard: { type: 'moduleDone', params: { module: 'continuum' } }, target: 'afterContinuum' },
            { target: 'continuum' },
          ],
        },
        afterContinuum: {
          always: [
            { guard: { type: 'moduleDone', params: { module: 'triangle' } }, target: 'afterTriangle' },
            { target: 'triangle' },
          ],
        },
        afterTriangle: {
          always: [
            {
              guard: { type: 'moduleDone', params: { module: 'significantHarmAndConsent' } },
              target: 'escalation',
            },
            { target: 'significantHarmAndConsent' },
          ],
        },
        continuum: {
          tags: ['module'],
          on: {
            COMPLETE_MODULE: {
              target: 'triangle',
              actions: [{ type: 'completeModule', params: { module: 'continuum' } }, 'persistProgress'],
            },
          },
        },
        triangle: {
          tags: ['module'],
          on: {
            COMPLETE_MODULE: {
              target: 'significantHarmAndConsent',
              actions: [{ type: 'completeModule', params: { module: 'triangle' } }, 'persistProgress'],
            },
            PREVIOUS_MODULE: 'continuum',
          },
        },
        significantHarmAndConsent: {
          tags: ['module'],
          on: {
            COMPLETE_MODULE: {
              target: 'escalation',
              actions: [
                { type: 'completeModule', params: { module: 'significantHarmAndConsent' } },
                'persistProgress',
              ],
            },
            PREVIOUS_MODULE: 'triangle',
          },
        },
        escalation: {
          tags: ['module'],
          on: {
            COMPLETE_MODULE: {
              target: '#course.practice',
              actions: [{ type: 'completeModule', params: { module: 'escalation' } }, 'persistProgress'],
            },
            PREVIOUS_MODULE: 'significantHarmAndConsent',
          },
        },
      },
    },
    practice: {
      on: {
        VIGNETTE_COMPLETED: { actions: ['completePractice', 'persistProgress'] },
        START_ASSESSMENT: { guard: 'practiceDoneEnough', target: 'assessment' },
      },
    },
    assessment: {
      tags: ['assessment'],
      on: {
        ASSESSMENT_SUBMITTED: {
          target: 'results',
          actions: ['recordAttempt', 'persistProgress', 'reportScore'],
        },
      },
    },
    results: {
      initial: 'deciding',
      states: {
        deciding: {
          always: [
            { guard: 'lastAttemptPassed', target: '#course.passed' },
            { guard: 'attemptsLeft', target: 'canRetake' },
            { target: '#course.attemptsExhausted' },
          ],
        },
        canRetake: {
          tags: ['retake'],
          on: { RETAKE: '#course.assessment', REVISIT_PRACTICE: '#course.practice' },
        },
      },
    },
    // The course ends here (the machine is done): passed, or every attempt used.
    passed: { type: 'final', tags: ['complete', 'passed'], entry: 'reportCompletion' },
    attemptsExhausted: { type: 'final', tags: ['complete', 'failed'], entry: 'reportCompletion' },
  },
});

export type CourseMachine = typeof courseMachine;
