import type { Timers } from '../api-types.ts';

/** A clock and timers that only move when a test says so. */
export interface ManualClock {
  now(): number;
  timers: Timers;
  /** Moves time forward, running due timers in order and letting promise chains between them settle. */
  advance(ms: number): Promise<void>;
  /** Timers still waiting. */
  pending(): number;
}

interface Scheduled {
  id: number;
  due: number;
  callback: () => void;
}

function settle(): Promise<void> {
  return new Promise((resolve) => {
    globalThis.setTimeout(resolve, 0);
  });
}

export function createManualClock(start = Date.UTC(2026, 10, 22, 9, 0, 0)): ManualClock {
  let time = start;
  let nextId = 1;
  const queue: Scheduled[] = [];
  return {
    now: () => time,
    timers: {
      setTimeout(callback, ms) {
        const id = nextId++;
        queue.push({ id, due: time + Math.max(0, ms), callback });
        return id;
      },
      clearTimeout(handle) {
        const index = queue.findIndex((entry) => entry.id === handle);
        if (index >= 0) queue.splice(index, 1);
      },
    },
    async advance(ms) {
      const target = time + ms;
      await settle();
      for (;;) {
        queue.sort((a, b) => a.due - b.due || a.id - b.id);
        const next = queue[0];
        if (!next || next.due > target) break;
        queue.shift();
        time = next.due;
        next.callback();
        await settle();
      }
      time = target;
      await settle();
    },
    pending: () => queue.length,
  };
}
