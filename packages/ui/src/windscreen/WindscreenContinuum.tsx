import { AnimatePresence, m } from 'framer-motion';
import { type HTMLAttributes, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import { describeLevel, type LevelOrdinal } from '../level-badge/LevelBadge.tsx';
import {
  assertContinuumLevels,
  bandWidthPercent,
  describeMovement,
  nextOrdinalForKey,
  stepDirection,
} from './windscreen-geometry.ts';
import './windscreen.css';

export interface WindscreenLevel {
  ordinal: LevelOrdinal;
  /** The local name exactly as the area prints it. */
  name: string;
  /** A short description (one or two sentences) shown in the band and the legend. */
  description?: string;
}

export interface WindscreenContinuumProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'onChange' | 'children'> {
  /** The area's levels, in order from 1 (universal) upwards. */
  levels: readonly WindscreenLevel[];
  /** Visible heading and accessible name, e.g. "Telford & Wrekin continuum of need". */
  label: string;
  /** `interactive` makes the continuum a radio group to choose a level; `read-only` only shows it. */
  mode?: 'read-only' | 'interactive';
  /** The chosen level (interactive mode). */
  value?: LevelOrdinal | null;
  defaultValue?: LevelOrdinal | null;
  onValueChange?: (value: LevelOrdinal) => void;
  /** Marks where the child is now. */
  currentLevel?: LevelOrdinal;
  /** Marks where the child was before; with `currentLevel`, the marker moves from here (step up or down). */
  previousLevel?: LevelOrdinal;
  /** Show each level's description inside its band (default true; hidden automatically below 420 px). */
  showDescriptions?: boolean;
  /** Show the legend under the continuum (default true). */
  showLegend?: boolean;
  disabled?: boolean;
  /** Base for deterministic part ids. */
  id?: string;
}

/**
 * The continuum of need as a windscreen: stacked curved bands from universal (widest: most children) to the
 * most acute level (narrowest), with local names, descriptions, a marker for the child's level and an
 * animated step up or down. In interactive mode it is a radio group for choosing a level.
 */
export function WindscreenContinuum({
  levels,
  label,
  mode = 'read-only',
  value,
  defaultValue = null,
  onValueChange,
  currentLevel,
  previousLevel,
  showDescriptions = true,
  showLegend = true,
  disabled = false,
  id,
  className,
  ...rest
}: WindscreenContinuumProps) {
  assertContinuumLevels(levels);
  const ids = useIds('windscreen', id);
  const interactive = mode === 'interactive';
  const [selected, setSelected] = useControllableState<LevelOrdinal | null>({
    value,
    defaultValue,
    onValueChange: onValueChange as ((v: LevelOrdinal | null) => void) | undefined,
    name: 'WindscreenContinuum',
  });
  const levelCount = levels.length;
  const bandRefs = useRef<Array<HTMLElement | null>>([]);
  const BandTag = mode === 'interactive' ? 'div' : 'li';

  // The marker starts at the previous level and moves to the current one after mount, so the step is seen.
  const [markerAt, setMarkerAt] = useState<LevelOrdinal | undefined>(previousLevel ?? currentLevel);
  useEffect(() => {
    setMarkerAt(currentLevel);
  }, [currentLevel]);
  const direction = stepDirection(previousLevel, currentLevel);
  const movement = describeMovement(levels, previousLevel, currentLevel);

  const focusable: LevelOrdinal = selected ?? levels[0]!.ordinal;

  function choose(ordinal: LevelOrdinal) {
    if (disabled) return;
    setSelected(ordinal);
    bandRefs.current[ordinal - 1]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, ordinal: LevelOrdinal) {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      choose(ordinal);
      return;
    }
    const next = nextOrdinalForKey(event.key, selected ?? undefined, levelCount);
    if (next === undefined) return;
    event.preventDefault();
    choose(next as LevelOrdinal);
  }

  const bands = levels.map((level) => {
    const checked = selected === level.ordinal;
    const isCurrent = currentLevel === level.ordinal;
    const isPrevious = previousLevel === level.ordinal && previousLevel !== currentLevel;
    const extra = [isCurrent ? 'child is here now' : '', isPrevious ? 'child was here before' : '']
      .filter(Boolean)
      .join(', ');
    const bandProps = interactive
      ? {
          role: 'radio' as const,
          'aria-checked': checked,
          'aria-disabled': disabled || undefined,
          tabIndex: disabled ? -1 : level.ordinal === focusable ? 0 : -1,
          onClick: () => choose(level.ordinal),
          onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(e, level.ordinal),
          'aria-label': describeLevel(level.ordinal, level.name, levelCount, extra || undefined),
          'aria-describedby': level.description ? ids.part(`description-${level.ordinal}`) : undefined,
        }
      : {};
    return (
      <BandTag
        key={level.ordinal}
        ref={(el: HTMLElement | null) => {
          bandRefs.current[level.ordinal - 1] = el;
        }}
        className={cx('lw-windscreen__band', interactive && 'lw-focusable')}
        data-level={level.ordinal}
        data-state={interactive ? (checked ? 'checked' : 'unchecked') : 'static'}
        data-current={isCurrent ? 'true' : undefined}
        data-previous={isPrevious ? 'true' : undefined}
        style={{ width: `${bandWidthPercent(level.ordinal, levelCount)}%` }}
        {...bandProps}
      >
        <span className="lw-windscreen__band-text">
          <span className="lw-windscreen__ordinal">Level {level.ordinal}</span>{' '}
          <span className="lw-windscreen__name">{level.name}</span>
          {showDescriptions && level.description ? (
            <span className="lw-windscreen__description" id={ids.part(`description-${level.ordinal}`)}>
              {level.description}
            </span>
          ) : null}
        </span>
        {interactive ? (
          <span
            className="lw-windscreen__check"
            aria-hidden="true"
            data-state={checked ? 'checked' : 'unchecked'}
          >
            {checked ? '✓ Chosen' : ''}
          </span>
        ) : null}
        {isPrevious ? (
          <span className="lw-windscreen__tag" data-kind="previous">
            Before
          </span>
        ) : null}
        <AnimatePresence initial={false}>
          {markerAt === level.ordinal ? (
            <m.span
              layoutId={`${ids.base}-marker`}
              className="lw-windscreen__marker"
              data-kind="current"
              transition={{ type: 'spring', stiffness: 260, damping: 30 }}
            >
              <span aria-hidden="true" className="lw-windscreen__marker-dot" />
              Child is here
            </m.span>
          ) : null}
        </AnimatePresence>
      </BandTag>
    );
  });

  return (
    <LevelwiseMotion>
      <div
        {...rest}
        id={ids.base}
        className={cx('lw-windscreen', className)}
        data-mode={mode}
        data-state={disabled ? 'disabled' : 'enabled'}
        data-step={direction}
      >
        <p className="lw-windscreen__label" id={ids.part('label')}>
          {label}
        </p>
        {interactive ? (
          <div
            className="lw-windscreen__bands"
            role="radiogroup"
            aria-labelledby={ids.part('label')}
            aria-describedby={movement ? ids.part('movement') : undefined}
            aria-disabled={disabled || undefined}
          >
            {bands}
          </div>
        ) : (
          <ol
            className="lw-windscreen__bands"
            aria-labelledby={ids.part('label')}
            aria-describedby={movement ? ids.part('movement') : undefined}
          >
            {bands}
          </ol>
        )}
        <p
          className="lw-windscreen__movement"
          id={ids.part('movement')}
          aria-live="polite"
          data-step={direction}
        >
          {movement && direction !== 'none' ? (
            <>
              <span aria-hidden="true" className="lw-windscreen__movement-arrow">
                {direction === 'step-up' ? '↑' : direction === 'step-down' ? '↓' : '•'}
              </span>{' '}
              {movement}
            </>
          ) : null}
        </p>
        {showLegend ? (
          <div className="lw-windscreen__legend">
            <p className="lw-windscreen__legend-title" id={ids.part('legend')}>
              Key
            </p>
            <ul aria-labelledby={ids.part('legend')}>
              {levels.map((level) => (
                <li key={level.ordinal} data-level={level.ordinal}>
                  <span className="lw-windscreen__swatch" data-level={level.ordinal} aria-hidden="true" />
                  <span>
                    <strong>
                      Level {level.ordinal}: {level.name}
                    </strong>
                    {level.description ? (
                      <span className="lw-windscreen__legend-text"> {level.description}</span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
            <p className="lw-windscreen__legend-note">
              Bands narrow as need increases: most children are at level 1. A child can step up or step down
              as their needs change; a level describes the help needed now, not the child.
            </p>
          </div>
        ) : null}
      </div>
    </LevelwiseMotion>
  );
}
