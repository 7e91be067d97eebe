import type { HTMLAttributes } from 'react';
import { cx } from '../internal/class-names.ts';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import {
  isStepSelectable,
  PROGRESS_STATUS_WORDS,
  type ProgressStatus,
  type ProgressStep,
  progressStepProblems,
  progressSummary,
} from './progress-logic.ts';
import './progress-tracker.css';

export type ProgressTrackerLayout = 'vertical' | 'horizontal';

export interface ProgressTrackerProps
  extends Omit<HTMLAttributes<HTMLElement>, 'defaultValue' | 'onChange' | 'children'> {
  /** The course's steps in order, each with its status. */
  steps: readonly ProgressStep[];
  /** Visible heading and accessible name (default "Your progress"). */
  title?: string;
  /** Heading level of the title (default 2). */
  headingLevel?: 2 | 3 | 4;
  /**
   * Called when the learner chooses a completed step to revisit. When given, completed steps become buttons and
   * the tracker is a navigation landmark; steps in progress, not started or locked are never buttons.
   */
  onStepSelect?: (id: string) => void;
  /** The completed step the learner is looking at again (controlled), or null. */
  value?: string | null;
  defaultValue?: string | null;
  onValueChange?: (id: string | null) => void;
  /**
   * `vertical`: the GOV.UK task list (name left, status tag right). `horizontal`: a compact row of steps for wide
   * screens and projectors, which falls back to the vertical list when the tracker is narrower than 48rem.
   */
  layout?: ProgressTrackerLayout;
  id?: string;
}

function StatusIcon({ status }: { status: ProgressStatus }) {
  return (
    <svg
      className="lw-progress__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {status === 'done' ? (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path
            d="M6.5 12.5l3.5 3.5 7.5-8"
            fill="none"
            stroke="var(--lw-color-background)"
            strokeWidth="2.5"
          />
        </>
      ) : status === 'current' ? (
        <>
          <circle
            cx="12"
            cy="12"
            r="10"
            fill="var(--lw-color-background)"
            stroke="currentColor"
            strokeWidth="2.5"
          />
          <circle cx="12" cy="12" r="5" fill="currentColor" />
        </>
      ) : status === 'locked' ? (
        <>
          <rect x="5" y="10.5" width="14" height="10" rx="1.5" fill="currentColor" />
          <path d="M8 10.5V8a4 4 0 0 1 8 0v2.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </>
      ) : (
        <circle
          cx="12"
          cy="12"
          r="10"
          fill="var(--lw-color-background)"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="3 2.2"
        />
      )}
    </svg>
  );
}

/**
 * Where the learner is in the course, as a GOV.UK task list: an ordered list of steps, each with an icon and a
 * status tag in words ("Completed", "In progress", "Not yet started", "Cannot start yet"), a "3 of 8 complete"
 * summary, and optional navigation back to completed steps. Vertical by default; `layout="horizontal"` is a compact
 * row for wide screens that becomes the vertical list when narrow.
 */
export function ProgressTracker({
  steps,
  title = 'Your progress',
  headingLevel = 2,
  onStepSelect,
  value,
  defaultValue = null,
  onValueChange,
  layout = 'vertical',
  id,
  className,
  ...rest
}: ProgressTrackerProps) {
  const ids = useIds('progress', id);
  const [viewing, setViewing] = useControllableState<string | null>({
    value,
    defaultValue,
    onValueChange,
    name: 'ProgressTracker',
  });
  if (process.env.NODE_ENV !== 'production') {
    const problems = progressStepProblems(steps);
    if (problems.length > 0) console.error(`ProgressTracker: ${problems.join('; ')}.`);
  }
  const navigable = onStepSelect !== undefined;
  const Root = navigable ? 'nav' : 'section';
  const Heading = `h${headingLevel}` as const;
  const summary = progressSummary(steps);
  const done = steps.filter((s) => s.status === 'done').length;

  return (
    <Root
      {...rest}
      id={ids.base}
      className={cx('lw-progress', className)}
      aria-labelledby={ids.part('title')}
      data-layout={layout}
      data-state={steps.length > 0 && done === steps.length ? 'complete' : 'in-progress'}
    >
      <div className="lw-progress__header">
        <Heading className="lw-progress__title" id={ids.part('title')}>
          {title}
        </Heading>
        {/* Polite: a step completed while the tracker is on screen is announced once. */}
        <p className="lw-progress__summary" id={ids.part('summary')} aria-live="polite">
          {summary}
        </p>
      </div>
      <div className="lw-progress__meter" aria-hidden="true">
        <span
          className="lw-progress__meter-fill"
          style={{ width: `${steps.length ? (done / steps.length) * 100 : 0}%` }}
        />
      </div>
      <ol className="lw-progress__list">
        {steps.map((step, index) => {
          const nameId = ids.part(`step-${step.id}-name`);
          const hintId = ids.part(`step-${step.id}-hint`);
          const statusId = ids.part(`step-${step.id}-status`);
          const selectable = navigable && isStepSelectable(step);
          const isViewing = viewing === step.id && step.status === 'done';
          return (
            <li
              key={step.id}
              className="lw-progress__step"
              data-status={step.status}
              data-viewing={isViewing ? '' : undefined}
              aria-current={step.status === 'current' ? 'step' : undefined}
            >
              <span className="lw-progress__marker">
                <StatusIcon status={step.status} />
                <span className="lw-progress__number" aria-hidden="true">
                  {index + 1}
                </span>
              </span>
              <span className="lw-progress__name">
                {selectable ? (
                  <button
                    type="button"
                    id={nameId}
                    className="lw-progress__link lw-focusable"
                    aria-describedby={cx(step.description ? hintId : undefined, statusId)}
                    aria-current={isViewing ? 'page' : undefined}
                    onClick={() => {
                      setViewing(step.id);
                      onStepSelect?.(step.id);
                    }}
                  >
                    {step.title}
                  </button>
                ) : (
                  <span id={nameId}>{step.title}</span>
                )}
                {isViewing ? (
                  <span className="lw-progress__viewing"> (you are looking at this again)</span>
                ) : null}
              </span>
              {step.description ? (
                <span className="lw-progress__hint" id={hintId}>
                  {step.description}
                </span>
              ) : null}
              <strong className="lw-progress__tag" id={statusId} data-status={step.status}>
                {PROGRESS_STATUS_WORDS[step.status]}
              </strong>
            </li>
          );
        })}
      </ol>
    </Root>
  );
}
