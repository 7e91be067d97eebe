import { type HTMLAttributes, memo, type ReactNode, useMemo, useRef } from 'react';
import { cx } from '../internal/class-names.ts';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import { LevelBadge, type LevelOrdinal } from '../level-badge/LevelBadge.tsx';
import {
  buildMatrixIndex,
  describeMatrixResults,
  EMPTY_MATRIX_FILTER,
  filterMatrix,
  formatSourceSpans,
  type MatrixDimension,
  type MatrixDomain,
  type MatrixFilter,
  type MatrixIndicator,
  type MatrixLevel,
  type MatrixView,
  type PreparedIndicator,
  splitByRanges,
  type TextRange,
  toggleLevel,
  updateFilter,
  type VisibleIndicator,
} from './matrix-model.ts';
import './matrix.css';

/** How the matrix is laid out: the two-dimensional table, or the same data as headed lists, level by level. */
export type MatrixViewMode = 'table' | 'list';

type HeadingLevel = 2 | 3 | 4;

export interface ThresholdMatrixProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'onChange' | 'children'> {
  /** The matrix's name, e.g. "Telford & Wrekin threshold matrix": its heading and the scroll region's name. */
  label: string;
  /** The area's levels with their local names; one column each, in ordinal order. */
  levels: readonly MatrixLevel[];
  /** Row groups in document order. */
  domains: readonly MatrixDomain[];
  /** Rows in document order, each in a domain. */
  dimensions: readonly MatrixDimension[];
  /** Every indicator, in document order. */
  indicators: readonly MatrixIndicator[];
  /**
   * The area's short name ("Telford & Wrekin"). Optional; `matrixFromFramework` returns it so its result can be
   * spread straight into the props. It is never passed to the DOM.
   */
  areaName?: string;
  /** Controlled filter (search, domain, dimension, levels, only highlighted). */
  value?: MatrixFilter;
  /** Initial filter when uncontrolled; missing fields mean "no filter". */
  defaultValue?: Partial<MatrixFilter>;
  onValueChange?: (value: MatrixFilter) => void;
  /** Controlled layout. */
  view?: MatrixViewMode;
  defaultView?: MatrixViewMode;
  onViewChange?: (view: MatrixViewMode) => void;
  /** Indicators to mark, e.g. a vignette's evidence: each gets a visible word and an outline. */
  highlightedIds?: readonly string[];
  /** The visible word on highlighted indicators. */
  highlightLabel?: string;
  /** Show each indicator's source lines ("file L123–L124"). */
  showSources?: boolean;
  /** The word for a row: "Dimension" (default), or "Theme" for Dudley. Heads the first column and names the filter. */
  rowHeaderLabel?: string;
  /** Show the filter panel (hide it to embed a fixed slice). */
  showFilters?: boolean;
  /** Heading level of the matrix's title; the filter panel and list view use the levels below it. */
  headingLevel?: HeadingLevel;
  /** Maximum height of the scrolling table (a CSS length); headers stay in view inside it. */
  maxHeight?: string;
}

const NO_IDS: readonly string[] = [];

/** The heading element for a level, capped at h6. */
function Heading({
  level,
  children,
  ...rest
}: { level: number; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  return <Tag {...rest}>{children}</Tag>;
}

/** A label with break opportunities after slashes ("Learning/Education"), so narrow row headers wrap between words. */
function breakableLabel(label: string): ReactNode {
  if (!label.includes('/')) return label;
  const parts = label.split('/');
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: parts of a fixed string.
    <span key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </span>
  ));
}

function sameRanges(a: readonly TextRange[], b: readonly TextRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r[0] === b[i]?.[0] && r[1] === b[i]?.[1]);
}

interface IndicatorItemProps {
  prepared: PreparedIndicator;
  highlighted: boolean;
  matches: TextRange[];
  highlightLabel: string;
  showSources: boolean;
}

