export {
  type ScoreDomain,
  ScoreSummary,
  type ScoreSummaryProps,
  type ScoreVignette,
} from './ScoreSummary.tsx';
export {
  type ScoreSummaryExample,
  scoreSummaryExamples,
  TRIANGLE_DOMAIN_LABELS,
} from './score-summary.examples.ts';
export {
  type CalibrationRow,
  type ConfidenceAnswer,
  type ConfidenceRating,
  calibrationReading,
  calibrationRows,
  calibrationSummary,
  DEFAULT_CONFIDENCE_WORDS,
  fractionOf,
  passResult,
  percentOf,
  pointsText,
  SCORE_VERDICT_WORDS,
  type ScoreLevelRef,
  type ScoreVerdict,
  totalPoints,
  verdictForFraction,
} from './score-summary-logic.ts';
