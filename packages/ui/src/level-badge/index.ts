export {
  DEFAULT_EMPHASIS_LABELS,
  describeLevel,
  isValidOrdinal,
  LevelBadge,
  type LevelBadgeEmphasis,
  type LevelBadgeProps,
  type LevelBadgeSize,
  type LevelOrdinal,
} from './LevelBadge.tsx';
export { type LevelBadgeExample, levelBadgeExamples } from './level-badge.examples.ts';
