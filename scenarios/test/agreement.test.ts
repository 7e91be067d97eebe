import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeKappa, pairwiseAgreement, summariseAgreement } from '../src/agreement.ts';

describe("Fleiss' kappa and agreement", () => {
  it("reproduces Fleiss' worked example (10 subjects, 14 raters, 5 categories: kappa 0.210)", () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const s = summariseAgreement(table);
    expect(s.percentAgreement).toBeCloseTo(0.378, 3);
    expect(s.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(s.fleissKappa).toBeCloseTo(0.21, 3);
    expect(describeKappa(s.fleissKappa)).toBe('fair');
  });

  it('is 1 for unanimous rounds spread over categories, undefined when everyone always agrees on one level', () => {
    expect(
      summariseAgreement([
        [5, 0, 0, 0],
        [0, 0, 5, 0],
      ]).fleissKappa,
    ).toBeCloseTo(1, 10);
    expect(
      summariseAgreement([
        [5, 0, 0, 0],
        [3, 0, 0, 0],
      ]).fleissKappa,
    ).toBeNull();
    expect(summariseAgreement([[1, 0, 0, 0]])).toEqual({
      itemsRated: 0,
      percentAgreement: null,
      fleissKappa: null,
      expectedAgreement: null,
    });
  });

  it('gives pairwise agreement per item and refuses impossible counts', () => {
    expect(pairwiseAgreement([2, 2, 0, 0])).toBeCloseTo(4 / 12, 10);
    expect(pairwiseAgreement([1, 0, 0, 0])).toBeNull();
    expect(() => pairwiseAgreement([1, -1, 0, 0])).toThrow(/non-negative integers/);
    expect(() => summariseAgreement([[0.5, 2, 0, 0]])).toThrow(/non-negative integers/);
  });

  it('keeps agreement in [0, 1] and kappa at most 1 for any votes', () => {
    const round = fc.array(fc.nat({ max: 12 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 8 }), (rounds) => {
        const s = summariseAgreement(rounds);
        if (s.percentAgreement !== null) {
          expect(s.percentAgreement).toBeGreaterThanOrEqual(0);
          expect(s.percentAgreement).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (s.fleissKappa !== null) expect(s.fleissKappa).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
