import { AnimatePresence, m, useReducedMotion } from 'framer-motion';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import {
  type EvidenceChoice,
  type EvidenceDomain,
  type EvidenceKind,
  type EvidenceStatement,
  idFragment,
  setStatementKind,
  summariseEvidence,
  tagStatement,
  toggleStatement,
  validateEvidence,
} from './evidence-selection.ts';
import './evidence-picker.css';

export interface EvidencePickerProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'onChange' | 'children'> {
  /** Sentences from the case, in reading order. */
  statements: readonly EvidenceStatement[];
  /** The sides of the triangle a statement can be tagged with (usually the three Assessment Framework domains). */
  domains: readonly EvidenceDomain[];
  /** The question, shown as the legend, e.g. "Which facts in the health visitor's notes matter?" */
  label: string;
  /** Help under the question. */
  hint?: string;
  /** The chosen statements and their tags, in statement order. */
  value?: readonly EvidenceChoice[];
  defaultValue?: readonly EvidenceChoice[];
  onValueChange?: (value: EvidenceChoice[]) => void;
  /** The most statements the learner may choose; further boxes say why they cannot be ticked. */
  max?: number;
  /** Also ask whether each chosen statement is a concern or a strength. */
  askKind?: boolean;
  /** Show the problems `validateEvidence` finds (untagged statements, none chosen…) beside the statements. */
  showErrors?: boolean;
  /** A message from the host shown at the top of the question (GOV.UK error style). */
  error?: string;
  disabled?: boolean;
  /** The question for each statement's tag (default "Which side of the triangle?"). */
  tagLabel?: string;
  /** Base for deterministic part ids. */
  id?: string;
}

const KINDS: readonly { id: EvidenceKind; label: string }[] = [
  { id: 'concern', label: 'Concern' },
  { id: 'strength', label: 'Strength' },
];

const EMPTY: readonly EvidenceChoice[] = [];

/**
 * The learner picks the statements in a case that matter and tags each with a side of the assessment triangle.
 * Keyboard-first and never drag-only: each statement is a checkbox; once ticked, a radio group asks which side
 * of the triangle it is evidence for (and, with `askKind`, whether it is a concern or a strength). A polite
 * status line keeps a running summary; `showErrors` marks untagged statements in the GOV.UK error style.
 */
