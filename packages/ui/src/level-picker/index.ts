export {
  DEFAULT_LEVEL_PICKER_LEGEND,
  LevelPicker,
  type LevelPickerProps,
  type LevelPickerVariant,
} from './LevelPicker.tsx';
export { exampleAreaLevels, type LevelPickerExample, levelPickerExamples } from './level-picker.examples.ts';
export { type LevelPickerLevel, levelListProblems, levelsInOrder } from './level-picker-logic.ts';
