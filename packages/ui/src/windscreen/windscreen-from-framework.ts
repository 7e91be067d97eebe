import type { LevelOrdinal } from '../level-badge/LevelBadge.tsx';
import type { WindscreenLevel } from './WindscreenContinuum.tsx';

/** The part of a @levelwise/frameworks level record the windscreen needs (structural, so no runtime import). */
export interface FrameworkLevelLike {
  ordinal: number;
  localName: string;
  definitions?: ReadonlyArray<{ quote: string }>;
}

/** The first sentence of a definition, cleaned of markup, cut at a word boundary near `maxLength`. */
export function shortDescription(text: string, maxLength = 140): string {
  const clean = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = clean.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? clean;
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** Windscreen levels from an area's level records: local names and a one-sentence description each. */
export function windscreenLevelsFromFramework(
  levels: readonly FrameworkLevelLike[],
  maxLength?: number,
): WindscreenLevel[] {
  return [...levels]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((level) => {
      const definition = level.definitions?.[0]?.quote;
      return {
        ordinal: level.ordinal as LevelOrdinal,
        name: level.localName,
        ...(definition ? { description: shortDescription(definition, maxLength) } : {}),
      };
    });
}
