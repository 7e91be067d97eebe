import { m, useReducedMotion } from 'framer-motion';
import {
  type CSSProperties,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  useRef,
  useState,
} from 'react';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { nextIndexForKey } from '../internal/roving-focus.ts';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import {
  type DimensionEvidence,
  describeEvidence,
  describeSelection,
  evidencePips,
  layoutTriangle,
  slopeOffset,
  sumEvidence,
  type TriangleSide,
  triangleGeometry,
  trianglePath,
  typeaheadIndex,
} from './triangle-geometry.ts';
import './triangle.css';

export interface TriangleDomain {
  id: string;
  /** The domain's name, e.g. "Parenting capacity". */
  label: string;
  /** Which side it is drawn on; by default the first three domains take left, right and base, the rest go outside. */
  side?: TriangleSide;
  /** One short sentence under the domain's name (e.g. why a grouping is outside the triangle). */
  description?: string;
}

export interface TriangleDimension {
  id: string;
  /** The area's own label for the dimension, e.g. "Basic Care, Safety and Protection". */
  label: string;
  domainId: string;
}

export type TriangleView = 'auto' | 'diagram' | 'list';

export interface AssessmentTriangleProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'onChange' | 'children'> {
  domains: readonly TriangleDomain[];
  dimensions: readonly TriangleDimension[];
  /** Visible title and accessible name, e.g. "Telford & Wrekin: the assessment triangle". */
  label: string;
  /** Evidence counted per dimension id; when given, every dimension shows its counts in words and pips. */
  evidence?: Readonly<Record<string, DimensionEvidence>>;
  /** `interactive` (default) makes the dimensions a single-choice listbox; `read-only` shows headed lists. */
  mode?: 'interactive' | 'read-only';
  /** The chosen dimension id. */
  value?: string | null;
  defaultValue?: string | null;
  onValueChange?: (dimensionId: string) => void;
  /**
   * `auto` (default): the triangle picture when the component is at least 30rem (480 px) wide, plain lists
   * below. `diagram`: always the picture. `list`: always plain lists. The same elements are only rearranged.
   */
  view?: TriangleView;
  /** Words at the centre of the triangle (default "Child"). */
  centreLabel?: string;
  /** Smaller words under them (default "Safeguarding and promoting welfare"). */
  centreDescription?: string;
  /** Heading level of the domain names in read-only mode (default 3). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  disabled?: boolean;
  /** Base for deterministic part ids. */
  id?: string;
}

const GEOMETRY = triangleGeometry(200, 8);

