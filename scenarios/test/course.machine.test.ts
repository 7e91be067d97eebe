import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import {
  type CourseEvent,
  type CourseMachineInput,
  type CourseResumeState,
  courseMachine,
  MODULES,
} from '../src/machines/course.machine.ts';
import { selectCourseResumeState, selectCourseView } from '../src/machines/course.selectors.ts';
import {
  decodeProgress,
  emptyProgressRecord,
  encodeProgress,
  toCourseResumeState,
  withCourseState,
} from '../src/progress-record.ts';
import { eventsOf } from './helpers.ts';

type Snapshot = SnapshotFrom<typeof courseMachine>;

const INPUT: CourseMachineInput = { practiceVignetteIds: ['v1', 'v2'], requiredPractice: 1, maxAttempts: 2 };

const EVENTS: CourseEvent[] = [
  { type: 'START' },
  { type: 'COMPLETE_MODULE' },
  { type: 'PREVIOUS_MODULE' },
  { type: 'VIGNETTE_COMPLETED', vignetteId: 'v1' },
  { type: 'VIGNETTE_COMPLETED', vignetteId: 'v2' },
  { type: 'START_ASSESSMENT' },
  { type: 'ASSESSMENT_SUBMITTED', score: 0.9, passed: true },
  { type: 'ASSESSMENT_SUBMITTED', score: 0.6, passed: false },
  { type: 'RETAKE' },
  { type: 'REVISIT_PRACTICE' },
];

function serialise(s: Snapshot): string {
  const c = s.context;
  return JSON.stringify([s.value, c.modulesDone, [...c.practiceDone].sort(), c.attempts, c.passed]);
}

function run(input: CourseMachineInput, events: CourseEvent[]) {
  const calls: string[] = [];
  const actor = createActor(
    courseMachine.provide({
      actions: {
        persistProgress: () => {
          calls.push('persistProgress');
        },
        reportScore: () => {
          calls.push('reportScore');
        },
        reportCompletion: () => {
          calls.push('reportCompletion');
        },
      },
    }),
    { input },
  );
  actor.start();
  for (const e of events) actor.send(e);
  return { snapshot: actor.getSnapshot(), calls };
}

/** Every state node id, e.g. `course.modules.triangle`. */
function allStateIds(): string[] {
  const ids: string[] = [];
  const walk = (node: { id: string; states: Record<string, unknown> }) => {
    ids.push(node.id);
    for (const child of Object.values(node.states)) walk(child as typeof node);
  };
  walk(courseMachine.root as unknown as { id: string; states: Record<string, unknown> });
  return ids.filter((id) => id !== 'course');
}

const TRANSIENT = [
  'course.resuming',
  'course.modules.choosing',
  'course.modules.afterContinuum',
  'course.modules.afterTriangle',
  'course.results.deciding',
];

