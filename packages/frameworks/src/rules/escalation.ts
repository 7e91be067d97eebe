/** Checks on escalation ladders that the product also shows to learners ("day 2 is not covered"). */
import type { EscalationStage } from './schema.ts';

export interface CoverageIssue {
  kind: 'gap' | 'overlap';
  from: number;
  to: number;
}

/**
 * Gaps and overlaps between consecutive day windows of a ladder. Days are whole calendar days counted from day 1,
 * so "Days 3 to 9" then "Days 9 to 14" overlap on day 9, and "Day 1" then "Days 3 to 9" leave day 2 uncovered.
 * Stages without a window, or with hour windows, are skipped.
 */
export function dayWindowIssues(stages: readonly EscalationStage[]): CoverageIssue[] {
  const windows = stages
    .map((stage) => stage.window)
    .filter((window): window is NonNullable<typeof window> => window !== null && window.unit === 'days');
  const issues: CoverageIssue[] = [];
  for (let i = 1; i < windows.length; i++) {
    const previous = windows[i - 1]!;
    const current = windows[i]!;
    if (current.from > previous.to + 1)
      issues.push({ kind: 'gap', from: previous.to + 1, to: current.from - 1 });
    else if (current.from <= previous.to)
      issues.push({ kind: 'overlap', from: current.from, to: Math.min(previous.to, current.to) });
  }
  return issues;
}
