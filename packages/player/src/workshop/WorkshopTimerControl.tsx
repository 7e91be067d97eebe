import { useId } from 'react';
import { KeyHint } from './KeyHint.tsx';
import type { WorkshopTimer } from './use-workshop-timer.ts';
import { describeClock, formatClock, TIMER_PRESETS_MINUTES } from './workshop-timer.ts';

/** The discussion timer in the presenter bar: the clock (role timer, not announced each second) and its controls. */
export function WorkshopTimerControl({ timer }: { timer: WorkshopTimer }) {
  const id = useId();
  const over = timer.remainingMs < 0;
  return (
    <div
      className="lw-workshop__timer"
      data-state={timer.running ? 'running' : 'paused'}
      data-overtime={over}
    >
      <span
        role="timer"
        className="lw-workshop__clock"
        aria-label={`Timer: ${describeClock(timer.remainingMs)}`}
      >
        {formatClock(timer.remainingMs)}
        {over ? <span className="lw-workshop__tag">Over</span> : null}
      </span>
      <button
        aria-keyshortcuts="T"
        type="button"
        className="lw-workshop__button lw-workshop__button--quiet"
        onClick={timer.toggle}
      >
        {timer.running ? 'Pause timer' : 'Start timer'}
      </button>
      <KeyHint keys="T" />
      <button
        type="button"
        className="lw-workshop__button lw-workshop__button--quiet"
        onClick={() => timer.reset()}
      >
        Reset
      </button>
      <label htmlFor={`${id}-length`} className="lw-visually-hidden">
        Timer length
      </label>
      <select
        id={`${id}-length`}
        className="lw-workshop__select lw-workshop__select--small"
        value={Math.round(timer.durationMs / 60_000)}
        onChange={(e) => timer.reset(Number(e.currentTarget.value) * 60_000)}
      >
        {TIMER_PRESETS_MINUTES.map((m) => (
          <option key={m} value={m}>
            {m} min
          </option>
        ))}
      </select>
    </div>
  );
}
