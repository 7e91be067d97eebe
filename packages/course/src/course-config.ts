/** Build-time facts the app reads (the area comes from the build; the standard from the launch page). */
export type CourseArea = 'telford-wrekin' | 'sandwell' | 'stoke-on-trent' | 'nottingham-city' | 'dudley';

/** The pass mark the package declares (manifest mastery score / minNormalizedMeasure) and the course uses. */
export const PASS_MARK = 0.8;

/** The standard the package was built for, stamped on `<html data-scorm>` by the packager. */
export function packageStandard(doc: Pick<Document, 'documentElement'> = document): '1.2' | '2004' {
  return doc.documentElement.dataset.scorm === '1.2' ? '1.2' : '2004';
}
