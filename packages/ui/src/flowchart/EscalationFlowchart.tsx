import { m } from 'framer-motion';
import { type HTMLAttributes, type KeyboardEvent, useRef } from 'react';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { nextIndexForKey } from '../internal/roving-focus.ts';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import { assertFlowSteps, describeFlow, type FlowStep, formatWindow, joinNames } from './flowchart-text.ts';
import './flowchart.css';

export interface EscalationFlowchartProps
  extends Omit<HTMLAttributes<HTMLElement>, 'defaultValue' | 'onChange' | 'children' | 'title'> {
  /** Visible heading and accessible name, e.g. "Dudley: resolving professional disagreements". */
  title: string;
  /** When the process applies, in the document's words (shown under the title). */
  trigger?: string;
  steps: readonly FlowStep[];
  /** The highlighted current step (a trainer walking through, or where a case has got to). */
  value?: string | null;
  defaultValue?: string | null;
  onValueChange?: (stepId: string) => void;
  /** Steps are focusable and selectable with the keyboard (arrows move, Enter/Space choose). */
  interactive?: boolean;
  /** The question between steps. */
  decisionQuestion?: string;
  /** What happens when the answer is yes. */
  resolvedText?: string;
  /** Facts about the process a learner should notice, e.g. "Day 2 is not covered by any stage." */
  notes?: readonly string[];
  /** The principle stated at the foot of every escalation process. */
  safetyNote?: string;
  id?: string;
}

const DEFAULT_SAFETY_NOTE =
  "The child's safety comes first: a disagreement must never delay action to protect a child. If a child is in immediate danger, call 999.";

/**
 * An escalation process as a flowchart: stages with who acts and the time window, a decision between stages
 * ("Is it resolved?"), a highlighted current step that moves as the process progresses, and the whole flow
 * stated in words. Vertical on narrow screens, a wrapping row on wide ones.
 */
export function EscalationFlowchart({
  title,
  trigger,
  steps,
  value,
  defaultValue = null,
  onValueChange,
  interactive = false,
  decisionQuestion = 'Is it resolved?',
  resolvedText = 'record the agreement and stop',
  notes = [],
  safetyNote = DEFAULT_SAFETY_NOTE,
  id,
  className,
  ...rest
}: EscalationFlowchartProps) {
  assertFlowSteps(steps);
  const ids = useIds('flowchart', id);
  const [current, setCurrent] = useControllableState<string | null>({
    value,
    defaultValue,
    onValueChange: onValueChange as ((v: string | null) => void) | undefined,
    name: 'EscalationFlowchart',
  });
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const currentIndex = steps.findIndex((s) => s.id === current);
  const tabStop = currentIndex >= 0 ? currentIndex : 0;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = nextIndexForKey(event.key, index, steps.length, { loop: false });
    if (next === undefined) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  }

  const description = describeFlow(title, steps, { decisionQuestion, resolvedText });

  return (
    <LevelwiseMotion>
      <section
        {...rest}
        id={ids.base}
        className={cx('lw-flowchart', className)}
        aria-labelledby={ids.part('title')}
        data-state={interactive ? 'interactive' : 'static'}
      >
        <h3 className="lw-flowchart__title" id={ids.part('title')}>
          {title}
        </h3>
        {trigger ? <p className="lw-flowchart__trigger">{trigger}</p> : null}
        <ol className="lw-flowchart__steps" aria-label={`${title}: steps`}>
          {steps.map((step, index) => {
            const isCurrent = step.id === current;
            const when = formatWindow(step.window);
            const last = index === steps.length - 1;
            const body = (
              <>
                {isCurrent ? (
                  <m.span
                    layoutId={`${ids.base}-current`}
                    className="lw-flowchart__current-frame"
                    aria-hidden="true"
                    transition={{ type: 'spring', stiffness: 300, damping: 32 }}
                  />
                ) : null}
                <span className="lw-flowchart__step-head">
                  <span className="lw-flowchart__step-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="lw-flowchart__step-title">{step.title}</span>
                  {isCurrent ? <span className="lw-flowchart__now">Now</span> : null}
                </span>
                <span className="lw-flowchart__when" data-state={when ? 'timed' : 'untimed'}>
                  {when ?? 'No time limit given'}
                </span>
                {step.actors.length ? (
                  <span className="lw-flowchart__who">
                    <span className="lw-flowchart__label">Who: </span>
                    {joinNames(step.actors)}
                  </span>
                ) : null}
                <span className="lw-flowchart__action">{step.action}</span>
              </>
            );
            return (
              <li
                key={step.id}
                className="lw-flowchart__step"
                data-state={
                  isCurrent ? 'current' : currentIndex >= 0 && index < currentIndex ? 'done' : 'upcoming'
                }
              >
                {interactive ? (
                  <button
                    type="button"
                    ref={(el) => {
                      buttons.current[index] = el;
                    }}
                    className="lw-flowchart__card lw-focusable"
                    aria-current={isCurrent ? 'step' : undefined}
                    tabIndex={index === tabStop ? 0 : -1}
                    onClick={() => setCurrent(step.id)}
                    onKeyDown={(e) => onKeyDown(e, index)}
                  >
                    {body}
                  </button>
                ) : (
                  <div className="lw-flowchart__card" aria-current={isCurrent ? 'step' : undefined}>
                    {body}
                  </div>
                )}
                {last ? null : (
                  <div className="lw-flowchart__decision">
                    <span className="lw-flowchart__diamond" aria-hidden="true" />
                    <span className="lw-flowchart__question">{decisionQuestion}</span>
                    <span className="lw-flowchart__branch" data-branch="yes">
                      <strong>Yes:</strong> {resolvedText}.
                    </span>
                    <span className="lw-flowchart__branch" data-branch="no">
                      <strong>No:</strong> go to {steps[index + 1]!.title}
                      <span aria-hidden="true" className="lw-flowchart__arrow" />
                    </span>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        <p className="lw-visually-hidden" aria-live="polite">
          {currentIndex >= 0 ? `Current step: ${steps[currentIndex]!.title}.` : ''}
        </p>
        {notes.length ? (
          <div className="lw-flowchart__notes">
            <p className="lw-flowchart__label">Notice</p>
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {safetyNote ? (
          <p className="lw-flowchart__safety">
            <strong>Remember: </strong>
            {safetyNote}
          </p>
        ) : null}
        <details className="lw-flowchart__text">
          <summary className="lw-focusable">The whole process in words</summary>
          <p id={ids.part('text')}>{description}</p>
        </details>
      </section>
    </LevelwiseMotion>
  );
}
