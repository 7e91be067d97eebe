import type { ComparisonSide } from './comparison-model.ts';
import type { MatrixFilter } from './matrix-model.ts';
import type { MatrixViewMode } from './ThresholdMatrix.tsx';

/**
 * The states a ThresholdMatrix can be in, as data (the GOV.UK Frontend "examples" pattern): one source for the
 * stories, the all-states screenshot and the unit tests. The matrix data itself comes from the host (stories use
 * the real matrices of @levelwise/frameworks; the dimension ids below are Telford & Wrekin's, whose matrix is the
 * largest); `highlight` names how many of the visible indicators to mark.
 */
export interface ThresholdMatrixExample {
  name: string;
  description: string;
  filter: Partial<MatrixFilter>;
  view?: MatrixViewMode;
  /** Mark the first n indicators the filter leaves visible as highlighted (evidence). */
  highlight?: number;
  showSources?: boolean;
}

export const thresholdMatrixExamples: readonly ThresholdMatrixExample[] = [
  {
    name: 'one-dimension',
    description: 'Filtered to one dimension: every level of one row',
    filter: { dimensionId: 'housing-employment-finance' },
    showSources: true,
  },
  {
    name: 'search',
    description: 'A search: matches marked in the text, rows without matches hidden',
    filter: { query: 'school' },
  },
  {
    name: 'highlighted',
    description: "A vignette's evidence marked in a filtered slice",
    filter: { dimensionId: 'social-community-resources' },
    highlight: 2,
  },
  {
    name: 'two-levels',
    description: 'Filtered to levels 3 and 4',
    filter: { dimensionId: 'family-social-relationships', levels: [3, 4] },
  },
  {
    name: 'list',
    description: 'The same slice as headed lists by level, for narrow screens',
    filter: { dimensionId: 'family-social-relationships' },
    view: 'list',
  },
  {
    name: 'empty',
    description: 'Nothing matches: the count says so and offers a way back',
    filter: { query: 'no indicator says this' },
  },
];

/** A comparison whose level names and wording show why levels are compared by ordinal, never by name. */
export const comparisonExample: { concept: string; entries: readonly [ComparisonSide, ComparisonSide] } = {
  concept: 'Private fostering',
  entries: [
    {
      areaName: 'Telford & Wrekin',
      level: { ordinal: 3, name: 'Complex' },
      indicators: [{ text: 'Child is privately fostered.', relation: 'identical_text' }],
    },
    {
      areaName: 'Sandwell',
      level: { ordinal: 4, name: 'Complex/ Significant Needs' },
      indicators: [{ text: 'Child is privately fostered.', relation: 'identical_text' }],
    },
  ],
};
