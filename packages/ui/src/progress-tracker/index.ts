export {
  ProgressTracker,
  type ProgressTrackerLayout,
  type ProgressTrackerProps,
} from './ProgressTracker.tsx';
export {
  countProgress,
  courseSteps,
  isStepSelectable,
  PROGRESS_STATUS_WORDS,
  type ProgressCount,
  type ProgressStatus,
  type ProgressStep,
  progressStepProblems,
  progressSummary,
} from './progress-logic.ts';
export {
  levelwiseCourseSteps,
  type ProgressTrackerExample,
  progressTrackerExamples,
} from './progress-tracker.examples.ts';
