/**
 * Reading the seed documents to check that curated rules and concept fragments are traceable.
 *
 * Node-only (uses `node:fs`): tests and tooling import it, the package entry point does not, so nothing here
 * reaches a browser bundle.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseText } from '../extract/normalise.ts';
import type { SourceRef } from './schema.ts';

/**
 * The folder holding the five seed files: `LEVELWISE_SEEDS` if set, otherwise `../shared/seeds` beside the
 * checkout (the repository root is four levels up from this file's folder, `packages/frameworks/src/rules`).
 */
export function seedsDir(): string {
  const fromEnv = process.env.LEVELWISE_SEEDS;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return resolve(fromEnv);
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '../../../..', '../shared/seeds');
}

const cache = new Map<string, readonly string[]>();

/** The physical lines of a seed file (index 0 is line 1), split on `\n` exactly as `sed -n` counts them. */
export function seedLines(file: string): readonly string[] {
  const path = resolve(seedsDir(), file);
  const cached = cache.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read seed file ${path} (${(error as Error).message}). Set LEVELWISE_SEEDS to the seeds folder.`,
    );
  }
  const lines = text.split('\n');
  // A trailing newline produces one empty element that is not a line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  cache.set(path, lines);
  return lines;
}

/** The raw text of lines `start..end` (1-based, inclusive), joined by `\n`. */
export function seedSpan(file: string, start: number, end: number): string {
  const lines = seedLines(file);
  if (start < 1 || end > lines.length || end < start) {
    throw new RangeError(`${file}: lines ${start}–${end} are outside the file (1–${lines.length})`);
  }
  return lines.slice(start - 1, end).join('\n');
}

/**
 * Why a ref does not hold, or `null` when its quote occurs (after `normaliseText` on both sides) within its
 * recorded lines. `where` names the record and field for the message.
 */
export function checkRef(ref: SourceRef, where: string): string | null {
  const lines = seedLines(ref.file);
  if (ref.start < 1 || ref.end > lines.length || ref.end < ref.start) {
    return `${where}: ${ref.file}:${ref.start}-${ref.end} is outside the file (1-${lines.length})`;
  }
  const haystack = normaliseText(seedSpan(ref.file, ref.start, ref.end));
  const needle = normaliseText(ref.quote);
  if (needle === '') return `${where}: quote is empty after normalisation`;
  if (haystack.includes(needle)) return null;
  const hint = findQuoteLines(ref.file, ref.quote);
  const elsewhere =
    hint.length > 0 ? ` (it does occur at line(s) ${hint.join(', ')})` : ' (nor anywhere else in the file)';
  return `${where}: quote not found in ${ref.file}:${ref.start}-${ref.end}${elsewhere}: "${ref.quote.slice(0, 120)}"`;
}

/** The single lines of a seed file whose normalised text contains the normalised quote. */
export function findQuoteLines(file: string, quote: string): number[] {
  const needle = normaliseText(quote);
  const found: number[] = [];
  seedLines(file).forEach((line, index) => {
    if (normaliseText(line).includes(needle)) found.push(index + 1);
  });
  return found;
}
