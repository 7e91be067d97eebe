import { type HTMLAttributes, type ReactNode, useEffect, useRef } from 'react';
import { cx } from '../internal/class-names.ts';
import { useIds } from '../internal/use-ids.ts';
import { LevelBadge, type LevelOrdinal } from '../level-badge/LevelBadge.tsx';
import {
  compareLevels,
  formatPercent,
  formatPoints,
  type LevelRef,
  VERDICT_WORDS,
  type Verdict,
  verdictFor,
} from './feedback-text.ts';
import './feedback-panel.css';

export interface FeedbackIndicator {
  id: string;
  /** The indicator's words, verbatim from the threshold document. */
  text: string;
  level: LevelRef;
  /** The area's dimension (or Dudley theme) label. */
  dimension?: string;
  /** "Telford & Wrekin threshold guidance, lines 210–211". */
  source?: string;
  /** Whether the learner picked the fact this indicator matches. */
  matched?: boolean;
}

export interface FeedbackPart {
  id: string;
  /** "Level of need", "Evidence", "Response", "Consent". */
  label: string;
  points: number;
  maxPoints: number;
  /** One sentence per rule applied, in order. */
  explanations: readonly string[];
}

export interface FeedbackWarning {
  /** e.g. 'level-under-call' */
  kind: string;
  message: string;
}

export interface FeedbackPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Heading, e.g. "Feedback on stage 2: the home visit". */
  title: string;
  /** Fraction of the points earned (0–1); the verdict follows from it unless given. */
  fraction: number;
  verdict?: Verdict;
  chosenLevel?: LevelRef;
  /** The expected level, or the acceptable band of two adjacent levels. */
  expectedLevels: readonly LevelRef[];
  parts?: readonly FeedbackPart[];
  /** The exact matrix indicators that decide the level, with their local level names. */
  indicators?: readonly FeedbackIndicator[];
  /** The expert's reasoning, in plain English. */
  rationale?: ReactNode;
  /** Unsafe errors (under-calling significant harm): shown first, prominently, whatever the points. */
  warnings?: readonly FeedbackWarning[];
  /** The area's name, for "in Telford & Wrekin's matrix". */
  areaName?: string;
  /** Move focus to the heading when the panel appears, so keyboard and screen-reader users land on it. */
  focusOnMount?: boolean;
  /** Heading level of the title (default 2). */
  headingLevel?: 2 | 3 | 4;
  id?: string;
}

/**
 * Feedback on one decision or stage: the verdict and partial credit, the level chosen against the level the
 * matrix points to, a prominent warning when significant harm was under-called, the exact indicators that decide
 * it (with their local level names and source), each rule applied, and the expert rationale.
 */
export function FeedbackPanel({
  title,
  fraction,
  verdict,
  chosenLevel,
  expectedLevels,
  parts = [],
  indicators = [],
  rationale,
  warnings = [],
  areaName,
  focusOnMount = true,
  headingLevel = 2,
  id,
  className,
  ...rest
}: FeedbackPanelProps) {
  const ids = useIds('feedback', id);
  const heading = useRef<HTMLHeadingElement>(null);
  const finalVerdict = verdict ?? verdictFor(fraction);
  const unsafe = warnings.length > 0;
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(6, headingLevel + 1)}` as 'h3';
  const matrixName = areaName ? `${areaName}'s matrix` : 'the matrix';

  return (
    <section
      {...rest}
      id={ids.base}
      className={cx('lw-feedback', className)}
      aria-labelledby={ids.part('title')}
      data-verdict={finalVerdict}
      data-state={unsafe ? 'unsafe' : 'safe'}
    >
      <Heading className="lw-feedback__title" id={ids.part('title')} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <p className="lw-feedback__verdict" data-verdict={finalVerdict}>
        <span className="lw-feedback__verdict-icon" aria-hidden="true">
          {finalVerdict === 'correct' ? '✓' : finalVerdict === 'partly-correct' ? '◐' : '✗'}
        </span>
        <span className="lw-feedback__verdict-word">{VERDICT_WORDS[finalVerdict]}</span>
        <span className="lw-feedback__score">{formatPercent(fraction)} of the marks</span>
      </p>

      {warnings.map((warning) => (
        <div key={warning.kind + warning.message} className="lw-feedback__warning" data-kind={warning.kind}>
          <span className="lw-feedback__warning-icon" aria-hidden="true">
            !
          </span>
          <p>
            <strong>
              <span className="lw-visually-hidden">Warning: </span>
              {warning.message}
            </strong>
          </p>
        </div>
      ))}

      <div className="lw-feedback__levels">
        <p className="lw-feedback__comparison">{compareLevels(chosenLevel, expectedLevels)}</p>
        <ul className="lw-feedback__badges" aria-label="Levels compared">
          {chosenLevel ? (
            <li>
              <LevelBadge
                ordinal={chosenLevel.ordinal as LevelOrdinal}
                name={chosenLevel.name}
                emphasis="chosen"
              />
            </li>
          ) : null}
          {expectedLevels.map((level) => (
            <li key={level.ordinal}>
              <LevelBadge ordinal={level.ordinal as LevelOrdinal} name={level.name} emphasis="expected" />
            </li>
          ))}
        </ul>
      </div>

      {indicators.length > 0 ? (
        <div className="lw-feedback__indicators">
          <SubHeading className="lw-feedback__subtitle">What decides it in {matrixName}</SubHeading>
          <ul>
            {indicators.map((indicator) => (
              <li
                key={indicator.id}
                data-matched={indicator.matched === undefined ? undefined : String(indicator.matched)}
              >
                <LevelBadge
                  ordinal={indicator.level.ordinal as LevelOrdinal}
                  name={indicator.level.name}
                  size="small"
                />
                <blockquote className="lw-feedback__quote">
                  <p>{indicator.text}</p>
                </blockquote>
                <p className="lw-feedback__meta">
                  {indicator.dimension ? <span>{indicator.dimension}</span> : null}
                  {indicator.source ? <span>{indicator.source}</span> : null}
                  {indicator.matched === undefined ? null : (
                    <span className="lw-feedback__matched" data-matched={String(indicator.matched)}>
                      {indicator.matched
                        ? '✓ You picked the fact behind this'
                        : '✗ You did not pick the fact behind this'}
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {parts.length > 0 ? (
        <div className="lw-feedback__parts">
          <SubHeading className="lw-feedback__subtitle">How the marks were given</SubHeading>
          <dl>
            {parts.map((part) => (
              <div
                key={part.id}
                className="lw-feedback__part"
                data-state={part.points >= part.maxPoints ? 'full' : part.points > 0 ? 'partial' : 'none'}
              >
                <dt>
                  {part.label}:{' '}
                  <span className="lw-feedback__part-points">
                    {formatPoints(part.points, part.maxPoints)}
                  </span>
                </dt>
                {part.explanations.map((explanation) => (
                  <dd key={explanation}>{explanation}</dd>
                ))}
              </div>
            ))}
          </dl>
        </div>
      ) : null}

      {rationale ? (
        <div className="lw-feedback__rationale">
          <SubHeading className="lw-feedback__subtitle">Why: the expert view</SubHeading>
          <div>{rationale}</div>
        </div>
      ) : null}
    </section>
  );
}
