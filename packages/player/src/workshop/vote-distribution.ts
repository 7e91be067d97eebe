import type { LevelOrdinal, VoteCounts } from '@levelwise/scenarios';
import type { GroupVote } from './types.ts';

export const LEVEL_ORDINALS: readonly LevelOrdinal[] = [1, 2, 3, 4];

/** Each group's vote counted per level (abstentions are not votes). */
export function tallyGroupVotes(groupVotes: readonly GroupVote[]): VoteCounts {
  const counts: VoteCounts = [0, 0, 0, 0];
  for (const { level } of groupVotes) if (level !== null) counts[level - 1] = (counts[level - 1] ?? 0) + 1;
  return counts;
}

/** A fresh ballot for `count` groups, keeping the votes already cast by groups that remain. */
export function resizeGroupVotes(groupVotes: readonly GroupVote[], count: number): GroupVote[] {
  const n = Math.max(1, Math.min(MAX_GROUPS, Math.trunc(count)));
  return Array.from({ length: n }, (_, i) => groupVotes[i] ?? { group: i + 1, level: null });
}

export const MAX_GROUPS = 20;
export const MAX_HANDS = 999;

/** Reads a show-of-hands count typed by the trainer: a whole number 0–999, '' as 0; otherwise null. */
export function parseHandCount(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  if (!/^\d{1,3}$/.test(t)) return null;
  return Number(t);
}

export interface DistributionBar {
  level: LevelOrdinal;
  name: string;
  count: number;
  /** 0–100, rounded to whole percent; 0 when nobody voted. */
  percent: number;
  /** Inside the answer key's band. */
  inKey: boolean;
  modal: boolean;
  /** "Level 3, Complex: 2 votes (50%), answer key". */
  text: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One bar per level with its count and share, in words too, marked against the key band. */
export function distributionBars(
  votes: VoteCounts,
  levelNames: readonly string[],
  band: readonly [LevelOrdinal, LevelOrdinal] | null,
): DistributionBar[] {
  const total = votes.reduce((a, b) => a + b, 0);
  const max = Math.max(...votes);
  return LEVEL_ORDINALS.map((level) => {
    const count = votes[level - 1] ?? 0;
    const percent = total === 0 ? 0 : Math.round((count / total) * 100);
    const inKey = band !== null && level >= band[0] && level <= band[1];
    const modal = max > 0 && count === max;
    const name = levelNames[level - 1] ?? `Level ${level}`;
    const tags = [modal ? 'most votes' : '', inKey ? 'answer key' : ''].filter(Boolean).join(', ');
    return {
      level,
      name,
      count,
      percent,
      inKey,
      modal,
      text: `Level ${level}, ${name}: ${plural(count, 'vote', 'votes')} (${percent}%)${tags ? `, ${tags}` : ''}`,
    };
  });
}

/** The distribution on the windscreen: each band's local name, with its votes as the band's description. */
export function windscreenVoteLevels(
  bars: readonly DistributionBar[],
): { ordinal: LevelOrdinal; name: string; description: string }[] {
  return bars.map((bar) => ({
    ordinal: bar.level,
    name: bar.name,
    description: `${plural(bar.count, 'vote', 'votes')} (${bar.percent}%)${bar.inKey ? ', answer key' : ''}`,
  }));
}

/** "The answer key is level 3, Complex." or "The answer key is level 3 or 4 (contested): Complex or Acute." */
export function describeKeyBand(
  band: readonly [LevelOrdinal, LevelOrdinal] | null,
  levelNames: readonly string[],
): string {
  if (!band) return 'There is no answer key for this stage.';
  const [low, high] = band;
  const name = (l: number) => levelNames[l - 1] ?? `Level ${l}`;
  if (low === high) return `The answer key is level ${low}, ${name(low)}.`;
  return `The answer key is level ${low} or ${high} (contested): ${name(low)} or ${name(high)}.`;
}

/** "7 of 12 votes (58%) were inside the answer key." */
export function describeWithinKey(
  votes: VoteCounts,
  band: readonly [LevelOrdinal, LevelOrdinal] | null,
): string {
  const total = votes.reduce((a, b) => a + b, 0);
  if (!band || total === 0) return '';
  const inside = votes.reduce((sum, v, i) => (i + 1 >= band[0] && i + 1 <= band[1] ? sum + v : sum), 0);
  return `${inside} of ${plural(total, 'vote', 'votes')} (${Math.round((inside / total) * 100)}%) ${inside === 1 ? 'was' : 'were'} inside the answer key.`;
}

/** 0.58333 → "58%"; null → "not defined". */
export function percentWords(share: number | null): string {
  return share === null ? 'not defined' : `${Math.round(share * 100)}%`;
}

/** "0.13, slight" for the screen: kappa and its reading. */
export function kappaWithReading(kappa: number | null, reading: string): string {
  return kappa === null ? 'not defined' : `${kappaWords(kappa)}, ${reading}`;
}

/** Kappa to two decimals with a true minus sign; null → "not defined". */
export function kappaWords(kappa: number | null): string {
  if (kappa === null) return 'not defined';
  const fixed = kappa.toFixed(2);
  return fixed.startsWith('-') ? `−${fixed.slice(1)}` : fixed;
}
