export {
  type ComparisonIndicator,
  type ComparisonSide,
  type ComparisonState,
  comparisonState,
  describeComparisonLevels,
  describeComparisonRelation,
  describeLevelDifference,
} from './comparison-model.ts';
export {
  comparisonExample,
  type ThresholdMatrixExample,
  thresholdMatrixExamples,
} from './matrix.examples.ts';
export {
  areaNameFromPartnership,
  comparisonSideFromConcept,
  type MatrixData,
  type MatrixFromFrameworkOptions,
  type MatrixLevelSource,
  matrixFromFramework,
} from './matrix-from-framework.ts';
export {
  buildMatrixIndex,
  describeMatrixResults,
  EMPTY_MATRIX_FILTER,
  filterMatrix,
  foldText,
  formatSourceSpans,
  type MatrixDimension,
  type MatrixDomain,
  type MatrixFilter,
  type MatrixIndicator,
  type MatrixIndicatorFlags,
  type MatrixLevel,
  type MatrixSourceSpan,
  type MatrixView,
} from './matrix-model.ts';
export { ThresholdComparison, type ThresholdComparisonProps } from './ThresholdComparison.tsx';
export { type MatrixViewMode, ThresholdMatrix, type ThresholdMatrixProps } from './ThresholdMatrix.tsx';