describe('course machine', () => {
  it('reaches every state, from a fresh start and from resumed records', () => {
    const resumes: (CourseResumeState | undefined)[] = [
      undefined,
      { modulesDone: 0b0001, practiceDone: [], attempts: 0, bestScore: null, passed: false },
      { modulesDone: 0b0011, practiceDone: [], attempts: 0, bestScore: null, passed: false },
    ];
    const reached = new Set<string>();
    let pathCount = 0;
    for (const resume of resumes) {
      const input = resume ? { ...INPUT, resume } : INPUT;
      const paths = getSimplePaths(courseMachine, {
        input,
        events: EVENTS,
        serializeState: (s) => serialise(s as Snapshot),
      });
      pathCount += paths.length;
      for (const path of paths) {
        const events = eventsOf(path) as CourseEvent[];
        const { snapshot } = run(input, events);
        expect(serialise(snapshot)).toBe(serialise(path.state as Snapshot));
        expect(() => selectCourseView(snapshot)).not.toThrow();
        for (const step of path.steps)
          for (const node of (step.state as Snapshot)._nodes) reached.add(node.id);
      }
    }
    expect(pathCount).toBeGreaterThan(20);
    console.info(`course: ${pathCount} simple paths (fresh and two resumed starts)`);
    const expected = allStateIds().filter((id) => !TRANSIENT.includes(id));
    expect([...reached].filter((id) => id !== 'course').sort()).toEqual(expected.sort());
  });

  it('opens the assessment only after the required practice', () => {
    const { snapshot } = run(INPUT, [
      { type: 'START' },
      ...MODULES.map(() => ({ type: 'COMPLETE_MODULE' }) as CourseEvent),
    ]);
    expect(selectCourseView(snapshot).step).toBe('practice');
    expect(selectCourseView(snapshot).canStartAssessment).toBe(false);
    const after = run(INPUT, [
      { type: 'START' },
      ...MODULES.map(() => ({ type: 'COMPLETE_MODULE' }) as CourseEvent),
      { type: 'VIGNETTE_COMPLETED', vignetteId: 'not-in-course' },
      { type: 'VIGNETTE_COMPLETED', vignetteId: 'v2' },
    ]).snapshot;
    expect(after.context.practiceDone).toEqual(['v2']);
    expect(selectCourseView(after).canStartAssessment).toBe(true);
  });

  it('allows retakes until the attempts run out, and keeps the best score', () => {
    const toAssessment: CourseEvent[] = [
      { type: 'START' },
      ...MODULES.map(() => ({ type: 'COMPLETE_MODULE' }) as CourseEvent),
      { type: 'VIGNETTE_COMPLETED', vignetteId: 'v1' },
      { type: 'START_ASSESSMENT' },
    ];
    const once = run(INPUT, [...toAssessment, { type: 'ASSESSMENT_SUBMITTED', score: 0.7, passed: false }]);
    expect(selectCourseView(once.snapshot)).toMatchObject({
      step: 'results',
      canRetake: true,
      attemptsLeft: 1,
      complete: false,
    });
    const twice = run(INPUT, [
      ...toAssessment,
      { type: 'ASSESSMENT_SUBMITTED', score: 0.7, passed: false },
      { type: 'RETAKE' },
      { type: 'ASSESSMENT_SUBMITTED', score: 0.5, passed: false },
    ]);
    expect(twice.snapshot.hasTag('failed')).toBe(true);
    expect(twice.snapshot.status).toBe('done');
    expect(twice.snapshot.context.bestScore).toBe(0.7);
    expect(twice.calls.filter((c) => c === 'reportCompletion')).toHaveLength(1);
    const passed = run(INPUT, [...toAssessment, { type: 'ASSESSMENT_SUBMITTED', score: 0.85, passed: true }]);
    expect(passed.snapshot.hasTag('passed')).toBe(true);
    expect(passed.calls).toContain('reportScore');
  });

  it('resumes where the learner left off', () => {
    const at = (resume: CourseResumeState) => selectCourseView(run({ ...INPUT, resume }, []).snapshot);
    const base = { practiceDone: [], attempts: 0, bestScore: null, passed: false };
    expect(at({ ...base, modulesDone: 0 })).toMatchObject({ step: 'welcome' });
    expect(at({ ...base, modulesDone: 0b0001 })).toMatchObject({ step: 'module', module: 'triangle' });
    expect(at({ ...base, modulesDone: 0b0111 })).toMatchObject({ step: 'module', module: 'escalation' });
    expect(at({ ...base, modulesDone: 0b1111 })).toMatchObject({ step: 'practice' });
    expect(at({ ...base, modulesDone: 0b1111, attempts: 1, bestScore: 0.5 })).toMatchObject({
      step: 'results',
      canRetake: true,
    });
    expect(at({ ...base, modulesDone: 0b1111, attempts: 2, bestScore: 0.5 })).toMatchObject({
      step: 'results',
      complete: true,
    });
    expect(at({ ...base, modulesDone: 0b1111, attempts: 1, bestScore: 0.9, passed: true })).toMatchObject({
      step: 'results',
      passed: true,
      complete: true,
    });
    // Unknown practice vignettes in a record are dropped, not trusted.
    expect(at({ ...base, modulesDone: 0b1111, practiceDone: ['gone', 'v1'] }).practiceDone).toEqual(['v1']);
  });

  it('round-trips its resume state through the selector', () => {
    const { snapshot } = run(INPUT, [
      { type: 'START' },
      { type: 'COMPLETE_MODULE' },
      { type: 'COMPLETE_MODULE' },
    ]);
    const state = selectCourseResumeState(snapshot);
    expect(state).toEqual({
      modulesDone: 0b0011,
      practiceDone: [],
      attempts: 0,
      bestScore: null,
      passed: false,
    });
    expect(selectCourseView(run({ ...INPUT, resume: state }, []).snapshot)).toMatchObject({
      step: 'module',
      module: 'significantHarmAndConsent',
    });
  });

  it('resumes from an encoded progress record, through the codec', () => {
    const { snapshot } = run(INPUT, [
      { type: 'START' },
      ...MODULES.map(() => ({ type: 'COMPLETE_MODULE' }) as CourseEvent),
      { type: 'VIGNETTE_COMPLETED', vignetteId: 'v2' },
      { type: 'START_ASSESSMENT' },
      { type: 'ASSESSMENT_SUBMITTED', score: 0.62, passed: false },
    ]);
    const saved = encodeProgress(
      withCourseState(emptyProgressRecord('dudley'), selectCourseResumeState(snapshot)),
    );
    const decoded = decodeProgress(saved, 'dudley');
    expect(decoded.status).toBe('ok');
    const resumed = run({ ...INPUT, resume: toCourseResumeState(decoded.record) }, []).snapshot;
    expect(selectCourseView(resumed)).toMatchObject({
      step: 'results',
      canRetake: true,
      attempts: 1,
      bestScore: 0.62,
      practiceDone: ['v2'],
      modulesDone: [...MODULES],
    });
  });

  it('rejects impossible configuration', () => {
    const actor = createActor(courseMachine, { input: { practiceVignetteIds: ['v1'], requiredPractice: 2 } });
    const errors: unknown[] = [];
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    expect(String(errors[0])).toMatch(/requiredPractice/);
  });
});
