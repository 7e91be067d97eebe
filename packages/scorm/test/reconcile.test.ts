import { describe, expect, it } from 'vitest';
import type { LocalRead } from '../src/local-backup.ts';
import { reconcileStates } from '../src/reconcile.ts';
import { encodeEnvelope } from '../src/state-envelope.ts';

const accept = () => true as const;
const local = (revision: number, payload: string, finished = false): LocalRead => ({
  kind: 'found',
  record: { format: 1, envelope: encodeEnvelope(revision, payload), savedAt: 0, finished },
});

describe('reconcileStates', () => {
  it('the higher revision wins, whichever side it is on', () => {
    expect(
      reconcileStates({
        lmsSuspendData: encodeEnvelope(5, 'lms'),
        local: local(4, 'local'),
        entry: 'resume',
        validate: accept,
      }),
    ).toMatchObject({ restored: { serialised: 'lms', source: 'lms' }, lmsNeedsUpdate: false });
    expect(
      reconcileStates({
        lmsSuspendData: encodeEnvelope(5, 'lms'),
        local: local(6, 'local'),
        entry: 'resume',
        validate: accept,
      }),
    ).toMatchObject({ restored: { serialised: 'local', source: 'local' }, lmsNeedsUpdate: true });
  });

  it('the LMS wins a tie', () => {
    expect(
      reconcileStates({
        lmsSuspendData: encodeEnvelope(5, 'lms'),
        local: local(5, 'local'),
        entry: 'resume',
        validate: accept,
      }).restored?.source,
    ).toBe('lms');
  });

  it('the local copy fills in for an empty LMS on resume (a lying or failed commit)', () => {
    expect(
      reconcileStates({ lmsSuspendData: '', local: local(2, 'local'), entry: 'resume', validate: accept }),
    ).toMatchObject({
      restored: { source: 'local' },
      lmsNeedsUpdate: true,
    });
  });

  it('falls back to the next copy when the codec rejects the newest', () => {
    const result = reconcileStates({
      lmsSuspendData: encodeEnvelope(9, 'broken'),
      local: local(3, 'fine'),
      entry: 'resume',
      validate: (serialised) => (serialised === 'fine' ? true : 'unreadable'),
    });
    expect(result.restored?.serialised).toBe('fine');
    // the next save must outrank the rejected copy too
    expect(result.highestRevision).toBe(9);
    expect(result.rejections).toEqual([
      { source: 'lms', reason: 'the course cannot use this record: unreadable' },
    ]);
  });

  it('a codec that throws is a rejection, not a crash', () => {
    const result = reconcileStates({
      lmsSuspendData: encodeEnvelope(1, 'x'),
      local: { kind: 'none' },
      entry: 'resume',
      validate: () => {
        throw new Error('boom');
      },
    });
    expect(result.restored).toBeNull();
    expect(result.rejections[0]?.reason).toContain('boom');
  });

  it('corrupt local backups are reported', () => {
    const result = reconcileStates({
      lmsSuspendData: null,
      local: { kind: 'corrupt', reason: 'not JSON' },
      entry: 'unknown',
      validate: accept,
    });
    expect(result).toMatchObject({ restored: null, rejections: [{ source: 'local', reason: 'not JSON' }] });
  });

  it('a finished local attempt is skipped when the LMS starts a new one, but kept in standalone', () => {
    const finished = local(8, 'done', true);
    const inLms = reconcileStates({
      lmsSuspendData: '',
      local: finished,
      entry: 'ab-initio',
      validate: accept,
    });
    expect(inLms.restored).toBeNull();
    expect(inLms.notes[0]).toContain('finished attempt');
    expect(
      reconcileStates({ lmsSuspendData: null, local: finished, entry: 'unknown', validate: accept }).restored
        ?.serialised,
    ).toBe('done');
  });
});
