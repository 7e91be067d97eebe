import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/class-names.ts';
import { useIds } from '../internal/use-ids.ts';
import { LevelBadge, type LevelOrdinal } from '../level-badge/LevelBadge.tsx';
import {
  type ConfidenceAnswer,
  calibrationRows,
  calibrationSummary,
  DEFAULT_CONFIDENCE_WORDS,
  fractionOf,
  passResult,
  percentOf,
  pointsText,
  SCORE_VERDICT_WORDS,
  type ScoreLevelRef,
  type ScoreVerdict,
  totalPoints,
  verdictForFraction,
} from './score-summary-logic.ts';
import './score-summary.css';

export interface ScoreVignette {
  id: string;
  /** The case's title, e.g. "Amara, 7 weeks: the six-week visit". */
  title: string;
  /** The level the learner chose (local name), or null when they gave none. */
  chosenLevel: ScoreLevelRef | null;
  /** The expected level, or the acceptable band of two adjacent levels. */
  expectedLevels: readonly ScoreLevelRef[];
  points: number;
  maxPoints: number;
  /** Defaults to the verdict for points / maxPoints. */
  verdict?: ScoreVerdict;
  /** Significant harm was under-called: the unsafe error, stated in words in the row. */
  unsafe?: boolean;
  /** The words of the unsafe marker (default "Unsafe: significant harm under-called"). */
  unsafeText?: string;
}

export interface ScoreDomain {
  id: string;
  /** A side of the triangle, e.g. "Child’s developmental needs". */
  label: string;
  points: number;
  maxPoints: number;
}

export interface ScoreSummaryProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Heading of the whole summary (default "Your results"). */
  title?: string;
  /** One row per case, in the order taken. */
  vignettes: readonly ScoreVignette[];
  /** The three sides of the Assessment Framework triangle with the points earned on each. */
  domains: readonly ScoreDomain[];
  /** The pass mark as a fraction of the points, e.g. 0.8. */
  passMark: number;
  /** Overall points, when they are not the sum of the vignettes' points. */
  overall?: { points: number; maxPoints: number };
  /** The host's pass decision (e.g. an unsafe answer fails the attempt); defaults to score ≥ pass mark. */
  passed?: boolean;
  /** Every answer's confidence rating and whether it was right, for the calibration table. Omit to hide it. */
  confidence?: readonly ConfidenceAnswer[];
  /** Words for ratings 1–5 (default: the ConfidenceScale's words). */
  confidenceLabels?: readonly string[];
  /** Heading level of the title (default 2); section headings are one below. */
  headingLevel?: 2 | 3;
  /** How many levels the area has, for the badges (default 4). */
  levelCount?: number;
  id?: string;
}

/*
 * Explicit table roles. In narrow containers CSS stacks each row into a block (a card); some browsers (Safari)
 * then drop the table semantics of the elements, so the roles are restated. Biome's noRedundantRoles would strip
 * literal role attributes, hence the spread.
 */
const TABLE_ROLES = {
  table: { role: 'table' },
  rowgroup: { role: 'rowgroup' },
  row: { role: 'row' },
  columnheader: { role: 'columnheader' },
  rowheader: { role: 'rowheader' },
  cell: { role: 'cell' },
} as const;

const DEFAULT_UNSAFE_TEXT = 'Unsafe: significant harm under-called';

function Badge({ level, levelCount }: { level: ScoreLevelRef; levelCount: number }) {
  return (
    <LevelBadge
      ordinal={level.ordinal as LevelOrdinal}
      name={level.name}
      levelCount={levelCount}
      size="small"
    />
  );
}

/** ✓, a half-filled circle or ✗ in a ring: drawn, because not every font has the half circle. */
function VerdictIcon({ verdict }: { verdict: ScoreVerdict }) {
  return (
    <svg
      className="lw-score__verdict-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="2" />
      {verdict === 'correct' ? (
        <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" strokeWidth="2.4" />
      ) : verdict === 'partly-correct' ? (
        <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
      ) : (
        <path d="M8 8l8 8M16 8l-8 8" fill="none" stroke="currentColor" strokeWidth="2.4" />
      )}
    </svg>
  );
}

/**
 * A data cell with its column's name, shown only when the table stacks into cards (hidden from screen readers,
 * which have the real column header).
 */
