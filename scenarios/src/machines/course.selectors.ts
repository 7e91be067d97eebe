import type { SnapshotFrom } from 'xstate';
import { type CourseResumeState, type courseMachine, MODULES, type ModuleId } from './course.machine.ts';

export type CourseSnapshot = SnapshotFrom<typeof courseMachine>;

export type CourseStep = 'welcome' | 'module' | 'practice' | 'assessment' | 'results';

export interface CourseViewProps {
  step: CourseStep;
  module: ModuleId | null;
  modulesDone: ModuleId[];
  practiceDone: readonly string[];
  practiceRemaining: string[];
  canStartAssessment: boolean;
  attempts: number;
  attemptsLeft: number;
  bestScore: number | null;
  lastScore: number | null;
  passed: boolean;
  canRetake: boolean;
  complete: boolean;
}

function stepAndModule(snapshot: CourseSnapshot): { step: CourseStep; module: ModuleId | null } {
  const value = snapshot.value;
  if (typeof value === 'string') {
    if (value === 'welcome' || value === 'practice' || value === 'assessment')
      return { step: value, module: null };
    if (value === 'passed' || value === 'attemptsExhausted') return { step: 'results', module: null };
  } else if ('modules' in value) {
    const module = value.modules as string;
    if ((MODULES as readonly string[]).includes(module))
      return { step: 'module', module: module as ModuleId };
  } else if ('results' in value) {
    return { step: 'results', module: null };
  }
  throw new Error(`course snapshot in an unexpected state: ${JSON.stringify(value)}`);
}

export function selectCourseView(snapshot: CourseSnapshot): CourseViewProps {
  const { context } = snapshot;
  return {
    ...stepAndModule(snapshot),
    modulesDone: MODULES.filter((_, i) => (context.modulesDone & (1 << i)) !== 0),
    practiceDone: context.practiceDone,
    practiceRemaining: context.practiceVignetteIds.filter((id) => !context.practiceDone.includes(id)),
    canStartAssessment: snapshot.can({ type: 'START_ASSESSMENT' }),
    attempts: context.attempts,
    attemptsLeft: Math.max(0, context.maxAttempts - context.attempts),
    bestScore: context.bestScore,
    lastScore: context.lastScore,
    passed: context.passed,
    canRetake: snapshot.can({ type: 'RETAKE' }),
    complete: snapshot.hasTag('complete'),
  };
}

/** What the progress record keeps of the course, for `persistProgress`. */
export function selectCourseResumeState(snapshot: CourseSnapshot): CourseResumeState {
  const { modulesDone, practiceDone, attempts, bestScore, passed } = snapshot.context;
  return { modulesDone, practiceDone, attempts, bestScore, passed };
}
