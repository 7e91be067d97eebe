import { type ReactNode, useEffect, useRef } from 'react';

export interface ChoiceQuestionOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceQuestionProps {
  /** Unique base id; the first radio gets exactly this id. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly ChoiceQuestionOption[];
  value: string | null;
  onValueChange: (value: string) => void;
  /** Feedback shown under the question once checked. */
  feedback?: { correct: boolean; text: ReactNode } | undefined;
}

/** One question as a native radio group (GOV.UK radios): keyboard and screen readers work as they do everywhere. */
export function ChoiceQuestion({
  id,
  legend,
  hint,
  options,
  value,
  onValueChange,
  feedback,
}: ChoiceQuestionProps) {
  const hintId = `${id}-hint`;
  const feedbackId = `${id}-feedback`;
  const describedBy = [hint ? hintId : null, feedback ? feedbackId : null].filter(Boolean).join(' ');
  return (
    <div
      className="lw-module-question"
      data-state={value === null ? 'empty' : 'chosen'}
      data-result={feedback ? (feedback.correct ? 'correct' : 'incorrect') : 'unchecked'}
    >
      <fieldset className="lw-module-question__fieldset" aria-describedby={describedBy || undefined}>
        <legend className="lw-module-question__legend">{legend}</legend>
        {hint ? (
          <div className="lw-module-question__hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <div className="lw-module-question__options">
          {options.map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            const optionHintId = `${optionId}-hint`;
            return (
              <div
                className="lw-module-radio"
                key={option.value}
                data-state={value === option.value ? 'checked' : 'unchecked'}
              >
                <input
                  className="lw-module-radio__input"
                  type="radio"
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onValueChange(option.value)}
                  aria-describedby={option.hint ? optionHintId : undefined}
                />
                <label className="lw-module-radio__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="lw-module-radio__hint" id={optionHintId}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      {feedback ? <QuestionFeedback id={feedbackId} {...feedback} /> : null}
    </div>
  );
}

/** Feedback under one question: a word first ("Right" / "Not quite"), then why; never colour alone. */
export function QuestionFeedback({ id, correct, text }: { id?: string; correct: boolean; text: ReactNode }) {
  return (
    <div className="lw-module-feedback" id={id} data-result={correct ? 'correct' : 'incorrect'}>
      <p className="lw-module-feedback__verdict">
        <span aria-hidden="true" className="lw-module-feedback__icon">
          {correct ? '✓' : '✗'}
        </span>{' '}
        {correct ? 'Correct' : 'Look again'}
      </p>
      <div className="lw-module-feedback__text">{text}</div>
    </div>
  );
}

export interface CheckSectionProps {
  /** The visually hidden name of the check, e.g. "Check: which level?". */
  children: ReactNode;
  /** Set after each check: "You got 2 of 3 right." */
  summary: string | null;
  /** Increments each time the learner checks, so focus and the announcement follow every check. */
  checkCount: number;
  onCheck: () => void;
}

/**
 * The questions, a "Check my answers" button, and after checking a result box whose heading takes focus; the
 * result is also announced politely (a status region that is always in the page).
 */
export function CheckSection({ children, summary, checkCount, onCheck }: CheckSectionProps) {
  const resultHeading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    if (checkCount > 0) resultHeading.current?.focus();
  }, [checkCount]);
  return (
    <div className="lw-module-check" data-state={checkCount > 0 ? 'checked' : 'unchecked'}>
      {summary !== null ? (
        <div className="lw-module-check__result">
          <h3 className="lw-module-check__result-heading" ref={resultHeading} tabIndex={-1}>
            Your result
          </h3>
          <p>{summary} Read the feedback under each question. You can change your answers and check again.</p>
        </div>
      ) : null}
      {children}
      <button type="button" className="lw-module__button lw-focusable" onClick={onCheck}>
        {checkCount > 0 ? 'Check my answers again' : 'Check my answers'}
      </button>
      <p className="lw-visually-hidden" role="status" aria-live="polite">
        {summary ?? ''}
      </p>
    </div>
  );
}
