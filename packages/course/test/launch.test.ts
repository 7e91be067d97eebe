import { emptyProgressRecord, encodeProgress } from '@levelwise/scenarios';
import { describe, expect, it } from 'vitest';
import { startCourse } from '../src/course/launch.ts';
import { createLmsWindow } from './lms-fixture.ts';

const record = {
  ...emptyProgressRecord('dudley'),
  modulesDone: 0b0011,
  vignettes: [{ vignetteId: 'oskar-health-visitor', mode: 'practice' as const, complete: true, stages: [] }],
};

/** suspend_data as the runtime writes it: LW1~<revision>~<checksum>~<payload>. */
async function savedBy(area: 'dudley', text: string) {
  const lms = createLmsWindow('2004');
  const launched = await startCourse({
    area,
    passMark: 0.8,
    standard: '2004',
    sessionOptions: lms.sessionOptions,
  });
  launched.session.saveState(text);
  launched.session.terminate();
  return lms.stored('cmi.suspend_data') as string;
}

describe('startCourse: where the learner continues from', () => {
  it('starts fresh on a first launch in an LMS, with nothing to report', async () => {
    const lms = createLmsWindow('2004');
    const launched = await startCourse({
      area: 'dudley',
      passMark: 0.8,
      standard: '2004',
      sessionOptions: lms.sessionOptions,
    });
    expect(launched.launch.mode).toBe('lms-2004');
    expect(launched.record).toEqual(emptyProgressRecord('dudley'));
    expect(launched.notices).toEqual([]);
    expect(launched.restoredFrom).toBeNull();
  });

  it('resumes from the LMS suspend_data on entry=resume', async () => {
    const suspend = await savedBy('dudley', encodeProgress(record));
    const lms = createLmsWindow('2004', { cmi: { entry: 'resume', suspend_data: suspend } });
    const launched = await startCourse({
      area: 'dudley',
      passMark: 0.8,
      standard: '2004',
      sessionOptions: lms.sessionOptions,
    });
    expect(launched.restoredFrom).toBe('lms');
    expect(launched.record.modulesDone).toBe(0b0011);
    expect(launched.record.vignettes.map((v) => v.vignetteId)).toEqual(['oskar-health-visitor']);
    expect(launched.notices).toEqual([]);
  });

  it('reports corrupt progress on screen and starts again, never crashing', async () => {
    const suspend = await savedBy('dudley', encodeProgress(record));
    const corrupt = suspend.replace(/;([0-9a-z]+)$/, ';zzzz');
    const lms = createLmsWindow('2004', { cmi: { entry: 'resume', suspend_data: corrupt } });
    const launched = await startCourse({
      area: 'dudley',
      passMark: 0.8,
      standard: '2004',
      sessionOptions: lms.sessionOptions,
    });
    expect(launched.record).toEqual(emptyProgressRecord('dudley'));
    expect(launched.notices.join(' ')).toMatch(/could not be used/);
    expect(launched.notices.at(-1)).toMatch(/starting the course from the beginning/);
  });

  it('refuses progress saved by another area’s course', async () => {
    const other = encodeProgress({ ...record, area: 'sandwell' });
    const lms = createLmsWindow('2004', { cmi: { entry: 'resume', suspend_data: other } });
    const launched = await startCourse({
      area: 'dudley',
      passMark: 0.8,
      standard: '2004',
      sessionOptions: lms.sessionOptions,
    });
    expect(launched.record.modulesDone).toBe(0);
    expect(launched.notices.join(' ')).toMatch(/another area \(sandwell\)/);
  });

  it('runs standalone without an LMS, saying so, and keeps progress in the browser', async () => {
    const lms = createLmsWindow('2004');
    const alone = {
      ...lms.sessionOptions,
      window: (await import('@levelwise/scorm/testing')).createFakeWindow(),
    };
    const started = startCourse({
      area: 'dudley',
      passMark: 0.8,
      standard: '2004',
      sessionOptions: { ...alone, discovery: { retries: 0 }, initializeRetryDelaysMs: [] },
    });
    await lms.clock.advance(5000);
    const launched = await started;
    expect(launched.launch.mode).toBe('standalone');
    expect(launched.session.status.save).toBe('browser-only');
    launched.session.saveState(encodeProgress(record));
    expect([...lms.storage.items.keys()].join()).toMatch(/levelwise-dudley/);
  });
});
