import { useId } from 'react';

/**
 * Deterministic ids for a component's parts: derived from the host's `id` prop when given (stable across
 * renders, servers and screenshots), otherwise from React's useId (stable for a given tree).
 * `part('legend')` → `lw-windscreen-:r1:-legend` or `${id}-legend`.
 */
export function useIds(component: string, id?: string) {
  const reactId = useId();
  const base = id ?? `lw-${component}-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return { base, part: (name: string) => `${base}-${name}` };
}
