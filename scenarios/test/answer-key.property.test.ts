import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveStageKey, MULTIPLICITY_MIN_DOMAINS, MULTIPLICITY_MIN_FACTS } from '../src/answer-key.ts';
import { AREA_IDS, type AreaId, TRIANGLE_DOMAINS } from '../src/areas.ts';
import { fixtureIndicators, fixtureFrameworkLookup as lookup } from '../src/fixture-framework.ts';
import { type Vignette, vignetteSchema } from '../src/vignette.schema.ts';

/** Random one-stage vignettes keyed to random fixture indicators, with random declared modifiers. */
const arbFact = (i: number) =>
  fc
    .record({
      kind: fc.constantFrom('concern' as const, 'strength' as const),
      domain: fc.constantFrom(...TRIANGLE_DOMAINS),
      keys: fc.record(
        Object.fromEntries(
          AREA_IDS.map((area) => [
            area,
            fc.oneof(
              fc.constant({ none: 'no match' }),
              fc
                .uniqueArray(fc.constantFrom(...fixtureIndicators(area).map((x) => x.id)), {
                  minLength: 1,
                  maxLength: 2,
                })
                .map((indicators) => ({ indicators })),
            ),
          ]),
        ) as Record<AreaId, fc.Arbitrary<{ none: string } | { indicators: string[] }>>,
      ),
    })
    .map((f) => ({ id: `f${i}`, quote: `fact ${i}.`, ...f }));

const arbVignette: fc.Arbitrary<Vignette> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbFact(i))))
  .chain((facts) => {
    const ids = facts.map((f) => f.id);
    const modifier = fc.oneof(
      fc.record({ type: fc.constant('multiplicity' as const), rationale: fc.constant('several together') }),
      fc.record({
        type: fc.constant('contested' as const),
        band: fc.constantFrom<[1, 2] | [2, 3] | [3, 4]>([1, 2], [2, 3], [3, 4]),
        trainerNote: fc.constant('both defensible'),
      }),
      fc.record({
        type: fc.constant('protective' as const),
        facts: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 2 }),
        rationale: fc.constant('strengths'),
      }),
    );
    return fc.tuple(fc.constant(facts), fc.array(modifier, { maxLength: 2 }));
  })
  .map(([facts, modifiers]) =>
    vignetteSchema.parse({
      id: 'random',
      title: 'Random',
      child: { name: 'A', age: { years: 5 } },
      setting: 'school',
      role: 'teacher',
      themes: ['neglect'],
      contentNote: null,
      trainerNotes: 'generated',
      discussionPrompts: ['?'],
      stages: [
        {
          id: 's1',
          title: 'Stage',
          narrative: facts.map((f) => f.quote).join(' '),
          facts,
          modifiers,
        },
      ],
    }),
  );

describe('level derivation invariants (property-based)', () => {
  it('starts at the highest concern level, and applies each modifier only when it is derivable', () => {
    fc.assert(
      fc.property(arbVignette, fc.constantFrom(...AREA_IDS), (vignette, area) => {
        const { key, problems } = deriveStageKey(vignette, 0, area, lookup);
        const stage = vignette.stages[0]!;
        const concernLevels = stage.facts.flatMap((f) => {
          const k = f.keys?.[area];
          if (f.kind !== 'concern' || !k || !('indicators' in k)) return [];
          return [Math.max(...k.indicators.map((id) => lookup.getIndicator(area, id)!.level))];
        });
        const base = Math.max(1, ...concernLevels);
        expect(key.baseLevel).toBe(base);
        expect(key.level).toBeGreaterThanOrEqual(1);
        expect(key.level).toBeLessThanOrEqual(4);
        expect(key.band[0]).toBeLessThanOrEqual(key.level);
        expect(key.band[1]).toBeGreaterThanOrEqual(key.level);

        const applied = key.steps.map((s) => s.rule);
        const atBase = stage.facts.filter(
          (f, i) => f.kind === 'concern' && concernLevels.length && levelOf(vignette, i, area) === base,
        );
        const domains = new Set(atBase.map((f) => f.domain)).size;
        const multiplicityDerivable =
          base < 4 && atBase.length >= MULTIPLICITY_MIN_FACTS && domains >= MULTIPLICITY_MIN_DOMAINS;
        const declaredMultiplicity = (stage.modifiers ?? []).some((m) => m.type === 'multiplicity');
        expect(applied.includes('multiplicity')).toBe(declaredMultiplicity && multiplicityDerivable);
        if (declaredMultiplicity && !multiplicityDerivable)
          expect(problems.some((p) => /multiplicity/.test(p.message))).toBe(true);
        // Protective factors never lower a matched level-4 indicator, nor go below 1.
        if (base === 4) expect(applied).not.toContain('protective');
        const net = (applied.includes('multiplicity') ? 1 : 0) - (applied.includes('protective') ? 1 : 0);
        expect(key.level).toBe(Math.max(1, Math.min(4, base + net)));
        // A contested band applies only when it contains the derived level; otherwise it is reported.
        const contested = (stage.modifiers ?? []).find((m) => m.type === 'contested');
        if (contested?.type === 'contested') {
          const fits = contested.band[0] === key.level || contested.band[1] === key.level;
          expect(applied.includes('contested')).toBe(fits);
          if (fits) expect(key.band).toEqual(contested.band);
          else expect(problems.some((p) => /does not contain the derived level/.test(p.message))).toBe(true);
        } else {
          expect(key.band).toEqual([key.level, key.level]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function levelOf(vignette: Vignette, factIndex: number, area: AreaId): number | null {
  const k = vignette.stages[0]!.facts[factIndex]!.keys?.[area];
  if (!k || !('indicators' in k)) return null;
  return Math.max(...k.indicators.map((id) => lookup.getIndicator(area, id)!.level));
}
