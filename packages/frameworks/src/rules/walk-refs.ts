/** Finding every `SourceRef` inside a record, with the path that names it in error messages. */
import type { SourceRef } from './schema.ts';

export interface LocatedRef {
  path: string;
  ref: SourceRef;
}

function isSourceRef(value: unknown): value is SourceRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.file === 'string' &&
    typeof v.start === 'number' &&
    typeof v.end === 'number' &&
    typeof v.quote === 'string'
  );
}

/** Every SourceRef reachable from `value`, depth first, with a path such as `levels[2].definitions[0]`. */
export function collectRefs(value: unknown, path = ''): LocatedRef[] {
  if (isSourceRef(value)) return [{ path, ref: value }];
  if (Array.isArray(value)) return value.flatMap((entry, index) => collectRefs(entry, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) =>
      collectRefs(entry, path === '' ? key : `${path}.${key}`),
    );
  }
  return [];
}
