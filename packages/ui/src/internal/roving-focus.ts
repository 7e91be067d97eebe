import type { KeyboardEvent } from 'react';

/**
 * Keyboard model of a radio group (WAI-ARIA APG): arrow keys move and select, Home/End jump to the ends.
 * Returns the index to move to for a key, or undefined when the key is not a navigation key.
 * `orientation` limits arrows to one axis when a component needs the other axis for something else.
 */
export function nextIndexForKey(
  key: string,
  current: number,
  count: number,
  {
    orientation = 'both',
    loop = true,
  }: { orientation?: 'horizontal' | 'vertical' | 'both'; loop?: boolean } = {},
): number | undefined {
  if (count <= 0) return undefined;
  const forward =
    (orientation !== 'vertical' && key === 'ArrowRight') ||
    (orientation !== 'horizontal' && key === 'ArrowDown');
  const backward =
    (orientation !== 'vertical' && key === 'ArrowLeft') ||
    (orientation !== 'horizontal' && key === 'ArrowUp');
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (forward) return current + 1 < count ? current + 1 : loop ? 0 : count - 1;
  if (backward) return current - 1 >= 0 ? current - 1 : loop ? count - 1 : 0;
  return undefined;
}

/** Handles a keydown for a roving-tabindex group: prevents scrolling and calls `onMove` with the new index. */
export function handleRovingKeyDown(
  event: KeyboardEvent,
  current: number,
  count: number,
  onMove: (index: number) => void,
  options?: Parameters<typeof nextIndexForKey>[3],
) {
  const next = nextIndexForKey(event.key, current, count, options);
  if (next === undefined) return;
  event.preventDefault();
  onMove(next);
}
