/**
 * The course itself: CoursePlayer (from @levelwise/player/course) with this app's effects.
 *
 * The course machine's named placeholders are provided here with `.provide()`: `reportScore` sets the SCORM
 * score, `reportCompletion` the completion and success status. Decisions, progress and finished cases arrive
 * through the player's callbacks (the vignette machines live inside it): one interaction per decision, the
 * compact progress record to suspend_data (and the browser) on every change, one objective per case.
 */
import type { Framework } from '@levelwise/frameworks';
import { CoursePlayer } from '@levelwise/player/course';
import {
  courseMachine,
  DEFAULT_SCORING_CONFIG,
  type FrameworkLookup,
  type Vignette,
} from '@levelwise/scenarios';
import { memo, useMemo } from 'react';
import type { CourseTracking } from './course-tracking.ts';
import type { CourseLaunch } from './launch.ts';

export interface CourseScreenProps {
  launched: CourseLaunch;
  tracking: CourseTracking;
  framework: Framework;
  lookup: FrameworkLookup;
  practiceVignettes: readonly Vignette[];
  assessmentVignettes: readonly Vignette[];
  /** The save status to announce (politely) and show. */
  statusMessage?: string;
}

/** "Learner, Preview" (how LMSs send cmi.learner_name) → "Preview Learner" for the certificate. */
export function certificateName(lmsName: string | null | undefined): string | undefined {
  if (!lmsName?.trim()) return undefined;
  const [last, first] = lmsName.split(',').map((part) => part.trim());
  return first ? `${first} ${last}` : lmsName.trim();
}

/** Memoised: it re-renders when the save status shown in the course changes, not on every save. */
export const CourseScreen = memo(function CourseScreen({
  launched,
  tracking,
  framework,
  lookup,
  practiceVignettes,
  assessmentVignettes,
  statusMessage,
}: CourseScreenProps) {
  const { launch, record } = launched;
  const machine = useMemo(
    () =>
      courseMachine.provide({
        actions: {
          // The record itself (answers included) reaches the LMS through onProgressRecord below.
          persistProgress: () => {},
          reportScore: ({ event }) => {
            if (event.type === 'ASSESSMENT_SUBMITTED')
              tracking.reportScore({ fraction: event.score, passed: event.passed });
          },
          reportCompletion: ({ context }) => tracking.reportCompletion(context.passed),
        },
      }),
    [tracking],
  );
  const scoring = useMemo(
    () => ({ ...DEFAULT_SCORING_CONFIG, passMark: launch.passMark.value }),
    [launch.passMark.value],
  );
  const vignettes = useMemo(
    () => ({ practice: practiceVignettes, assessment: assessmentVignettes }),
    [practiceVignettes, assessmentVignettes],
  );
  const tracked = launch.mode !== 'standalone';
  const learnerName = certificateName(launch.learner?.name);

  return (
    <CoursePlayer
      area={framework.id}
      framework={framework}
      lookup={lookup}
      vignettes={vignettes}
      machine={machine}
      resume={record}
      scoring={scoring}
      {...(learnerName ? { learnerName } : {})}
      {...(statusMessage ? { statusMessage } : {})}
      storageNote={
        tracked ? (
          <p>
            Your progress is saved in your learning system after every answer, and kept in this browser too.
            You can leave at any point, even in the middle of a case, and carry on from the same place next
            time.
          </p>
        ) : (
          <p>
            This course is not connected to a learning system, so nothing is reported to anyone. Your progress
            is kept in this browser on this device only: you can leave and carry on from the same place, on
            this device.
          </p>
        )
      }
      onProgressRecord={(next, bookmark) => tracking.saveProgress(next, bookmark)}
      onDecision={(d) =>
        tracking.recordStage(
          {
            vignetteId: d.vignetteId,
            vignetteTitle: titleOf(d.vignetteId, practiceVignettes, assessmentVignettes),
            mode: d.mode,
            stageIndex: d.stageIndex,
            answer: d.answer,
            key: d.key,
          },
          d.attempt,
        )
      }
      onVignetteComplete={(c) =>
        tracking.reportVignette({
          vignetteId: c.vignetteId,
          title: c.title,
          mode: c.mode,
          fraction: c.overall.fraction,
          passed: c.overall.passed,
        })
      }
    />
  );
});

function titleOf(id: string, ...lists: (readonly Vignette[])[]): string {
  return lists.flat().find((v) => v.id === id)?.title ?? id;
}
