/** Test helpers for the runtime and the LMS harness: strict LMS wrapper, fault injection, fake window, manual clock. */
export {
  createCrossOriginWindow,
  createFakeWindow,
  createFrameChain,
  type FakeDocument,
  type FakeWindow,
  MemoryStorage,
} from './fake-window.ts';
export {
  type Fault,
  type FaultPlan,
  type FaultyApi,
  withScorm12Faults,
  withScorm2004Faults,
} from './fault-injection.ts';
export { createManualClock, type ManualClock } from './manual-clock.ts';
export {
  createStrictScorm12Lms,
  createStrictScorm2004Lms,
  type RecordedCall,
  type StrictLms,
  type StrictLmsOptions,
  type StrictRule,
  type StrictViolation,
} from './strict-lms.ts';
