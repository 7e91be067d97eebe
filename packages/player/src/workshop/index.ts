/**
 * @levelwise/player/workshop: the trainer's presenter view for case-vignette workshops (WorkshopPlayer), and the
 * pure session logic behind it (exports, catalogue filters, saved sessions, shortcuts, timer). See README.md.
 */

export {
  isTypingTarget,
  PRESENTER_SHORTCUTS,
  type PresenterCommand,
  presenterCommand,
  type ShortcutHelp,
} from './presenter-keys.ts';
export { childAgeWords, readerStages, splitSentences } from './reader-stages.ts';
export {
  AGE_BAND_WORDS,
  buildCatalogue,
  type CatalogueFilter,
  type CatalogueItem,
  catalogueFacets,
  describeCatalogueCount,
  describeStageBands,
  filterCatalogue,
  machineCatalogue,
  NO_CATALOGUE_FILTER,
  themeWords,
} from './session-catalogue.ts';
export {
  buildSessionExport,
  CSV_COLUMNS,
  csvField,
  csvKappa,
  csvPercent,
  exportFileName,
  neutraliseFormula,
  roundKey,
  type SessionExportInput,
  sessionToCsv,
  sessionToJson,
} from './session-export.ts';
export {
  type DecodeSavedResult,
  decodeSavedWorkshop,
  encodeSavedWorkshop,
  type SavedWorkshop,
} from './session-storage.ts';
export type {
  GroupVote,
  VotingMode,
  WorkshopExportedFile,
  WorkshopPlayerProps,
  WorkshopRoundExport,
  WorkshopSessionExport,
  WorkshopStorage,
} from './types.ts';
export {
  type DistributionBar,
  describeKeyBand,
  describeWithinKey,
  distributionBars,
  kappaWords,
  parseHandCount,
  percentWords,
  resizeGroupVotes,
  tallyGroupVotes,
} from './vote-distribution.ts';
export { WorkshopPlayer } from './WorkshopPlayer.tsx';
export { type AreaKeys, areaKeys, keyedIndicatorIds } from './workshop-keys.ts';
export { createTimer, describeClock, formatClock, type TimerState } from './workshop-timer.ts';
