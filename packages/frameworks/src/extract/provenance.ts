/**
 * Source spans: their raw text, content hash, and the check that an indicator's text really comes from them.
 */
import { createHash } from 'node:crypto';
import { normaliseText } from './normalise.ts';
import type { LineSpan } from './reader-types.ts';

/** Split a seed file into lines (index 0 = line 1). A final newline does not create an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The raw text of a span: its lines joined by `\n`, before any normalisation. */
export function spanRawText(lines: readonly string[], span: Pick<LineSpan, 'start' | 'end'>): string {
  return lines.slice(span.start - 1, span.end).join('\n');
}

/** First 16 hex digits of the SHA-256 of the span's raw text. */
export function spanHash(lines: readonly string[], span: Pick<LineSpan, 'start' | 'end'>): string {
  return sha256Hex(spanRawText(lines, span)).slice(0, 16);
}

/**
 * Cut `needle` (already normalised), at spaces, into one non-empty piece per haystack, in order, each piece
 * occurring in its haystack (also normalised); the pieces, or null when no such cut exists. One haystack: the
 * needle itself if it is a substring. This is how a bullet split across a page break (two spans) is found in
 * both of its halves.
 */
export function coverPieces(needle: string, haystacks: readonly string[]): string[] | null {
  if (haystacks.length === 0) return null;
  const [first, ...rest] = haystacks;
  if (rest.length === 0) return needle.length > 0 && first!.includes(needle) ? [needle] : null;
  for (let i = needle.indexOf(' '); i > 0; i = needle.indexOf(' ', i + 1)) {
    const head = needle.slice(0, i);
    if (!first!.includes(head)) break;
    const tail = coverPieces(needle.slice(i + 1), rest);
    if (tail) return [head, ...tail];
  }
  return null;
}

/** True when `coverPieces` finds a cut (see there). */
export function coveredInOrder(needle: string, haystacks: readonly string[]): boolean {
  return coverPieces(needle, haystacks) !== null;
}

/**
 * For a one-line span of a tab-separated row: the 0-based tab cell whose normalised text holds `piece`, when
 * exactly one does. Otherwise undefined.
 */
export function cellOf(line: string, piece: string): number | undefined {
  if (!line.includes('\t')) return undefined;
  const hits = line
    .split('\t')
    .map((cell, index) => (normaliseText(cell).includes(piece) ? index : -1))
    .filter((index) => index >= 0);
  return hits.length === 1 ? hits[0] : undefined;
}

/** The provenance check used by the pipeline and the tests: normalised text within normalised spans. */
export function textOccursInSpans(
  text: string,
  lines: readonly string[],
  spans: readonly Pick<LineSpan, 'start' | 'end'>[],
): boolean {
  return coveredInOrder(
    normaliseText(text),
    spans.map((s) => normaliseText(spanRawText(lines, s))),
  );
}
