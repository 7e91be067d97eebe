/** Pure wording for feedback: verdicts, points and level comparisons, so they are tested once and read the same everywhere. */

export type Verdict = 'correct' | 'partly-correct' | 'incorrect';

export interface LevelRef {
  ordinal: number;
  name: string;
}

export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  correct: 'Correct',
  'partly-correct': 'Partly correct',
  incorrect: 'Not correct',
};

/** A verdict from a fraction of the points: all of them, some, or none. */
export function verdictFor(fraction: number): Verdict {
  if (!Number.isFinite(fraction) || fraction <= 0) return 'incorrect';
  if (fraction >= 0.999) return 'correct';
  return 'partly-correct';
}

/** "7.5 of 10 points" with at most one decimal place. */
export function formatPoints(points: number, maxPoints: number): string {
  const f = (n: number) => (Math.round(n * 10) / 10).toString();
  return `${f(points)} of ${f(maxPoints)} point${maxPoints === 1 ? '' : 's'}`;
}

/** A whole percentage, clamped to 0–100. */
export function formatPercent(fraction: number): string {
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
}

/** "level 3 (Complex)". */
export function levelPhrase(level: LevelRef): string {
  return `level ${level.ordinal} (${level.name})`;
}

/** How the learner's level compares with the expected band, in words. */
export function compareLevels(chosen: LevelRef | undefined, expected: readonly LevelRef[]): string {
  if (expected.length === 0) return '';
  const ordinals = expected.map((l) => l.ordinal);
  const low = Math.min(...ordinals);
  const high = Math.max(...ordinals);
  const expectedText =
    expected.length === 1
      ? levelPhrase(expected[0]!)
      : `${expected.map(levelPhrase).join(' or ')} (either is defensible)`;
  if (!chosen) return `The matrix points to ${expectedText}.`;
  if (chosen.ordinal >= low && chosen.ordinal <= high)
    return `You chose ${levelPhrase(chosen)}: the matrix points to ${expectedText}.`;
  const gap = chosen.ordinal < low ? low - chosen.ordinal : chosen.ordinal - high;
  const direction = chosen.ordinal < low ? 'lower' : 'higher';
  return `You chose ${levelPhrase(chosen)}, ${gap === 1 ? 'one level' : `${gap} levels`} ${direction} than the matrix: it points to ${expectedText}.`;
}
