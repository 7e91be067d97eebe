import type { ReactNode } from 'react';
import { ChoiceField, ChoiceOption, choiceOptionId } from '../internal/choice-field.tsx';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import { EMERGENCY_WORD, type ResponseOption, responseOptionProblems } from './response-options.ts';
import './response-picker.css';

export interface ResponsePickerProps {
  /** The responses to offer, least to most intensive (see `standardResponseOptions`). */
  options: readonly ResponseOption[];
  /** The question, rendered as the fieldset's legend. */
  legend?: ReactNode;
  /** Help under the question. */
  hint?: ReactNode;
  /**
   * The local front door's contact details (or any short note), shown between the hint and the options and read
   * with the question, e.g. "Family Connect: 01952 385385, 9am to 5pm. Out of hours: Emergency Duty Team, 01952 676500."
   */
  contactNote?: ReactNode;
  /** Chosen option value (controlled); `null` means nothing chosen yet. */
  value?: string | null;
  /** Initially chosen option value (uncontrolled). */
  defaultValue?: string | null;
  onValueChange?: (value: string | null) => void;
  /** Marks each radio `required`. */
  required?: boolean;
  /** GOV.UK error message, e.g. "Select what you would do next". */
  error?: ReactNode;
  disabled?: boolean;
  /** `large` when the question is the main question on the page. */
  legendSize?: 'medium' | 'large';
  /** Base for every id; the first radio gets exactly this id, so an error summary can link to `#id`. */
  id?: string;
  /** The radios' form field name (defaults to the id). */
  name?: string;
  className?: string;
}

export const DEFAULT_RESPONSE_PICKER_LEGEND = 'What should you do next?';

/**
 * The learner chooses what to do next, from carrying on with universal support to calling 999, in the local
 * words (front door, form, deadline). A native radio group in the GOV.UK radios style; the emergency option
 * carries the word "Emergency" in its name and a thick frame, so it is never marked by colour alone.
 */
export function ResponsePicker({
  options,
  legend = DEFAULT_RESPONSE_PICKER_LEGEND,
  hint,
  contactNote,
  value,
  defaultValue = null,
  onValueChange,
  required = false,
  error,
  disabled = false,
  legendSize = 'medium',
  id,
  name,
  className,
}: ResponsePickerProps) {
  const ids = useIds('response-picker', id);
  const [current, setCurrent] = useControllableState<string | null>({
    value,
    defaultValue,
    onValueChange,
    name: 'ResponsePicker',
  });
  if (process.env.NODE_ENV !== 'production') {
    const problems = responseOptionProblems(options);
    if (problems.length > 0) console.error(`ResponsePicker: ${problems.join('; ')}.`);
  }
  const invalid = error !== undefined && error !== null && error !== false && error !== '';
  const chosen = options.find((option) => option.value === current);
  const noteId = ids.part('contact');
  return (
    <LevelwiseMotion>
      <ChoiceField
        className={cx('lw-response-picker', className)}
        rootProps={{
          'data-state': chosen ? 'chosen' : 'empty',
          'data-urgency': chosen ? (chosen.urgent ? 'urgent' : 'routine') : undefined,
        }}
        hintId={ids.part('hint')}
        errorId={ids.part('error')}
        legend={legend}
        legendSize={legendSize}
        hint={hint}
        error={error}
        disabled={disabled}
        note={
          contactNote ? (
            <div id={noteId} className="lw-response-picker__contact">
              {contactNote}
            </div>
          ) : undefined
        }
        noteId={noteId}
      >
        {options.map((option, index) => {
          const optionId = choiceOptionId(ids.base, index);
          return (
            <ChoiceOption
              key={option.value}
              className="lw-response-picker__option"
              dataProps={{
                'data-response': option.value,
                'data-urgency': option.urgent ? 'urgent' : 'routine',
              }}
              id={optionId}
              name={name ?? ids.base}
              value={option.value}
              checked={current === option.value}
              onChoose={() => setCurrent(option.value)}
              label={
                option.urgent ? (
                  <>
                    <strong className="lw-response-picker__tag">
                      <span className="lw-response-picker__tag-icon" aria-hidden="true">
                        !
                      </span>
                      {`${EMERGENCY_WORD}:`}
                    </strong>{' '}
                    <span className="lw-response-picker__label">{option.label}</span>
                  </>
                ) : (
                  option.label
                )
              }
              labelId={`${optionId}-label`}
              hint={option.hint}
              hintId={`${optionId}-hint`}
              required={required}
              invalid={invalid}
              disabled={disabled}
            />
          );
        })}
      </ChoiceField>
    </LevelwiseMotion>
  );
}