function Cell({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td {...TABLE_ROLES.cell} className={className}>
      <span className="lw-score__cell-label" aria-hidden="true">
        {label}
      </span>
      <span className="lw-score__cell-value">{children}</span>
    </td>
  );
}

/** A bar that also states its number; the bar is decoration, the number is the information. */
function PercentBar({ percent, passMark }: { percent: number; passMark?: number }) {
  return (
    <span className="lw-score__bar-row">
      <span
        className="lw-score__bar"
        aria-hidden="true"
        style={
          { '--lw-score-percent': `${percent}%`, '--lw-score-pass': `${passMark ?? 0}%` } as CSSProperties
        }
        data-has-pass-mark={passMark === undefined ? undefined : ''}
      >
        <span className="lw-score__bar-fill" />
      </span>
      <span className="lw-score__bar-number">{percent}%</span>
    </span>
  );
}

/**
 * The results at the end of the course: overall score against the pass mark with a plain pass or fail statement,
 * a table of cases (level chosen against expected with LevelBadges, points, verdict, unsafe marker in words),
 * a table of the three sides of the triangle (percentage as a number and a bar), and a confidence-calibration table.
 * Real tables that stack into labelled cards in narrow containers; print-friendly without backgrounds.
 */
export function ScoreSummary({
  title = 'Your results',
  vignettes,
  domains,
  passMark,
  overall,
  passed,
  confidence,
  confidenceLabels = DEFAULT_CONFIDENCE_WORDS,
  headingLevel = 2,
  levelCount = 4,
  id,
  className,
  ...rest
}: ScoreSummaryProps) {
  const ids = useIds('score-summary', id);
  const totals = overall ?? totalPoints(vignettes);
  const fraction = fractionOf(totals.points, totals.maxPoints);
  const result = passResult(fraction, passMark, passed, pointsText(totals.points, totals.maxPoints));
  const unsafeCount = vignettes.filter((v) => v.unsafe).length;
  const rows = confidence ? calibrationRows(confidence, confidenceLabels) : [];
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3';

  return (
    <section
      {...rest}
      id={ids.base}
      className={cx('lw-score', className)}
      aria-labelledby={ids.part('title')}
      data-state={result.passed ? 'passed' : 'not-passed'}
      data-unsafe={unsafeCount > 0 ? 'true' : 'false'}
    >
      <Heading className="lw-score__title" id={ids.part('title')}>
        {title}
      </Heading>

      <div className="lw-score__overall" data-state={result.passed ? 'passed' : 'not-passed'}>
        <p className="lw-score__result">
          <span className="lw-score__result-icon" aria-hidden="true">
            {result.passed ? '✓' : '✗'}
          </span>
          <strong>{result.heading}</strong>
        </p>
        <p className="lw-score__statement">{result.statement}</p>
        <PercentBar percent={percentOf(fraction)} passMark={percentOf(passMark)} />
        <p className="lw-score__pass-key" aria-hidden="true">
          The line on the bar marks the pass mark.
        </p>
        {unsafeCount > 0 ? (
          <p className="lw-score__unsafe-note">
            <span className="lw-score__unsafe-icon" aria-hidden="true">
              !
            </span>
            <strong>
              <span className="lw-visually-hidden">Warning: </span>
              In {unsafeCount} case{unsafeCount === 1 ? '' : 's'} you placed a child below the level of
              significant harm. That is the unsafe error: look at {unsafeCount === 1 ? 'it' : 'them'} again
              below.
            </strong>
          </p>
        ) : null}
      </div>

      <SubHeading className="lw-score__subtitle" id={ids.part('cases')}>
        Score by case
      </SubHeading>
      <table
        className="lw-score__table lw-score__table--cases"
        {...TABLE_ROLES.table}
        aria-labelledby={ids.part('cases')}
      >
        <thead {...TABLE_ROLES.rowgroup}>
          <tr {...TABLE_ROLES.row}>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Case
            </th>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Your level
            </th>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Expected level
            </th>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Points
            </th>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Result
            </th>
          </tr>
        </thead>
        <tbody {...TABLE_ROLES.rowgroup}>
          {vignettes.map((v) => {
            const verdict = v.verdict ?? verdictForFraction(fractionOf(v.points, v.maxPoints));
            return (
              <tr
                key={v.id}
                {...TABLE_ROLES.row}
                data-verdict={verdict}
                data-unsafe={v.unsafe ? 'true' : 'false'}
              >
                <th {...TABLE_ROLES.rowheader} scope="row" className="lw-score__case">
                  {v.title}
                </th>
                <Cell label="Your level">
                  {v.chosenLevel ? (
                    <Badge level={v.chosenLevel} levelCount={levelCount} />
                  ) : (
                    <span className="lw-score__none">No answer</span>
                  )}
                </Cell>
                <Cell label="Expected level">
                  <span className="lw-score__badges">
                    {v.expectedLevels.map((level, index) => (
                      <span key={level.ordinal}>
                        {index > 0 ? <span className="lw-score__or"> or </span> : null}
                        <Badge level={level} levelCount={levelCount} />
                      </span>
                    ))}
                  </span>
                </Cell>
                <Cell label="Points" className="lw-score__points">
                  {pointsText(v.points, v.maxPoints)}
                </Cell>
                <Cell label="Result">
                  <span className="lw-score__verdict" data-verdict={verdict}>
                    <VerdictIcon verdict={verdict} />
                    {SCORE_VERDICT_WORDS[verdict]}
                  </span>
                  {v.unsafe ? (
                    <strong className="lw-score__unsafe">
                      <span className="lw-score__unsafe-icon" aria-hidden="true">
                        !
                      </span>
                      {v.unsafeText ?? DEFAULT_UNSAFE_TEXT}
                    </strong>
                  ) : null}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>

      <SubHeading className="lw-score__subtitle" id={ids.part('domains')}>
        Score by side of the triangle
      </SubHeading>
      <table
        className="lw-score__table lw-score__table--domains"
        {...TABLE_ROLES.table}
        aria-labelledby={ids.part('domains')}
      >
        <thead {...TABLE_ROLES.rowgroup}>
          <tr {...TABLE_ROLES.row}>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Side of the triangle
            </th>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Points
            </th>
            <th {...TABLE_ROLES.columnheader} scope="col">
              Percentage
            </th>
          </tr>
        </thead>
        <tbody {...TABLE_ROLES.rowgroup}>
          {domains.map((d) => {
            const percent = percentOf(fractionOf(d.points, d.maxPoints));
            return (
              <tr key={d.id} {...TABLE_ROLES.row} data-domain={d.id}>
                <th {...TABLE_ROLES.rowheader} scope="row">
                  {d.label}
                </th>
                <Cell label="Points" className="lw-score__points">
                  {pointsText(d.points, d.maxPoints)}
                </Cell>
                <Cell label="Percentage" className="lw-score__percent">
                  <PercentBar percent={percent} />
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>

      {confidence ? (
        <>
          <SubHeading className="lw-score__subtitle" id={ids.part('confidence')}>
            How well your confidence matched your answers
          </SubHeading>
          <p className="lw-score__calibration-summary">{calibrationSummary(rows)}</p>
          <table
            className="lw-score__table lw-score__table--confidence"
            {...TABLE_ROLES.table}
            aria-labelledby={ids.part('confidence')}
          >
            <thead {...TABLE_ROLES.rowgroup}>
              <tr {...TABLE_ROLES.row}>
                <th {...TABLE_ROLES.columnheader} scope="col">
                  Confidence
                </th>
                <th {...TABLE_ROLES.columnheader} scope="col">
                  Answers
                </th>
                <th {...TABLE_ROLES.columnheader} scope="col">
                  Right
                </th>
                <th {...TABLE_ROLES.columnheader} scope="col">
                  What it means
                </th>
              </tr>
            </thead>
            <tbody {...TABLE_ROLES.rowgroup}>
              {rows.map((row) => (
                <tr
                  key={row.confidence}
                  {...TABLE_ROLES.row}
                  data-confidence={row.confidence}
                  data-state={row.answered ? 'used' : 'unused'}
                >
                  <th {...TABLE_ROLES.rowheader} scope="row">
                    {row.confidence} out of 5, {row.label}
                  </th>
                  <Cell label="Answers" className="lw-score__number">
                    {row.answered}
                  </Cell>
                  <Cell label="Right" className="lw-score__number">
                    {row.correct}
                  </Cell>
                  <Cell label="What it means">{row.reading}</Cell>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
