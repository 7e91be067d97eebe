import type { LevelOrdinal } from '../level-badge/LevelBadge.tsx';

/** One level of need as the LevelPicker shows it: plain data, so any host can supply it. */
export interface LevelPickerLevel {
  /** Position on the continuum, 1 (universal) to 4 (acute, specialist, protection). */
  ordinal: LevelOrdinal;
  /** The area's own name for the level, exactly as its threshold document prints it. */
  name: string;
  /** A one-line definition in the area's words; shown under the name and read as the option's description. */
  definition?: string;
}

/**
 * Problems with a list of levels that would make the picker misleading: a repeated or out-of-range ordinal,
 * or an empty name. Returns human-readable messages (empty when the list is sound).
 */
export function levelListProblems(levels: readonly LevelPickerLevel[]): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const level of levels) {
    if (!Number.isInteger(level.ordinal) || level.ordinal < 1 || level.ordinal > levels.length) {
      problems.push(
        `ordinal ${String(level.ordinal)} ("${level.name}") is not between 1 and ${levels.length}`,
      );
    }
    if (seen.has(level.ordinal)) problems.push(`ordinal ${level.ordinal} appears more than once`);
    seen.add(level.ordinal);
    if (level.name.trim() === '') problems.push(`level ${level.ordinal} has no name`);
  }
  return problems;
}

/** The levels in continuum order (1 first), whatever order the host passed them in. */
export function levelsInOrder(levels: readonly LevelPickerLevel[]): LevelPickerLevel[] {
  return [...levels].sort((a, b) => a.ordinal - b.ordinal);
}
