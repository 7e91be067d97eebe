import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scorm12Api, Scorm2004Api, ScormStandard } from '../src/api-types.ts';
import { createScormSession } from '../src/scorm-session.ts';
import { createFakeWindow, MemoryStorage } from '../src/testing/fake-window.ts';
import { type FaultPlan, withScorm12Faults, withScorm2004Faults } from '../src/testing/fault-injection.ts';
import { createManualClock } from '../src/testing/manual-clock.ts';
import { createStrictScorm12Lms, createStrictScorm2004Lms } from '../src/testing/strict-lms.ts';
import { createLms, stored } from './helpers.ts';

type Step =
  | { kind: 'save' }
  | { kind: 'wait'; ms: number }
  | { kind: 'hide' }
  | { kind: 'lms'; plan: FaultPlan };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constant<Step>({ kind: 'save' }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 40_000 }).map((ms): Step => ({ kind: 'wait', ms })), weight: 3 },
  { arbitrary: fc.constant<Step>({ kind: 'hide' }), weight: 1 },
  {
    arbitrary: fc
      .constantFrom<FaultPlan>(
        {},
        { commit: 'return-false' },
        { commit: 'throw' },
        { setValue: { fault: 'return-false', element: /suspend_data/ } },
      )
      .map((plan): Step => ({ kind: 'lms', plan })),
    weight: 1,
  },
);

function build(standard: ScormStandard, seed: Record<string, unknown>, storage: MemoryStorage) {
  const inner = createLms(standard, seed);
  const faulty =
    standard === '1.2'
      ? withScorm12Faults(createStrictScorm12Lms(inner as unknown as Scorm12Api).api, {})
      : withScorm2004Faults(createStrictScorm2004Lms(inner as unknown as Scorm2004Api).api, {});
  const win = createFakeWindow({
    parent: createFakeWindow(standard === '1.2' ? { API: faulty.api } : { API_1484_11: faulty.api }),
  });
  const clock = createManualClock();
  const session = createScormSession({
    courseId: 'no-loss',
    passMark: 0.8,
    standardPreference: standard,
    window: win,
    storage,
    now: clock.now,
    timers: clock.timers,
  });
  return { inner, faulty, win, clock, session };
}

function noLoss(standard: ScormStandard) {
  return async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        fc.boolean(),
        async (steps, lmsLies, endsByPagehide) => {
          const storage = new MemoryStorage();
          const learner = standard === '1.2' ? { core: { student_id: 'L-1' } } : { learner_id: 'L-1' };
          const first = build(standard, learner, storage);
          await first.session.start();
          let last: string | null = null;
          const committed: string[] = [];
          let saves = 0;
          for (const s of steps) {
            if (s.kind === 'save') {
              last = `v2:answers-${++saves}`;
              expect(first.session.saveState(last).ok).toBe(true);
            } else if (s.kind === 'wait') await first.clock.advance(s.ms);
            else if (s.kind === 'hide') first.win.setVisibility('hidden');
            else first.faulty.setPlan(s.plan);
            committed.push(String(stored(first.inner, 'cmi.suspend_data') ?? ''));
          }
          if (endsByPagehide) first.win.hidePage();
          else first.session.terminate();

          // Relaunch: the LMS resumes with what it stored, or, if it lies, with some earlier value it claimed to keep.
          const lmsCopy = lmsLies
            ? (committed[0] ?? '')
            : String(stored(first.inner, 'cmi.suspend_data') ?? '');
          const seed =
            standard === '1.2'
              ? { core: { student_id: 'L-1', entry: 'resume' }, suspend_data: lmsCopy }
              : { learner_id: 'L-1', entry: 'resume', suspend_data: lmsCopy };
          const second = build(standard, seed, storage);
          const launch = await second.session.start();
          expect(launch.restored?.serialised ?? null).toBe(last);
        },
      ),
      { numRuns: 80 },
    );
  };
}

describe('no answer is lost, whatever the LMS does', () => {
  it('SCORM 1.2', noLoss('1.2'), 60_000);
  it('SCORM 2004', noLoss('2004'), 60_000);
});
