export {
  DEFAULT_RESPONSE_PICKER_LEGEND,
  ResponsePicker,
  type ResponsePickerProps,
} from './ResponsePicker.tsx';
export {
  deadlineWords,
  EMERGENCY_WORD,
  type FrontDoorLike,
  frontDoorPhrase,
  type ResponseOption,
  referralRoute,
  responseOptionProblems,
  responseOptionsFromFrontDoor,
  STANDARD_RESPONSE_KINDS,
  type StandardResponseKind,
  type StandardResponseOptionsInput,
  standardResponseOptions,
} from './response-options.ts';
export {
  type ResponsePickerExample,
  responsePickerExamples,
  sandwellResponseOptions,
  telfordResponseOptions,
} from './response-picker.examples.ts';
