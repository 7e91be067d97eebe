/**
 * Small constructors that keep the curated area files readable: every quote is written once, next to the line
 * numbers it comes from.
 */
import type { CitedText, ListItem, SourceRef } from './schema.ts';

export interface RefBuilder {
  /** A quote from one line. */
  at(line: number, quote: string): SourceRef;
  /** A quote spanning lines `start..end`. */
  span(start: number, end: number, quote: string): SourceRef;
  /** Verbatim text and its ref (one line). */
  cite(line: number, text: string): CitedText;
  /** A list item (one line), optionally with nested sub-items. */
  item(line: number, text: string, subItems?: CitedText[]): ListItem;
  /** Consecutive one-line list items starting at `firstLine`, one per line. */
  items(firstLine: number, texts: readonly string[]): ListItem[];
}

export function refsIn(file: string): RefBuilder {
  const span = (start: number, end: number, quote: string): SourceRef => ({ file, start, end, quote });
  const at = (line: number, quote: string): SourceRef => span(line, line, quote);
  const cite = (line: number, text: string): CitedText => ({ text, ref: at(line, text) });
  const item = (line: number, text: string, subItems?: CitedText[]): ListItem =>
    subItems === undefined ? { text, ref: at(line, text) } : { text, ref: at(line, text), subItems };
  const items = (firstLine: number, texts: readonly string[]): ListItem[] =>
    texts.map((text, index) => item(firstLine + index, text));
  return { at, span, cite, item, items };
}
