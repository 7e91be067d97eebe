import type { AssessmentTriangleProps, TriangleDimension, TriangleDomain } from './AssessmentTriangle.tsx';

/**
 * The states an AssessmentTriangle can be in, as data: one source for the stories, the all-states screenshot
 * and the unit tests (the GOV.UK Frontend "examples" pattern). The domains and dimensions here are the
 * national ones from the Framework for the Assessment of Children in Need and their Families (DH 2000); the
 * stories use each area's own labels from @levelwise/frameworks.
 */
export interface AssessmentTriangleExample {
  name: string;
  description: string;
  props: AssessmentTriangleProps;
}

export const DH_2000_DOMAINS: readonly TriangleDomain[] = [
  { id: 'child-development', label: "Child's developmental needs" },
  { id: 'parenting-capacity', label: 'Parenting capacity' },
  { id: 'family-environment', label: 'Family and environmental factors' },
];

const dim = (domainId: string, labels: string[]): TriangleDimension[] =>
  labels.map((label) => ({
    id: label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    label,
    domainId,
  }));

export const DH_2000_DIMENSIONS: readonly TriangleDimension[] = [
  ...dim('child-development', [
    'Health',
    'Education',
    'Emotional and behavioural development',
    'Identity',
    'Family and social relationships',
    'Social presentation',
    'Self-care skills',
  ]),
  ...dim('parenting-capacity', [
    'Basic care',
    'Ensuring safety',
    'Emotional warmth',
    'Stimulation',
    'Guidance and boundaries',
    'Stability',
  ]),
  ...dim('family-environment', [
    'Family history and functioning',
    'Wider family',
    'Housing',
    'Employment',
    'Income',
    "Family's social integration",
    'Community resources',
  ]),
];

/** Evidence counts for a fictional case; "ensuring-safety" has more concerns than pips, to show the overflow. */
export const TRIANGLE_EXAMPLE_EVIDENCE = {
  health: { concerns: 2, strengths: 1 },
  'basic-care': { concerns: 3, strengths: 0 },
  'emotional-warmth': { concerns: 0, strengths: 2 },
  stability: { concerns: 1, strengths: 0 },
  housing: { concerns: 1, strengths: 0 },
  income: { concerns: 1, strengths: 0 },
  'wider-family': { concerns: 0, strengths: 1 },
  'ensuring-safety': { concerns: 6, strengths: 0 },
} as const;

const base = {
  domains: DH_2000_DOMAINS,
  dimensions: DH_2000_DIMENSIONS,
  label: 'The assessment triangle',
} satisfies AssessmentTriangleProps;

export const assessmentTriangleExamples: readonly AssessmentTriangleExample[] = [
  { name: 'empty', description: 'Nothing chosen, no evidence shown', props: { ...base } },
  {
    name: 'evidence-selected',
    description: 'Evidence counts on every dimension; one dimension chosen (its side is drawn thick)',
    props: { ...base, evidence: TRIANGLE_EXAMPLE_EVIDENCE, defaultValue: 'basic-care' },
  },
  {
    name: 'extra-group',
    description: 'A grouping that is not a side of the triangle, in the band outside it',
    props: {
      ...base,
      domains: [
        ...DH_2000_DOMAINS,
        {
          id: 'extra-familial',
          label: 'Extra-familial harm',
          side: 'outside',
          description: 'Harm outside the home: not a side of the triangle, so shown beside it.',
        },
      ],
      dimensions: [
        ...DH_2000_DIMENSIONS,
        { id: 'exploitation', label: 'Exploitation and harm outside the home', domainId: 'extra-familial' },
      ],
    },
  },
  {
    name: 'list',
    description: 'Always plain lists (view="list"), with evidence',
    props: { ...base, view: 'list', evidence: TRIANGLE_EXAMPLE_EVIDENCE, defaultValue: 'housing' },
  },
  {
    name: 'read-only',
    description: 'Read-only: headed lists of dimensions, nothing to choose',
    props: { ...base, mode: 'read-only', evidence: TRIANGLE_EXAMPLE_EVIDENCE },
  },
  {
    name: 'disabled',
    description: 'Disabled: shown but not operable',
    props: { ...base, disabled: true, defaultValue: 'health' },
  },
];
