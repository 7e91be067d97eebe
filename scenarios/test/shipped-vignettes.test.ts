import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { deriveVignetteKey } from '../src/answer-key.ts';
import { AREA_IDS } from '../src/areas.ts';
import { checkVignetteFiles, defaultLookupFor, listVignetteFiles } from '../src/catalogue.ts';
import { describeIsoDeadline, frameworksLookup } from '../src/frameworks-adapter.ts';
import { vignetteMachine } from '../src/machines/vignette.machine.ts';
import {
  selectEvidenceOptions,
  selectVignetteFeedback,
  selectVignetteSummary,
} from '../src/machines/vignette.selectors.ts';
import { workshopMachine } from '../src/machines/workshop.machine.ts';
import {
  createWorkshopKeys,
  selectSessionSummary,
  selectWorkshopDiscussion,
} from '../src/machines/workshop.selectors.ts';
import { isPendingIndicator } from '../src/pending-indicators.ts';
import {
  decodeProgress,
  emptyProgressRecord,
  encodeProgress,
  toStageAnswer,
  toStageProgress,
  withVignetteProgress,
} from '../src/progress-record.ts';
import type { StageResult } from '../src/scoring.ts';
import type { Vignette } from '../src/vignette.schema.ts';

/** The shipped vignettes, validated against the real @levelwise/frameworks data. */
const checked = checkVignetteFiles(listVignetteFiles());
const byId = new Map(
  checked.flatMap((c) => (c.loaded ? [[c.loaded.vignette.id, c.loaded.vignette] as const] : [])),
);
const vignette = (id: string) => byId.get(id) as Vignette;

