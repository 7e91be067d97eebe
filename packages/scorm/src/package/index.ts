/**
 * @levelwise/scorm/package: SCORM 1.2 and 2004 4th Edition package builder.
 *
 * `buildManifest` writes imsmanifest.xml, `validateManifestSemantics` makes the checks the XSDs cannot, and
 * `buildScormZip` produces a reproducible zip (Node only). The CLI is `levelwise-scorm-package` (./cli.ts).
 */
export {
  AREA_IDS,
  AREAS,
  type AreaId,
  type ConfigIssue,
  type CourseConfig,
  isAreaId,
  ScormPackageError,
  type ScormStandard,
} from './config.ts';
export {
  buildManifest,
  hrefFor,
  type ManifestConfig,
  NS,
  SCHEMA_VERSION,
  scaledPassMark,
} from './manifest.ts';
export { describeManifest, type ManifestInfo } from './manifest-info.ts';
export { schemaFileNames } from './schemas.ts';
export {
  formatManifestIssues,
  hrefToPath,
  type ManifestIssue,
  type ManifestIssueCode,
  type ManifestSemantics,
  validateManifestSemantics,
} from './semantics.ts';
export { buildScormZip, type ScormZipOptions, type ScormZipResult } from './zip.ts';
