import { AnimatePresence, m, useReducedMotion } from 'framer-motion';
import type { ReactNode } from 'react';
import { ChoiceField, ChoiceOption, choiceOptionId } from '../internal/choice-field.tsx';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import {
  type ConsentDecisionValue,
  type ConsentOption,
  childQuestionHint,
  consentDecisionState,
  EMPTY_CONSENT_DECISION,
  PLAIN_ENGLISH_CHILD_OPTIONS,
  shouldAskChild,
} from './consent-decision-logic.ts';
import './consent-decision.css';

export interface ConsentDecisionProps {
  /** The options for the first question, in the area's rules (see PLAIN_ENGLISH_CONSENT_OPTIONS). */
  options: readonly ConsentOption[];
  /** The first question, rendered as the fieldset's legend. */
  legend?: ReactNode;
  /** Help under the first question; by default it says what consent means. `null` hides it. */
  hint?: ReactNode;
  /**
   * What this area's document says, shown as GOV.UK inset text under the question and read as part of the
   * question's description, e.g. "In Telford & Wrekin a young person of 12 or over may be able to give their own consent."
   */
  areaNote?: ReactNode;
  /** The child's age in the case, in whole years. */
  childAge?: number;
  /** The area's age from which a young person's own consent can count (Telford 12, Dudley 13); none if the document gives none. */
  childConsentAge?: number;
  /** The child's (fictional) name, for the second question's hint. */
  childName?: string;
  /** The second question, asked when `childAge` is at least `childConsentAge`. */
  childLegend?: ReactNode;
  /** Help under the second question; by default it states the child's age and the area's threshold. */
  childHint?: ReactNode;
  /** The options for the second question. */
  childOptions?: readonly ConsentOption[];
  /** The answers (controlled). */
  value?: ConsentDecisionValue;
  /** The initial answers (uncontrolled). */
  defaultValue?: ConsentDecisionValue;
  /** Called with both answers whenever either changes. */
  onValueChange?: (value: ConsentDecisionValue) => void;
  /** Marks each radio `required`. */
  required?: boolean;
  /** GOV.UK error message for the first question, e.g. "Select what you will do about consent". */
  error?: ReactNode;
  /** GOV.UK error message for the second question. */
  childError?: ReactNode;
  disabled?: boolean;
  legendSize?: 'medium' | 'large';
  /**
   * Base for every id. The first radio of the first question gets exactly this id and the first radio of
   * the second question `${id}-child`, so an error summary can link to either.
   */
  id?: string;
  /** Form field name of the first question (the second is `${name}-child`); defaults to the id. */
  name?: string;
  className?: string;
}

export const DEFAULT_CONSENT_LEGEND = 'What will you do about consent?';
export const DEFAULT_CONSENT_HINT =
  'Consent means the family’s permission to share information about them with other services.';
export const DEFAULT_CHILD_LEGEND = 'What will you do about the young person’s own view?';

function present(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/**
 * The learner decides what to do about consent and telling the parents, for the response they chose, in the
 * area's own rules; and, when the young person is old enough in this area, about the young person's own view.
 * Two native radio groups (GOV.UK radios) with plain-English options and hints.
 */
export function ConsentDecision({
  options,
  legend = DEFAULT_CONSENT_LEGEND,
  hint = DEFAULT_CONSENT_HINT,
  areaNote,
  childAge,
  childConsentAge,
  childName,
  childLegend = DEFAULT_CHILD_LEGEND,
  childHint,
  childOptions = PLAIN_ENGLISH_CHILD_OPTIONS,
  value,
  defaultValue = EMPTY_CONSENT_DECISION,
  onValueChange,
  required = false,
  error,
  childError,
  disabled = false,
  legendSize = 'medium',
  id,
  name,
  className,
}: ConsentDecisionProps) {
  const ids = useIds('consent-decision', id);
  const childBase = ids.part('child');
  const [current, setCurrent] = useControllableState<ConsentDecisionValue>({
    value,
    defaultValue,
    onValueChange,
    name: 'ConsentDecision',
  });
  const askChild = shouldAskChild(childAge, childConsentAge);
  const state = consentDecisionState(current, askChild);
  const reduceMotion = useReducedMotion();
  const fieldName = name ?? ids.base;
  const resolvedChildHint =
    childHint !== undefined
      ? childHint
      : askChild && childAge !== undefined && childConsentAge !== undefined
        ? childQuestionHint(childAge, childConsentAge, childName)
        : undefined;
  const noteId = ids.part('area-note');

  return (
    <LevelwiseMotion>
      <div
        className={cx('lw-consent-decision', className)}
        data-state={state}
        data-child-question={askChild ? 'asked' : 'not-asked'}
        data-disabled={disabled ? '' : undefined}
      >
        <ChoiceField
          className="lw-consent-decision__question"
          rootProps={{
            'data-part': 'decision',
            'data-state': current.decision === null ? 'empty' : 'chosen',
          }}
          hintId={ids.part('hint')}
          errorId={ids.part('error')}
          legend={legend}
          legendSize={legendSize}
          hint={hint}
          error={error}
          disabled={disabled}
          noteId={noteId}
          note={
            present(areaNote) ? (
              <div id={noteId} className="lw-consent-decision__area-note">
                {areaNote}
              </div>
            ) : undefined
          }
        >
          {options.map((option, index) => {
            const optionId = choiceOptionId(ids.base, index);
            return (
              <ChoiceOption
                key={option.value}
                className="lw-consent-decision__option"
                dataProps={{ 'data-value': option.value }}
                id={optionId}
                name={fieldName}
                value={option.value}
                checked={current.decision === option.value}
                onChoose={() => setCurrent({ ...current, decision: option.value })}
                label={option.label}
                labelId={`${optionId}-label`}
                hint={option.hint}
                hintId={`${optionId}-hint`}
                required={required}
                invalid={present(error)}
                disabled={disabled}
              />
            );
          })}
        </ChoiceField>
        <AnimatePresence initial={false}>
          {askChild ? (
            <m.div
              key="child-question"
              className="lw-consent-decision__child"
              initial={reduceMotion ? false : { opacity: 0, y: -8 }}
              animate={{ opacity: 1, y: 0 }}
              exit={{ opacity: 0, transition: { duration: reduceMotion ? 0 : 0.15 } }}
              transition={{ duration: reduceMotion ? 0 : 0.24 }}
            >
              <ChoiceField
                className="lw-consent-decision__question"
                rootProps={{
                  'data-part': 'child-decision',
                  'data-state': current.childDecision === null ? 'empty' : 'chosen',
                }}
                hintId={`${childBase}-hint`}
                errorId={`${childBase}-error`}
                legend={childLegend}
                legendSize="medium"
                hint={resolvedChildHint}
                error={childError}
                disabled={disabled}
              >
                {childOptions.map((option, index) => {
                  const optionId = choiceOptionId(childBase, index);
                  return (
                    <ChoiceOption
                      key={option.value}
                      className="lw-consent-decision__option"
                      dataProps={{ 'data-value': option.value }}
                      id={optionId}
                      name={`${fieldName}-child`}
                      value={option.value}
                      checked={current.childDecision === option.value}
                      onChoose={() => setCurrent({ ...current, childDecision: option.value })}
                      label={option.label}
                      labelId={`${optionId}-label`}
                      hint={option.hint}
                      hintId={`${optionId}-hint`}
                      required={required}
                      invalid={present(childError)}
                      disabled={disabled}
                    />
                  );
                })}
              </ChoiceField>
            </m.div>
          ) : null}
        </AnimatePresence>
      </div>
    </LevelwiseMotion>
  );
}
