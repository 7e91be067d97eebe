import { useCallback, useRef, useState } from 'react';

/**
 * The value/defaultValue/onValueChange trio behind every stateful Levelwise component (React Aria and Radix
 * do the same): controlled when `value` is given, uncontrolled otherwise. Switching between the two during
 * a component's life is a bug in the host app, so it is reported once in development.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onValueChange,
  name,
}: {
  value: T | undefined;
  defaultValue: T;
  onValueChange: ((value: T) => void) | undefined;
  /** The component's name, for the development warning. */
  name: string;
}): [T, (next: T) => void] {
  const isControlled = value !== undefined;
  const wasControlled = useRef(isControlled);
  const warned = useRef(false);
  if (wasControlled.current !== isControlled && !warned.current && process.env.NODE_ENV !== 'production') {
    warned.current = true;
    console.warn(
      `${name} changed from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
        isControlled ? 'controlled' : 'uncontrolled'
      }. Pass \`value\` for the whole life of the component, or never (use \`defaultValue\`).`,
    );
  }
  const [internal, setInternal] = useState<T>(defaultValue);
  const current = isControlled ? (value as T) : internal;
  const onChangeRef = useRef(onValueChange);
  onChangeRef.current = onValueChange;
  const currentRef = useRef(current);
  currentRef.current = current;
  const setValue = useCallback(
    (next: T) => {
      if (Object.is(next, currentRef.current)) return;
      if (!isControlled) setInternal(next);
      onChangeRef.current?.(next);
    },
    [isControlled],
  );
  return [current, setValue];
}
