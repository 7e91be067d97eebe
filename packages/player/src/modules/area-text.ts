import type { Framework } from '@levelwise/frameworks';

/**
 * Small text helpers the four learning modules share: clean a quote for display, cite where it is printed,
 * and name the area's levels. Everything here is pure and reads only the `Framework` passed in.
 */

export type AreaRules = Framework['rules'];
export type AreaLevel = AreaRules['levels'][number];
export type SourceRef = AreaLevel['nameRef'];
export type LevelOrdinal = 1 | 2 | 3 | 4;

/** A quote as a learner reads it: markup, markdown escapes and stray spacing removed, the words unchanged. */
export function cleanQuote(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\\([*_])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "line 157" or "lines 157 to 160". */
export function describeLines(start: number, end: number): string {
  return start === end ? `line ${start}` : `lines ${start} to ${end}`;
}

/** Where a quote is printed, in words: "Telford & Wrekin threshold document, line 157". */
export function citeSource(areaName: string, ref: { start: number; end: number }): string {
  return `${areaName} threshold document, ${describeLines(ref.start, ref.end)}`;
}

/** The area's local level name for an ordinal ("Complex" for Telford 3), from its curated rules. */
export function levelNameOf(framework: Framework, ordinal: number): string {
  const level = framework.rules.levels.find((l) => l.ordinal === ordinal);
  if (!level) throw new Error(`${framework.id}: no level ${ordinal} in its rules (levels are 1 to 4).`);
  return level.localName;
}

/** "level 3, Complex". */
export function levelPhrase(framework: Framework, ordinal: number): string {
  return `level ${ordinal}, ${levelNameOf(framework, ordinal)}`;
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