/** One indicator. Memoised: a filter change re-renders only the indicators whose marks or matches changed. */
const IndicatorItem = memo(
  function IndicatorItem({
    prepared,
    highlighted,
    matches,
    highlightLabel,
    showSources,
  }: IndicatorItemProps) {
    const { indicator } = prepared;
    const flags = indicator.flags;
    return (
      <li
        className="lw-matrix__indicator"
        data-state={highlighted ? 'highlighted' : 'default'}
        data-match={matches.length > 0 ? 'true' : 'false'}
        data-indicator-id={indicator.id}
      >
        {highlighted ? (
          <span className="lw-matrix__tag" data-tag="highlight">
            {highlightLabel}
            <span className="lw-visually-hidden">: </span>
          </span>
        ) : null}
        <span className="lw-matrix__text">
          {matches.length === 0
            ? indicator.text
            : splitByRanges(indicator.text, matches).map((piece, i) =>
                // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and re-derived from the text.
                piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
              )}
        </span>
        {flags?.strategyDiscussion ? (
          <span className="lw-matrix__note" data-note="strategy-discussion">
            Strategy discussion needed
          </span>
        ) : null}
        {flags?.conditionalOnProtectiveness ? (
          <span className="lw-matrix__note" data-note="protectiveness">
            Level depends on whether a parent is protective
          </span>
        ) : null}
        {flags?.crossReference ? (
          <span className="lw-matrix__note" data-note="cross-reference">
            See {flags.crossReference}
          </span>
        ) : null}
        {showSources && indicator.sources && indicator.sources.length > 0 ? (
          <span className="lw-matrix__source">
            <span className="lw-visually-hidden">Source: </span>
            {formatSourceSpans(indicator.sources)}
          </span>
        ) : null}
      </li>
    );
  },
  (a, b) =>
    a.prepared === b.prepared &&
    a.highlighted === b.highlighted &&
    a.highlightLabel === b.highlightLabel &&
    a.showSources === b.showSources &&
    sameRanges(a.matches, b.matches),
);

function IndicatorList({
  items,
  highlightLabel,
  showSources,
}: {
  items: VisibleIndicator[];
  highlightLabel: string;
  showSources: boolean;
}) {
  return (
    <ul className="lw-matrix__indicators">
      {items.map((item) => (
        <IndicatorItem
          key={item.prepared.indicator.id}
          prepared={item.prepared}
          highlighted={item.highlighted}
          matches={item.matches}
          highlightLabel={highlightLabel}
          showSources={showSources}
        />
      ))}
    </ul>
  );
}

