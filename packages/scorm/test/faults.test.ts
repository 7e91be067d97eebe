import { describe, expect, it } from 'vitest';
import type { ScormFailure } from '../src/failures.ts';
import { levelDecision } from '../src/learner-decisions.ts';
import { localBackupKey } from '../src/local-backup.ts';
import type { StateRejection } from '../src/reconcile.ts';
import { encodeEnvelope } from '../src/state-envelope.ts';
import { createFakeWindow, MemoryStorage } from '../src/testing/fake-window.ts';
import { createManualClock } from '../src/testing/manual-clock.ts';
import { createHarness, createLms, startSession, stored } from './helpers.ts';

const levels = ['universal', 'early-help', 'targeted', 'specialist'] as const;
const decision = (n: number) => levelDecision({ vignetteId: `tw-${n}`, levels, chosen: 'targeted' });

/** A course codec stand-in: records look like `v<version>:<data>`; v1 is migrated, anything else rejected. */
const validateState = (serialised: string): true | string =>
  /^v[12]:/.test(serialised) ? true : `"${serialised.slice(0, 20)}" is not a Levelwise progress record`;

function lmsErrors(errors: ScormFailure[]) {
  return errors.filter(
    (failure): failure is Extract<ScormFailure, { kind: 'lms-error' }> => failure.kind === 'lms-error',
  );
}

