import { describe, expect, it } from 'vitest';
import {
  confidenceDecision,
  evidenceDomainDecision,
  evidenceSelectionDecision,
  levelDecision,
  orderingDecision,
  responseDecision,
} from '../src/learner-decisions.ts';
import { createHarness, sent, startSession, stored } from './helpers.ts';

const levels = ['universal', 'early-help', 'targeted', 'specialist'] as const;

describe('SCORM 2004 adapter against scorm-again Scorm2004API', () => {
  it('initialises once, marks the attempt incomplete and reads the launch data', async () => {
    const h = createHarness({ standard: '2004', seed: { learner_id: 'L-42', learner_name: 'Sam Patel' } });
    const launch = await startSession(h);
    expect(launch).toMatchObject({
      mode: 'lms-2004',
      entry: 'unknown',
      learner: { id: 'L-42', name: 'Sam Patel' },
      passMark: { value: 0.8, source: 'build' },
      lmsMode: 'normal',
      credit: 'credit',
      stateBudget: 64000 - 24,
    });
    expect(h.strict.count('Initialize')).toBe(1);
    expect(stored(h.inner, 'cmi.completion_status')).toBe('incomplete');
    // scaled_passing_score absent (403) is not an error
    expect(h.errors).toEqual([]);
  });

  it('takes the pass mark from scaled_passing_score when the LMS sends one', async () => {
    const h = createHarness({ standard: '2004', seed: { scaled_passing_score: '0.6' } });
    const launch = await startSession(h);
    expect(launch.passMark).toEqual({ value: 0.6, source: 'lms' });
    h.session.setScore({ scaled: 0.65, raw: 13, min: 0, max: 20 });
    expect(h.session.complete().passed).toBe(true);
    expect(stored(h.inner, 'cmi.success_status')).toBe('passed');
    expect(stored(h.inner, 'cmi.completion_status')).toBe('completed');
    expect(stored(h.inner, 'cmi.score')).toMatchObject({ scaled: '0.65', raw: '13', min: '0', max: '20' });
  });

  it('writes every kind of learner decision with identifiers, descriptions and "incorrect"', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    const at = Date.UTC(2026, 10, 22, 9, 15, 30, 250);
    const decisions = [
      levelDecision({
        vignetteId: 'tw.01',
        levels,
        chosen: 'targeted',
        expected: 'specialist',
        description: 'What level of need does Jayden have?',
        objectiveIds: ['vignette.tw.01'],
        latencyMs: 12_340,
        at,
      }),
      evidenceSelectionDecision({
        vignetteId: 'tw.01',
        evidence: ['e1', 'e2', 'e3'],
        selected: ['e1'],
        expected: ['e1', 'e3'],
      }),
      evidenceDomainDecision({
        vignetteId: 'tw.01',
        evidence: ['e1', 'e3'],
        domains: ['child-development', 'family-environment'],
        placed: [
          ['e1', 'child-development'],
          ['e3', 'family-environment'],
        ],
      }),
      responseDecision({ vignetteId: 'tw.01', responses: ['r1', 'r2'], chosen: ['r2'], expected: ['r2'] }),
      orderingDecision({
        vignetteId: 'tw.01',
        items: ['s1', 's2', 's3'],
        order: ['s1', 's2', 's3'],
        expected: ['s1', 's2', 's3'],
      }),
      confidenceDecision({ vignetteId: 'tw.01', scale: ['1', '2', '3', '4', '5'], chosen: '2' }),
    ];
    for (const decision of decisions)
      expect(h.session.recordInteraction(decision)).toEqual({ ok: true, tracked: true });
    expect(h.strict.violations).toEqual([]);
    expect(stored(h.inner, 'cmi.interactions.0')).toMatchObject({
      id: 'tw.01-level',
      type: 'choice',
      description: 'What level of need does Jayden have?',
      learner_response: 'targeted',
      result: 'incorrect',
      timestamp: '2026-11-22T09:15:30.2Z',
    });
    expect(sent(h.strict, 'cmi.interactions.0.latency')).toBe('PT12.34S');
    expect(stored(h.inner, 'cmi.interactions.0.objectives.0.id')).toBe('vignette.tw.01');
    expect(stored(h.inner, 'cmi.interactions.0.correct_responses.0.pattern')).toBe('specialist');
    expect(stored(h.inner, 'cmi.interactions.1')).toMatchObject({
      type: 'choice',
      learner_response: 'e1',
      result: 'incorrect',
    });
    expect(stored(h.inner, 'cmi.interactions.1.correct_responses.0.pattern')).toBe('e1[,]e3');
    expect(stored(h.inner, 'cmi.interactions.2')).toMatchObject({
      type: 'matching',
      learner_response: 'e1[.]child-development[,]e3[.]family-environment',
      result: 'neutral',
    });
    expect(stored(h.inner, 'cmi.interactions.3')).toMatchObject({
      type: 'choice',
      learner_response: 'r2',
      result: 'correct',
    });
    expect(stored(h.inner, 'cmi.interactions.4')).toMatchObject({
      type: 'sequencing',
      learner_response: 's1[,]s2[,]s3',
      result: 'correct',
    });
    expect(stored(h.inner, 'cmi.interactions.5')).toMatchObject({
      type: 'likert',
      learner_response: '2',
      result: 'neutral',
    });
    const order = h.strict.calls
      .filter((call) => call.args[0]?.startsWith('cmi.interactions.2.'))
      .map((call) => call.args[0]);
    expect(order.slice(0, 2)).toEqual(['cmi.interactions.2.id', 'cmi.interactions.2.type']);
  });

  it('appends after the interactions of earlier sessions, never leaving gaps', async () => {
    const h = createHarness({
      standard: '2004',
      seed: {
        entry: 'resume',
        interactions: { '0': { id: 'old-1', type: 'choice' }, '1': { id: 'old-2', type: 'choice' } },
      },
    });
    await startSession(h);
    h.session.recordInteraction(levelDecision({ vignetteId: 'tw-02', levels, chosen: 'universal' }));
    expect(stored(h.inner, 'cmi.interactions.2.id')).toBe('tw-02-level');
    expect(h.strict.violations).toEqual([]);
  });

  it('records a choice with nothing selected without sending an empty learner_response (scorm-again rejects "")', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    const result = h.session.recordInteraction(
      evidenceSelectionDecision({
        vignetteId: 'tw-06',
        evidence: ['e1', 'e2'],
        selected: [],
        expected: ['e2'],
      }),
    );
    expect(result).toEqual({ ok: true, tracked: true });
    expect(stored(h.inner, 'cmi.interactions.0')).toMatchObject({
      id: 'tw-06-evidence',
      result: 'incorrect',
      learner_response: '',
    });
    expect(sent(h.strict, 'cmi.interactions.0.learner_response')).toBeUndefined();
    expect(h.errors).toEqual([]);
  });

  it('re-reads _count and retries when the LMS count moved under it', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    // Another writer (an LMS wrapper) appended an interaction the runtime did not know about.
    (h.inner as { SetValue(e: string, v: string): string }).SetValue('cmi.interactions.0.id', 'lms-side');
    const result = h.session.recordInteraction(
      levelDecision({ vignetteId: 'tw-03', levels, chosen: 'targeted' }),
    );
    expect(result.ok).toBe(true);
    expect(stored(h.inner, 'cmi.interactions.1.id')).toBe('tw-03-level');
  });

  it('writes objectives with scaled score, success and completion, and a description once', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    h.session.setObjective({
      id: 'domain.child-development',
      description: 'Child development domain',
      completion: 'incomplete',
    });
    h.session.setObjective({
      id: 'domain.child-development',
      completion: 'completed',
      success: 'passed',
      score: { scaled: 0.9 },
    });
    expect(stored(h.inner, 'cmi.objectives.0')).toMatchObject({
      id: 'domain.child-development',
      description: 'Child development domain',
      success_status: 'passed',
      completion_status: 'completed',
      score: { scaled: '0.9', raw: '90', min: '0', max: '100' },
    });
    expect(h.strict.calls.filter((call) => call.args[0] === 'cmi.objectives.0.description')).toHaveLength(1);
  });

  it('refuses option ids that are not 2004 short identifiers, naming the option', async () => {
    const h = createHarness({ standard: '2004' });
    await startSession(h);
    const result = h.session.recordInteraction(
      levelDecision({ vignetteId: 'tw-04', levels: ['early help', 'targeted'], chosen: 'targeted' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.failure).toMatchObject({
        kind: 'invalid-input',
        field: 'interaction "tw-04-level".options[0]',
      });
    expect(stored(h.inner, 'cmi.interactions.0')).toBeUndefined();
  });

  it('exits with suspend and ISO 8601 session time when leaving unfinished; normal when finished', async () => {
    const unfinished = createHarness({ standard: '2004' });
    await startSession(unfinished);
    await unfinished.clock.advance(3_723_456);
    unfinished.session.terminate();
    expect(stored(unfinished.inner, 'cmi.exit')).toBe('suspend');
    expect(sent(unfinished.strict, 'cmi.session_time')).toBe('PT1H2M3.46S');
    expect(unfinished.strict.count('Terminate')).toBe(1);
    // the debounced commit of the attempt start ran during the hour; none at termination
    expect(unfinished.strict.count('Commit')).toBe(1);
    const exitAt = unfinished.strict.calls.findIndex((call) => call.args[0] === 'cmi.exit');
    expect(unfinished.strict.calls.slice(exitAt).map((call) => call.method)).not.toContain('Commit');
    expect(unfinished.strict.calls.at(-1)?.method).toBe('Terminate');

    const finished = createHarness({ standard: '2004' });
    await startSession(finished);
    finished.session.complete({ passed: true });
    finished.session.terminate();
    expect(sent(finished.strict, 'cmi.exit')).toBe('normal');
    expect(stored(finished.inner, 'cmi.success_status')).toBe('passed');
  });

  it('does not write tracking data in a review launch, and says so', async () => {
    const h = createHarness({ standard: '2004', seed: { mode: 'review' } });
    const launch = await startSession(h);
    expect(launch.lmsMode).toBe('review');
    expect(h.session.status).toMatchObject({ tracked: false, save: 'not-recorded' });
    expect(
      h.session.recordInteraction(levelDecision({ vignetteId: 'tw-05', levels, chosen: 'targeted' })),
    ).toEqual({
      ok: true,
      tracked: false,
    });
    expect(h.session.saveState('v2:browsing')).toEqual({ ok: true, tracked: false });
    expect(h.storage.items.size).toBe(0);
    expect(h.strict.calls.filter((call) => call.method === 'SetValue')).toEqual([]);
    h.session.terminate();
    expect(h.strict.count('Terminate')).toBe(1);
  });
});
