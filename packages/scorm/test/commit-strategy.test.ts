import { describe, expect, it } from 'vitest';
import { levelDecision } from '../src/learner-decisions.ts';
import type { SessionStatus } from '../src/save-status.ts';
import { createHarness, sent, startSession, stored } from './helpers.ts';

const levels = ['universal', 'early-help', 'targeted', 'specialist'] as const;
const decision = (n: number) =>
  levelDecision({ vignetteId: `tw-${n}`, levels, chosen: 'targeted', expected: 'targeted' });

describe('commit strategy', () => {
  it('debounces: a burst of decisions and a state save produce one Commit, after the quiet period', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    h.session.recordInteraction(decision(1));
    await h.clock.advance(400);
    h.session.recordInteraction(decision(2));
    h.session.saveState('after-2');
    await h.clock.advance(999);
    expect(h.strict.count('Commit')).toBe(0);
    expect(h.session.status.save).toBe('pending');
    await h.clock.advance(1);
    expect(h.strict.count('Commit')).toBe(1);
    expect(h.session.status.save).toBe('saved');
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toContain('after-2');
  });

  it('sends suspend_data once per commit, not once per save', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    for (let n = 0; n < 5; n += 1) h.session.saveState(`state-${n}`);
    await h.clock.advance(1000);
    expect(
      h.strict.calls.filter((call) => call.method === 'LMSSetValue' && call.args[0] === 'cmi.suspend_data'),
    ).toHaveLength(1);
    expect(sent(h.strict, 'cmi.suspend_data')).toMatch(/~state-4$/);
  });

  it('does not re-send a value the LMS already accepted in this session', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    h.session.setObjective({ id: 'domain-a', completion: 'incomplete', score: { scaled: 0.5 } });
    h.session.setObjective({ id: 'domain-a', completion: 'incomplete', score: { scaled: 0.75 } });
    const writes = h.strict.calls.filter((call) => call.method === 'SetValue').map((call) => call.args[0]);
    expect(writes.filter((element) => element === 'cmi.objectives.0.completion_status')).toHaveLength(1);
    expect(writes.filter((element) => element === 'cmi.objectives.0.score.scaled')).toHaveLength(2);
    expect(writes.filter((element) => element === 'cmi.objectives.0.score.max')).toHaveLength(1);
  });

  it('commits at once when the page becomes hidden, and not when nothing changed', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    await h.clock.advance(1000);
    expect(h.strict.count('LMSCommit')).toBe(1);
    h.win.setVisibility('hidden');
    expect(h.strict.count('LMSCommit')).toBe(1);
    h.win.setVisibility('visible');
    h.session.recordInteraction(decision(1));
    h.win.setVisibility('hidden');
    expect(h.strict.count('LMSCommit')).toBe(2);
    expect(h.clock.pending()).toBe(0);
  });

  it('on pagehide writes pending state, exit and session time, then Terminates without a Commit', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    h.session.recordInteraction(decision(1));
    h.session.saveState('mid-vignette');
    const before = h.strict.calls.length;
    h.win.hidePage();
    const during = h.strict.calls
      .slice(before)
      .filter((call) => !/GetLastError|GetErrorString|GetDiagnostic/.test(call.method));
    expect(during.map((call) => (call.method === 'SetValue' ? call.args[0] : call.method))).toEqual([
      'cmi.suspend_data',
      'cmi.exit',
      'cmi.session_time',
      'Terminate',
    ]);
    expect(stored(h.inner, 'cmi.exit')).toBe('suspend');
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toContain('mid-vignette');
    expect(h.session.status).toMatchObject({ lifecycle: 'terminated', save: 'ended' });
  });

  it('terminates once when the course exit button and pagehide both fire', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    h.session.complete({ passed: true });
    expect(h.session.terminate().ok).toBe(true);
    h.win.hidePage();
    h.win.setVisibility('hidden');
    expect(h.strict.count('LMSFinish')).toBe(1);
    expect(h.strict.violations).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it('refuses writes after terminate without calling the LMS', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    h.session.terminate();
    const calls = h.strict.calls.length;
    const result = h.session.recordInteraction(decision(9));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'lifecycle', reason: 'terminated' } });
    expect(h.session.saveState('late')).toMatchObject({
      ok: false,
      failure: { kind: 'lifecycle', reason: 'terminated' },
    });
    expect(h.strict.calls.length).toBe(calls);
  });

  it('refuses calls before start', () => {
    const h = createHarness({ standard: '2004' });
    expect(h.session.saveState('early')).toMatchObject({
      ok: false,
      failure: { kind: 'lifecycle', reason: 'not-initialized' },
    });
    expect(h.session.terminate()).toMatchObject({
      ok: false,
      failure: { kind: 'lifecycle', call: 'Terminate' },
    });
    expect(h.strict.calls).toEqual([]);
  });

  it('reports each status change as an event with a plain-English message', async () => {
    const h = createHarness({ standard: '2004' });
    const seen: SessionStatus[] = [];
    h.session.on('status', (status) => seen.push(status));
    await startSession(h);
    await h.clock.advance(1000);
    h.session.terminate();
    expect(seen.map((status) => status.save)).toEqual(['starting', 'saved', 'pending', 'saved', 'ended']);
    expect(seen.at(-1)?.message).toBe('Your session has ended and your progress is saved.');
  });

  it('keeps saving when a UI listener throws', async () => {
    const h = createHarness({ standard: '2004' });
    h.session.on('status', () => {
      throw new Error('UI bug');
    });
    const original = console.error;
    console.error = () => {};
    try {
      await startSession(h);
      h.session.saveState('x');
      await h.clock.advance(1000);
    } finally {
      console.error = original;
    }
    expect(h.strict.count('Commit')).toBe(1);
  });

  it('start() is idempotent: one discovery, one Initialize', async () => {
    const h = createHarness({ standard: '1.2' });
    const [a, b] = await Promise.all([h.session.start(), h.session.start()]);
    expect(a).toBe(b);
    expect(h.strict.count('LMSInitialize')).toBe(1);
  });
});
