import type { HTMLAttributes } from 'react';
import { cx } from '../internal/class-names.ts';
import { useIds } from '../internal/use-ids.ts';
import { LevelBadge, type LevelOrdinal } from '../level-badge/LevelBadge.tsx';
import {
  type ComparisonSide,
  comparisonState,
  describeComparisonLevels,
  describeComparisonRelation,
  describeLevelDifference,
} from './comparison-model.ts';
import { formatSourceSpans } from './matrix-model.ts';
import './matrix.css';

type HeadingLevel = 2 | 3 | 4;

export interface ThresholdComparisonProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The concept compared, e.g. "Private fostering". */
  concept: string;
  /** The two areas' entries for the concept, shown side by side (stacked on narrow screens). */
  entries: readonly [ComparisonSide, ComparisonSide];
  /** What the concept is, under its title (a curated concept's summary). */
  description?: string;
  /** A note under the summary, e.g. that the pairing was found by matching words rather than reviewed. */
  note?: string;
  /** Show each indicator's source lines. */
  showSources?: boolean;
  /** Heading level of the concept; each area's heading is one below. */
  headingLevel?: HeadingLevel;
  /** How many levels each area has (all five use four). */
  levelCount?: number;
}

/**
 * The same concept in two areas' matrices, side by side: where each area puts it (ordinal and local name), the
 * difference in words, and each area's verbatim indicator text with its relation to the concept.
 */
export function ThresholdComparison({
  concept,
  entries,
  description,
  note,
  showSources = false,
  headingLevel = 2,
  levelCount = 4,
  id,
  className,
  ...rest
}: ThresholdComparisonProps) {
  const ids = useIds('comparison', id);
  const [first, second] = entries;
  const Title = `h${headingLevel}` as 'h2';
  const AreaHeading = `h${headingLevel + 1}` as 'h3';
  return (
    <section
      {...rest}
      id={ids.base}
      className={cx('lw-comparison', className)}
      aria-labelledby={ids.part('title')}
      data-state={comparisonState(first, second)}
    >
      <Title id={ids.part('title')} className="lw-comparison__title">
        {concept}
      </Title>
      {description ? (
        <p className="lw-comparison__description" data-part="description">
          {description}
        </p>
      ) : null}
      <p className="lw-comparison__summary" data-part="summary">
        {describeComparisonLevels(first, second)}.
      </p>
      <p className="lw-comparison__difference" data-part="difference">
        {describeLevelDifference(first, second)}
      </p>
      {note ? (
        <p className="lw-comparison__note" data-part="note">
          {note}
        </p>
      ) : null}
      <div className="lw-comparison__sides">
        {entries.map((side, i) => (
          <section
            // Two fixed sides: position is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: the pair never reorders.
            key={i}
            className="lw-comparison__side"
            aria-labelledby={ids.part(`area-${i}`)}
            data-level={side.level.ordinal}
            data-side={i === 0 ? 'first' : 'second'}
          >
            <AreaHeading id={ids.part(`area-${i}`)} className="lw-comparison__area">
              {side.areaName}
            </AreaHeading>
            <LevelBadge
              ordinal={side.level.ordinal as LevelOrdinal}
              name={side.level.name}
              levelCount={levelCount}
            />
            <ul className="lw-comparison__indicators">
              {side.indicators.map((indicator, k) => (
                <li
                  key={indicator.id ?? k}
                  className="lw-comparison__indicator"
                  data-indicator-id={indicator.id}
                >
                  <blockquote className="lw-comparison__quote">
                    <p>{indicator.text}</p>
                  </blockquote>
                  {indicator.relation ? (
                    <p className="lw-comparison__relation" data-relation={indicator.relation}>
                      <span className="lw-comparison__relation-label">Relation to the concept:</span>{' '}
                      {describeComparisonRelation(indicator.relation)}
                    </p>
                  ) : null}
                  {indicator.note ? <p className="lw-comparison__member-note">{indicator.note}</p> : null}
                  {showSources && indicator.sources && indicator.sources.length > 0 ? (
                    <p className="lw-matrix__source">
                      <span className="lw-visually-hidden">Source: </span>
                      {formatSourceSpans(indicator.sources)}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
