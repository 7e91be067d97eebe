/**
 * @levelwise/course: the SCORM course app (index.html, workshop.html) and its framework-free parts, exported
 * for tests: how decisions become interactions, how the course reports to the LMS, how it launches.
 * The build and packaging API is `@levelwise/course/build` (Node).
 */

export {
  type AssessmentOutcome,
  type CourseTracking,
  createCourseTracking,
  type TrackingSession,
  type VignetteOutcome,
} from './course/course-tracking.ts';
export {
  CONFIDENCE_SCALE,
  LEVEL_OPTIONS,
  type StageDecision,
  stageInteractions,
  vignetteObjectiveId,
} from './course/interactions.ts';
export { type CourseLaunch, courseIdFor, type StartCourseOptions, startCourse } from './course/launch.ts';
export { PASS_MARK, packageStandard } from './course-config.ts';
