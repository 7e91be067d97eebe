/** Pure counting and wording for the course's progress (the GOV.UK task list pattern). */

export type ProgressStatus = 'done' | 'current' | 'upcoming' | 'locked';

export interface ProgressStep {
  /** Stable id, passed back by `onStepSelect`. */
  id: string;
  /** The step's name, e.g. "Module 2: the assessment triangle". */
  title: string;
  status: ProgressStatus;
  /** One line under the name, e.g. "About 15 minutes" or why it is locked. */
  description?: string;
}

/** The words on each status tag: GOV.UK task list wording, so learners meet the words they know. */
export const PROGRESS_STATUS_WORDS: Readonly<Record<ProgressStatus, string>> = {
  done: 'Completed',
  current: 'In progress',
  upcoming: 'Not yet started',
  locked: 'Cannot start yet',
};

export interface ProgressCount {
  done: number;
  total: number;
  /** Index of the step in progress, or -1 when none is. */
  currentIndex: number;
}

export function countProgress(steps: readonly ProgressStep[]): ProgressCount {
  return {
    done: steps.filter((s) => s.status === 'done').length,
    total: steps.length,
    currentIndex: steps.findIndex((s) => s.status === 'current'),
  };
}

/** "3 of 9 complete", or "All 9 complete" at the end. */
export function progressSummary(steps: readonly ProgressStep[]): string {
  const { done, total } = countProgress(steps);
  if (total > 0 && done === total) return `All ${total} complete`;
  return `${done} of ${total} complete`;
}

/** Only completed steps can be revisited: the others are not yet open (or are the page the learner is on). */
export function isStepSelectable(step: ProgressStep): boolean {
  return step.status === 'done';
}

/** Problems with a step list (duplicate ids, more than one step in progress), for a development warning. */
export function progressStepProblems(steps: readonly ProgressStep[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.id)) problems.push(`the id "${step.id}" is used twice`);
    seen.add(step.id);
  }
  const current = steps.filter((s) => s.status === 'current').length;
  if (current > 1) problems.push(`${current} steps are "current"; at most one can be`);
  return problems;
}

/** Steps with statuses for a learner who has finished the first `doneCount`: the next is current; the last `lockAfterCurrent` are locked. */
export function courseSteps(
  titles: readonly { id: string; title: string; description?: string }[],
  doneCount: number,
  { lockAfterCurrent = 0 }: { lockAfterCurrent?: number } = {},
): ProgressStep[] {
  return titles.map((t, index) => {
    let status: ProgressStatus;
    if (index < doneCount) status = 'done';
    else if (index === doneCount) status = 'current';
    else if (lockAfterCurrent > 0 && index >= titles.length - lockAfterCurrent) status = 'locked';
    else status = 'upcoming';
    return { ...t, status };
  });
}
