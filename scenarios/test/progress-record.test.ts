import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_DECISIONS, type LevelOrdinal, RESPONSE_KINDS } from '../src/areas.ts';
import {
  DRAFT_STEPS,
  decodeEvidence,
  decodeProgress,
  emptyProgressRecord,
  encodeEvidence,
  encodeProgress,
  factsToMask,
  maskToFacts,
  PROGRESS_RECORD_BUDGET,
  type ProgressRecord,
  type StageProgress,
  toCourseResumeState,
  type VignetteProgress,
  withCourseState,
  withVignetteProgress,
} from '../src/progress-record.ts';

const stage = (over: Partial<StageProgress> = {}): StageProgress => ({
  level: 3,
  response: 'targeted-early-help',
  consent: 'seek-consent',
  confidence: 4,
  score: 87,
  unsafe: false,
  evidence: 0b1011n,
  ...over,
});

const sample: ProgressRecord = {
  version: 3,
  area: 'sandwell',
  modulesDone: 0b1111,
  attempts: 1,
  bestScore: 74,
  passed: false,
  vignettes: [
    {
      vignetteId: 'oskar-health-visitor',
      mode: 'practice',
      complete: true,
      stages: [stage(), stage({ level: 4, unsafe: true })],
    },
    { vignetteId: 'ruby-young-carer', mode: 'assessment', complete: false, stages: [] },
  ],
};

/**
 * The worst realistic case: 24 practice vignettes and the assessment (here 6 of them again), ids
 * at the schema's 48-character maximum, four stages each, every one of 20 facts chosen.
 */
function fullCourse(idLength: number): ProgressRecord {
  const id = (i: number) => `v${String(i).padStart(2, '0')}-${'x'.repeat(idLength - 4)}`;
  const stages = Array.from({ length: 4 }, () => stage({ score: 100, evidence: 5n ** 20n - 1n }));
  const vignettes: VignetteProgress[] = [
    ...Array.from({ length: 24 }, (_, i) => ({
      vignetteId: id(i),
      mode: 'practice' as const,
      complete: true,
      stages,
    })),
    ...Array.from({ length: 6 }, (_, i) => ({
      vignetteId: id(i),
      mode: 'assessment' as const,
      complete: true,
      stages,
    })),
  ];
  return {
    version: 3,
    area: 'nottingham-city',
    modulesDone: 15,
    attempts: 3,
    bestScore: 100,
    passed: true,
    vignettes,
  };
}

