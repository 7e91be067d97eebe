export {
  type FeedbackIndicator,
  FeedbackPanel,
  type FeedbackPanelProps,
  type FeedbackPart,
  type FeedbackWarning,
} from './FeedbackPanel.tsx';
export {
  compareLevels,
  formatPercent,
  formatPoints,
  type LevelRef,
  levelPhrase,
  VERDICT_WORDS,
  type Verdict,
  verdictFor,
} from './feedback-text.ts';
