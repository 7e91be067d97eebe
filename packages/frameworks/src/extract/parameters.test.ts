import { describe, expect, it } from 'vitest';
import { extractParameters } from './parameters.ts';

const strip = (text: string) =>
  extractParameters(text).map((p) => {
    expect(text.slice(p.offset, p.offset + p.match.length)).toBe(p.match);
    const { match: _m, offset: _o, ...rest } = p;
    return rest;
  });

describe('extractParameters: attendance', () => {
  it('reads Telford phase-specific lower bounds', () => {
    expect(
      strip(
        'Good attendance at school (95% or above for secondary pupils and 96% or above for primary)/college',
      ),
    ).toEqual([
      { kind: 'attendance-pct', min: 95, minInclusive: true, maxInclusive: false, phase: 'secondary' },
      { kind: 'attendance-pct', min: 96, minInclusive: true, maxInclusive: false, phase: 'primary' },
    ]);
  });
  it('reads upper bounds and Dudley ranges', () => {
    expect(strip('punctuality issues, attendance below 90%.')).toEqual([
      { kind: 'attendance-pct', max: 90, minInclusive: false, maxInclusive: false },
    ]);
    expect(strip('my attendance is between 70-91%. An attendance Plan (AP) is in place')).toEqual([
      { kind: 'attendance-pct', min: 70, max: 91, minInclusive: true, maxInclusive: true },
    ]);
    expect(strip('my attendance is less than 50%.')).toEqual([
      { kind: 'attendance-pct', max: 50, minInclusive: false, maxInclusive: false },
    ]);
  });
  it('ignores percentages that are not about attendance', () => {
    expect(strip('occurring in one studying 52% of abused children')).toEqual([]);
  });
});

describe('extractParameters: ages', () => {
  it('distinguishes "13 and under" (≤) from "under 13" (<)', () => {
    expect(strip('Child 13 and under who is sexually active.')).toEqual([
      { kind: 'age', op: '<=', value: 13 },
    ]);
    expect(strip('Child under 13 years old engaging in sexual activity')).toEqual([
      { kind: 'age', op: '<', value: 13 },
    ]);
    expect(strip('Sexual activity under 13')).toEqual([{ kind: 'age', op: '<', value: 13 }]);
  });
  it('reads ranges, plus-forms, "over" and "post"', () => {
    expect(strip('Early onset of sexual activity (13-14); sexually active young person (15+)')).toEqual([
      { kind: 'age', op: 'range', value: 13, max: 14 },
      { kind: 'age', op: '>=', value: 15 },
    ]);
    expect(strip('Homeless child in need of accommodation including 16-17 year olds.')).toEqual([
      { kind: 'age', op: 'range', value: 16, max: 17 },
    ]);
    expect(strip('the child if they are aged 13+ and have capacity')).toEqual([
      { kind: 'age', op: '>=', value: 13 },
    ]);
    expect(strip('if the child is over 13 years old')).toEqual([{ kind: 'age', op: '>', value: 13 }]);
    expect(strip('No participation in education, employment or training post 16 years')).toEqual([
      { kind: 'age', op: '>=', value: 16 },
    ]);
    expect(strip('Pregnant under 17 years of age')).toEqual([{ kind: 'age', op: '<', value: 17 }]);
  });
  it('does not read ages out of attendance percentages or non-age numbers', () => {
    expect(strip('attendance is between 91-100%')).toEqual([
      { kind: 'attendance-pct', min: 91, max: 100, minInclusive: true, maxInclusive: true },
    ]);
    expect(strip("Health Visitors for under 5's")).toEqual([]);
    expect(strip('Review every 6-12 weeks')).toEqual([]);
  });
});

describe('extractParameters: gestation, incidents, risk grades', () => {
  it('reads gestation weeks with or without the apostrophe', () => {
    expect(strip('an unborn child (of at least 12 weeks gestation) may be exposed')).toEqual([
      { kind: 'gestation-weeks', min: 12 },
    ]);
    expect(strip("(of at least 16 weeks' gestation)")).toEqual([{ kind: 'gestation-weeks', min: 16 }]);
  });
  it('reads incident counts with operators and number words', () => {
    expect(strip('Incidents of missing from home (less than 3 incidents in 90 days)')).toEqual([
      { kind: 'incident-count', op: '<', n: 3, windowDays: 90 },
    ]);
    expect(strip('(three or more incidents in 90 days)')).toEqual([
      { kind: 'incident-count', op: '>=', n: 3, windowDays: 90 },
    ]);
  });
  it('reads graded risk with its subject, and ignores "high risk" used as an adjective', () => {
    expect(strip('Domestic abuse where the harm to the victim is assessed as standard/medium risk')).toEqual([
      { kind: 'risk-grade', grades: ['standard', 'medium'], subject: 'domestic-abuse' },
    ]);
    expect(strip('victim of Domestic Abuse is assessed as high level risk')).toEqual([
      { kind: 'risk-grade', grades: ['high'], subject: 'domestic-abuse' },
    ]);
    expect(strip('Medium risk of child exploitation and parents lack willingness')).toEqual([
      { kind: 'risk-grade', grades: ['medium'], subject: 'exploitation' },
    ]);
    expect(strip('Adult victim of Domestic Abuse is assessed as high-level risk and the child')).toEqual([
      { kind: 'risk-grade', grades: ['high'], subject: 'domestic-abuse' },
    ]);
    expect(strip('Mental health needs resulting in high risk self-harming behaviours')).toEqual([]);
    expect(strip('Persistent and high-risk substance misuse')).toEqual([]);
  });
});
