import { describe, expect, it } from 'vitest';
import {
  confidenceDecision,
  evidenceDomainDecision,
  levelDecision,
  orderingDecision,
  responseDecision,
} from '../src/learner-decisions.ts';
import { createHarness, sent, startSession, stored } from './helpers.ts';

const levels = ['universal', 'early-help', 'targeted', 'specialist'] as const;

describe('SCORM 1.2 adapter against scorm-again Scorm12API', () => {
  it('initialises once, marks the attempt incomplete and reads the launch data', async () => {
    const h = createHarness({ standard: '1.2' });
    const launch = await startSession(h);
    expect(launch.mode).toBe('lms-1.2');
    expect(launch.entry).toBe('unknown');
    expect(launch.passMark).toEqual({ value: 0.8, source: 'build' });
    expect(launch.stateBudget).toBe(4096 - 24);
    expect(h.strict.count('LMSInitialize')).toBe(1);
    expect(h.strict.calls[0]).toMatchObject({ method: 'LMSInitialize', args: [''], result: 'true' });
    expect(stored(h.inner, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(h.session.status).toMatchObject({
      mode: 'lms-1.2',
      lifecycle: 'running',
      tracked: true,
      save: 'pending',
    });
    expect(h.errors).toEqual([]);
  });

  it('takes the pass mark from mastery_score when the LMS sends one', async () => {
    const h = createHarness({ standard: '1.2', seed: { student_data: { mastery_score: '70' } } });
    const launch = await startSession(h);
    expect(launch.passMark).toEqual({ value: 0.7, source: 'lms' });
    h.session.setScore({ scaled: 0.75 });
    expect(h.session.complete().passed).toBe(true);
    expect(stored(h.inner, 'cmi.core.lesson_status')).toBe('passed');
  });

  it('writes every kind of learner decision as a 1.2 interaction (single characters, wrong, no description)', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    const at = Date.UTC(2026, 10, 22, 9, 15, 30);
    const results = [
      h.session.recordInteraction(
        levelDecision({
          vignetteId: 'tw.01',
          levels,
          chosen: 'targeted',
          expected: 'specialist',
          description: 'What level of need?',
          objectiveIds: ['vignette tw.01'],
          latencyMs: 12_340,
          at,
        }),
      ),
      h.session.recordInteraction(
        evidenceDomainDecision({
          vignetteId: 'tw.01',
          evidence: ['e1', 'e2', 'e3'],
          domains: ['child-development', 'parenting-capacity', 'family-environment'],
          placed: [
            ['e1', 'child-development'],
            ['e3', 'family-environment'],
          ],
          expected: [
            ['e1', 'child-development'],
            ['e3', 'family-environment'],
          ],
        }),
      ),
      h.session.recordInteraction(
        responseDecision({
          vignetteId: 'tw.01',
          responses: ['r1', 'r2', 'r3'],
          chosen: ['r2', 'r3'],
          expected: ['r2', 'r3'],
        }),
      ),
      h.session.recordInteraction(
        orderingDecision({
          vignetteId: 'tw.01',
          items: ['s1', 's2', 's3'],
          order: ['s2', 's1', 's3'],
          expected: ['s1', 's2', 's3'],
        }),
      ),
      h.session.recordInteraction(
        confidenceDecision({ vignetteId: 'tw.01', scale: ['1', '2', '3', '4', '5'], chosen: '4' }),
      ),
    ];
    expect(results.every((result) => result.ok && result.tracked)).toBe(true);
    expect(h.strict.violations).toEqual([]);
    expect(stored(h.inner, 'cmi.interactions.0')).toMatchObject({
      id: 'tw_01-level',
      type: 'choice',
      student_response: 'c',
      result: 'wrong',
      time: '09:15:30',
    });
    expect(sent(h.strict, 'cmi.interactions.0.latency')).toBe('0000:00:12.34');
    expect(stored(h.inner, 'cmi.interactions.0.objectives.0.id')).toBe('vignette_tw_01');
    expect(stored(h.inner, 'cmi.interactions.0.correct_responses.0.pattern')).toBe('d');
    expect(stored(h.inner, 'cmi.interactions.1')).toMatchObject({
      id: 'tw_01-domains',
      type: 'matching',
      student_response: 'a.a,c.c',
      result: 'correct',
    });
    expect(stored(h.inner, 'cmi.interactions.2')).toMatchObject({
      type: 'choice',
      student_response: 'b,c',
      result: 'correct',
    });
    expect(stored(h.inner, 'cmi.interactions.3')).toMatchObject({
      type: 'sequencing',
      student_response: 'b,a,c',
      result: 'wrong',
    });
    expect(stored(h.inner, 'cmi.interactions.4')).toMatchObject({
      type: 'likert',
      student_response: 'd',
      result: 'neutral',
    });
    expect(JSON.stringify(stored(h.inner, 'cmi.interactions'))).not.toContain('What level of need?');
    // id and type are written before anything else, and interactions never read back (write-only in 1.2)
    const interactionCalls = h.strict.calls.filter((call) => call.args[0]?.startsWith('cmi.interactions.0.'));
    expect(interactionCalls.slice(0, 2).map((call) => call.args[0])).toEqual([
      'cmi.interactions.0.id',
      'cmi.interactions.0.type',
    ]);
    expect(
      h.strict.calls.some(
        (call) => call.method === 'LMSGetValue' && /interactions\.\d/.test(call.args[0] ?? ''),
      ),
    ).toBe(false);
  });

  it('writes the score as a percentage with min 0 and max 100, and objectives with 1.2 status', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    expect(h.session.setScore({ scaled: 0.8333, raw: 5, min: 0, max: 6 }).ok).toBe(true);
    expect(stored(h.inner, 'cmi.core.score')).toMatchObject({ raw: '83.33', min: '0', max: '100' });
    h.session.setObjective({ id: 'domain.child-development', completion: 'incomplete' });
    h.session.setObjective({ id: 'domain.child-development', success: 'passed', score: { scaled: 0.9 } });
    h.session.setObjective({ id: 'vignette-tw-01', success: 'failed', score: { scaled: 0.4 } });
    expect(stored(h.inner, 'cmi.objectives.0')).toMatchObject({
      id: 'domain_child-development',
      status: 'passed',
      score: { raw: '90' },
    });
    expect(stored(h.inner, 'cmi.objectives.1')).toMatchObject({
      id: 'vignette-tw-01',
      status: 'failed',
      score: { raw: '40' },
    });
    expect(stored(h.inner, 'cmi.objectives.2')).toBeUndefined();
    expect(h.strict.violations).toEqual([]);
  });

  it('updates objectives the LMS already holds instead of appending duplicates', async () => {
    const h = createHarness({
      standard: '1.2',
      seed: {
        core: { entry: 'resume' },
        objectives: { '0': { id: 'vignette-tw-01', status: 'incomplete' } },
      },
    });
    await startSession(h);
    h.session.setObjective({ id: 'vignette-tw-01', success: 'passed' });
    expect(stored(h.inner, 'cmi.objectives.0.status')).toBe('passed');
    expect(stored(h.inner, 'cmi.objectives.1')).toBeUndefined();
  });

  it('refuses two course ids that would become the same 1.2 id, naming both', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    expect(h.session.setObjective({ id: 'a.b' }).ok).toBe(true);
    const clash = h.session.setObjective({ id: 'a b' });
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.failure).toMatchObject({ kind: 'invalid-input', field: 'objective.id' });
    if (!clash.ok && clash.failure.kind === 'invalid-input') expect(clash.failure.message).toContain('"a.b"');
  });

  it('exits with suspend, session time in HHHH:MM:SS.SS, and LMSFinish once when leaving unfinished', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    h.session.saveState('progress-1');
    await h.clock.advance(3_723_450);
    expect(h.session.terminate().ok).toBe(true);
    expect(h.session.terminate().ok).toBe(true);
    expect(h.strict.count('LMSFinish')).toBe(1);
    expect(h.strict.finished).toBe(true);
    expect(stored(h.inner, 'cmi.core.exit')).toBe('suspend');
    expect(sent(h.strict, 'cmi.core.session_time')).toBe('0001:02:03.45');
    expect(stored(h.inner, 'cmi.core.session_time')).toBe('01:02:03.45');
    expect(String(stored(h.inner, 'cmi.suspend_data'))).toMatch(/^LW1~\w+~\w+~progress-1$/);
    expect(h.strict.violations).toEqual([]);
    expect(h.session.status.save).toBe('ended');
  });

  it('exits normally ("") after completion, with the status from the build pass mark', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    h.session.setScore({ scaled: 0.6 });
    const { passed, result } = h.session.complete();
    expect(passed).toBe(false);
    expect(result.ok).toBe(true);
    expect(stored(h.inner, 'cmi.core.lesson_status')).toBe('failed');
    h.session.terminate();
    expect(stored(h.inner, 'cmi.core.exit')).toBe('');
  });

  it('records completion without an assessment as completed', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    expect(h.session.complete({ passed: null }).passed).toBeNull();
    expect(stored(h.inner, 'cmi.core.lesson_status')).toBe('completed');
  });

  it('writes the bookmark within 255 characters and refuses a longer one', async () => {
    const h = createHarness({ standard: '1.2' });
    await startSession(h);
    expect(h.session.setBookmark('vignette/tw-03/step/2').ok).toBe(true);
    expect(stored(h.inner, 'cmi.core.lesson_location')).toBe('vignette/tw-03/step/2');
    const tooLong = h.session.setBookmark('x'.repeat(256));
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.failure).toMatchObject({ kind: 'invalid-input', field: 'bookmark' });
  });
});