describe('fault injection', () => {
  it('Commit returns false: reports the SCORM code, retries with backoff, recovers', async () => {
    const h = createHarness({ standard: '2004', faults: { commit: 'return-false', times: 2 } });
    await startSession(h);
    h.session.saveState('v2:answers');
    await h.clock.advance(1000);
    expect(lmsErrors(h.errors)[0]).toMatchObject({
      call: 'Commit',
      code: 391,
      meaning: 'General commit failure',
    });
    expect(h.errors.find((failure) => failure.kind === 'commit-failed')).toMatchObject({
      attempt: 1,
      willRetry: true,
    });
    expect(h.session.status.save).toBe('retrying');
    expect(h.session.status.message).toContain('Trying again');
    await h.clock.advance(999);
    expect(h.session.status.save).toBe('retrying');
    await h.clock.advance(1); // first retry after 1 s fails again
    await h.clock.advance(2000); // second retry after 2 s succeeds
    expect(h.session.status.save).toBe('saved');
    expect(h.strict.count('Commit')).toBe(1);
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toContain('v2:answers');
  });

  it('Commit keeps returning false: the learner is told progress may not be saved; it stays in the browser', async () => {
    const h = createHarness({ standard: '1.2', faults: { commit: 'return-false' } });
    await startSession(h);
    h.session.recordInteraction(decision(1));
    h.session.saveState('v2:answers-1');
    await h.clock.advance(1000 + 1000 + 2000 + 4000 + 8000 + 16000);
    expect(h.session.status.save).toBe('at-risk');
    expect(h.session.status.message).toMatch(/may not be saved/);
    expect(h.session.status.message).toMatch(/kept in this browser/);
    expect(h.errors.filter((failure) => failure.kind === 'commit-failed')).toHaveLength(6);
    expect(lmsErrors(h.errors)[0]).toMatchObject({
      standard: '1.2',
      code: 101,
      meaning: 'General exception',
    });
    expect(h.clock.pending()).toBe(0);
    // scorm-again sends no student_id here, so the copy is under the LMS's anonymous key, not the standalone one
    expect([...h.storage.items.keys()]).toEqual(['levelwise-scorm:levelwise-telford-wrekin:lms-anonymous']);
    const local = JSON.parse(
      h.storage.getItem(localBackupKey('levelwise-telford-wrekin', null, true)) ?? 'null',
    );
    expect(local.envelope).toContain('v2:answers-1');
  });

  it('Commit throws: the exception becomes a typed error, and the retry goes through', async () => {
    const h = createHarness({ standard: '2004', faults: { commit: 'throw', times: 1 } });
    await startSession(h);
    h.session.saveState('v2:x');
    await h.clock.advance(1000);
    expect(h.errors[0]).toMatchObject({
      kind: 'api-threw',
      call: 'Commit',
      message: 'injected fault: commit threw',
    });
    expect(h.session.status.save).toBe('retrying');
    await h.clock.advance(1000);
    expect(h.session.status.save).toBe('saved');
  });

  it('Initialize fails: retried, then a labelled standalone mode that tracks nothing', async () => {
    const h = createHarness({ standard: '2004', faults: { initialize: 'return-false' } });
    const started = h.session.start();
    await h.clock.advance(2000);
    const launch = await started;
    expect(launch).toMatchObject({
      mode: 'standalone',
      standaloneReason: 'initialize-failed',
      learner: null,
    });
    const failures = lmsErrors(h.errors);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatchObject({
      call: 'Initialize',
      code: 102,
      meaning: 'General initialization failure',
    });
    expect(h.session.status).toMatchObject({ mode: 'standalone', tracked: false, save: 'browser-only' });
    expect(h.session.status.message).toContain('not connected to a learning system');
    const calls = h.strict.calls.length;
    expect(h.session.recordInteraction(decision(1))).toEqual({ ok: true, tracked: false });
    expect(h.session.saveState('v2:offline')).toEqual({ ok: true, tracked: false });
    h.session.terminate();
    expect(h.strict.calls.length).toBe(calls);
  });

  it('Initialize fails once: the retry connects', async () => {
    const h = createHarness({ standard: '1.2', faults: { initialize: 'return-false', times: 1 } });
    const started = h.session.start();
    await h.clock.advance(500);
    expect((await started).mode).toBe('lms-1.2');
    expect(h.strict.count('LMSInitialize')).toBe(1);
  });

  it('the API appears late: discovery looks again and connects', async () => {
    const clock = createManualClock();
    const top = createFakeWindow();
    const content = createFakeWindow({ parent: createFakeWindow({ parent: top }) });
    const h = createHarness({ standard: '2004', clock });
    const session = (await import('../src/scorm-session.ts')).createScormSession({
      courseId: 'c',
      passMark: 0.8,
      window: content,
      storage: new MemoryStorage(),
      now: clock.now,
      timers: clock.timers,
    });
    const started = session.start();
    await clock.advance(700);
    top.API_1484_11 = h.strict.api;
    await clock.advance(300);
    expect((await started).mode).toBe('lms-2004');
    expect(h.strict.count('Initialize')).toBe(1);
  });

  it('no API at all: standalone, labelled, progress kept in the browser and restored next time', async () => {
    const storage = new MemoryStorage();
    const clock = createManualClock();
    const { createScormSession } = await import('../src/scorm-session.ts');
    const make = () =>
      createScormSession({
        courseId: 'c',
        passMark: 0.8,
        window: createFakeWindow(),
        storage,
        now: clock.now,
        timers: clock.timers,
      });
    const first = make();
    const started = first.start();
    await clock.advance(2000);
    const launch = await started;
    expect(launch).toMatchObject({
      mode: 'standalone',
      standaloneReason: 'no-api',
      restored: null,
      entry: 'ab-initio',
    });
    expect(first.status).toMatchObject({ save: 'browser-only', tracked: false });
    expect(first.recordInteraction(decision(1))).toEqual({ ok: true, tracked: false });
    expect(first.saveState('v2:standalone-progress')).toEqual({ ok: true, tracked: false });
    first.terminate();

    const second = make();
    const again = second.start();
    await clock.advance(2000);
    expect((await again).restored).toMatchObject({ serialised: 'v2:standalone-progress', source: 'local' });
  });

  it('no API and no storage: says plainly that progress will be lost', async () => {
    const clock = createManualClock();
    const { createScormSession } = await import('../src/scorm-session.ts');
    const session = createScormSession({
      courseId: 'c',
      passMark: 0.8,
      window: createFakeWindow(),
      storage: null,
      now: clock.now,
      timers: clock.timers,
    });
    const started = session.start();
    await clock.advance(2000);
    await started;
    expect(session.status).toMatchObject({ save: 'not-saved', localBackup: 'unavailable' });
    expect(session.status.message).toContain('will be lost');
  });

  it('a corrupt suspend_data (checksum broken by truncation) is reported and the browser copy is used', async () => {
    const good = encodeEnvelope(7, `v2:${'a'.repeat(5000)}`);
    const storage = new MemoryStorage();
    storage.setItem(
      localBackupKey('levelwise-telford-wrekin', 'L-1'),
      JSON.stringify({
        format: 1,
        envelope: encodeEnvelope(6, 'v2:older-but-whole'),
        savedAt: 0,
        finished: false,
      }),
    );
    const h = createHarness({
      standard: '2004',
      storage,
      seed: { entry: 'resume', learner_id: 'L-1', suspend_data: good.slice(0, 4000) },
      session: { validateState },
    });
    const rejections: StateRejection[] = [];
    h.session.on('state-rejected', (rejection) => rejections.push(rejection));
    const launch = await startSession(h);
    expect(rejections).toEqual([{ source: 'lms', reason: expect.stringContaining('checksum mismatch') }]);
    expect(launch.restored).toMatchObject({ serialised: 'v2:older-but-whole', source: 'local', revision: 6 });
    // the LMS gets the recoverable copy back straight away
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toContain('v2:older-but-whole');
    expect(h.strict.count('Commit')).toBe(1);
  });

  it('a corrupt suspend_data with no other copy: the learner starts fresh, nothing crashes', async () => {
    const h = createHarness({
      standard: '1.2',
      seed: { core: { entry: 'resume' }, suspend_data: '\u0000garbage{' },
      session: { validateState },
    });
    const rejections: StateRejection[] = [];
    h.session.on('state-rejected', (rejection) => rejections.push(rejection));
    const launch = await startSession(h);
    expect(launch.restored).toBeNull();
    expect(rejections[0]).toMatchObject({
      source: 'lms',
      reason: expect.stringContaining('not a Levelwise progress record'),
    });
    expect(h.session.saveState('v2:fresh').ok).toBe(true);
  });

  it('a suspend_data written by an older course version (no envelope) is handed to the course to migrate', async () => {
    const h = createHarness({
      standard: '1.2',
      seed: { core: { entry: 'resume' }, suspend_data: 'v1:t1=2,t2=3' },
      session: { validateState },
    });
    const launch = await startSession(h);
    expect(launch.restored).toEqual({ serialised: 'v1:t1=2,t2=3', revision: 0, source: 'lms', legacy: true });
    // the migrated record replaces it at the next commit, now enveloped
    h.session.saveState('v2:t1=2,t2=3');
    await h.clock.advance(1000);
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toMatch(/^LW1~1~\w+~v2:t1=2,t2=3$/);
  });

  it('an enveloped record of an older course version is offered as-is for the codec to migrate', async () => {
    const h = createHarness({
      standard: '2004',
      seed: { entry: 'resume', suspend_data: encodeEnvelope(4, 'v1:old-format') },
      session: { validateState },
    });
    const launch = await startSession(h);
    expect(launch.restored).toEqual({
      serialised: 'v1:old-format',
      revision: 4,
      source: 'lms',
      legacy: false,
    });
  });

  it('leaving mid-session and relaunching with entry=resume restores state and bookmark', async () => {
    const storage = new MemoryStorage();
    const first = createHarness({ standard: '2004', storage, seed: { learner_id: 'L-7' } });
    await startSession(first);
    first.session.recordInteraction(decision(1));
    first.session.setBookmark('tw-02');
    first.session.saveState('v2:done=tw-01');
    first.win.hidePage();
    const suspendData = String(stored(first.inner, 'cmi.suspend_data'));
    expect(stored(first.inner, 'cmi.exit')).toBe('suspend');

    const second = createHarness({
      standard: '2004',
      storage: new MemoryStorage(), // another device: only the LMS copy exists
      seed: {
        entry: 'resume',
        learner_id: 'L-7',
        location: 'tw-02',
        suspend_data: suspendData,
        completion_status: 'incomplete',
      },
      session: { validateState },
    });
    const launch = await startSession(second);
    expect(launch).toMatchObject({
      entry: 'resume',
      bookmark: 'tw-02',
      restored: { serialised: 'v2:done=tw-01', source: 'lms', revision: 1 },
    });
    // the status is not reset to incomplete over the LMS's, and revisions continue upwards
    expect(
      second.strict.calls.some(
        (call) => call.method === 'SetValue' && call.args[0] === 'cmi.completion_status',
      ),
    ).toBe(false);
    second.session.saveState('v2:done=tw-01,tw-02');
    second.session.terminate();
    expect(String(stored(second.inner, 'cmi.suspend_data'))).toMatch(/^LW1~2~/);
  });

  it('an LMS that said it saved but did not: the newer browser copy wins on the next launch', async () => {
    const storage = new MemoryStorage();
    const first = createHarness({ standard: '1.2', storage, seed: { core: { student_id: 'L-9' } } });
    await startSession(first);
    first.session.saveState('v2:one');
    await first.clock.advance(1000);
    const savedOnce = String(stored(first.inner, 'cmi.suspend_data'));
    first.session.saveState('v2:one,two');
    first.session.saveState('v2:one,two,three');
    first.session.terminate();

    // The LMS "lost" everything after the first commit.
    const second = createHarness({
      standard: '1.2',
      storage,
      seed: { core: { student_id: 'L-9', entry: 'resume' }, suspend_data: savedOnce },
      session: { validateState },
    });
    const launch = await startSession(second);
    expect(launch.restored).toMatchObject({ serialised: 'v2:one,two,three', source: 'local', revision: 3 });
    expect(String(stored(second.inner, 'cmi.suspend_data'))).toMatch(/~v2:one,two,three$/);
  });

  it('a finished attempt in the browser is not carried into a new LMS attempt; another learner never sees it', async () => {
    const storage = new MemoryStorage();
    const first = createHarness({ standard: '2004', storage, seed: { learner_id: 'L-3' } });
    await startSession(first);
    first.session.saveState('v2:all-done');
    first.session.complete({ passed: true });
    first.session.terminate();

    const newAttempt = createHarness({
      standard: '2004',
      storage,
      seed: { learner_id: 'L-3', entry: 'ab-initio' },
    });
    expect((await startSession(newAttempt)).restored).toBeNull();

    const otherLearner = createHarness({
      standard: '2004',
      storage,
      seed: { learner_id: 'L-4', entry: 'resume' },
    });
    expect((await startSession(otherLearner)).restored).toBeNull();
  });

  it('browser storage refusing writes is reported but LMS saving carries on', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const h = createHarness({ standard: '2004', storage });
    await startSession(h);
    expect(h.session.saveState('v2:x')).toEqual({ ok: true, tracked: true });
    expect(h.errors[0]).toMatchObject({
      kind: 'storage',
      operation: 'write',
      message: expect.stringContaining('QuotaExceededError'),
    });
    expect(h.session.status.localBackup).toBe('failing');
    await h.clock.advance(1000);
    expect(h.session.status.save).toBe('saved');
  });

  it('a SetValue the LMS rejects surfaces its code and meaning', async () => {
    const h = createHarness({
      standard: '2004',
      faults: { setValue: { fault: 'return-false', element: /^cmi\.location$/ } },
    });
    await startSession(h);
    const result = h.session.setBookmark('tw-01');
    expect(result).toMatchObject({
      ok: false,
      failure: {
        kind: 'lms-error',
        call: 'SetValue',
        element: 'cmi.location',
        code: 351,
        meaning: 'General set failure',
      },
    });
  });

  it('scorm-again used directly (not strict) still works: the runtime does not depend on the wrapper', async () => {
    const inner = createLms('1.2');
    const clock = createManualClock();
    const { createScormSession } = await import('../src/scorm-session.ts');
    const session = createScormSession({
      courseId: 'c',
      passMark: 0.8,
      window: createFakeWindow({ parent: createFakeWindow({ API: inner }) }),
      storage: new MemoryStorage(),
      now: clock.now,
      timers: clock.timers,
    });
    expect((await session.start()).mode).toBe('lms-1.2');
    session.recordInteraction(decision(1));
    session.terminate();
    expect(stored(inner, 'cmi.interactions.0.student_response')).toBe('c');
  });
});