describe('progress record', () => {
  it('round-trips', () => {
    const text = encodeProgress(sample);
    expect(text.startsWith('LW3;sa;f;1;22;0;')).toBe(true);
    expect(decodeProgress(text, 'sandwell')).toEqual({
      record: sample,
      status: 'ok',
      issues: [],
      fromVersion: 3,
    });
  });

  it('round-trips any valid record (property)', () => {
    const arbStage = fc.record({
      level: fc.constantFrom<LevelOrdinal>(1, 2, 3, 4),
      response: fc.constantFrom(...RESPONSE_KINDS),
      consent: fc.constantFrom(...CONSENT_DECISIONS),
      confidence: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
      score: fc.integer({ min: 0, max: 100 }),
      unsafe: fc.boolean(),
      evidence: fc.bigInt({ min: 0n, max: 5n ** 20n - 1n }),
    });
    const arbVignette = fc.record({
      vignetteId: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
      mode: fc.constantFrom('practice' as const, 'assessment' as const),
      complete: fc.boolean(),
      stages: fc.array(arbStage, { maxLength: 6 }),
    });
    const arbDraft = fc.record({
      step: fc.constantFrom(...DRAFT_STEPS),
      level: fc.constantFrom<LevelOrdinal | null>(1, 2, 3, 4, null),
      response: fc.constantFrom(...RESPONSE_KINDS, null),
      consent: fc.constantFrom(...CONSENT_DECISIONS, null),
      confidence: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const, null),
      evidence: fc.bigInt({ min: 0n, max: 5n ** 12n - 1n }),
    });
    const arbVignetteWithDraft = fc
      .tuple(arbVignette, fc.option(arbDraft, { nil: undefined }))
      .map(([v, draft]): VignetteProgress => (draft && !v.complete ? { ...v, draft } : v));
    const arbRecord = fc.record({
      version: fc.constant(3 as const),
      area: fc.constantFrom('telford-wrekin' as const, 'dudley' as const, null),
      modulesDone: fc.integer({ min: 0, max: 15 }),
      attempts: fc.integer({ min: 0, max: 9 }),
      bestScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      passed: fc.boolean(),
      vignettes: fc.uniqueArray(arbVignetteWithDraft, {
        selector: (v) => `${v.mode}:${v.vignetteId}`,
        maxLength: 10,
      }),
    });
    fc.assert(
      fc.property(arbRecord, (record) => {
        const decoded = decodeProgress(encodeProgress(record));
        expect(decoded.status).toBe('ok');
        expect(decoded.record).toEqual(record);
      }),
    );
  });

  it(`stays within ${PROGRESS_RECORD_BUDGET} characters with every vignette in the course done`, () => {
    const typical = encodeProgress(fullCourse(24)).length;
    const worst = encodeProgress(fullCourse(48)).length;
    console.info(
      `progress record: ${typical} characters with 24-character ids, ${worst} with 48-character ids`,
    );
    expect(typical).toBeLessThanOrEqual(PROGRESS_RECORD_BUDGET);
    expect(worst).toBeLessThanOrEqual(PROGRESS_RECORD_BUDGET);
  });

  describe('a corrupt or unknown record is reported and recovered from, never a crash', () => {
    const good = encodeProgress(sample);
    const cases: [string, string, RegExp][] = [
      ['truncated', good.slice(0, good.length - 10), /checksum does not match/],
      ['altered', good.replace('LW3;sa;f;1;22;0;', 'LW3;sa;f;1;2s;0;'), /checksum does not match/],
      ['not ours', '{"lesson":"3"}', /not a Levelwise progress record/],
      [
        'future version',
        'LW9;whatever',
        /version 9 is not known to this course \(it reads versions 1 to 3\)/,
      ],
      ['garbled v1', 'LW1;zz;;0;-;0', /version 1 record: modules is not hexadecimal/],
    ];
    for (const [name, text, message] of cases) {
      it(`recovers from a ${name} record`, () => {
        const result = decodeProgress(text, 'sandwell');
        expect(result.status).toBe('recovered');
        expect(result.record).toEqual(emptyProgressRecord('sandwell'));
        expect(result.issues.join(' ')).toMatch(message);
        expect(result.issues.join(' ')).toMatch(/starting a fresh record/);
      });
    }

    it('drops only a malformed entry when the checksum holds (a writer bug), and says which', () => {
      const body = 'LW3;sa;f;1;22;0;p1ok-one:3214102rb/p1bad:9';
      let hash = 0x811c9dc5;
      for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
      const result = decodeProgress(`${body};${hash.toString(36)}`);
      expect(result.status).toBe('recovered');
      expect(result.record.vignettes.map((v) => v.vignetteId)).toEqual(['ok-one']);
      expect(result.issues).toEqual(['bad stage 1: stage `9` is malformed; that entry was dropped']);
    });

    it('never throws on arbitrary input', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (text) => {
          const result = decodeProgress(text);
          expect(['ok', 'empty', 'migrated', 'recovered']).toContain(result.status);
        }),
      );
      fc.assert(
        fc.property(fc.nat({ max: good.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }), (at, ch) => {
          const mutated = good.slice(0, at) + ch + good.slice(at + 1);
          const result = decodeProgress(mutated);
          if (mutated !== good) expect(result.status === 'recovered' || result.status === 'ok').toBe(true);
        }),
      );
    });

    it('refuses a record saved for another area', () => {
      const result = decodeProgress(good, 'dudley');
      expect(result.status).toBe('recovered');
      expect(result.issues[0]).toMatch(/belongs to another area \(sandwell\)/);
    });
  });

  it('starts empty when there is nothing saved', () => {
    expect(decodeProgress('', 'dudley')).toEqual({
      record: emptyProgressRecord('dudley'),
      status: 'empty',
      issues: [],
      fromVersion: null,
    });
    expect(decodeProgress(undefined).status).toBe('empty');
  });

  it('migrates version 1 records', () => {
    const result = decodeProgress('LW1;7;oskar-health-visitor,ruby-young-carer;2;64;0', 'telford-wrekin');
    expect(result.status).toBe('migrated');
    expect(result.fromVersion).toBe(1);
    expect(result.record).toEqual({
      version: 3,
      area: 'telford-wrekin',
      modulesDone: 7,
      attempts: 2,
      bestScore: 64,
      passed: false,
      vignettes: [
        { vignetteId: 'oskar-health-visitor', mode: 'practice', complete: true, stages: [] },
        { vignetteId: 'ruby-young-carer', mode: 'practice', complete: true, stages: [] },
      ],
    });
    expect(toCourseResumeState(result.record)).toEqual({
      modulesDone: 7,
      practiceDone: ['oskar-health-visitor', 'ruby-young-carer'],
      attempts: 2,
      bestScore: 0.64,
      passed: false,
    });
  });

  it('migrates version 2 records: the chosen facts carry over without their sides, the scores stand', () => {
    // Written by the version 2 encoder: oskar stage 1 scored 50 (`1e`) and chose facts 0, 1 and 3 (mask 0b1011 = `b`).
    const body = 'LW2;sa;f;1;22;0;p1oskar-health-visitor:321401eb/a0ruby-young-carer:';
    let hash = 0x811c9dc5;
    for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
    const result = decodeProgress(`${body};${hash.toString(36)}`, 'sandwell');
    expect(result.status).toBe('migrated');
    expect(result.fromVersion).toBe(2);
    expect(result.record.version).toBe(3);
    const stage = result.record.vignettes[0]?.stages[0] as StageProgress;
    expect(stage).toMatchObject({
      level: 3,
      response: 'targeted-early-help',
      consent: 'seek-consent',
      confidence: 4,
      score: 50,
    });
    expect(decodeEvidence(['a', 'b', 'c', 'd', 'e'], stage.evidence)).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'd' },
    ]);
    expect(encodeProgress(result.record).startsWith('LW3;')).toBe(true);
  });

  it('encodes evidence with the side of the triangle each fact was put on', () => {
    const active = ['a', 'b', 'c', 'd'];
    const chosen = [
      { id: 'd', domain: 'family-environment' as const },
      { id: 'a' },
      { id: 'b', domain: 'child-development' as const },
      { id: 'zz', domain: 'parenting-capacity' as const },
    ];
    // digits least significant first: a=1, b=2, c=0, d=4 → 1 + 2·5 + 0·25 + 4·125
    expect(encodeEvidence(active, chosen)).toBe(511n);
    expect(decodeEvidence(active, 511n)).toEqual([
      { id: 'a' },
      { id: 'b', domain: 'child-development' },
      { id: 'd', domain: 'family-environment' },
    ]);
    expect(decodeEvidence(active, 0n)).toEqual([]);
  });

  it('keeps the unfinished stage of a vignette left mid-way', () => {
    const left: ProgressRecord = {
      ...emptyProgressRecord('dudley'),
      vignettes: [
        {
          vignetteId: 'ruby-young-carer',
          mode: 'practice',
          complete: false,
          stages: [stage()],
          draft: {
            step: 'consent',
            level: 2,
            response: 'early-help-conversation',
            consent: null,
            confidence: null,
            evidence: 7n,
          },
        },
      ],
    };
    const text = encodeProgress(left);
    expect(text).toContain('!421x07');
    expect(decodeProgress(text, 'dudley')).toMatchObject({ status: 'ok', record: left });
  });

  it('maps chosen facts to and from a bitmask over the active facts', () => {
    const active = ['a', 'b', 'c', 'd'];
    expect(factsToMask(active, ['d', 'a', 'zz'])).toBe(0b1001n);
    expect(maskToFacts(active, 0b1001n)).toEqual(['a', 'd']);
  });

  it('merges course state and vignette progress without losing answers', () => {
    let record = withVignetteProgress(emptyProgressRecord('dudley'), sample.vignettes[0] as VignetteProgress);
    record = withCourseState(record, {
      modulesDone: 3,
      practiceDone: ['oskar-health-visitor', 'ruby-young-carer'],
      attempts: 0,
      bestScore: null,
      passed: false,
    });
    expect(record.vignettes.map((v) => [v.vignetteId, v.stages.length])).toEqual([
      ['oskar-health-visitor', 2],
      ['ruby-young-carer', 0],
    ]);
    expect(decodeProgress(encodeProgress(record), 'dudley').record).toEqual(record);
  });

  it('refuses to encode an id that could break the format', () => {
    expect(() =>
      encodeProgress({
        ...sample,
        vignettes: [{ vignetteId: 'a;b', mode: 'practice', complete: true, stages: [] }],
      }),
    ).toThrow(/cannot be encoded/);
  });
});
