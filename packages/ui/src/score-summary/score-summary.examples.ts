import type { ScoreSummaryProps } from './ScoreSummary.tsx';
import type { ConfidenceAnswer } from './score-summary-logic.ts';

/**
 * The states a ScoreSummary can be in, as data (the GOV.UK Frontend "examples" pattern): one source for the
 * stories, the all-states screenshot and the unit tests. Level names are Telford & Wrekin's, from
 * shared/seeds/README.md; the case titles are the course's own fictional vignettes.
 */
export interface ScoreSummaryExample {
  name: string;
  description: string;
  props: ScoreSummaryProps;
}

const L = {
  1: { ordinal: 1, name: 'Universal' },
  2: { ordinal: 2, name: 'Vulnerable' },
  3: { ordinal: 3, name: 'Complex' },
  4: { ordinal: 4, name: 'Acute' },
} as const;

/** Three sides of the Assessment Framework triangle. */
export const TRIANGLE_DOMAIN_LABELS = {
  child: 'Child’s developmental needs',
  parenting: 'Parenting capacity',
  family: 'Family and environmental factors',
} as const;

function answers(spec: Array<[1 | 2 | 3 | 4 | 5, number, number]>): ConfidenceAnswer[] {
  return spec.flatMap(([confidence, right, wrong]) => [
    ...Array.from({ length: right }, () => ({ confidence, correct: true })),
    ...Array.from({ length: wrong }, () => ({ confidence, correct: false })),
  ]);
}

export const scoreSummaryExamples: readonly ScoreSummaryExample[] = [
  {
    name: 'passed',
    description: 'Passed, with well-calibrated confidence',
    props: {
      id: 'score-passed',
      passMark: 0.8,
      vignettes: [
        {
          id: 'amara',
          title: 'Amara, 7 weeks: the six-week visit',
          chosenLevel: L[3],
          expectedLevels: [L[3]],
          points: 10,
          maxPoints: 10,
        },
        {
          id: 'ioana',
          title: 'Ioana, 14: a young carer at the drop-in',
          chosenLevel: L[2],
          expectedLevels: [L[2], L[3]],
          points: 9,
          maxPoints: 10,
        },
        {
          id: 'ellis',
          title: 'Ellis, 4: the repairs visit',
          chosenLevel: L[4],
          expectedLevels: [L[4]],
          points: 8,
          maxPoints: 10,
        },
        {
          id: 'dev',
          title: 'Dev, 9: after-school club',
          chosenLevel: L[2],
          expectedLevels: [L[1]],
          points: 6,
          maxPoints: 10,
        },
      ],
      domains: [
        { id: 'child', label: TRIANGLE_DOMAIN_LABELS.child, points: 11, maxPoints: 12 },
        { id: 'parenting', label: TRIANGLE_DOMAIN_LABELS.parenting, points: 9, maxPoints: 12 },
        { id: 'family', label: TRIANGLE_DOMAIN_LABELS.family, points: 7, maxPoints: 10 },
      ],
      confidence: answers([
        [5, 4, 1],
        [4, 3, 1],
        [3, 2, 1],
        [2, 1, 1],
      ]),
    },
  },
  {
    name: 'not-passed-unsafe',
    description: 'Not passed: one case under-called significant harm, over-confident',
    props: {
      id: 'score-unsafe',
      passMark: 0.8,
      vignettes: [
        {
          id: 'amara',
          title: 'Amara, 7 weeks: the six-week visit',
          chosenLevel: L[2],
          expectedLevels: [L[3]],
          points: 5,
          maxPoints: 10,
        },
        {
          id: 'ellis',
          title: 'Ellis, 4: the repairs visit',
          chosenLevel: L[2],
          expectedLevels: [L[4]],
          points: 2,
          maxPoints: 10,
          unsafe: true,
        },
        {
          id: 'ioana',
          title: 'Ioana, 14: a young carer at the drop-in',
          chosenLevel: null,
          expectedLevels: [L[2], L[3]],
          points: 0,
          maxPoints: 10,
        },
      ],
      domains: [
        { id: 'child', label: TRIANGLE_DOMAIN_LABELS.child, points: 4, maxPoints: 9 },
        { id: 'parenting', label: TRIANGLE_DOMAIN_LABELS.parenting, points: 2, maxPoints: 9 },
        { id: 'family', label: TRIANGLE_DOMAIN_LABELS.family, points: 1, maxPoints: 12 },
      ],
      confidence: answers([
        [5, 1, 3],
        [4, 1, 1],
      ]),
    },
  },
  {
    name: 'host-fails-unsafe',
    description:
      'Above the pass mark, but the course fails an attempt with an unsafe answer; no confidence table',
    props: {
      id: 'score-host-fail',
      passMark: 0.7,
      passed: false,
      vignettes: [
        {
          id: 'amara',
          title: 'Amara, 7 weeks: the six-week visit',
          chosenLevel: L[3],
          expectedLevels: [L[3]],
          points: 10,
          maxPoints: 10,
        },
        {
          id: 'ellis',
          title: 'Ellis, 4: the repairs visit',
          chosenLevel: L[3],
          expectedLevels: [L[4]],
          points: 6,
          maxPoints: 10,
          unsafe: true,
        },
      ],
      domains: [
        { id: 'child', label: TRIANGLE_DOMAIN_LABELS.child, points: 6, maxPoints: 6 },
        { id: 'parenting', label: TRIANGLE_DOMAIN_LABELS.parenting, points: 5, maxPoints: 7 },
        { id: 'family', label: TRIANGLE_DOMAIN_LABELS.family, points: 5, maxPoints: 7 },
      ],
    },
  },
];
