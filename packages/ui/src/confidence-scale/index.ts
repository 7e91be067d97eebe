export {
  ConfidenceScale,
  type ConfidenceScaleLayout,
  type ConfidenceScaleProps,
  DEFAULT_CONFIDENCE_HINT,
  DEFAULT_CONFIDENCE_LEGEND,
} from './ConfidenceScale.tsx';
export { type ConfidenceScaleExample, confidenceScaleExamples } from './confidence-scale.examples.ts';
export {
  CONFIDENCE_VALUES,
  type ConfidenceLabels,
  type ConfidenceValue,
  DEFAULT_CONFIDENCE_LABELS,
  describeConfidence,
  isConfidenceValue,
} from './confidence-scale-logic.ts';
