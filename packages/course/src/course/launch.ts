/**
 * Starting the course: find the LMS (or run standalone), then decide where the learner continues from.
 * Framework-free (no React), so every launch path is tested in node with scorm-again or a fake window.
 *
 * A stored record the course cannot read is never a crash: the runtime tries the next-best copy (LMS, then the
 * browser), and whatever is refused is reported on screen in plain words with what the learner keeps.
 */
import { decodeProgress, emptyProgressRecord, type ProgressRecord } from '@levelwise/scenarios';
import {
  createScormSession,
  type ScormLaunch,
  type ScormSession,
  type ScormSessionOptions,
  type StateRejection,
} from '@levelwise/scorm';
import type { CourseArea } from '../course-config.ts';

export interface CourseLaunch {
  session: ScormSession;
  launch: ScormLaunch;
  record: ProgressRecord;
  /** Where the record came from, for the welcome-back message. */
  restoredFrom: 'lms' | 'browser' | null;
  /** Plain-English notices for the screen: progress that could not be used, a migrated record. */
  notices: string[];
}

export interface StartCourseOptions {
  area: CourseArea;
  /** The build's pass mark, 0–1 (the LMS's mastery score wins when it sends one). */
  passMark: number;
  standard: '1.2' | '2004';
  /** Injected in tests (window, storage, timers…). */
  sessionOptions?: Partial<ScormSessionOptions>;
}

export const courseIdFor = (area: CourseArea): string => `levelwise-${area}`;

function describeRejection(rejection: StateRejection): string {
  const where =
    rejection.source === 'lms'
      ? 'The progress your learning system kept'
      : 'The progress kept in this browser';
  return `${where} could not be used (${rejection.reason}).`;
}

export async function startCourse(options: StartCourseOptions): Promise<CourseLaunch> {
  const { area } = options;
  const rejections: StateRejection[] = [];
  const session = createScormSession({
    courseId: courseIdFor(area),
    passMark: options.passMark,
    standardPreference: options.standard,
    // The codec's verdict on a stored copy: usable (possibly migrated), or why not.
    validateState: (serialised) => {
      const decoded = decodeProgress(serialised, area);
      return decoded.status === 'recovered' ? decoded.issues.join('; ') || 'not a Levelwise record' : true;
    },
    ...options.sessionOptions,
  });
  session.on('state-rejected', (r) => rejections.push(r));
  const launch = await session.start();
  const notices = rejections.map(describeRejection);
  let record = emptyProgressRecord(area);
  let restoredFrom: CourseLaunch['restoredFrom'] = null;
  if (launch.restored) {
    const decoded = decodeProgress(launch.restored.serialised, area);
    if (decoded.status === 'recovered') {
      // validateState refused these already; this is a guard, not a path the runtime takes.
      notices.push(`Your saved progress could not be read: ${decoded.issues.join('; ')}.`);
    } else {
      record = { ...decoded.record, area };
      restoredFrom = launch.restored.source === 'lms' ? 'lms' : 'browser';
      if (decoded.status === 'migrated') {
        notices.push(
          'Your progress was saved by an earlier version of this course and has been carried over.',
        );
      }
    }
  }
  if (notices.length > 0 && restoredFrom === null) {
    notices.push('You are starting the course from the beginning. Nothing you do now will be lost.');
  }
  return { session, launch, record, restoredFrom, notices };
}
