import { AnimatePresence, m, useReducedMotion } from 'framer-motion';
import type { ChangeEvent, ReactNode } from 'react';
import { cx } from './class-names.ts';
import './choice-field.css';

/**
 * The GOV.UK "radios" pattern shared by the decision components (LevelPicker, ConfidenceScale,
 * ConsentDecision): a native fieldset + legend, an optional hint, a GOV.UK error message, and native
 * `input type="radio"` options with large targets. Native radios give the keyboard model (Tab in,
 * arrows move and choose, Space chooses) and the screen-reader semantics ("radio button, 2 of 4, checked")
 * in every browser and assistive technology, with no script. Render inside `LevelwiseMotion`.
 */

/** Joins ids for aria-describedby, dropping empty ones; undefined when nothing is left (no empty attribute). */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  const kept = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/**
 * The id of option `index` in a group whose ids derive from `base`. The first option's id is `base`
 * itself, as in GOV.UK Frontend, so an error summary can link to `#base` and land on the first radio.
 */
export function choiceOptionId(base: string, index: number): string {
  return index === 0 ? base : `${base}-${index + 1}`;
}

export interface ChoiceFieldProps {
  /** The field's root class and data attributes (the component's own). */
  className?: string;
  rootProps?: Record<`data-${string}`, string | undefined>;
  /** Ids of this field's parts (hint, error), from useIds. */
  hintId: string;
  errorId: string;
  legend: ReactNode;
  /** `large` makes the legend the question of the page (GOV.UK `govuk-fieldset__legend--l`). */
  legendSize?: 'medium' | 'large';
  hint?: ReactNode;
  /** Error message; shown with a visually hidden "Error:" prefix, linked to the fieldset by aria-describedby. */
  error?: ReactNode;
  disabled?: boolean;
  /** Extra content between the hint and the options (an area note, for example), with its own id. */
  note?: ReactNode;
  noteId?: string;
  children: ReactNode;
  /** Options layout; the CSS reads `data-layout`. */
  layout?: string;
}

export function ChoiceField({
  className,
  rootProps,
  hintId,
  errorId,
  legend,
  legendSize = 'medium',
  hint,
  error,
  disabled = false,
  note,
  noteId,
  children,
  layout = 'list',
}: ChoiceFieldProps) {
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const hasHint = hint !== undefined && hint !== null && hint !== false && hint !== '';
  const reduceMotion = useReducedMotion();
  return (
    <div
      {...rootProps}
      className={cx('lw-choice-field', className)}
      data-validity={hasError ? 'invalid' : 'valid'}
      data-disabled={disabled ? '' : undefined}
    >
      <fieldset
        className="lw-choice-field__fieldset"
        disabled={disabled}
        aria-describedby={joinIds(hasHint && hintId, note ? noteId : undefined, hasError && errorId)}
      >
        <legend className="lw-choice-field__legend" data-size={legendSize}>
          {legend}
        </legend>
        {hasHint ? (
          <div id={hintId} className="lw-choice-field__hint">
            {hint}
          </div>
        ) : null}
        {note}
        {/* A polite live region that is always present, so an error that appears later (after "Continue")
            is announced once without moving focus; an error present from the start is read with the fieldset. */}
        <div className="lw-choice-field__error-region" aria-live="polite">
          <AnimatePresence initial={false}>
            {hasError ? (
              <m.p
                key="error"
                id={errorId}
                className="lw-choice-field__error"
                initial={reduceMotion ? false : { opacity: 0, y: -4 }}
                animate={{ opacity: 1, y: 0 }}
                exit={reduceMotion ? { opacity: 0, transition: { duration: 0 } } : { opacity: 0 }}
                transition={{ duration: reduceMotion ? 0 : 0.2 }}
              >
                <span className="lw-visually-hidden">Error: </span>
                {error}
              </m.p>
            ) : null}
          </AnimatePresence>
        </div>
        <div className="lw-choice-field__options" data-layout={layout}>
          {children}
        </div>
      </fieldset>
    </div>
  );
}

export interface ChoiceOptionProps {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onChoose: () => void;
  /** What the option says; it is the radio's accessible name (through aria-labelledby). */
  label: ReactNode;
  labelId: string;
  /** A one-line explanation under the label; it is the radio's accessible description. */
  hint?: ReactNode;
  hintId?: string;
  /** Keep the hint for screen readers only (a compact layout). */
  hintVisuallyHidden?: boolean;
  required?: boolean;
  invalid?: boolean;
  disabled?: boolean;
  className?: string;
  /** Extra data attributes for the option part (e.g. `data-level`). */
  dataProps?: Record<`data-${string}`, string | undefined>;
}

/**
 * One native radio. The whole option (label and hint) is one click target; the input sits over the
 * drawn circle with opacity 0, so touch screen readers find it where it is drawn.
 */
export function ChoiceOption({
  id,
  name,
  value,
  checked,
  onChoose,
  label,
  labelId,
  hint,
  hintId,
  hintVisuallyHidden = false,
  required,
  invalid,
  disabled,
  className,
  dataProps,
}: ChoiceOptionProps) {
  const hasHint = hint !== undefined && hint !== null && hint !== false && hint !== '';
  return (
    <div
      {...dataProps}
      className={cx('lw-choice', className)}
      data-state={checked ? 'checked' : 'unchecked'}
      data-disabled={disabled ? '' : undefined}
    >
      <input
        className="lw-choice__input"
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          if (event.target.checked) onChoose();
        }}
        aria-labelledby={labelId}
        aria-describedby={hasHint ? hintId : undefined}
        aria-invalid={invalid ? true : undefined}
        required={required}
        disabled={disabled}
      />
      <label className="lw-choice__label" htmlFor={id}>
        <span className="lw-choice__control" aria-hidden="true" />
        <span className="lw-choice__text">
          <span id={labelId} className="lw-choice__name">
            {label}
          </span>
          {hasHint ? (
            <span id={hintId} className={hintVisuallyHidden ? 'lw-visually-hidden' : 'lw-choice__hint'}>
              {hint}
            </span>
          ) : null}
        </span>
      </label>
    </div>
  );
}
