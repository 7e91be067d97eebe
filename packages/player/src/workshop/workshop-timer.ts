/**
 * The discussion timer as a pure state: a countdown that can be started, paused and reset, and that keeps
 * counting past zero (shown as overtime) so the trainer sees how long the discussion has run over. The React
 * hook (use-workshop-timer.ts) ticks it with setInterval; nothing here reads the clock.
 */
export interface TimerState {
  /** The countdown's length in milliseconds. */
  durationMs: number;
  /** Time counted before the current run. */
  elapsedMs: number;
  /** When the current run started (clock milliseconds), or null when paused. */
  runningSince: number | null;
}

export function createTimer(durationMs: number): TimerState {
  return { durationMs, elapsedMs: 0, runningSince: null };
}

export function elapsed(state: TimerState, now: number): number {
  return state.elapsedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null
    ? state
    : { ...state, elapsedMs: elapsed(state, now), runningSince: null };
}

export function toggleTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? startTimer(state, now) : pauseTimer(state, now);
}

export function resetTimer(state: TimerState, durationMs = state.durationMs): TimerState {
  return createTimer(durationMs);
}

/** Remaining milliseconds; negative in overtime. */
export function remaining(state: TimerState, now: number): number {
  return state.durationMs - elapsed(state, now);
}

/** 125_000 → "2:05"; -5_000 → "+0:05" (overtime); whole seconds, rounded up while counting down. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const totalSeconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${over ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "2 minutes 5 seconds left", "Time is up: 5 seconds over", for the timer's accessible description. */
export function describeClock(ms: number): string {
  const over = ms < 0;
  const totalSeconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
    seconds > 0 || minutes === 0 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : '',
  ].filter(Boolean);
  if (over) return `Time is up: ${parts.join(' ')} over`;
  return totalSeconds === 0 ? 'Time is up' : `${parts.join(' ')} left`;
}

export const TIMER_PRESETS_MINUTES: readonly number[] = [1, 2, 3, 5, 10, 15];
