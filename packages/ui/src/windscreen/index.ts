export {
  WindscreenContinuum,
  type WindscreenContinuumProps,
  type WindscreenLevel,
} from './WindscreenContinuum.tsx';
export { windscreenLevelsFromFramework } from './windscreen-from-framework.ts';
export {
  bandWidthPercent,
  describeMovement,
  nextOrdinalForKey,
  type StepDirection,
  stepDirection,
} from './windscreen-geometry.ts';
