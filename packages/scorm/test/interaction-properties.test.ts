import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScormStandard } from '../src/api-types.ts';
import type { InteractionRecord, InteractionResult } from '../src/interactions.ts';
import { createHarness, startSession } from './helpers.ts';

const optionId = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const options = (max: number) => fc.uniqueArray(optionId, { minLength: 1, maxLength: max });
const result = fc.constantFrom<InteractionResult>('correct', 'incorrect', 'neutral', 'unanticipated');
// Course ids may contain dots and spaces; 1.2 must still get valid ids.
const interactionId = fc.stringMatching(/^[a-z][a-z0-9. -]{0,30}[a-z0-9]$/);

const interaction: fc.Arbitrary<InteractionRecord> = fc.oneof(
  fc.tuple(interactionId, options(36), result, fc.boolean()).chain(([id, opts, res, withCorrect]) =>
    fc.tuple(fc.subarray(opts), fc.subarray(opts, { minLength: 1 })).map(([response, correct]) => {
      const record: InteractionRecord = { id, type: 'choice', options: opts, response, result: res };
      if (withCorrect) record.correct = correct;
      return record;
    }),
  ),
  fc.tuple(interactionId, options(36), result).chain(([id, opts, res]) =>
    fc.shuffledSubarray(opts, { minLength: 1 }).map(
      (order): InteractionRecord => ({
        id,
        type: 'sequencing',
        options: opts,
        response: order,
        correct: opts,
        result: res,
      }),
    ),
  ),
  fc.tuple(interactionId, options(12), options(6), result).chain(([id, sources, targets, res]) =>
    fc
      .array(fc.tuple(fc.constantFrom(...sources), fc.constantFrom(...targets)), {
        minLength: 1,
        maxLength: 12,
      })
      .map(
        (pairs): InteractionRecord => ({
          id,
          type: 'matching',
          sources,
          targets,
          response: pairs,
          result: res,
        }),
      ),
  ),
  fc.tuple(interactionId, options(10), fc.string({ maxLength: 400 })).chain(([id, scale, description]) =>
    fc.constantFrom(...scale).map(
      (chosen): InteractionRecord => ({
        id,
        type: 'likert',
        scale,
        response: chosen,
        result: 'neutral',
        description,
      }),
    ),
  ),
);

function property(standard: ScormStandard) {
  return async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(interaction, { minLength: 1, maxLength: 4 }), async (records) => {
        const h = createHarness({ standard });
        await startSession(h);
        // Two different course ids that become the same 1.2 id are refused by design (and reported).
        const origins = new Map<string, string>();
        let refusals = 0;
        for (const original of records) {
          // 2004 identifiers allow dots but no whitespace: the runtime refuses those (tested elsewhere)
          const record =
            standard === '2004' ? { ...original, id: original.id.replaceAll(' ', '-') } : original;
          const key = standard === '1.2' ? record.id.replace(/[^A-Za-z0-9_:-]/g, '_') : record.id;
          const result = h.session.recordInteraction(record);
          const origin = origins.get(key);
          if (standard === '1.2' && origin !== undefined && origin !== record.id) {
            refusals += 1;
            expect(result).toMatchObject({ ok: false, failure: { kind: 'invalid-input' } });
            continue;
          }
          origins.set(key, record.id);
          expect(result).toEqual({ ok: true, tracked: true });
        }
        expect(h.strict.violations).toEqual([]);
        expect(h.errors).toHaveLength(refusals);
        expect(h.errors.every((failure) => failure.kind === 'invalid-input')).toBe(true);
        h.session.terminate();
      }),
      { numRuns: 150 },
    );
  };
}

describe('every valid interaction is accepted by a strict LMS', () => {
  it('SCORM 1.2', property('1.2'), 60_000);
  it('SCORM 2004', property('2004'), 60_000);
});
