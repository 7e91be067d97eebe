import { type RefObject, useEffect, useRef } from 'react';

/**
 * Moves focus to a heading (which must have tabIndex={-1}) whenever `screenKey` changes, so keyboard and
 * screen-reader users start each new screen at its heading. With `onMount`, the first render moves focus too
 * (for a screen that replaces another inside a host, such as a vignette opened from the course). With
 * `when: false` a change is recorded without moving focus.
 *
 * The effect runs after the children's effects, so this wins over components that focus their own parts on
 * mount (FeedbackPanel, VignetteReader): the player decides where focus goes.
 */
export function useHeadingFocus<T extends HTMLElement = HTMLHeadingElement>(
  screenKey: string,
  { onMount = false, when = true }: { onMount?: boolean; when?: boolean } = {},
): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const first = previous.current === null;
    const changed = previous.current !== screenKey;
    previous.current = screenKey;
    // `when: false`: the screen changed but something inside it takes focus itself (a case opening).
    if (!changed || !when || (first && !onMount)) return;
    ref.current?.focus({ preventScroll: false });
  }, [screenKey, onMount, when]);
  return ref;
}
