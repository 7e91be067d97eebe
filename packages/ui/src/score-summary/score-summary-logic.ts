/** Pure arithmetic and wording for the results page, so each sum and sentence is tested once. */

export interface ScoreLevelRef {
  ordinal: number;
  name: string;
}

export type ScoreVerdict = 'correct' | 'partly-correct' | 'incorrect';

export const SCORE_VERDICT_WORDS: Readonly<Record<ScoreVerdict, string>> = {
  correct: 'Correct',
  'partly-correct': 'Partly correct',
  incorrect: 'Not correct',
};

/** A point on the five-point confidence scale, 1 (not at all confident) to 5 (very confident). */
export type ConfidenceRating = 1 | 2 | 3 | 4 | 5;

/** The same words as the ConfidenceScale, lowest first. */
export const DEFAULT_CONFIDENCE_WORDS: readonly [string, string, string, string, string] = [
  'Not at all confident',
  'Slightly confident',
  'Moderately confident',
  'Fairly confident',
  'Very confident',
];

export interface ConfidenceAnswer {
  confidence: ConfidenceRating;
  correct: boolean;
}

export interface CalibrationRow {
  confidence: ConfidenceRating;
  label: string;
  answered: number;
  correct: number;
  /** "When you were very confident you were right 4 times out of 5." */
  reading: string;
}

/** points / maxPoints, 0 when there is nothing to score (never NaN). */
export function fractionOf(points: number, maxPoints: number): number {
  if (!Number.isFinite(points) || !Number.isFinite(maxPoints) || maxPoints <= 0) return 0;
  return Math.min(1, Math.max(0, points / maxPoints));
}

/** A whole percentage, clamped to 0–100: `0.825` → 83. */
export function percentOf(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}

/** "7.5 of 10 points", at most one decimal place. */
export function pointsText(points: number, maxPoints: number): string {
  const f = (n: number) => (Math.round(n * 10) / 10).toString();
  return `${f(points)} of ${f(maxPoints)} point${maxPoints === 1 ? '' : 's'}`;
}

/** The verdict for a share of the points: all, some or none. */
export function verdictForFraction(fraction: number): ScoreVerdict {
  if (!Number.isFinite(fraction) || fraction <= 0) return 'incorrect';
  if (fraction >= 0.999) return 'correct';
  return 'partly-correct';
}

/** Sum of points and of maximum points over rows. */
export function totalPoints(rows: readonly { points: number; maxPoints: number }[]): {
  points: number;
  maxPoints: number;
} {
  return rows.reduce(
    (sum, row) => ({ points: sum.points + row.points, maxPoints: sum.maxPoints + row.maxPoints }),
    {
      points: 0,
      maxPoints: 0,
    },
  );
}

/**
 * Pass or fail against the pass mark (a fraction, e.g. 0.8), with the sentence that says so.
 * The percentage compared is the one shown (rounded), so the words never contradict the number on screen.
 * `passed` lets the host (the scoring package) decide, e.g. when an unsafe answer fails the attempt.
 */
export function passResult(
  fraction: number,
  passMark: number,
  passed?: boolean,
  /** Shown in brackets after the score, e.g. "33 of 40 points". */
  detail?: string,
): { passed: boolean; heading: string; statement: string } {
  const score = `${percentOf(fraction)}%${detail ? ` (${detail})` : ''}`;
  const scoreNumber = percentOf(fraction);
  const mark = percentOf(passMark);
  const didPass = passed ?? scoreNumber >= mark;
  if (didPass)
    return {
      passed: true,
      heading: 'You passed',
      statement: `You scored ${score}. The pass mark is ${mark}%.`,
    };
  const short = mark - scoreNumber;
  return {
    passed: false,
    heading: 'You have not passed yet',
    statement:
      short > 0
        ? `You scored ${score}. The pass mark is ${mark}%: ${short} percentage point${short === 1 ? '' : 's'} more are needed.`
        : `You scored ${score}. The pass mark is ${mark}%, but an unsafe answer means this attempt does not pass.`,
  };
}

function timesText(n: number): string {
  return `${n} time${n === 1 ? '' : 's'}`;
}

/** "When you were very confident you were right 4 times out of 5." or "You did not choose very confident." */
export function calibrationReading(label: string, answered: number, correct: number): string {
  const words = label.charAt(0).toLowerCase() + label.slice(1);
  if (answered === 0) return `You did not choose “${words}” for any answer.`;
  return `When you were ${words} you were right ${timesText(correct)} out of ${answered}.`;
}

/** One row per confidence rating 1–5: how many answers, how many right, and the plain-English reading. */
export function calibrationRows(
  answers: readonly ConfidenceAnswer[],
  labels: readonly string[] = DEFAULT_CONFIDENCE_WORDS,
): CalibrationRow[] {
  return ([1, 2, 3, 4, 5] as const).map((confidence) => {
    const at = answers.filter((a) => a.confidence === confidence);
    const correct = at.filter((a) => a.correct).length;
    const label = labels[confidence - 1] ?? `${confidence} out of 5`;
    return {
      confidence,
      label,
      answered: at.length,
      correct,
      reading: calibrationReading(label, at.length, correct),
    };
  });
}

/**
 * One sentence on calibration as a whole: a warning when confident answers (4–5) were often wrong,
 * reassurance when unsure answers (1–2) were mostly right, otherwise that confidence matched accuracy.
 * Needs at least two answers in a group before it says anything about that group.
 */
export function calibrationSummary(rows: readonly CalibrationRow[]): string {
  const group = (from: number, to: number) =>
    rows
      .filter((r) => r.confidence >= from && r.confidence <= to)
      .reduce((s, r) => ({ answered: s.answered + r.answered, correct: s.correct + r.correct }), {
        answered: 0,
        correct: 0,
      });
  const total = group(1, 5);
  if (total.answered === 0) return 'No confidence ratings were recorded.';
  const sure = group(4, 5);
  const unsure = group(1, 2);
  if (sure.answered >= 2 && sure.correct / sure.answered < 0.6)
    return 'Take care: you were often wrong when you felt sure. Check the matrix even when a case feels clear.';
  if (unsure.answered >= 2 && unsure.correct / unsure.answered >= 0.8)
    return 'You were usually right even when unsure: trust your reading of the matrix a little more.';
  return 'Your confidence broadly matched how often you were right.';
}
