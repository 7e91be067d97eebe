import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameworkLookup } from './framework-lookup.ts';
import { frameworksLookup } from './frameworks-adapter.ts';
import { withPendingIndicators } from './pending-indicators.ts';
import { validateVignette } from './validate-vignette.ts';
import type { Vignette } from './vignette.schema.ts';
import {
  type LoadedVignette,
  type LoadResult,
  parseVignetteSource,
  type VignetteIssue,
} from './vignette-loader.ts';

/**
 * Node-only helpers (file system): loading vignette files and the shipped catalogue. Browser code
 * parses vignette text with parseVignetteSource (the course bundles the YAML at build time).
 */

/** scenarios/vignettes, where the shipped vignettes live. */
export const VIGNETTES_DIR = fileURLToPath(new URL('../vignettes/', import.meta.url));

export function listVignetteFiles(dir: string = VIGNETTES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The lookup a vignette is validated and keyed against: the real frameworks data, plus the pending
 * indicators for a draft. Injected in tests.
 */
export type LookupFor = (vignette: Vignette) => FrameworkLookup;

export const defaultLookupFor: LookupFor = (vignette) =>
  vignette.draft ? withPendingIndicators(frameworksLookup()) : frameworksLookup();

export interface CheckedFile {
  file: string;
  loaded: LoadedVignette | null;
  issues: VignetteIssue[];
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Loads and fully validates files; also checks that the file name matches the id. */
export function checkVignetteFiles(
  files: readonly string[],
  lookupFor: LookupFor = defaultLookupFor,
): CheckedFile[] {
  const seenIds = new Map<string, string>();
  return files.map((path) => {
    const file = displayPath(resolve(path));
    const result = loadVignetteFile(path, file);
    if (!result.ok) return { file, loaded: null, issues: result.issues };
    const { loaded } = result;
    const issues = validateVignette(loaded, lookupFor(loaded.vignette));
    const id = loaded.vignette.id;
    const stem = basename(path).replace(/\.ya?ml$/, '');
    if (stem !== id) {
      const { line, column } = loaded.locate(['id']);
      issues.unshift({
        file,
        line,
        column,
        field: 'id',
        message: `the id \`${id}\` must match the file name (${stem})`,
      });
    }
    const other = seenIds.get(id);
    if (other) {
      const { line, column } = loaded.locate(['id']);
      issues.unshift({
        file,
        line,
        column,
        field: 'id',
        message: `the id \`${id}\` is also used by ${other}`,
      });
    }
    seenIds.set(id, file);
    return { file, loaded, issues };
  });
}

/** Reads a vignette file from disk; an unreadable file is an issue, not an exception. */
export function loadVignetteFile(path: string, displayName: string = path): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ file: displayName, line: 1, column: 1, field: '', message: `cannot read file: ${reason}` }],
    };
  }
  return parseVignetteSource(text, displayName);
}
