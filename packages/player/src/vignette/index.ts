export {
  type VignetteCompletion,
  type VignetteDecision,
  VignettePlayer,
  type VignettePlayerProps,
  type VignetteResume,
} from './VignettePlayer.tsx';
export {
  CONSENT_OPTIONS,
  childAgeWords,
  EVIDENCE_DOMAINS,
  MARKS_PER_STAGE,
  narrativeSentences,
  readerStages,
  STAGE_STEPS,
  stageFeedbackProps,
  stepIndicator,
  vignetteProgress,
} from './vignette-view-model.ts';
