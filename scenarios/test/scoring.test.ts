import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESPONSE_FOR_LEVEL, type StageAreaKey } from '../src/answer-key.ts';
import {
  CONSENT_DECISIONS,
  type ConsentDecision,
  type LevelOrdinal,
  RESPONSE_KINDS,
  TRIANGLE_DOMAINS,
  type TriangleDomain,
} from '../src/areas.ts';
import {
  calibration,
  checkScoringConfig,
  combineResults,
  DEFAULT_SCORING_CONFIG,
  type EvidenceChoice,
  type StageAnswer,
  scoreEvidence,
  scoreLevel,
  scoreResponse,
  scoreStage,
} from '../src/scoring.ts';

interface KeySpec {
  band: [LevelOrdinal, LevelOrdinal];
  relevant: TriangleDomain[];
  distractors: number;
  tellingRisky: boolean;
}

function consentFor(level: LevelOrdinal, risky: boolean): ConsentDecision {
  return level === 1
    ? 'no-sharing-needed'
    : level < 4
      ? 'seek-consent'
      : risky
        ? 'share-without-informing'
        : 'share-and-inform';
}

/** A synthetic key with the same shape deriveStageKey produces. */
function syntheticKey(spec: KeySpec): StageAreaKey {
  const relevantIds = spec.relevant.map((_, i) => `fact-${i}`);
  const distractorIds = Array.from({ length: spec.distractors }, (_, i) => `distractor-${i}`);
  const level = spec.band[1];
  const names = { 1: 'Universal', 2: 'Vulnerable', 3: 'Complex', 4: 'Acute' } as const;
  return {
    vignetteId: 'synthetic',
    area: 'telford-wrekin',
    areaName: 'Telford & Wrekin',
    stageIndex: 0,
    stageId: 'stage',
    activeFactIds: [...relevantIds, ...distractorIds],
    relevantFactIds: relevantIds,
    matches: spec.relevant.map((domain, i) => ({
      factId: `fact-${i}`,
      kind: 'concern',
      domain,
      level,
      indicators: [
        {
          factId: `fact-${i}`,
          id: `ind-${i}`,
          level,
          levelName: names[level],
          localDimension: 'Health',
          text: `Indicator ${i}`,
        },
      ],
    })),
    baseLevel: level,
    level,
    levelName: names[level],
    levelNames: names,
    band: spec.band,
    immediateDanger: false,
    steps: [],
    response: {
      kind: RESPONSE_FOR_LEVEL[level],
      acceptable: [...new Set([RESPONSE_FOR_LEVEL[spec.band[0]], RESPONSE_FOR_LEVEL[spec.band[1]]])],
      localResponse: '',
      explanation: '',
    },
    consent: {
      decision: consentFor(level, spec.tellingRisky),
      acceptable: [
        ...new Set([
          consentFor(spec.band[0], spec.tellingRisky),
          consentFor(spec.band[1], spec.tellingRisky),
        ]),
      ],
      explanation: '',
      notes: [],
    },
  };
}

const arbLevel = fc.constantFrom<LevelOrdinal>(1, 2, 3, 4);
const arbDomain = fc.constantFrom<TriangleDomain>(...TRIANGLE_DOMAINS);
const arbSpec: fc.Arbitrary<KeySpec> = fc.record({
  band: fc
    .tuple(arbLevel, fc.boolean())
    .map(([low, contested]) =>
      contested && low < 4
        ? ([low, (low + 1) as LevelOrdinal] as [LevelOrdinal, LevelOrdinal])
        : ([low, low] as [LevelOrdinal, LevelOrdinal]),
    ),
  relevant: fc.array(arbDomain, { minLength: 1, maxLength: 6 }),
  distractors: fc.nat({ max: 3 }),
  tellingRisky: fc.boolean(),
});

