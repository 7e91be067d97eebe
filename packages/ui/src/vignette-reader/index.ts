export { VignetteReader, type VignetteReaderProps } from './VignetteReader.tsx';
export {
  ELLIS_CONTENT_NOTE,
  ellisStages,
  ioanaStages,
  type VignetteReaderExample,
  vignetteReaderExamples,
} from './vignette-reader.examples.ts';
export {
  clampStageIndex,
  groupParagraphs,
  highlightKey,
  practitionerSentence,
  stageAnnouncement,
  stageHeading,
  stageWordCount,
  type VignetteSentence,
  type VignetteStage,
  vignetteProblems,
} from './vignette-text.ts';
