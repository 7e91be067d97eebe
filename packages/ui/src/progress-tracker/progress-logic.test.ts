import { describe, expect, it } from 'vitest';
import {
  countProgress,
  courseSteps,
  isStepSelectable,
  PROGRESS_STATUS_WORDS,
  progressStepProblems,
  progressSummary,
} from './progress-logic.ts';
import { levelwiseCourseSteps, progressTrackerExamples } from './progress-tracker.examples.ts';

describe('counting progress', () => {
  const steps = courseSteps(levelwiseCourseSteps, 3, { lockAfterCurrent: 3 });
  it('counts completed steps and finds the one in progress', () => {
    expect(countProgress(steps)).toEqual({ done: 3, total: 8, currentIndex: 3 });
    expect(progressSummary(steps)).toBe('3 of 8 complete');
  });
  it('says "All 8 complete" at the end and handles an empty list', () => {
    expect(progressSummary(courseSteps(levelwiseCourseSteps, 8))).toBe('All 8 complete');
    expect(progressSummary([])).toBe('0 of 0 complete');
    expect(countProgress([]).currentIndex).toBe(-1);
  });
});

describe('courseSteps', () => {
  it('marks done, then one current, then upcoming, and locks the last ones', () => {
    expect(courseSteps(levelwiseCourseSteps, 3, { lockAfterCurrent: 3 }).map((s) => s.status)).toEqual([
      'done',
      'done',
      'done',
      'current',
      'upcoming',
      'locked',
      'locked',
      'locked',
    ]);
    expect(courseSteps(levelwiseCourseSteps, 8).every((s) => s.status === 'done')).toBe(true);
  });
  it('covers the brief’s steps: welcome, four modules, practice, assessment, results', () => {
    expect(levelwiseCourseSteps.map((s) => s.id)).toEqual([
      'welcome',
      'module-1',
      'module-2',
      'module-3',
      'module-4',
      'practice',
      'assessment',
      'results',
    ]);
  });
});

describe('selection and validation', () => {
  it('lets only completed steps be revisited', () => {
    expect(isStepSelectable({ id: 'a', title: 'A', status: 'done' })).toBe(true);
    for (const status of ['current', 'upcoming', 'locked'] as const)
      expect(isStepSelectable({ id: 'a', title: 'A', status })).toBe(false);
  });
  it('reports duplicate ids and more than one current step', () => {
    expect(
      progressStepProblems([
        { id: 'a', title: 'A', status: 'current' },
        { id: 'a', title: 'B', status: 'current' },
      ]),
    ).toEqual(['the id "a" is used twice', '2 steps are "current"; at most one can be']);
    expect(progressStepProblems(courseSteps(levelwiseCourseSteps, 2))).toEqual([]);
  });
  it('words every status (GOV.UK task list wording)', () => {
    expect(PROGRESS_STATUS_WORDS).toEqual({
      done: 'Completed',
      current: 'In progress',
      upcoming: 'Not yet started',
      locked: 'Cannot start yet',
    });
  });
});

describe('progressTrackerExamples', () => {
  it('have unique names and valid step lists, and cover every status and both layouts', () => {
    const names = progressTrackerExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of progressTrackerExamples) expect(progressStepProblems(e.props.steps)).toEqual([]);
    const statuses = new Set(progressTrackerExamples.flatMap((e) => e.props.steps.map((s) => s.status)));
    expect([...statuses].sort()).toEqual(['current', 'done', 'locked', 'upcoming']);
    expect(new Set(progressTrackerExamples.map((e) => e.props.layout ?? 'vertical'))).toEqual(
      new Set(['vertical', 'horizontal']),
    );
  });
});
