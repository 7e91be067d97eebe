import { describe, expect, it } from 'vitest';
import { scoreSummaryExamples } from './score-summary.examples.ts';
import {
  type ConfidenceAnswer,
  calibrationReading,
  calibrationRows,
  calibrationSummary,
  fractionOf,
  passResult,
  percentOf,
  pointsText,
  totalPoints,
  verdictForFraction,
} from './score-summary-logic.ts';

const answers = (spec: Array<[1 | 2 | 3 | 4 | 5, number, number]>): ConfidenceAnswer[] =>
  spec.flatMap(([confidence, right, wrong]) => [
    ...Array.from({ length: right }, () => ({ confidence, correct: true })),
    ...Array.from({ length: wrong }, () => ({ confidence, correct: false })),
  ]);

describe('arithmetic', () => {
  it('never divides by zero and clamps to 0–1', () => {
    expect(fractionOf(3, 4)).toBe(0.75);
    expect(fractionOf(3, 0)).toBe(0);
    expect(fractionOf(5, 4)).toBe(1);
    expect(fractionOf(Number.NaN, 4)).toBe(0);
  });
  it('rounds percentages and points for display', () => {
    expect(percentOf(0.825)).toBe(83);
    expect(percentOf(1.2)).toBe(100);
    expect(pointsText(7.25, 10)).toBe('7.3 of 10 points');
    expect(pointsText(1, 1)).toBe('1 of 1 point');
  });
  it('sums points over rows', () => {
    expect(
      totalPoints([
        { points: 4, maxPoints: 5 },
        { points: 2.5, maxPoints: 5 },
      ]),
    ).toEqual({ points: 6.5, maxPoints: 10 });
    expect(totalPoints([])).toEqual({ points: 0, maxPoints: 0 });
  });
  it('gives a verdict from the share of points', () => {
    expect(verdictForFraction(1)).toBe('correct');
    expect(verdictForFraction(0.5)).toBe('partly-correct');
    expect(verdictForFraction(0)).toBe('incorrect');
  });
});

describe('passResult', () => {
  it('passes at exactly the pass mark as shown on screen', () => {
    expect(passResult(0.8, 0.8)).toEqual({
      passed: true,
      heading: 'You passed',
      statement: 'You scored 80%. The pass mark is 80%.',
    });
    // 79.6% is shown as 80%, so it passes: the words never contradict the number.
    expect(passResult(0.796, 0.8).passed).toBe(true);
  });
  it('says how far short a fail is', () => {
    expect(passResult(0.62, 0.8)).toEqual({
      passed: false,
      heading: 'You have not passed yet',
      statement: 'You scored 62%. The pass mark is 80%: 18 percentage points more are needed.',
    });
    expect(passResult(0.79, 0.8).statement).toContain('1 percentage point more');
    expect(passResult(0.825, 0.8, undefined, '33 of 40 points').statement).toBe(
      'You scored 83% (33 of 40 points). The pass mark is 80%.',
    );
  });
  it('lets the host fail an attempt above the mark (an unsafe answer) and says why', () => {
    const result = passResult(0.85, 0.8, false);
    expect(result.passed).toBe(false);
    expect(result.statement).toBe(
      'You scored 85%. The pass mark is 80%, but an unsafe answer means this attempt does not pass.',
    );
  });
});

describe('calibration', () => {
  it('counts answers and right answers for each rating 1–5', () => {
    const rows = calibrationRows(
      answers([
        [5, 4, 1],
        [3, 1, 1],
        [1, 0, 2],
      ]),
    );
    expect(rows.map((r) => [r.confidence, r.answered, r.correct])).toEqual([
      [1, 2, 0],
      [2, 0, 0],
      [3, 2, 1],
      [4, 0, 0],
      [5, 5, 4],
    ]);
  });
  it('reads each row in plain English', () => {
    const rows = calibrationRows(
      answers([
        [5, 4, 1],
        [3, 1, 0],
      ]),
    );
    expect(rows[4]?.reading).toBe('When you were very confident you were right 4 times out of 5.');
    expect(rows[2]?.reading).toBe('When you were moderately confident you were right 1 time out of 1.');
    expect(rows[1]?.reading).toBe('You did not choose “slightly confident” for any answer.');
    expect(calibrationReading('Custom', 2, 0)).toBe('When you were custom you were right 0 times out of 2.');
  });
  it('uses custom labels', () => {
    expect(calibrationRows([], ['a', 'b', 'c', 'd', 'Sure'])[4]?.label).toBe('Sure');
  });
  it('summarises over- and under-confidence', () => {
    expect(calibrationSummary(calibrationRows([]))).toBe('No confidence ratings were recorded.');
    expect(calibrationSummary(calibrationRows(answers([[5, 1, 2]])))).toMatch(
      /^Take care: you were often wrong when you felt sure/,
    );
    expect(
      calibrationSummary(
        calibrationRows(
          answers([
            [1, 2, 0],
            [5, 2, 0],
          ]),
        ),
      ),
    ).toMatch(/^You were usually right even when unsure/);
    expect(
      calibrationSummary(
        calibrationRows(
          answers([
            [5, 4, 1],
            [2, 1, 1],
          ]),
        ),
      ),
    ).toBe('Your confidence broadly matched how often you were right.');
  });
});

describe('scoreSummaryExamples', () => {
  it('have unique names, three domains each, and include a pass, a fail and an unsafe answer', () => {
    const names = scoreSummaryExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const example of scoreSummaryExamples) expect(example.props.domains).toHaveLength(3);
    const outcomes = scoreSummaryExamples.map(
      (e) =>
        passResult(
          fractionOf(totalPoints(e.props.vignettes).points, totalPoints(e.props.vignettes).maxPoints),
          e.props.passMark,
          e.props.passed,
        ).passed,
    );
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
    expect(scoreSummaryExamples.some((e) => e.props.vignettes.some((v) => v.unsafe))).toBe(true);
  });
});
