import type { ReactNode } from 'react';
import { ChoiceField, ChoiceOption, choiceOptionId } from '../internal/choice-field.tsx';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import {
  CONFIDENCE_VALUES,
  type ConfidenceLabels,
  type ConfidenceValue,
  DEFAULT_CONFIDENCE_LABELS,
} from './confidence-scale-logic.ts';
import './confidence-scale.css';

export type ConfidenceScaleLayout = 'responsive' | 'vertical';

export interface ConfidenceScaleProps {
  /** The question, rendered as the fieldset's legend. */
  legend?: ReactNode;
  /** Help under the question; by default it says the answer is recorded and not scored. `null` hides it. */
  hint?: ReactNode;
  /** The words for points 1 to 5, lowest first. */
  labels?: ConfidenceLabels;
  /** Chosen point (controlled); `null` means nothing chosen yet. */
  value?: ConfidenceValue | null;
  /** Initially chosen point (uncontrolled). */
  defaultValue?: ConfidenceValue | null;
  onValueChange?: (value: ConfidenceValue | null) => void;
  /** Marks each radio `required`. */
  required?: boolean;
  /** GOV.UK error message, e.g. "Select how confident you are in this decision". */
  error?: ReactNode;
  disabled?: boolean;
  /**
   * `responsive` (default): five columns side by side when the component is at least 40rem wide,
   * a vertical list when narrower (a phone at 320 px). `vertical`: always a list.
   */
  layout?: ConfidenceScaleLayout;
  legendSize?: 'medium' | 'large';
  /** Base for every id; the first radio gets exactly this id, so an error summary can link to `#id`. */
  id?: string;
  /** The radios' form field name (defaults to the id). */
  name?: string;
  className?: string;
}

export const DEFAULT_CONFIDENCE_LEGEND = 'How confident are you in this decision?';
export const DEFAULT_CONFIDENCE_HINT =
  'Your answer is recorded so you can compare how sure you felt with how you did. It does not change your score.';

/**
 * "How confident are you in this decision?": a five-point scale as a native radio group, each point shown
 * as a number and words. Used for confidence calibration: recorded, never scored.
 */
export function ConfidenceScale({
  legend = DEFAULT_CONFIDENCE_LEGEND,
  hint = DEFAULT_CONFIDENCE_HINT,
  labels = DEFAULT_CONFIDENCE_LABELS,
  value,
  defaultValue = null,
  onValueChange,
  required = false,
  error,
  disabled = false,
  layout = 'responsive',
  legendSize = 'medium',
  id,
  name,
  className,
}: ConfidenceScaleProps) {
  const ids = useIds('confidence-scale', id);
  const [current, setCurrent] = useControllableState<ConfidenceValue | null>({
    value,
    defaultValue,
    onValueChange,
    name: 'ConfidenceScale',
  });
  const invalid = error !== undefined && error !== null && error !== false && error !== '';
  return (
    <LevelwiseMotion>
      <ChoiceField
        className={cx('lw-confidence-scale', className)}
        rootProps={{ 'data-state': current === null ? 'empty' : 'chosen', 'data-layout': layout }}
        hintId={ids.part('hint')}
        errorId={ids.part('error')}
        legend={legend}
        legendSize={legendSize}
        hint={hint}
        error={error}
        disabled={disabled}
        layout="scale"
      >
        {CONFIDENCE_VALUES.map((point, index) => {
          const optionId = choiceOptionId(ids.base, index);
          return (
            <ChoiceOption
              key={point}
              className="lw-confidence-scale__option"
              dataProps={{ 'data-value': String(point) }}
              id={optionId}
              name={name ?? ids.base}
              value={String(point)}
              checked={current === point}
              onChoose={() => setCurrent(point)}
              label={
                <>
                  {/* Seen: the number over the words. Heard: "4, Fairly confident" (one string, a pause after the number). */}
                  <span aria-hidden="true">
                    <span className="lw-confidence-scale__number">{point}</span>{' '}
                    <span className="lw-confidence-scale__words">{labels[index]}</span>
                  </span>
                  <span className="lw-visually-hidden">{`${point}, ${labels[index]}`}</span>
                </>
              }
              labelId={`${optionId}-label`}
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
