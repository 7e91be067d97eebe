/**
 * @levelwise/course/build (Node only): build the course for one area, the standalone workshop, and the SCORM
 * packages. The end-to-end and performance tests build through these, as `npm run package` does.
 */
export {
  buildCourse,
  buildWorkshop,
  COURSE_ROOT,
  type CourseBuildOptions,
  type CourseBuildResult,
  courseViteConfig,
  REPO_ROOT,
  stampStandard,
} from './build-course.ts';
export { CourseCatalogueError, type CourseSelection, chooseCourseVignettes } from './course-catalogue.ts';
export { levelwiseCoursePlugin, loadCatalogue, VignetteCatalogueError } from './course-plugin.ts';
export {
  AREAS,
  type CourseArea,
  CourseOptionsError,
  DEFAULT_AREA,
  PACKAGE_USAGE,
  type PackageOptions,
  parsePackageOptions,
  type ScormStandard,
  STANDARDS,
  standardSlug,
} from './options.ts';
export {
  AREA_TITLES,
  PASS_MARK_PERCENT,
  type PackagedZip,
  type PackageRun,
  packageCourses,
  zipName,
} from './package-course.ts';
