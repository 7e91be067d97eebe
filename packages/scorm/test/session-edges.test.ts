import { describe, expect, it } from 'vitest';
import { describeFailure, ScormInputError } from '../src/failures.ts';
import { levelDecision } from '../src/learner-decisions.ts';
import { localBackupKey } from '../src/local-backup.ts';
import type { StateRejection } from '../src/reconcile.ts';
import { createScormSession } from '../src/scorm-session.ts';
import { createFakeWindow, MemoryStorage } from '../src/testing/fake-window.ts';
import { createHarness, startSession, stored } from './helpers.ts';

describe('session edge cases', () => {
  it('rejects bad options at creation, naming the option', () => {
    expect(() => createScormSession({ courseId: '', passMark: 0.8 })).toThrow(ScormInputError);
    expect(() => createScormSession({ courseId: 'c', passMark: 80 })).toThrow(
      /passMark: 80 is not a fraction/,
    );
    expect(() => createScormSession({ courseId: 'c', passMark: 0 })).toThrow(/passMark/);
  });

  it('a pagehide while the LMS is still being looked for ends the session once it is found', async () => {
    const h = createHarness({ standard: '2004', faults: { initialize: 'return-false', times: 1 } });
    const started = h.session.start();
    h.win.hidePage();
    await h.clock.advance(500);
    const launch = await started;
    expect(launch.mode).toBe('lms-2004');
    expect(h.strict.count('Initialize')).toBe(1);
    expect(h.strict.count('Terminate')).toBe(1);
    expect(h.session.status.lifecycle).toBe('terminated');
    expect(h.errors.filter((failure) => failure.kind === 'lifecycle')).toEqual([]);
  });

  it('Terminate failing leaves the status at-risk and is not retried', async () => {
    const h = createHarness({ standard: '2004', faults: { terminate: 'return-false' } });
    await startSession(h);
    const result = h.session.terminate();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'lms-error', call: 'Terminate', code: 111 } });
    expect(h.session.status).toMatchObject({ lifecycle: 'terminated', save: 'at-risk' });
    expect(h.session.terminate().ok).toBe(true);
    h.win.hidePage();
    expect(h.errors.filter((failure) => failure.kind === 'lms-error')).toHaveLength(1);
  });

  it('1.2 resume: appends interactions after the LMS count, keeps the LMS status', async () => {
    const h = createHarness({
      standard: '1.2',
      seed: {
        core: { entry: 'resume', lesson_status: 'incomplete' },
        interactions: {
          '0': { id: 'tw-01-level', type: 'choice', student_response: 'a', result: 'correct' },
        },
      },
    });
    await startSession(h);
    expect(
      h.session.recordInteraction(levelDecision({ vignetteId: 'tw-02', levels: ['a', 'b'], chosen: 'b' })).ok,
    ).toBe(true);
    expect(stored(h.inner, 'cmi.interactions.1.id')).toBe('tw-02-level');
    expect(
      h.strict.calls.some(
        (call) => call.method === 'LMSSetValue' && call.args[0] === 'cmi.core.lesson_status',
      ),
    ).toBe(false);
    expect(h.strict.violations).toEqual([]);
  });

  it('a corrupt browser backup is reported and ignored', async () => {
    const storage = new MemoryStorage();
    storage.setItem(localBackupKey('levelwise-telford-wrekin', 'L-5'), '{not json');
    const h = createHarness({ standard: '2004', storage, seed: { learner_id: 'L-5' } });
    const rejections: StateRejection[] = [];
    h.session.on('state-rejected', (rejection) => rejections.push(rejection));
    const launch = await startSession(h);
    expect(launch.restored).toBeNull();
    expect(rejections).toEqual([{ source: 'local', reason: expect.stringContaining('is not JSON') }]);
  });

  it('storage that throws on access (sandboxed frame) means no backup, said plainly in standalone', async () => {
    const win = createFakeWindow();
    Object.defineProperty(win, 'localStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
    const session = createScormSession({
      courseId: 'c',
      passMark: 0.8,
      window: win,
      discovery: { retries: 0 },
    });
    const launch = await session.start();
    expect(launch.mode).toBe('standalone');
    expect(session.status.save).toBe('not-saved');
    expect(session.saveState('v2:x')).toMatchObject({
      ok: false,
      failure: { kind: 'storage', operation: 'write' },
    });
  });

  it('invalid interactions are refused with the field named, in standalone too', async () => {
    const session = createScormSession({
      courseId: 'c',
      passMark: 0.8,
      window: createFakeWindow(),
      storage: new MemoryStorage(),
      discovery: { retries: 0 },
    });
    await session.start();
    const result = session.recordInteraction({
      id: 'q',
      type: 'choice',
      options: ['a'],
      response: ['b'],
      result: 'correct',
    });
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'invalid-input', field: 'interaction "q".response[0]' },
    });
  });

  it('standalone: complete() marks the browser copy finished and claims nothing was tracked', async () => {
    const storage = new MemoryStorage();
    const session = createScormSession({
      courseId: 'c',
      passMark: 0.8,
      window: createFakeWindow(),
      storage,
      discovery: { retries: 0 },
    });
    await session.start();
    session.saveState('v2:all');
    session.setScore({ scaled: 0.9 });
    expect(session.complete()).toEqual({ result: { ok: true, tracked: false }, passed: true });
    expect(JSON.parse(storage.getItem(localBackupKey('c', null, false))!)).toMatchObject({ finished: true });
  });

  it('describes failures in one line for logs', () => {
    expect(
      describeFailure({
        kind: 'lms-error',
        standard: '2004',
        call: 'SetValue',
        element: 'cmi.location',
        code: 351,
        meaning: 'General set failure',
        lmsErrorString: '',
        diagnostic: 'too long',
      }),
    ).toBe('SetValue(cmi.location) failed with SCORM 2004 error 351: General set failure (too long)');
    expect(
      describeFailure({ kind: 'state-too-large', standard: '1.2', length: 5000, limit: 4096 }),
    ).toContain('above the SCORM 1.2 limit of 4096');
    expect(
      describeFailure({
        kind: 'commit-failed',
        attempt: 2,
        willRetry: true,
        cause: { kind: 'api-threw', standard: '1.2', call: 'Commit', message: 'x' },
      }),
    ).toBe('Commit attempt 2 failed, retrying: Commit threw: x');
  });

  it('complete() without a score and without passed records completion only', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    expect(h.session.complete().passed).toBeNull();
    expect(stored(h.inner, 'cmi.success_status')).toBe('unknown');
    expect(stored(h.inner, 'cmi.completion_status')).toBe('completed');
    // completing commits at once
    expect(h.strict.count('Commit')).toBe(1);
  });
});
