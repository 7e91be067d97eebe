import type { ModuleId, ScoringConfig } from '@levelwise/scenarios';
import { FeedbackPanel } from '@levelwise/ui/feedback-panel';
import { ScoreSummary } from '@levelwise/ui/score-summary';
import { useState } from 'react';
import { type LearningModuleProps, learningModules } from '../modules/index.ts';
import { stageFeedbackProps } from '../vignette/vignette-view-model.ts';
import {
  assessmentOverall,
  type CaseResult,
  confidenceRows,
  domainRows,
  scoreRows,
} from './course-view-model.ts';

/**
 * The course's heavier screens, loaded after the first screen (course-screens.ts): the learning modules, the
 * case player and the results with the certificate. The welcome screen, the practice list and the progress
 * tracker stay in the CoursePlayer itself, so the first screen needs little JavaScript.
 */

export { VignettePlayer } from '../vignette/VignettePlayer.tsx';
export { learningModules };

/** A learning module by id, from the given set or the player's own. */
export function ModuleScreen({
  moduleId,
  modules = learningModules,
  ...props
}: LearningModuleProps & { moduleId: ModuleId; modules?: typeof learningModules | undefined }) {
  const Module = modules[moduleId].Component;
  return <Module key={moduleId} {...props} />;
}

export function Results({
  base,
  areaName,
  cases,
  passMark,
  passed,
  complete,
  canRetake,
  retakeText,
  learnerName,
  certificateDate,
  bestScore,
  scoring,
  onRetake,
  onRevisitPractice,
}: {
  base: string;
  areaName: string;
  cases: readonly CaseResult[];
  passMark: number;
  passed: boolean;
  complete: boolean;
  canRetake: boolean;
  retakeText: string;
  learnerName: string | undefined;
  certificateDate: Date;
  bestScore: number | null;
  scoring: ScoringConfig;
  onRetake: () => void;
  onRevisitPractice: () => void;
}) {
  const overall = assessmentOverall(cases, scoring);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="lw-course__results">
      {complete && passed ? (
        <Certificate
          id={`${base}-certificate`}
          areaName={areaName}
          learnerName={learnerName}
          date={certificateDate}
          score={bestScore ?? overall.fraction}
        />
      ) : null}
      <ScoreSummary
        id={`${base}-summary`}
        title={complete && passed ? 'Your summary' : 'Your score'}
        headingLevel={2}
        vignettes={scoreRows(cases)}
        domains={domainRows(cases)}
        confidence={confidenceRows(cases)}
        passMark={passMark}
        passed={overall.passed}
      />
      <p className="lw-course__retake">{retakeText}</p>
      <div className="lw-player__actions" data-print="hide">
        {complete ? (
          <button type="button" className="lw-player__button" onClick={() => window.print()}>
            {passed ? 'Print your certificate or save it as a PDF' : 'Print your summary or save it as a PDF'}
          </button>
        ) : null}
        {canRetake ? (
          <>
            <button type="button" className="lw-player__button" onClick={onRetake}>
              Take the assessment again
            </button>
            <button
              type="button"
              className="lw-player__button lw-player__button--secondary"
              onClick={onRevisitPractice}
            >
              Go back to the practice cases
            </button>
          </>
        ) : null}
      </div>
      <h2>The indicators behind each decision</h2>
      <p>Open a case to see, stage by stage, what you chose, what {areaName}’s matrix points to, and why.</p>
      {cases.map((c) => {
        const expanded = open === c.vignette.id;
        return (
          <div
            key={c.vignette.id}
            className="lw-course__case-feedback"
            data-state={expanded ? 'open' : 'closed'}
          >
            <button
              type="button"
              className="lw-player__disclosure"
              aria-expanded={expanded}
              aria-controls={`${base}-feedback-${c.vignette.id}`}
              onClick={() => setOpen(expanded ? null : c.vignette.id)}
            >
              {c.vignette.title}
            </button>
            <div id={`${base}-feedback-${c.vignette.id}`} hidden={!expanded}>
              {expanded
                ? c.results.map((result, i) => {
                    const key = c.keys[i];
                    const answer = c.answers[i];
                    if (!key || !answer) return null;
                    const { rationaleParagraphs, ...panel } = stageFeedbackProps(
                      result,
                      key,
                      answer,
                      `Stage ${i + 1}: ${c.vignette.stages[i]?.title ?? ''}`,
                    );
                    return (
                      <FeedbackPanel
                        key={result.stageId}
                        {...panel}
                        headingLevel={3}
                        focusOnMount={false}
                        rationale={
                          rationaleParagraphs.length > 0
                            ? rationaleParagraphs.map((p) => <p key={p}>{p}</p>)
                            : undefined
                        }
                      />
                    );
                  })
                : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}

function Certificate({
  id,
  areaName,
  learnerName,
  date,
  score,
}: {
  id: string;
  areaName: string;
  learnerName: string | undefined;
  date: Date;
  score: number;
}) {
  const when = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section className="lw-certificate" aria-labelledby={`${id}-title`} data-print="page">
      <h2 id={`${id}-title`} className="lw-certificate__title">
        Certificate of completion
      </h2>
      <p className="lw-certificate__text">This is to certify that</p>
      <p className="lw-certificate__name">{learnerName?.trim() ? learnerName : 'the learner'}</p>
      <p className="lw-certificate__text">
        has completed <strong>Levelwise: deciding a child’s level of need in {areaName}</strong>, and passed
        the assessment with a score of {Math.round(score * 100)}%.
      </p>
      <p className="lw-certificate__date">{when}</p>
    </section>
  );
}
