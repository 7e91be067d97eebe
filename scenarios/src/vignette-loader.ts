import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Vignette, vignetteSchema } from './vignette.schema.ts';

/** One problem in one vignette file, located to a line and a field. */
export interface VignetteIssue {
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The field path, e.g. `stages[1].facts[0].keys.sandwell`; empty for the whole document. */
  field: string;
  message: string;
}

export type PathSegment = string | number;

/** Finds the line and column of a field path in a parsed YAML file. */
export type Locator = (path: readonly PathSegment[]) => { line: number; column: number };

export interface LoadedVignette {
  file: string;
  vignette: Vignette;
  locate: Locator;
}

export type LoadResult = { ok: true; loaded: LoadedVignette } | { ok: false; issues: VignetteIssue[] };

export function formatField(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function formatIssue(issue: VignetteIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.field ? `${where}: ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

function makeLocator(contents: Node | null, lineCounter: LineCounter): Locator {
  return (path) => {
    let node: Node | null = contents;
    let offset = node?.range?.[0] ?? 0;
    for (const segment of path) {
      if (node && isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        // Point at the key: for nested maps and lists the value starts on the next line.
        const key = pair.key as Node;
        offset = key.range?.[0] ?? offset;
        node = (pair.value as Node | null) ?? null;
      } else if (node && isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

function zodIssueToVignetteIssue(file: string, locate: Locator, issue: z.core.$ZodIssue): VignetteIssue {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  let message = issue.message;
  let fieldPath = path;
  if (issue.code === 'unrecognized_keys') {
    // Point at the first unknown key itself rather than at its parent object.
    const first = issue.keys[0];
    if (first !== undefined) fieldPath = [...path, first];
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = `missing required field (expected ${issue.expected})`;
  } else if (issue.code === 'invalid_union') {
    message = `${issue.message}: ${describeUnionErrors(issue.errors)}`;
  }
  const { line, column } = locate(fieldPath);
  return { file, line, column, field: formatField(fieldPath), message };
}

function describeUnionErrors(errors: z.core.$ZodIssue[][]): string {
  const alternatives = errors.map((group) =>
    group
      .map(
        (e) =>
          `${formatField(e.path.filter((p): p is PathSegment => typeof p !== 'symbol')) || 'value'} ${e.message}`,
      )
      .join('; '),
  );
  return `none of the accepted forms fits (${alternatives.join(' | ')})`;
}

/** Parses and structurally validates one vignette's YAML text. Never throws on bad input. */
export function parseVignetteSource(text: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          field: '',
          message: `YAML syntax: ${error.message.split('\n')[0]}`,
        };
      }),
    };
  }
  const locate = makeLocator(doc.contents, lineCounter);
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      issues: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          message: 'a vignette file must be a YAML mapping (key: value)',
        },
      ],
    };
  }
  const parsed = vignetteSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => zodIssueToVignetteIssue(file, locate, issue));
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, issues };
  }
  return { ok: true, loaded: { file, vignette: parsed.data, locate } };
}