/** A small triangle with one side drawn thick, beside each domain's name, so the side reads without colour. */
function SideGlyph({ side }: { side: TriangleSide }) {
  const g = triangleGeometry(24, 3);
  return (
    <svg
      className="lw-triangle__glyph"
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${side === 'outside' ? 34 : 24} ${g.height}`}
      width={side === 'outside' ? 34 : 24}
      height={g.height}
    >
      <path d={trianglePath(g)} fill="none" stroke="currentColor" strokeWidth={1.25} />
      {side === 'outside' ? (
        <circle cx={30} cy={g.height / 2} r={3} fill="currentColor" />
      ) : (
        <path d={trianglePath(g, side)} stroke="currentColor" strokeWidth={4} strokeLinecap="round" />
      )}
    </svg>
  );
}

function PipSet({ count, kind }: { count: number; kind: 'concern' | 'strength' }) {
  const { shown, overflow } = evidencePips(count);
  if (!shown) return null;
  return (
    <span className="lw-triangle__pip-set">
      {Array.from({ length: shown }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical, positional pips that never reorder.
        <span key={i} className="lw-triangle__pip" data-kind={kind} />
      ))}
      {overflow ? <span className="lw-triangle__pip-more">+{overflow}</span> : null}
    </span>
  );
}

function EvidencePips({ evidence }: { evidence: DimensionEvidence | undefined }) {
  return (
    <span className="lw-triangle__pips" aria-hidden="true">
      <PipSet count={evidence?.concerns ?? 0} kind="concern" />
      <PipSet count={evidence?.strengths ?? 0} kind="strength" />
    </span>
  );
}

/**
 * The Assessment Framework triangle (Department of Health, 2000): the child at the centre, the three domains as
 * its sides, each listing the area's own dimensions with the evidence counted against them. Interactive, it is
 * one listbox of dimensions grouped by domain: arrows move in reading order, Enter or Space chooses. The same
 * elements are arranged around the triangle on wide containers and as plain lists on narrow ones, so assistive
 * technology meets one structure whatever the layout.
 */
export function AssessmentTriangle({
  domains,
  dimensions,
  label,
  evidence,
  mode = 'interactive',
  value,
  defaultValue = null,
  onValueChange,
  view = 'auto',
  centreLabel = 'Child',
  centreDescription = 'Safeguarding and promoting welfare',
  headingLevel = 3,
  disabled = false,
  id,
  className,
  ...rest
}: AssessmentTriangleProps) {
  const ids = useIds('triangle', id);
  const reduceMotion = useReducedMotion();
  const interactive = mode === 'interactive';
  const layout = layoutTriangle(domains, dimensions);
  if (layout.unplaced.length && process.env.NODE_ENV !== 'production') {
    console.error(
      `AssessmentTriangle: dimensions ${layout.unplaced.map((d) => `"${d.id}"`).join(', ')} name a domain that is not in \`domains\`; they are not shown.`,
    );
  }
  const [selected, setSelected] = useControllableState<string | null>({
    value,
    defaultValue,
    onValueChange: onValueChange as ((v: string | null) => void) | undefined,
    name: 'AssessmentTriangle',
  });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const optionRefs = useRef(new Map<string, HTMLElement>());
  const order = layout.order;
  const indexOf = (dimensionId: string | null) => order.findIndex((d) => d.id === dimensionId);
  const tabStop =
    (indexOf(focusedId) >= 0 ? focusedId : null) ??
    (indexOf(selected) >= 0 ? selected : null) ??
    order[0]?.id ??
    null;
  const selectedDimension = order.find((d) => d.id === selected);
  const selectedGroup = layout.groups.find((g) => g.domain.id === selectedDimension?.domainId);
  const showEvidence = evidence !== undefined;

  function focusOption(dimensionId: string) {
    setFocusedId(dimensionId);
    optionRefs.current.get(dimensionId)?.focus();
  }

  function choose(dimensionId: string) {
    if (disabled) return;
    setSelected(dimensionId);
    focusOption(dimensionId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, index: number) {
    const current = order[index];
    if (!current) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      choose(current.id);
      return;
    }
    const next =
      nextIndexForKey(event.key, index, order.length, { loop: false }) ??
      (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey
        ? typeaheadIndex(
            order.map((d) => d.label),
            index,
            event.key,
          )
        : undefined);
    if (next === undefined) return;
    event.preventDefault();
    const target = order[next];
    if (target) focusOption(target.id);
  }

  function onBlur(event: FocusEvent<HTMLElement>) {
    // When focus leaves the triangle, the next Tab comes back to the chosen dimension.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
  }

  const Heading = `h${headingLevel}` as 'h3';

  const figure = (
    <div className="lw-triangle__figure" aria-hidden="true">
      <svg
        aria-hidden="true"
        className="lw-triangle__svg"
        viewBox={`0 0 ${GEOMETRY.width} ${GEOMETRY.height}`}
        focusable="false"
      >
        <path className="lw-triangle__face" d={trianglePath(GEOMETRY)} />
        {(['left', 'right', 'base'] as const).map((side) => (
          <path
            key={side}
            className="lw-triangle__edge"
            d={trianglePath(GEOMETRY, side)}
            data-side={side}
            data-state={
              layout.emptySides.includes(side)
                ? 'empty'
                : selectedGroup?.side === side
                  ? 'active'
                  : 'inactive'
            }
          />
        ))}
        {selectedGroup && selectedGroup.side !== 'outside' ? (
          // The chosen side is drawn over its edge from end to end (at once under reduced motion).
          <m.path
            key={selectedGroup.side}
            className="lw-triangle__edge-highlight"
            d={trianglePath(GEOMETRY, selectedGroup.side)}
            initial={reduceMotion ? false : { pathLength: 0 }}
            animate={{ pathLength: 1 }}
            transition={{ duration: reduceMotion ? 0 : 0.3, ease: [0.2, 0, 0, 1] }}
          />
        ) : null}
      </svg>
      <p
        className="lw-triangle__centre"
        id={ids.part('centre')}
        style={{
          left: `${(GEOMETRY.centroid.x / GEOMETRY.width) * 100}%`,
          top: `${(GEOMETRY.centroid.y / GEOMETRY.height) * 100}%`,
        }}
      >
        <span className="lw-triangle__centre-label">{centreLabel}</span>
        {centreDescription ? (
          <span className="lw-triangle__centre-description">{centreDescription}</span>
        ) : null}
      </p>
    </div>
  );

  let position = -1;
  const groups = layout.groups.map((group) => {
    const groupLabelId = ids.part(`domain-${group.domain.id}`);
    const descriptionId = group.domain.description
      ? ids.part(`domain-${group.domain.id}-description`)
      : undefined;
    const totals = sumEvidence(
      group.dimensions.map((d) => d.id),
      evidence,
    );
    const isActive = selectedGroup?.domain.id === group.domain.id;
    const header = (
      <>
        <span className="lw-triangle__group-name">
          <SideGlyph side={group.side} />
          <span>{group.domain.label}</span>
        </span>
        {showEvidence ? (
          <span className="lw-triangle__group-totals">
            <span className="lw-visually-hidden">, </span>
            {describeEvidence(totals)}
          </span>
        ) : null}
      </>
    );
    const description = group.domain.description ? (
      <span className="lw-triangle__group-description" id={descriptionId}>
        {group.domain.description}
      </span>
    ) : null;
    const items = group.dimensions.map((dimension, indexInGroup) => {
      position += 1;
      const index = position;
      const isSelected = selected === dimension.id;
      const record = evidence?.[dimension.id];
      const evidenceKind =
        (record?.concerns ?? 0) > 0
          ? (record?.strengths ?? 0) > 0
            ? 'both'
            : 'concerns'
          : (record?.strengths ?? 0) > 0
            ? 'strengths'
            : 'none';
      const content = (
        <>
          <span
            className="lw-triangle__check"
            aria-hidden="true"
            data-state={isSelected ? 'selected' : 'unselected'}
          >
            {isSelected ? '✓' : ''}
          </span>
          <span className="lw-triangle__dimension-text">
            <span className="lw-triangle__dimension-name">{dimension.label}</span>
            {showEvidence ? (
              <span className="lw-triangle__evidence" data-evidence={evidenceKind}>
                <span className="lw-visually-hidden">, </span>
                <EvidencePips evidence={record} />
                <span className="lw-triangle__evidence-text">{describeEvidence(record)}</span>
              </span>
            ) : null}
          </span>
        </>
      );
      const common = {
        className: cx('lw-triangle__dimension', interactive && 'lw-focusable'),
        'data-state': interactive ? (isSelected ? 'selected' : 'unselected') : 'static',
        'data-evidence': showEvidence ? evidenceKind : undefined,
        style: { '--lw-triangle-slope': slopeOffset(indexInGroup, group.dimensions.length) } as CSSProperties,
      };
      if (!interactive) {
        return (
          <li key={dimension.id} {...common}>
            {content}
          </li>
        );
      }
      return (
        <div
          key={dimension.id}
          {...common}
          role="option"
          id={ids.part(`dimension-${dimension.id}`)}
          aria-selected={isSelected}
          aria-disabled={disabled || undefined}
          tabIndex={disabled ? -1 : tabStop === dimension.id ? 0 : -1}
          ref={(el) => {
            if (el) optionRefs.current.set(dimension.id, el);
            else optionRefs.current.delete(dimension.id);
          }}
          onClick={() => choose(dimension.id)}
          onFocus={() => setFocusedId(dimension.id)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {content}
        </div>
      );
    });

    if (!interactive) {
      return (
        <div
          key={group.domain.id}
          className="lw-triangle__group"
          data-side={group.side}
          data-domain={group.domain.id}
        >
          <Heading className="lw-triangle__group-label" id={groupLabelId}>
            {header}
          </Heading>
          {description}
          <ul className="lw-triangle__dimensions" aria-labelledby={groupLabelId}>
            {items}
          </ul>
        </div>
      );
    }
    return (
      // biome-ignore lint/a11y/useSemanticElements: an option group inside a listbox must be role="group" (WAI-ARIA listbox with grouped options); a fieldset is for form controls.
      <div
        key={group.domain.id}
        role="group"
        className="lw-triangle__group"
        data-side={group.side}
        data-domain={group.domain.id}
        data-state={isActive ? 'active' : 'inactive'}
        aria-labelledby={groupLabelId}
        aria-describedby={descriptionId}
      >
        <div role="presentation" className="lw-triangle__group-label" id={groupLabelId}>
          {header}
        </div>
        {description}
        <div className="lw-triangle__dimensions" role="presentation">
          {items}
        </div>
      </div>
    );
  });

  const selection = describeSelection(
    selectedDimension,
    selectedGroup?.domain,
    selectedDimension ? evidence?.[selectedDimension.id] : undefined,
    showEvidence,
  );

  return (
    <LevelwiseMotion>
      <div
        {...rest}
        id={ids.base}
        className={cx('lw-triangle', className)}
        data-mode={mode}
        data-view={view}
        data-state={disabled ? 'disabled' : 'enabled'}
      >
        <p className="lw-triangle__label" id={ids.part('label')}>
          {label}
        </p>
        {interactive ? (
          <div
            className="lw-triangle__layout"
            role="listbox"
            aria-labelledby={ids.part('label')}
            aria-describedby={ids.part('centre')}
            aria-disabled={disabled || undefined}
            onBlur={onBlur}
          >
            {figure}
            {groups}
          </div>
        ) : (
          <div className="lw-triangle__layout">
            {figure}
            {groups}
          </div>
        )}
        {interactive ? (
          <p
            className="lw-triangle__status"
            aria-live="polite"
            data-state={selectedDimension ? 'chosen' : 'empty'}
          >
            {selection}
          </p>
        ) : null}
      </div>
    </LevelwiseMotion>
  );
}