describe('shipped vignettes against @levelwise/frameworks', () => {
  it('are all valid', () => {
    expect(checked.flatMap((c) => c.issues)).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(2);
  });

  it('key pending indicators only in drafts', () => {
    for (const v of byId.values()) {
      const pending = v.stages.flatMap((s) =>
        s.facts.flatMap((f) =>
          AREA_IDS.flatMap((a) => {
            const key = f.keys?.[a];
            return key && 'indicators' in key ? key.indicators.filter((id) => isPendingIndicator(a, id)) : [];
          }),
        ),
      );
      if (!v.draft) expect(pending).toEqual([]);
    }
  });

  it('derive the documented levels: Oskar steps up 2 → 3 → 4 everywhere', () => {
    for (const area of AREA_IDS) {
      const { key } = deriveVignetteKey(
        vignette('oskar-health-visitor'),
        area,
        defaultLookupFor(vignette('oskar-health-visitor')),
      );
      expect(key.stages.map((s) => s.level)).toEqual([2, 3, 4]);
    }
  });

  it('derive the documented levels: Ruby steps down, contested where the areas disagree', () => {
    const bands = Object.fromEntries(
      AREA_IDS.map((area) => [
        area,
        deriveVignetteKey(vignette('ruby-young-carer'), area, frameworksLookup()).key.stages.map(
          (s) => s.band,
        ),
      ]),
    );
    expect(bands).toEqual({
      'telford-wrekin': [
        [3, 4],
        [1, 2],
      ],
      sandwell: [
        [3, 3],
        [1, 2],
      ],
      'stoke-on-trent': [
        [3, 3],
        [1, 2],
      ],
      'nottingham-city': [
        [3, 3],
        [1, 2],
      ],
      dudley: [
        [3, 4],
        [1, 2],
      ],
    });
  });

  it('name the local level names and front doors from the frameworks rules', () => {
    const { key } = deriveVignetteKey(
      vignette('oskar-health-visitor'),
      'sandwell',
      defaultLookupFor(vignette('oskar-health-visitor')),
    );
    expect(key.stages[2]?.levelName).toBe('Complex/ Significant Needs');
    expect(key.stages[2]?.response.frontDoor?.deadline).toBe('within 1 hour');
    // Trainer-facing caveats travel with the indicators: Dudley's asterisk, inferred levels.
    const dudleyOskar = deriveVignetteKey(vignette('oskar-health-visitor'), 'dudley', frameworksLookup()).key;
    const bruise = dudleyOskar.stages[2]?.steps[0]?.indicators.find(
      (c) => c.id === 'du-4-health-care-protection-494ad9',
    );
    expect(bruise?.caveats).toEqual(['The document marks it: a strategy discussion will need to be held.']);
    const rubyDudley = deriveVignetteKey(vignette('ruby-young-carer'), 'dudley', frameworksLookup()).key;
    const parentHealth = rubyDudley.stages[0]?.matches.find((m) => m.factId === 'mum-ms-worse')
      ?.indicators[0];
    expect(parentHealth?.caveats?.[0]).toMatch(/^Its level is inferred, not printed: /);
    // Consent feedback cites the area's own rule from frameworks.
    const dudley = deriveVignetteKey(vignette('oskar-health-visitor'), 'dudley', frameworksLookup()).key;
    expect(dudley.stages[2]?.consent.explanation).toMatch(/^Significant harm: .* Dudley: .*tell the parent/);
    expect(describeIsoDeadline('P2D', true)).toBe('within 2 working days');
    // Nottingham's immediate-referral list, outside its matrix, is addressable at level 4.
    expect(
      frameworksLookup().getIndicator('nottingham-city', 'nc-4-immediate-referral-indicators-2'),
    ).toMatchObject({
      level: 4,
      text: 'A non-mobile child with a unexplained, inconsistent and conflicting bruising and/or mark',
    });
    expect(
      frameworksLookup().getIndicator('sandwell', 'nc-4-immediate-referral-indicators-2'),
    ).toBeUndefined();
    expect(describeIsoDeadline('nonsense', false)).toBeNull();
  });

  it('feed the vignette machine and its selectors end to end', () => {
    const ruby = vignette('ruby-young-carer');
    const keys = deriveVignetteKey(ruby, 'dudley', frameworksLookup()).key.stages;
    const actor = createActor(vignetteMachine, {
      input: {
        vignetteId: ruby.id,
        stageCount: ruby.stages.length,
        mode: 'practice',
        hasContentNote: ruby.contentNote !== null,
      },
    });
    actor.start();
    const answer = (level: 1 | 2 | 3 | 4, facts: string[]) => {
      actor.send({ type: 'CONTINUE' });
      for (const id of facts) actor.send({ type: 'TOGGLE_FACT', id, domain: 'child-development' });
      actor.send({ type: 'CONTINUE' });
      actor.send({ type: 'SELECT_LEVEL', level });
      actor.send({ type: 'CONTINUE' });
      actor.send({ type: 'SELECT_RESPONSE', response: 'targeted-early-help' });
      actor.send({ type: 'CONTINUE' });
      actor.send({ type: 'SELECT_CONSENT', consent: 'seek-consent' });
      actor.send({ type: 'CONTINUE' });
      actor.send({ type: 'SELECT_CONFIDENCE', confidence: 4 });
      actor.send({ type: 'SUBMIT' });
    };
    answer(3, ['attendance-84', 'personal-care-for-mum']);
    const feedback = selectVignetteFeedback(actor.getSnapshot(), keys);
    expect(feedback?.results).toHaveLength(1);
    expect(feedback?.results[0]?.components.level.rules[0]?.rule).toBe('level.within-band');
    const dudley4 = frameworksLookup().levelName('dudley', 4);
    expect(
      feedback?.results[0]?.components.level.rules.some((r) =>
        r.indicators.some((c) => c.levelName === dudley4),
      ),
    ).toBe(true);
    actor.send({ type: 'NEXT' });
    answer(2, ['still-some-caring']);
    actor.send({ type: 'NEXT' });
    const summary = selectVignetteSummary(actor.getSnapshot(), keys);
    // What persistProgress would save, and what it reads back.
    const snapshot = actor.getSnapshot();
    const stages = snapshot.context.answers.map((a, i) =>
      toStageProgress(a, summary?.overall.stages[i] as StageResult, keys[i]?.activeFactIds ?? []),
    );
    const saved = encodeProgress(
      withVignetteProgress(emptyProgressRecord('dudley'), {
        vignetteId: ruby.id,
        mode: 'practice',
        complete: true,
        stages,
      }),
    );
    const restored = decodeProgress(saved, 'dudley').record.vignettes[0];
    expect(restored?.stages.map((s) => s.level)).toEqual([3, 2]);
    // The answers come back whole (facts with their sides), so re-scoring gives the same result.
    const restoredAnswers = (restored?.stages ?? []).map((s, i) =>
      toStageAnswer(s, keys[i]?.activeFactIds ?? []),
    );
    expect(restoredAnswers).toEqual(snapshot.context.answers);
    expect(restoredAnswers[0]?.facts.map((f) => f.id)).toEqual(['attendance-84', 'personal-care-for-mum']);
    expect(summary?.overall.stages).toHaveLength(2);
    expect(summary?.declined).toBe(false);
    expect(summary?.calibration.buckets.find((b) => b.confidence === 4)?.count).toBe(2);
  });

  it('offer every active fact as evidence, including earlier stages, without revealing which matter', () => {
    const oskar = vignette('oskar-health-visitor');
    const actor = createActor(vignetteMachine, {
      input: { vignetteId: oskar.id, stageCount: 3, mode: 'assessment', hasContentNote: true },
    });
    actor.start();
    actor.send({ type: 'ACKNOWLEDGE_CONTENT_NOTE' });
    const first = selectEvidenceOptions(actor.getSnapshot(), oskar);
    expect(first.map((o) => o.id)).toEqual([
      'kasia-low-mood',
      'oskar-thriving',
      'tomasz-warm',
      'kasia-accepts-help',
      'moved-from-poland',
    ]);
    expect(Object.keys(first[0] ?? {}).sort()).toEqual(['chosen', 'domain', 'id', 'quote', 'stageIndex']);
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'TOGGLE_FACT', id: 'kasia-low-mood', domain: 'parenting-capacity' });
    expect(selectEvidenceOptions(actor.getSnapshot(), oskar)[0]).toMatchObject({
      chosen: true,
      domain: 'parenting-capacity',
    });
  });

  it('give a workshop its keys, its reveal and its discussion', () => {
    const all = [...byId.values()];
    const keys = createWorkshopKeys(
      all,
      'telford-wrekin',
      defaultLookupFor(vignette('oskar-health-visitor')),
    );
    const actor = createActor(workshopMachine, {
      input: {
        catalogue: all.map((v) => ({ vignetteId: v.id, stageCount: v.stages.length })),
        area: 'telford-wrekin',
      },
    });
    actor.start();
    actor.send({ type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' });
    actor.send({ type: 'START' });
    expect(selectWorkshopDiscussion(actor.getSnapshot(), all, keys.key)).toBeNull();
    actor.send({ type: 'OPEN_VOTING' });
    for (const level of [3, 3, 4, 2] as const) actor.send({ type: 'CAST_VOTE', level });
    actor.send({ type: 'CLOSE_VOTING' });
    const discussion = selectWorkshopDiscussion(actor.getSnapshot(), all, keys.key);
    expect(discussion?.prompts).toEqual(vignette('ruby-young-carer').discussionPrompts);
    expect(discussion?.stageTrainerNote).toMatch(/Telford & Wrekin \(Acute\)/);
    const summary = selectSessionSummary(actor.getSnapshot(), keys.band);
    expect(summary.rounds[0]).toMatchObject({
      band: [3, 4],
      withinKey: 0.75,
      underCallsOfSignificantHarm: 0,
    });
    expect(keys.band({ vignetteId: 'nope', stageIndex: 0 })).toBeUndefined();
    expect(keys.band({ vignetteId: 'ruby-young-carer', stageIndex: 9 })).toBeUndefined();
  });
});