export function EvidencePicker({
  statements,
  domains,
  label,
  hint,
  value,
  defaultValue = EMPTY,
  onValueChange,
  max,
  askKind = false,
  showErrors = false,
  error,
  disabled = false,
  tagLabel = 'Which side of the triangle?',
  id,
  className,
  ...rest
}: EvidencePickerProps) {
  const ids = useIds('evidence-picker', id);
  const reduceMotion = useReducedMotion();
  const [chosen, setChosen] = useControllableState<readonly EvidenceChoice[]>({
    value,
    defaultValue,
    onValueChange: onValueChange as ((v: readonly EvidenceChoice[]) => void) | undefined,
    name: 'EvidencePicker',
  });
  const full = max !== undefined && chosen.length >= max;
  const issues = showErrors ? validateEvidence(chosen, statements, { domains, max, askKind }) : [];
  const generalIssues = issues.filter((i) => !i.statementId);
  const summary = summariseEvidence(chosen, domains, { max, askKind });
  const errorId = ids.part('error');
  const hasGeneralError = Boolean(error) || generalIssues.length > 0;

  const describedBy =
    [hint ? ids.part('hint') : '', hasGeneralError ? errorId : ''].filter(Boolean).join(' ') || undefined;

  const items = statements.map((statement, index) => {
    const s = idFragment(statement.id);
    const choice = chosen.find((c) => c.statementId === statement.id);
    const isChosen = Boolean(choice);
    const tagged = Boolean(choice?.domainId && domains.some((d) => d.id === choice.domainId));
    const untaggedIssue = issues.find((i) => i.statementId === statement.id && i.code === 'untagged');
    const kindIssue = issues.find((i) => i.statementId === statement.id && i.code === 'no-kind');
    const blocked = !isChosen && full;
    const checkboxId = ids.part(`statement-${s}`);
    const textId = ids.part(`statement-${s}-text`);
    const state = !isChosen ? 'unchosen' : tagged ? 'tagged' : 'untagged';
    return (
      <li
        key={statement.id}
        className="lw-evidence__statement"
        data-state={state}
        data-validity={untaggedIssue || kindIssue ? 'invalid' : 'valid'}
      >
        <div className="lw-evidence__choice" data-blocked={blocked ? 'true' : undefined}>
          <input
            className="lw-evidence__checkbox"
            type="checkbox"
            id={checkboxId}
            checked={isChosen}
            aria-disabled={blocked || undefined}
            aria-describedby={blocked ? ids.part('summary') : undefined}
            onChange={(event) => {
              if (disabled || (event.currentTarget.checked && blocked)) return;
              setChosen(toggleStatement(chosen, statement.id, event.currentTarget.checked, statements));
            }}
          />
          <label className="lw-evidence__label" htmlFor={checkboxId}>
            <span className="lw-evidence__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="lw-visually-hidden">Statement {index + 1}: </span>
            <span className="lw-evidence__text" id={textId}>
              {statement.text}
            </span>
          </label>
        </div>
        <AnimatePresence initial={false}>
          {isChosen ? (
            <m.div
              key="tags"
              className="lw-evidence__tags"
              style={{ overflow: 'hidden' }}
              initial={reduceMotion ? false : { opacity: 0, height: 0 }}
              animate={{ opacity: 1, height: 'auto' }}
              exit={reduceMotion ? { opacity: 1, height: 'auto' } : { opacity: 0, height: 0 }}
              transition={{ duration: reduceMotion ? 0 : 0.2, ease: [0.2, 0, 0, 1] }}
            >
              <fieldset
                className="lw-evidence__tag-group"
                data-validity={untaggedIssue ? 'invalid' : 'valid'}
                aria-describedby={untaggedIssue ? ids.part(`statement-${s}-tag-error`) : undefined}
              >
                <legend className="lw-evidence__tag-legend">
                  {tagLabel}
                  <span className="lw-visually-hidden"> Statement {index + 1}</span>
                </legend>
                {untaggedIssue ? (
                  <p className="lw-evidence__error-message" id={ids.part(`statement-${s}-tag-error`)}>
                    <span className="lw-visually-hidden">Error: </span>
                    {untaggedIssue.message}
                  </p>
                ) : null}
                <div className="lw-evidence__radios">
                  {domains.map((domain) => {
                    const radioId = ids.part(`statement-${s}-domain-${idFragment(domain.id)}`);
                    return (
                      <div className="lw-evidence__radio" key={domain.id}>
                        <input
                          type="radio"
                          id={radioId}
                          name={ids.part(`statement-${s}-domain`)}
                          value={domain.id}
                          checked={choice?.domainId === domain.id}
                          onChange={() => {
                            if (!disabled)
                              setChosen(tagStatement(chosen, statement.id, domain.id, statements));
                          }}
                        />
                        <label htmlFor={radioId}>{domain.label}</label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
              {askKind ? (
                <fieldset
                  className="lw-evidence__tag-group"
                  data-validity={kindIssue ? 'invalid' : 'valid'}
                  aria-describedby={kindIssue ? ids.part(`statement-${s}-kind-error`) : undefined}
                >
                  <legend className="lw-evidence__tag-legend">
                    Concern or strength?
                    <span className="lw-visually-hidden"> Statement {index + 1}</span>
                  </legend>
                  {kindIssue ? (
                    <p className="lw-evidence__error-message" id={ids.part(`statement-${s}-kind-error`)}>
                      <span className="lw-visually-hidden">Error: </span>
                      {kindIssue.message}
                    </p>
                  ) : null}
                  <div className="lw-evidence__radios" data-inline="true">
                    {KINDS.map((kind) => {
                      const radioId = ids.part(`statement-${s}-kind-${kind.id}`);
                      return (
                        <div className="lw-evidence__radio" key={kind.id} data-kind={kind.id}>
                          <input
                            type="radio"
                            id={radioId}
                            name={ids.part(`statement-${s}-kind`)}
                            value={kind.id}
                            checked={choice?.kind === kind.id}
                            onChange={() => {
                              if (!disabled) setChosen(setStatementKind(chosen, statement.id, kind.id));
                            }}
                          />
                          <label htmlFor={radioId}>
                            <span className="lw-evidence__kind-mark" aria-hidden="true" data-kind={kind.id} />
                            {kind.label}
                          </label>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              ) : null}
            </m.div>
          ) : null}
        </AnimatePresence>
      </li>
    );
  });

  return (
    <LevelwiseMotion>
      <div
        {...rest}
        id={ids.base}
        className={cx('lw-evidence', className)}
        data-state={disabled ? 'disabled' : 'enabled'}
        data-validity={hasGeneralError || issues.length ? 'invalid' : 'valid'}
      >
        <fieldset className="lw-evidence__fieldset" disabled={disabled} aria-describedby={describedBy}>
          <legend className="lw-evidence__legend">{label}</legend>
          {hint ? (
            <p className="lw-evidence__hint" id={ids.part('hint')}>
              {hint}
            </p>
          ) : null}
          {hasGeneralError ? (
            <div className="lw-evidence__error-message" data-scope="question" id={errorId}>
              {[error, ...generalIssues.map((i) => i.message)].filter(Boolean).map((message) => (
                <p key={message}>
                  <span className="lw-visually-hidden">Error: </span>
                  {message}
                </p>
              ))}
            </div>
          ) : null}
          <ol className="lw-evidence__statements">{items}</ol>
        </fieldset>
        <p
          className="lw-evidence__summary"
          id={ids.part('summary')}
          role="status"
          data-state={chosen.length === 0 ? 'empty' : full ? 'full' : 'some'}
        >
          {summary}
        </p>
      </div>
    </LevelwiseMotion>
  );
}