function MatrixTable({
  view,
  rowHeaderLabel,
  levelCount,
  caption,
  highlightLabel,
  showSources,
}: {
  view: MatrixView;
  rowHeaderLabel: string;
  levelCount: number;
  caption: string;
  highlightLabel: string;
  showSources: boolean;
}) {
  const columns = view.levels.length + 1;
  return (
    <table className="lw-matrix__table" data-columns={view.levels.length}>
      <caption className="lw-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="lw-matrix__corner">
            {rowHeaderLabel}
          </th>
          {view.levels.map((level) => (
            <th key={level.ordinal} scope="col" className="lw-matrix__level" data-level={level.ordinal}>
              <LevelBadge
                ordinal={level.ordinal as LevelOrdinal}
                name={level.name}
                levelCount={levelCount}
                size="small"
              />
            </th>
          ))}
        </tr>
      </thead>
      {view.groups.map((group) => (
        <tbody key={group.domain.id} data-domain={group.domain.id}>
          <tr className="lw-matrix__group-row">
            <th scope="rowgroup" colSpan={columns} className="lw-matrix__group">
              <span className="lw-matrix__group-label">{group.domain.label}</span>
            </th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.dimension.id} data-dimension={row.dimension.id}>
              <th scope="row" className="lw-matrix__dimension">
                {breakableLabel(row.dimension.label)}
              </th>
              {row.cells.map((items, i) => {
                const level = view.levels[i];
                return (
                  <td key={level?.ordinal ?? i} data-level={level?.ordinal} data-count={items.length}>
                    {items.length > 0 ? (
                      <IndicatorList
                        items={items}
                        highlightLabel={highlightLabel}
                        showSources={showSources}
                      />
                    ) : (
                      <span className="lw-matrix__none">None listed</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function MatrixLists({
  view,
  levelCount,
  headingLevel,
  highlightLabel,
  showSources,
}: {
  view: MatrixView;
  levelCount: number;
  headingLevel: number;
  highlightLabel: string;
  showSources: boolean;
}) {
  return (
    <div className="lw-matrix__lists">
      {view.levels.map((level, i) => {
        const rows = view.groups.flatMap((group) =>
          group.rows
            .filter((row) => (row.cells[i]?.length ?? 0) > 0)
            .map((row) => ({ group, row, items: row.cells[i] ?? [] })),
        );
        if (rows.length === 0 && view.narrowed) return null;
        return (
          <section key={level.ordinal} className="lw-matrix__list-level" data-level={level.ordinal}>
            <Heading level={headingLevel} className="lw-matrix__list-heading">
              <LevelBadge ordinal={level.ordinal as LevelOrdinal} name={level.name} levelCount={levelCount} />
            </Heading>
            {rows.length === 0 ? <p className="lw-matrix__none">None listed</p> : null}
            {rows.map(({ group, row, items }) => (
              <div
                key={row.dimension.id}
                className="lw-matrix__list-dimension"
                data-dimension={row.dimension.id}
              >
                <Heading level={headingLevel + 1} className="lw-matrix__list-subheading">
                  {row.dimension.label}
                  {group.domain.label !== row.dimension.label ? (
                    <span className="lw-matrix__list-domain">
                      <span className="lw-visually-hidden">, </span>
                      {group.domain.label}
                    </span>
                  ) : null}
                </Heading>
                <IndicatorList items={items} highlightLabel={highlightLabel} showSources={showSources} />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}

/**
 * An area's threshold matrix as a real table: levels as columns, domains as row groups, dimensions as rows,
 * each cell listing its indicators verbatim. Filters, search with highlighted matches, evidence marks, a live
 * count, sticky headers inside a keyboard-scrollable region, and a list view for narrow screens.
 */
export function ThresholdMatrix({
  label,
  levels,
  domains,
  dimensions,
  indicators,
  areaName: _areaName,
  value,
  defaultValue,
  onValueChange,
  view: viewProp,
  defaultView = 'table',
  onViewChange,
  highlightedIds = NO_IDS,
  highlightLabel = 'Evidence',
  showSources = false,
  rowHeaderLabel = 'Dimension',
  showFilters = true,
  headingLevel = 2,
  maxHeight,
  id,
  className,
  style,
  ...rest
}: ThresholdMatrixProps) {
  const ids = useIds('matrix', id);
  const initialFilter = useMemo(() => ({ ...EMPTY_MATRIX_FILTER, ...defaultValue }), [defaultValue]);
  const [filter, setFilter] = useControllableState<MatrixFilter>({
    value,
    defaultValue: initialFilter,
    onValueChange,
    name: 'ThresholdMatrix',
  });
  const [mode, setMode] = useControllableState<MatrixViewMode>({
    value: viewProp,
    defaultValue: defaultView,
    onValueChange: onViewChange,
    name: 'ThresholdMatrix (view)',
  });

  // Grouping and search text are computed once per data change, not per keystroke.
  const index = useMemo(
    () => buildMatrixIndex(levels, domains, dimensions, indicators),
    [levels, domains, dimensions, indicators],
  );
  const highlighted = useMemo(() => new Set(highlightedIds), [highlightedIds]);
  const highlightedCount = useMemo(
    () => index.all.reduce((n, p) => n + (highlighted.has(p.indicator.id) ? 1 : 0), 0),
    [index, highlighted],
  );
  const matrixView = useMemo(() => filterMatrix(index, filter, highlighted), [index, filter, highlighted]);

  const otherFilters =
    filter.domainId !== '' || filter.dimensionId !== '' || filter.levels.length > 0 || filter.onlyHighlighted;
  const announcement = describeMatrixResults({
    count: matrixView.count,
    total: matrixView.total,
    query: filter.query,
    filtered: otherFilters,
  });
  const state = matrixView.count === 0 ? 'empty' : matrixView.narrowed ? 'filtered' : 'all';
  const levelCount = index.levels.length;
  const change = (partial: Partial<MatrixFilter>) => setFilter(updateFilter(filter, partial, index));
  const dimensionChoices = filter.domainId
    ? index.groups.filter((g) => g.domain.id === filter.domainId)
    : index.groups;
  const hintId = ids.part('hint');
  const queryRef = useRef<HTMLInputElement>(null);

  return (
    <div
      {...rest}
      id={ids.base}
      className={cx('lw-matrix', className)}
      data-state={state}
      data-view={mode}
      style={maxHeight ? { ...style, ['--lw-matrix-max-height' as string]: maxHeight } : style}
    >
      <Heading level={headingLevel} id={ids.part('title')} className="lw-matrix__title">
        {label}
      </Heading>
      {showFilters ? (
        <search
          className="lw-matrix__filters"
          aria-labelledby={`${ids.part('filters-heading')} ${ids.part('title')}`}
        >
          <Heading
            level={headingLevel + 1}
            id={ids.part('filters-heading')}
            className="lw-matrix__filters-heading"
          >
            Filter indicators
          </Heading>
          <div className="lw-matrix__fields">
            <div className="lw-matrix__field lw-matrix__field--wide">
              <label className="lw-matrix__label" htmlFor={ids.part('query')}>
                Search indicator text
              </label>
              <input
                ref={queryRef}
                id={ids.part('query')}
                className="lw-matrix__input"
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={filter.query}
                onChange={(event) => change({ query: event.currentTarget.value })}
              />
            </div>
            <div className="lw-matrix__field">
              <label className="lw-matrix__label" htmlFor={ids.part('domain')}>
                Domain
              </label>
              <select
                id={ids.part('domain')}
                className="lw-matrix__select"
                value={filter.domainId}
                onChange={(event) => change({ domainId: event.currentTarget.value })}
              >
                <option value="">All domains</option>
                {index.groups.map((g) => (
                  <option key={g.domain.id} value={g.domain.id}>
                    {g.domain.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="lw-matrix__field">
              <label className="lw-matrix__label" htmlFor={ids.part('dimension')}>
                {rowHeaderLabel}
              </label>
              <select
                id={ids.part('dimension')}
                className="lw-matrix__select"
                value={filter.dimensionId}
                onChange={(event) => change({ dimensionId: event.currentTarget.value })}
              >
                <option value="">All {rowHeaderLabel.toLowerCase()}s</option>
                {dimensionChoices.map((g) => (
                  <optgroup key={g.domain.id} label={g.domain.label}>
                    {g.dimensions.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <fieldset
              className="lw-matrix__field lw-matrix__fieldset"
              aria-describedby={ids.part('levels-hint')}
            >
              <legend className="lw-matrix__label">Levels</legend>
              <p id={ids.part('levels-hint')} className="lw-matrix__hint">
                Tick none to see every level.
              </p>
              <div className="lw-matrix__checks">
                {index.levels.map((level) => {
                  const checkId = ids.part(`level-${level.ordinal}`);
                  return (
                    <div key={level.ordinal} className="lw-matrix__check" data-level={level.ordinal}>
                      <input
                        id={checkId}
                        type="checkbox"
                        className="lw-matrix__checkbox"
                        checked={filter.levels.includes(level.ordinal)}
                        onChange={(event) =>
                          change({
                            levels: toggleLevel(filter.levels, level.ordinal, event.currentTarget.checked),
                          })
                        }
                      />
                      <label htmlFor={checkId} className="lw-matrix__check-label">
                        <strong>Level {level.ordinal}</strong> {level.name}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
            <fieldset className="lw-matrix__field lw-matrix__fieldset">
              <legend className="lw-matrix__label">Show</legend>
              <div className="lw-matrix__checks">
                {highlightedIds.length > 0 ? (
                  <div className="lw-matrix__check">
                    <input
                      id={ids.part('only-highlighted')}
                      type="checkbox"
                      className="lw-matrix__checkbox"
                      checked={filter.onlyHighlighted}
                      onChange={(event) => change({ onlyHighlighted: event.currentTarget.checked })}
                    />
                    <label htmlFor={ids.part('only-highlighted')} className="lw-matrix__check-label">
                      Only indicators marked “{highlightLabel}” ({highlightedCount})
                    </label>
                  </div>
                ) : null}
                <div className="lw-matrix__check">
                  <input
                    id={ids.part('list-view')}
                    type="checkbox"
                    className="lw-matrix__checkbox"
                    checked={mode === 'list'}
                    onChange={(event) => setMode(event.currentTarget.checked ? 'list' : 'table')}
                  />
                  <label htmlFor={ids.part('list-view')} className="lw-matrix__check-label">
                    As a list by level, instead of a table
                  </label>
                </div>
              </div>
            </fieldset>
          </div>
          {matrixView.narrowed ? (
            <button
              type="button"
              className="lw-matrix__button"
              onClick={() => {
                setFilter({ ...EMPTY_MATRIX_FILTER });
                // The button disappears with the filters it clears: keep focus in the panel.
                queryRef.current?.focus();
              }}
            >
              Clear search and filters
            </button>
          ) : null}
        </search>
      ) : null}
      <p
        className="lw-matrix__status"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        id={ids.part('status')}
      >
        {announcement}
      </p>
      {matrixView.count === 0 ? (
        <div className="lw-matrix__empty">
          <p>Try other words, or clear the search and filters.</p>
        </div>
      ) : mode === 'table' ? (
        <>
          <p id={hintId} className="lw-matrix__hint lw-matrix__scroll-hint">
            The table scrolls sideways and down; its level and dimension headings stay in view.
            {showFilters ? ' On a small screen, choose “As a list by level” to read it as lists.' : null}
          </p>
          {/* A named region (section + name) that is focusable, so keyboard users can scroll it with the arrow keys. */}
          <section
            className="lw-matrix__scroll"
            aria-labelledby={ids.part('title')}
            aria-describedby={hintId}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1, axe scrollable-region-focusable).
            tabIndex={0}
          >
            <MatrixTable
              view={matrixView}
              rowHeaderLabel={rowHeaderLabel}
              levelCount={levelCount}
              caption={label}
              highlightLabel={highlightLabel}
              showSources={showSources}
            />
          </section>
        </>
      ) : (
        <MatrixLists
          view={matrixView}
          levelCount={levelCount}
          headingLevel={headingLevel + 1}
          highlightLabel={highlightLabel}
          showSources={showSources}
        />
      )}
    </div>
  );
}
