import { describe, expect, it } from 'vitest';
import type { ScormStandard } from '../src/api-types.ts';
import {
  confidenceDecision,
  evidenceDomainDecision,
  levelDecision,
  orderingDecision,
  responseDecision,
} from '../src/learner-decisions.ts';
import { createHarness, type Harness, startSession } from './helpers.ts';

const levels = ['universal', 'early-help', 'targeted', 'specialist'];
const domains = ['child-development', 'parenting-capacity', 'family-environment'];

/** One assessed vignette as the course plays it: five decisions ~20 s apart, then the vignette's objectives. */
async function playVignette(h: Harness, n: number) {
  const vignetteId = `tw-${String(n).padStart(2, '0')}`;
  const objectiveIds = [`vignette-${vignetteId}`];
  const decisions = [
    evidenceDomainDecision({
      vignetteId,
      evidence: ['e1', 'e2', 'e3', 'e4'],
      domains,
      placed: [
        ['e1', 'child-development'],
        ['e2', 'family-environment'],
      ],
      expected: [
        ['e1', 'child-development'],
        ['e2', 'family-environment'],
      ],
      objectiveIds,
    }),
    levelDecision({ vignetteId, levels, chosen: 'targeted', expected: 'targeted', objectiveIds }),
    responseDecision({
      vignetteId,
      responses: ['r1', 'r2', 'r3'],
      chosen: ['r2'],
      expected: ['r2'],
      objectiveIds,
    }),
    orderingDecision({
      vignetteId,
      items: ['s1', 's2', 's3'],
      order: ['s1', 's2', 's3'],
      expected: ['s1', 's2', 's3'],
    }),
    confidenceDecision({ vignetteId, scale: ['1', '2', '3', '4', '5'], chosen: '4' }),
  ];
  for (const [index, decision] of decisions.entries()) {
    expect(h.session.recordInteraction(decision).ok).toBe(true);
    expect(h.session.saveState(`v2:${vignetteId}:${index}`).ok).toBe(true);
    await h.clock.advance(20_000);
  }
  h.session.setObjective({
    id: `vignette-${vignetteId}`,
    completion: 'completed',
    success: 'passed',
    score: { scaled: 1 },
  });
  for (const domain of domains)
    h.session.setObjective({ id: `domain-${domain}`, completion: 'incomplete', score: { scaled: 0.8 } });
  h.session.setScore({ scaled: 0.9 });
  h.session.setBookmark(`after-${vignetteId}`);
  h.session.saveState(`v2:${vignetteId}:done`);
  await h.clock.advance(20_000);
}

function measure(standard: ScormStandard) {
  return async () => {
    const h = createHarness({ standard });
    await startSession(h);
    await h.clock.advance(5_000);
    await playVignette(h, 1); // first vignette creates the domain objectives
    const before = {
      calls: h.strict.calls.length,
      lms: h.strict.lmsCalls,
      commits: h.strict.count(standard === '1.2' ? 'LMSCommit' : 'Commit'),
    };
    await playVignette(h, 2);
    const calls = h.strict.calls.length - before.calls;
    const lmsCalls = h.strict.lmsCalls - before.lms;
    const commits = h.strict.count(standard === '1.2' ? 'LMSCommit' : 'Commit') - before.commits;
    expect(h.strict.violations).toEqual([]);
    expect(h.errors).toEqual([]);
    // one commit per decision plus one for the vignette's end, never more
    expect(commits).toBe(6);
    // every call is a SetValue or a Commit: no reads, no GetLastError after successes
    expect(calls).toBe(lmsCalls);
    expect(lmsCalls).toBeLessThanOrEqual(55);
    console.info(
      `SCORM ${standard}: one completed vignette = ${lmsCalls} API calls, ${commits} of them Commit (network round-trips)`,
    );
  };
}

describe('LMS round-trips per completed vignette', () => {
  it('SCORM 1.2', measure('1.2'));
  it('SCORM 2004', measure('2004'));
});