/** A key and an answer drawn from its facts (and sometimes unknown ones). */
const arbCase = arbSpec.chain((spec) => {
  const key = syntheticKey(spec);
  const choice = fc.record({
    id: fc.constantFrom(...key.activeFactIds, 'unknown-fact'),
    domain: fc.option(arbDomain, { nil: undefined }),
  });
  const answer = fc.record({
    facts: fc
      .uniqueArray(choice, { selector: (c) => c.id, maxLength: 8 })
      .map((cs) => cs.map((c) => (c.domain ? { id: c.id, domain: c.domain } : { id: c.id }))),
    level: arbLevel,
    response: fc.constantFrom(...RESPONSE_KINDS),
    consent: fc.constantFrom(...CONSENT_DECISIONS),
    confidence: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
  });
  return fc.tuple(fc.constant(key), answer);
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('scoring invariants (property-based)', () => {
  it('is bounded, and every point is accounted for by a listed rule', () => {
    fc.assert(
      fc.property(arbCase, ([key, answer]) => {
        const r = scoreStage(answer, key);
        expect(r.points).toBeGreaterThanOrEqual(0);
        expect(r.points).toBeLessThanOrEqual(r.maxPoints + 1e-12);
        expect(r.fraction).toBeGreaterThanOrEqual(0);
        expect(r.fraction).toBeLessThanOrEqual(1 + 1e-12);
        for (const c of Object.values(r.components)) {
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1 + 1e-12);
          expect(sum(c.rules.map((rule) => rule.points))).toBeCloseTo(c.points, 10);
        }
      }),
    );
  });

  it('respects the band: any level inside it earns full level credit', () => {
    fc.assert(
      fc.property(arbSpec, (spec) => {
        const key = syntheticKey(spec);
        for (const level of [spec.band[0], spec.band[1]]) {
          expect(scoreLevel({ level }, key).result.score).toBe(DEFAULT_SCORING_CONFIG.levelCredit.withinBand);
        }
      }),
    );
  });

  it('orders level credit: exact ≥ adjacent ≥ far, and never rewards moving away from the band', () => {
    fc.assert(
      fc.property(arbSpec, arbLevel, arbLevel, (spec, a, b) => {
        const key = syntheticKey(spec);
        const distance = (l: number) =>
          l < spec.band[0] ? spec.band[0] - l : l > spec.band[1] ? l - spec.band[1] : 0;
        const [near, far] = distance(a) <= distance(b) ? [a, b] : [b, a];
        expect(scoreLevel({ level: near }, key).result.score).toBeGreaterThanOrEqual(
          scoreLevel({ level: far }, key).result.score,
        );
        const credit = (l: LevelOrdinal) => scoreLevel({ level: l }, key).result.score;
        if (distance(a) === 0 && distance(b) === 1) expect(credit(a)).toBeGreaterThan(credit(b));
        if (distance(a) === 1 && distance(b) >= 2) expect(credit(a)).toBeGreaterThan(credit(b));
      }),
    );
  });

  it('never rewards a response further from an acceptable one on the ladder', () => {
    fc.assert(
      fc.property(
        arbSpec,
        fc.constantFrom(...RESPONSE_KINDS),
        fc.constantFrom(...RESPONSE_KINDS),
        (spec, a, b) => {
          const key = syntheticKey(spec);
          const at = (k: (typeof RESPONSE_KINDS)[number]) => RESPONSE_KINDS.indexOf(k);
          const distance = (k: (typeof RESPONSE_KINDS)[number]) =>
            Math.min(...key.response.acceptable.map((x) => Math.abs(at(x) - at(k))));
          const [near, far] = distance(a) <= distance(b) ? [a, b] : [b, a];
          expect(scoreResponse({ response: near }, key).result.score).toBeGreaterThanOrEqual(
            scoreResponse({ response: far }, key).result.score,
          );
        },
      ),
    );
  });

  it('is monotonic in the correctness of evidence', () => {
    fc.assert(
      fc.property(arbCase, ([key, answer]) => {
        const base = scoreEvidence(answer, key).score;
        const chosen = new Set(answer.facts.map((f) => f.id));
        // Adding a fact that matters, on the right side of the triangle, never lowers the score.
        const missing = key.matches.find((m) => !chosen.has(m.factId));
        if (missing) {
          const more: EvidenceChoice[] = [...answer.facts, { id: missing.factId, domain: missing.domain }];
          expect(scoreEvidence({ facts: more }, key).score).toBeGreaterThanOrEqual(base - 1e-12);
        }
        // Dropping a distractor (or an unknown fact) never lowers it.
        const wrong = answer.facts.find((f) => !key.relevantFactIds.includes(f.id));
        if (wrong) {
          const fewer = answer.facts.filter((f) => f !== wrong);
          expect(scoreEvidence({ facts: fewer }, key).score).toBeGreaterThanOrEqual(base - 1e-12);
        }
        // Putting a chosen fact on the right side of the triangle never lowers it.
        const misplaced = answer.facts.find((f) => {
          const m = key.matches.find((x) => x.factId === f.id);
          return m && f.domain !== m.domain;
        });
        if (misplaced) {
          const domain = key.matches.find((m) => m.factId === misplaced.id)?.domain as TriangleDomain;
          const fixed = answer.facts.map((f) => (f === misplaced ? { id: f.id, domain } : f));
          expect(scoreEvidence({ facts: fixed }, key).score).toBeGreaterThanOrEqual(base - 1e-12);
        }
      }),
    );
  });

  it('penalises distractors: adding one strictly lowers the evidence score once a relevant fact is chosen', () => {
    fc.assert(
      fc.property(arbCase, ([key, answer]) => {
        const chosen = new Set(answer.facts.map((f) => f.id));
        const distractor = key.activeFactIds.find(
          (id) => !key.relevantFactIds.includes(id) && !chosen.has(id),
        );
        const hits = answer.facts.filter((f) => key.relevantFactIds.includes(f.id)).length;
        if (!distractor || hits === 0) return;
        const before = scoreEvidence(answer, key).score;
        const after = scoreEvidence({ facts: [...answer.facts, { id: distractor }] }, key).score;
        expect(after).toBeLessThan(before);
      }),
    );
  });

  it('flags every under-call of a level-4 key as unsafe, and nothing else as a level under-call', () => {
    fc.assert(
      fc.property(arbCase, ([key, answer]) => {
        const r = scoreStage(answer, key);
        const flagged = r.unsafe.some((u) => u.kind === 'level-under-call');
        expect(flagged).toBe(key.band[0] === 4 && answer.level < 4);
        if (flagged) expect(combineResults([r]).passed).toBe(false);
      }),
    );
  });

  it('passes an attempt only at or above the pass mark with no failing unsafe error', () => {
    fc.assert(
      fc.property(fc.array(arbCase, { minLength: 1, maxLength: 5 }), (cases) => {
        const results = cases.map(([key, answer]) => scoreStage(answer, key));
        const combined = combineResults(results);
        const hasUnderCall = results.some((r) => r.unsafe.some((u) => u.kind === 'level-under-call'));
        expect(combined.passed).toBe(
          combined.fraction >= DEFAULT_SCORING_CONFIG.passMark - 1e-9 && !hasUnderCall,
        );
      }),
    );
  });

  it('gives full marks to a perfect answer, whatever the key', () => {
    fc.assert(
      fc.property(arbSpec, (spec) => {
        const key = syntheticKey(spec);
        const perfect: StageAnswer = {
          facts: key.matches.map((m) => ({ id: m.factId, domain: m.domain })),
          level: key.level,
          response: key.response.kind,
          consent: key.consent.decision,
          confidence: 5,
        };
        const r = scoreStage(perfect, key);
        expect(r.fraction).toBeCloseTo(1, 10);
        expect(r.unsafe).toEqual([]);
      }),
    );
  });
});

describe('scoring examples', () => {
  const key = syntheticKey({
    band: [4, 4],
    relevant: ['child-development', 'parenting-capacity'],
    distractors: 1,
    tellingRisky: false,
  });

  it('scores evidence as F1 of precision and recall, plus triangle placement', () => {
    const four = syntheticKey({
      band: [2, 2],
      relevant: ['child-development', 'parenting-capacity', 'family-environment', 'child-development'],
      distractors: 2,
      tellingRisky: false,
    });
    // 2 of 4 relevant (recall 1/2), 2 of 3 choices relevant (precision 2/3): F1 = 4/7; 1 of 2 placed right.
    const r = scoreEvidence(
      {
        facts: [
          { id: 'fact-0', domain: 'child-development' },
          { id: 'fact-1', domain: 'family-environment' },
          { id: 'distractor-0' },
        ],
      },
      four,
    );
    expect(r.score).toBeCloseTo(0.75 * (4 / 7) + 0.25 * 0.5, 10);
    expect(r.rules.map((x) => x.rule)).toEqual([
      'evidence.facts-f1',
      'evidence.triangle-domains',
      'evidence.missed-concern',
      'evidence.missed-concern',
      'evidence.distractor',
      'evidence.wrong-domain',
    ]);
  });

  it('explains an unsafe under-call plainly and fails it whatever the points', () => {
    const r = scoreStage(
      {
        facts: [
          { id: 'fact-0', domain: 'child-development' },
          { id: 'fact-1', domain: 'parenting-capacity' },
        ],
        level: 3,
        response: 'targeted-early-help',
        consent: 'seek-consent',
        confidence: 5,
      },
      key,
    );
    expect(r.unsafe.map((u) => u.kind)).toEqual(['level-under-call', 'response-under-call', 'consent-delay']);
    expect(r.components.level.rules.find((x) => x.rule === 'level.unsafe-under-call')?.explanation).toMatch(
      /significant harm \(Acute\)/,
    );
    const combined = combineResults([r]);
    expect(combined.passed).toBe(false);
    expect(combined.verdict).toMatch(/unsafe error/);
  });

  it('gives partial consent credit for sharing but getting the informing wrong', () => {
    const risky = syntheticKey({
      band: [4, 4],
      relevant: ['child-development'],
      distractors: 0,
      tellingRisky: true,
    });
    const r = scoreStage(
      {
        facts: [{ id: 'fact-0' }],
        level: 4,
        response: 'front-door-referral',
        consent: 'share-and-inform',
        confidence: 3,
      },
      risky,
    );
    expect(r.components.consent.score).toBe(DEFAULT_SCORING_CONFIG.consentPartialCredit);
    expect(r.unsafe).toEqual([]);
  });

  it('records confidence for calibration without scoring it', () => {
    const answer: StageAnswer = {
      facts: [{ id: 'fact-0' }],
      level: 2,
      response: 'early-help-conversation',
      consent: 'seek-consent',
      confidence: 1,
    };
    const a = scoreStage(answer, key);
    const b = scoreStage({ ...answer, confidence: 5 }, key);
    expect(a.points).toBe(b.points);
    const cal = calibration([a, b]);
    expect(cal.buckets.find((x) => x.confidence === 5)).toEqual({ confidence: 5, count: 1, accuracy: 0 });
    expect(cal.overconfidence).toBeCloseTo((0 - 0 + 1 - 0) / 2, 10);
  });

  it('takes weights and the pass mark from configuration, and checks them', () => {
    expect(checkScoringConfig(DEFAULT_SCORING_CONFIG)).toEqual([]);
    const levelOnly = {
      ...DEFAULT_SCORING_CONFIG,
      weights: { level: 1, evidence: 0, response: 0, consent: 0 },
      passMark: 0.5,
    };
    const r = scoreStage(
      { facts: [], level: 3, response: 'call-999', consent: 'no-sharing-needed', confidence: 3 },
      syntheticKey({ band: [3, 3], relevant: ['child-development'], distractors: 0, tellingRisky: false }),
      levelOnly,
    );
    expect(r.fraction).toBe(1);
    expect(combineResults([r], levelOnly).passed).toBe(true);
    expect(
      checkScoringConfig({
        ...DEFAULT_SCORING_CONFIG,
        levelCredit: { withinBand: 0.5, adjacent: 0.8, far: 0 },
      }),
    ).toEqual(['levelCredit must satisfy withinBand ≥ adjacent ≥ far']);
    expect(checkScoringConfig({ ...DEFAULT_SCORING_CONFIG, passMark: 1.2 })).toEqual([
      'passMark must be between 0 and 1',
    ]);
  });
});
