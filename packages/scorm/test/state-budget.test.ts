import { describe, expect, it } from 'vitest';
import { maxEnvelopeOverhead } from '../src/scorm-session.ts';
import { encodeEnvelope, envelopeOverhead } from '../src/state-envelope.ts';
import { createHarness, sent, startSession, stored } from './helpers.ts';

describe('suspend_data size budget', () => {
  it('1.2: a record at the budget is sent and stays within 4096 characters', async () => {
    const h = createHarness({ standard: '1.2' });
    const launch = await startSession(h);
    expect(h.session.saveState('x'.repeat(launch.stateBudget))).toEqual({ ok: true, tracked: true });
    await h.clock.advance(1000);
    const value = sent(h.strict, 'cmi.suspend_data')!;
    expect(value.length).toBeLessThanOrEqual(4096);
    expect(h.strict.violations).toEqual([]);
  });

  it('1.2: never above 4096 even though scorm-again accepts 64000; clear error, kept in the browser, at-risk', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    h.session.saveState('small');
    await h.clock.advance(1000);
    const result = h.session.saveState('y'.repeat(4090));
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'state-too-large', standard: '1.2', limit: 4096 },
    });
    if (!result.ok && result.failure.kind === 'state-too-large')
      expect(result.failure.length).toBeGreaterThan(4096);
    expect(h.errors.at(-1)?.kind).toBe('state-too-large');
    expect(h.session.status.save).toBe('at-risk');
    await h.clock.advance(5000);
    h.session.terminate();
    // the LMS keeps the last record that fitted; the browser has the big one
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toMatch(/~small$/);
    expect(
      h.strict.calls.every(
        (call) =>
          !(
            call.method === 'LMSSetValue' &&
            call.args[0] === 'cmi.suspend_data' &&
            call.args[1]!.length > 4096
          ),
      ),
    ).toBe(true);
    const [record] = [...h.storage.items.values()];
    expect(JSON.parse(record!).envelope).toContain('y'.repeat(4090));
    expect(h.session.status.save).toBe('at-risk');
  });

  it('1.2: after an over-budget save, a smaller one is sent and the status recovers', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    h.session.saveState('z'.repeat(5000));
    expect(h.session.status.save).toBe('at-risk');
    h.session.saveState('compact');
    await h.clock.advance(1000);
    expect(h.session.status.save).toBe('saved');
    expect(sent(h.strict, 'cmi.suspend_data')).toMatch(/~compact$/);
  });

  it('completing after an over-budget save keeps the newest record in the browser, marked finished', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    h.session.saveState('fits');
    h.session.saveState('w'.repeat(5000));
    h.session.complete({ passed: true });
    const [record] = [...h.storage.items.values()];
    expect(JSON.parse(record!)).toMatchObject({
      finished: true,
      envelope: expect.stringContaining('w'.repeat(5000)),
    });
  });

  it('2004: the 64000 limit by default, 4000 for a 2nd Edition LMS', async () => {
    const big = 'q'.repeat(10_000);
    const fourth = createHarness({ standard: '2004' });
    await startSession(fourth);
    expect(fourth.session.saveState(big).ok).toBe(true);
    expect(fourth.session.saveState('q'.repeat(64_000)).ok).toBe(false);

    const second = createHarness({
      standard: '2004',
      session: { suspendDataLimit2004: 4000 },
      suspendDataLimit: 4000,
    });
    const launch = await startSession(second);
    expect(launch.stateBudget).toBe(4000 - maxEnvelopeOverhead);
    expect(second.session.saveState(big)).toMatchObject({
      ok: false,
      failure: { kind: 'state-too-large', standard: '2004', limit: 4000 },
    });
    expect(second.strict.violations).toEqual([]);
  });

  it('2004: an LMS that refuses more than 4000 characters lowers the budget, and the rest still commits', async () => {
    const h = createHarness({ standard: '2004', suspendDataLimit: 4000 });
    const launch = await startSession(h);
    expect(h.session.stateBudget).toBe(64000 - maxEnvelopeOverhead);
    h.session.saveState('v2:fits');
    await h.clock.advance(1000);
    h.session.recordInteraction({
      id: 'q1',
      type: 'likert',
      scale: ['1', '2'],
      response: '2',
      result: 'neutral',
    });
    h.session.saveState(`v2:${'b'.repeat(6000)}`);
    await h.clock.advance(1000);
    expect(h.errors.map((failure) => failure.kind)).toEqual(['lms-error', 'state-too-large']);
    expect(h.errors[1]).toMatchObject({ standard: '2004', limit: 4000 });
    expect(h.session.stateBudget).toBe(4000 - maxEnvelopeOverhead);
    expect(launch.stateBudget).toBe(4000 - maxEnvelopeOverhead);
    expect(h.session.status.save).toBe('at-risk');
    // the interaction was committed; the LMS keeps the last record that fitted; no retry loop
    expect(stored(h.inner, 'cmi.interactions.0.id')).toBe('q1');
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toMatch(/~v2:fits$/);
    await h.clock.advance(60_000);
    expect(
      h.strict.violations.filter((violation) => violation.rule === 'suspend-data-too-long'),
    ).toHaveLength(1);
    // a record within the new budget is sent and the status recovers
    expect(h.session.saveState(`v2:${'c'.repeat(3000)}`).ok).toBe(true);
    expect(h.session.saveState(`v2:${'c'.repeat(3990)}`).ok).toBe(false);
    expect(h.session.saveState('v2:small').ok).toBe(true);
    await h.clock.advance(1000);
    expect(h.session.status.save).toBe('saved');
  });

  it('the advertised budget covers the largest envelope overhead', () => {
    expect(envelopeOverhead(Number.MAX_SAFE_INTEGER, 'x'.repeat(100))).toBeLessThanOrEqual(
      maxEnvelopeOverhead,
    );
    expect(encodeEnvelope(Number.MAX_SAFE_INTEGER, '').length).toBeLessThanOrEqual(maxEnvelopeOverhead);
  });
});
