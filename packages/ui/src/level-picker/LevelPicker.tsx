import { type ReactNode, useEffect } from 'react';
import { ChoiceField, ChoiceOption, choiceOptionId } from '../internal/choice-field.tsx';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import { LevelBadge, type LevelOrdinal } from '../level-badge/LevelBadge.tsx';
import { type LevelPickerLevel, levelListProblems, levelsInOrder } from './level-picker-logic.ts';
import './level-picker.css';

export type LevelPickerVariant = 'default' | 'compact';

export interface LevelPickerProps {
  /** The area's levels with its own names and one-line definitions, e.g. Telford's Universal … Acute. */
  levels: readonly LevelPickerLevel[];
  /** The question, rendered as the fieldset's legend. */
  legend?: ReactNode;
  /** Help under the question, e.g. "Use the Telford & Wrekin threshold guidance." */
  hint?: ReactNode;
  /** Chosen ordinal (controlled); `null` means nothing chosen yet. */
  value?: LevelOrdinal | null;
  /** Initially chosen ordinal (uncontrolled). */
  defaultValue?: LevelOrdinal | null;
  onValueChange?: (value: LevelOrdinal | null) => void;
  /** Marks each radio `required` (announced by screen readers; blocks a native form submit). */
  required?: boolean;
  /** GOV.UK error message, e.g. "Select a level of need". Shown above the options and linked to the fieldset. */
  error?: ReactNode;
  disabled?: boolean;
  /**
   * `default`: one full-width option per level with its definition. `compact`: tiles (four across on
   * a wide screen or projector, stacked on a phone), definitions read by screen readers but not shown.
   */
  variant?: LevelPickerVariant;
  /** `large` when the question is the main question on the page. */
  legendSize?: 'medium' | 'large';
  /** Base for every id; the first radio gets exactly this id, so an error summary can link to `#id`. */
  id?: string;
  /** The radios' form field name (defaults to the id). */
  name?: string;
  className?: string;
}

export const DEFAULT_LEVEL_PICKER_LEGEND = 'What level of need does this child have?';

/**
 * The learner chooses a level of need for a case, in the area's own level names. A native radio group
 * (GOV.UK radios): each option shows the LevelBadge (number, stepped glyph, name) and the level's definition.
 */
export function LevelPicker({
  levels,
  legend = DEFAULT_LEVEL_PICKER_LEGEND,
  hint,
  value,
  defaultValue = null,
  onValueChange,
  required = false,
  error,
  disabled = false,
  variant = 'default',
  legendSize = 'medium',
  id,
  name,
  className,
}: LevelPickerProps) {
  const ids = useIds('level-picker', id);
  const [current, setCurrent] = useControllableState<LevelOrdinal | null>({
    value,
    defaultValue,
    onValueChange,
    name: 'LevelPicker',
  });
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const problems = levelListProblems(levels);
    if (problems.length > 0) console.error(`LevelPicker: ${problems.join('; ')}.`);
  }, [levels]);
  const ordered = levelsInOrder(levels);
  const invalid = error !== undefined && error !== null && error !== false && error !== '';
  return (
    <LevelwiseMotion>
      <ChoiceField
        className={cx('lw-level-picker', className)}
        rootProps={{ 'data-state': current === null ? 'empty' : 'chosen', 'data-variant': variant }}
        hintId={ids.part('hint')}
        errorId={ids.part('error')}
        legend={legend}
        legendSize={legendSize}
        hint={hint}
        error={error}
        disabled={disabled}
        layout={variant === 'compact' ? 'tiles' : 'list'}
      >
        {ordered.map((level, index) => {
          const optionId = choiceOptionId(ids.base, index);
          return (
            <ChoiceOption
              key={level.ordinal}
              className="lw-level-picker__option"
              dataProps={{ 'data-level': String(level.ordinal) }}
              id={optionId}
              name={name ?? ids.base}
              value={String(level.ordinal)}
              checked={current === level.ordinal}
              onChoose={() => setCurrent(level.ordinal)}
              label={
                <LevelBadge
                  ordinal={level.ordinal}
                  name={level.name}
                  levelCount={ordered.length}
                  size={variant === 'compact' ? 'medium' : 'large'}
                />
              }
              labelId={`${optionId}-label`}
              hint={level.definition}
              hintId={`${optionId}-hint`}
              hintVisuallyHidden={variant === 'compact'}
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
