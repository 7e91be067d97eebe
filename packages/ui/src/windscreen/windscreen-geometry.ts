import type { LevelOrdinal } from '../level-badge/LevelBadge.tsx';

/**
 * Pure geometry and wording for the windscreen continuum, kept out of the component so it is unit-tested.
 *
 * The windscreen is drawn as stacked curved bands, widest at universal (most children) and narrowest at
 * the top of the continuum (fewest children, most acute need), as in Telford & Wrekin's diagram.
 */

/** Width of the band for a level, as a percentage of the continuum's width: 100 % at level 1, narrowing evenly. */
export function bandWidthPercent(ordinal: number, levelCount: number, narrowest = 58): number {
  if (levelCount <= 1) return 100;
  const step = (100 - narrowest) / (levelCount - 1);
  return Math.round((100 - step * (ordinal - 1)) * 100) / 100;
}

export type StepDirection = 'step-up' | 'step-down' | 'steady' | 'none';

/** Which way a child has moved between two levels. */
export function stepDirection(previous: number | undefined, current: number | undefined): StepDirection {
  if (current === undefined || previous === undefined) return 'none';
  if (current > previous) return 'step-up';
  if (current < previous) return 'step-down';
  return 'steady';
}

export interface LevelName {
  ordinal: number;
  name: string;
}

/** The sentence announced (and shown) for a movement along the continuum. */
export function describeMovement(
  levels: readonly LevelName[],
  previous?: number,
  current?: number,
): string | undefined {
  if (current === undefined) return undefined;
  const name = (o: number) => {
    const level = levels.find((l) => l.ordinal === o);
    return level ? `level ${o}, ${level.name}` : `level ${o}`;
  };
  switch (stepDirection(previous, current)) {
    case 'step-up':
      return `Stepped up from ${name(previous as number)} to ${name(current)}.`;
    case 'step-down':
      return `Stepped down from ${name(previous as number)} to ${name(current)}.`;
    case 'steady':
      return `Stays at ${name(current)}.`;
    default:
      return `Now at ${name(current)}.`;
  }
}

/**
 * Keyboard model for the interactive windscreen, which is a radio group laid out bottom (level 1) to top
 * (level 4): Up and Right move towards more need, Down and Left towards less, Home and End to the ends.
 * The moves are spatial so that they match what a sighted keyboard user sees.
 */
export function nextOrdinalForKey(
  key: string,
  current: number | undefined,
  levelCount: number,
): number | undefined {
  const from = current ?? 1;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return Math.min(levelCount, from + (current === undefined ? 0 : 1));
    case 'ArrowDown':
    case 'ArrowLeft':
      return Math.max(1, from - (current === undefined ? 0 : 1));
    case 'Home':
      return 1;
    case 'End':
      return levelCount;
    default:
      return undefined;
  }
}

/** Throws a clear error for level lists that cannot be drawn as a continuum. */
export function assertContinuumLevels(
  levels: readonly LevelName[],
): asserts levels is readonly (LevelName & { ordinal: LevelOrdinal })[] {
  if (levels.length < 2)
    throw new Error(`WindscreenContinuum: needs at least two levels, got ${levels.length}.`);
  levels.forEach((level, index) => {
    if (level.ordinal !== index + 1) {
      throw new Error(
        `WindscreenContinuum: levels must be in order 1..${levels.length}; item ${index} ("${level.name}") has ordinal ${level.ordinal}.`,
      );
    }
    if (!level.name.trim()) throw new Error(`WindscreenContinuum: level ${level.ordinal} has no name.`);
  });
}
