/**
 * The course page: a banner (the area, the save status in words and shape), notices the learner must see (not
 * connected to an LMS, progress that could not be used, saves at risk), and the course in the main landmark.
 * Saves are announced politely by the banner's own live region ("Progress saved", and problems); save problems
 * are also passed to the player to show on its screen. The course below is memoised, so the save cycle of every
 * decision (saving → saved) re-renders the banner, not the course.
 */
import type { Framework } from '@levelwise/frameworks';
import type { FrameworkLookup, Vignette } from '@levelwise/scenarios';
import { describeSaveStatus, type SaveStatus, type SessionStatus } from '@levelwise/scorm';
import { useEffect, useMemo, useState } from 'react';
import { CourseScreen } from './CourseScreen.tsx';
import { createCourseTracking } from './course-tracking.ts';
import type { CourseLaunch } from './launch.ts';
import { SAVE_STATUS_NEEDS_NOTICE, SAVE_STATUS_SHORT } from './save-status-words.ts';

export interface CourseAppProps {
  launched: CourseLaunch;
  framework: Framework;
  lookup: FrameworkLookup;
  practiceVignettes: readonly Vignette[];
  assessmentVignettes: readonly Vignette[];
}

/** Save states worth announcing (not the transient "Saving…"). */
const ANNOUNCED: ReadonlySet<SaveStatus> = new Set<SaveStatus>(['saved', 'retrying', 'at-risk', 'not-saved']);
/** Save states the course screen itself shows (problems the learner must act on). */
const SHOWN_IN_COURSE: ReadonlySet<SaveStatus> = new Set<SaveStatus>(['retrying', 'at-risk', 'not-saved']);

export function CourseApp({
  launched,
  framework,
  lookup,
  practiceVignettes,
  assessmentVignettes,
}: CourseAppProps) {
  const { session, launch, notices } = launched;
  const [status, setStatus] = useState<SessionStatus>(session.status);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => session.on('status', setStatus), [session]);
  const tracking = useMemo(
    () =>
      createCourseTracking(session, (message) =>
        setProblems((list) => (list.includes(message) ? list : [...list.slice(-2), message])),
      ),
    [session],
  );
  const areaName = lookup.areaName(framework.id);
  const standalone = launch.mode === 'standalone';
  const announced = ANNOUNCED.has(status.save) ? SAVE_STATUS_SHORT[status.save] : '';
  const problem = SHOWN_IN_COURSE.has(status.save) ? SAVE_STATUS_SHORT[status.save] : undefined;

  return (
    <div className="lw-app" data-mode={launch.mode}>
      <header className="lw-app__bar">
        <p className="lw-app__title">Levelwise: levels of need in {areaName}</p>
        <p className="lw-save-status" data-state={status.save} data-testid="save-status">
          {SAVE_STATUS_SHORT[status.save]}
        </p>
        <p className="lw-visually-hidden" role="status" aria-live="polite">
          {announced}
        </p>
      </header>
      <main>
        {SAVE_STATUS_NEEDS_NOTICE.has(status.save) || standalone ? (
          <section
            className="lw-notice"
            data-kind={status.save === 'browser-only' ? 'info' : 'warning'}
            aria-labelledby="lw-save-notice-title"
          >
            <h2 className="lw-notice__title" id="lw-save-notice-title">
              {standalone ? 'Not connected to a learning system' : 'About saving your progress'}
            </h2>
            <p>{describeSaveStatus(status)}</p>
          </section>
        ) : null}
        {notices.length > 0 || problems.length > 0 ? (
          <section className="lw-notice" data-kind="warning" aria-labelledby="lw-progress-notice-title">
            <h2 className="lw-notice__title" id="lw-progress-notice-title">
              About your saved progress
            </h2>
            {[...notices, ...problems].map((text) => (
              <p key={text}>{text}</p>
            ))}
          </section>
        ) : null}
        <CourseScreen
          launched={launched}
          tracking={tracking}
          framework={framework}
          lookup={lookup}
          practiceVignettes={practiceVignettes}
          assessmentVignettes={assessmentVignettes}
          {...(problem ? { statusMessage: problem } : {})}
        />
      </main>
    </div>
  );
}
