import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createTimer,
  elapsed,
  remaining,
  resetTimer,
  type TimerState,
  toggleTimer,
} from './workshop-timer.ts';

export interface WorkshopTimer {
  /** Milliseconds left; negative in overtime. */
  remainingMs: number;
  elapsedMs: number;
  running: boolean;
  durationMs: number;
  toggle(): void;
  reset(durationMs?: number): void;
}

/**
 * The discussion timer: the pure state of workshop-timer.ts, re-rendered every 250 ms while it runs (timers are
 * the app's business, never the machine's). `now` is injectable for tests.
 */
export function useWorkshopTimer(initialMinutes: number, now: () => number = Date.now): WorkshopTimer {
  const [state, setState] = useState<TimerState>(() => createTimer(initialMinutes * 60_000));
  const [, setTick] = useState(0);
  const nowRef = useRef(now);
  nowRef.current = now;
  useEffect(() => {
    if (state.runningSince === null) return;
    const id = setInterval(() => setTick((t) => t + 1), 250);
    return () => clearInterval(id);
  }, [state.runningSince]);
  const toggle = useCallback(() => setState((s) => toggleTimer(s, nowRef.current())), []);
  const reset = useCallback((durationMs?: number) => setState((s) => resetTimer(s, durationMs)), []);
  const t = nowRef.current();
  return {
    remainingMs: remaining(state, t),
    elapsedMs: elapsed(state, t),
    running: state.runningSince !== null,
    durationMs: state.durationMs,
    toggle,
    reset,
  };
}
