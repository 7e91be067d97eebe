export {
  type CourseAssessmentResult,
  type CourseDecision,
  CoursePlayer,
  type CoursePlayerProps,
  type CoursePreferences,
  DEFAULT_PREFERENCES,
  type TextSize,
} from './CoursePlayer.tsx';
export { type CourseScreensModule, preloadCourseScreens } from './course-screens.ts';
export {
  assessmentCaseResults,
  assessmentOverall,
  type CaseResult,
  confidenceRows,
  courseMinutes,
  courseProgressSteps,
  domainRows,
  durationWords,
  nextAssessmentVignette,
  retakeWords,
  scoreRows,
} from './course-view-model.ts';
export { MODULE_OUTLINE, type ModuleOutline } from './module-outline.ts';
