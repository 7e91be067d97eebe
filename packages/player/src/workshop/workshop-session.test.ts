import {
  frameworksLookup,
  selectSessionSummary,
  selectWorkshopView,
  type VoteCounts,
  workshopMachine,
} from '@levelwise/scenarios';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { machineCatalogue } from './session-catalogue.ts';
import { buildSessionExport, sessionToCsv } from './session-export.ts';
import { decodeSavedWorkshop, encodeSavedWorkshop } from './session-storage.ts';
import { shippedVignette } from './test-helpers.ts';
import { tallyGroupVotes } from './vote-distribution.ts';
import { areaKeys, keyEvidence, keyedIndicatorIds } from './workshop-keys.ts';

const vignettes = [shippedVignette('oskar-health-visitor'), shippedVignette('ruby-young-carer')];
const lookup = frameworksLookup();
const catalogue = machineCatalogue(vignettes);

/*
 * Five stages (Oskar's three, Ruby's two), four groups each, votes per level:
 *   [0,0,4,0] → P = 12/12 = 1
 *   [0,1,3,0] → P = 6/12 = 0.5
 *   [0,0,1,3] → P = 6/12 = 0.5
 *   [1,1,1,1] → P = 0
 *   [0,2,2,0] → P = 4/12 = 1/3
 *   P̄ = (1 + 0.5 + 0.5 + 0 + 1/3) / 5 = 7/15 ≈ 0.4667
 *   pooled over 20 votes: level 1: 1, level 2: 4, level 3: 11, level 4: 4
 *   P̄e = (1 + 16 + 121 + 16) / 400 = 154/400 = 0.385
 *   kappa = (7/15 − 0.385) / (1 − 0.385) = (49/600) / (369/600) = 49/369 ≈ 0.1328 ("slight")
 */
const ROUND_VOTES: VoteCounts[] = [
  [0, 0, 4, 0],
  [0, 1, 3, 0],
  [0, 0, 1, 3],
  [1, 1, 1, 1],
  [0, 2, 2, 0],
];

function groupsVoting(votes: VoteCounts) {
  // Expand counts into four groups' votes, as the presenter enters them.
  const levels = votes.flatMap((n, i) => Array.from({ length: n }, () => (i + 1) as 1 | 2 | 3 | 4));
  return levels.map((level, i) => ({ group: i + 1, level }));
}

describe('a whole session through the machine, summary and export', () => {
  it('gives the hand-computed agreement figures', () => {
    const actor = createActor(workshopMachine, { input: { catalogue } }).start();
    actor.send({ type: 'SELECT_AREA', area: 'telford-wrekin' });
    for (const v of vignettes) actor.send({ type: 'TOGGLE_VIGNETTE', vignetteId: v.id });
    actor.send({ type: 'START' });
    for (const [i, votes] of ROUND_VOTES.entries()) {
      expect(selectWorkshopView(actor.getSnapshot()).item?.number).toBe(i + 1);
      actor.send({ type: 'OPEN_VOTING' });
      actor.send({ type: 'SET_VOTES', votes: tallyGroupVotes(groupsVoting(votes)) });
      actor.send({ type: 'CLOSE_VOTING' });
      actor.send({ type: 'DISCUSS' });
      actor.send({ type: 'NEXT' });
    }
    expect(selectWorkshopView(actor.getSnapshot()).step).toBe('summary');
    const keys = areaKeys(vignettes, 'telford-wrekin', () => lookup);
    const summary = selectSessionSummary(actor.getSnapshot(), keys.band);
    expect(summary.agreement.percentAgreement).toBeCloseTo(7 / 15, 12);
    expect(summary.agreement.expectedAgreement).toBeCloseTo(0.385, 12);
    expect(summary.agreement.fleissKappa).toBeCloseTo(49 / 369, 12);
    const session = buildSessionExport({
      summary,
      area: 'telford-wrekin',
      areaName: lookup.areaName('telford-wrekin'),
      levelNames: [1, 2, 3, 4].map((l) => lookup.levelName('telford-wrekin', l as 1)),
      vignettes,
      groupVotes: {},
      notes: {},
      exportedAt: new Date('2026-11-22T10:00:00Z'),
    });
    const lastLine = sessionToCsv(session).trimEnd().split('\r\n').at(-1)!;
    expect(lastLine).toContain(',46.7,38.5,0.133,slight,5,');
    // Oskar's stage 3 (non-mobile bruising) is level 4 in every area: 1 vote at level 3 is an under-call.
    expect(session.rounds[2]!.keyBand).toEqual([4, 4]);
    expect(session.rounds[2]!.underCallsOfSignificantHarm).toBe(1);
  });
});

describe('saved sessions', () => {
  function midSession() {
    const actor = createActor(workshopMachine, { input: { catalogue } }).start();
    actor.send({ type: 'SELECT_AREA', area: 'sandwell' });
    actor.send({ type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' });
    actor.send({ type: 'START' });
    actor.send({ type: 'OPEN_VOTING' });
    actor.send({ type: 'SET_VOTES', votes: [0, 1, 2, 1] });
    actor.send({ type: 'CLOSE_VOTING' });
    actor.send({ type: 'DISCUSS' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'OPEN_VOTING' });
    actor.send({ type: 'SET_VOTES', votes: [2, 1, 0, 0] });
    return actor;
  }

  it('restores the machine exactly where it was, with the presenter state', () => {
    const actor = midSession();
    const text = encodeSavedWorkshop({
      savedAt: '2026-11-22T09:00:00.000Z',
      snapshot: actor.getPersistedSnapshot() as never,
      groupVotes: { 'ruby-young-carer/0': [{ group: 1, level: 3 }] },
      notes: { 'ruby-young-carer/0': 'Split between 3 and 4' },
      votingMode: 'hands',
      groupCount: 5,
      compareArea: 'dudley',
    });
    const decoded = decodeSavedWorkshop(text, catalogue);
    expect(decoded.status).toBe('restored');
    if (decoded.status !== 'restored') return;
    const restored = createActor(workshopMachine, {
      input: { catalogue },
      snapshot: decoded.saved.snapshot as never,
    }).start();
    const view = selectWorkshopView(restored.getSnapshot());
    expect(view.step).toBe('voting');
    expect(view.area).toBe('sandwell');
    expect(view.item).toMatchObject({ vignetteId: 'ruby-young-carer', stageIndex: 1, number: 2, of: 2 });
    expect(view.votes).toEqual([2, 1, 0, 0]);
    expect(decoded.saved.notes).toEqual({ 'ruby-young-carer/0': 'Split between 3 and 4' });
    expect(decoded.saved.votingMode).toBe('hands');
    expect(decoded.saved.groupCount).toBe(5);
    expect(decoded.saved.compareArea).toBe('dudley');
    restored.send({ type: 'CLOSE_VOTING' });
    expect(restored.getSnapshot().context.rounds).toHaveLength(2);
  });

  it('offers vignettes added since the session was saved', () => {
    const actor = createActor(workshopMachine, { input: { catalogue: catalogue.slice(0, 1) } }).start();
    const text = encodeSavedWorkshop({
      savedAt: '',
      snapshot: actor.getPersistedSnapshot() as never,
      groupVotes: {},
      notes: {},
      votingMode: 'groups',
      groupCount: 4,
      compareArea: null,
    });
    const decoded = decodeSavedWorkshop(text, catalogue);
    if (decoded.status !== 'restored') throw new Error(decoded.status);
    expect(decoded.saved.snapshot.context.catalogue.map((c) => c.vignetteId)).toEqual([
      'oskar-health-visitor',
      'ruby-young-carer',
    ]);
  });

  it('discards what it cannot trust, saying why', () => {
    const good = encodeSavedWorkshop({
      savedAt: '',
      snapshot: midSession().getPersistedSnapshot() as never,
      groupVotes: {},
      notes: {},
      votingMode: 'groups',
      groupCount: 4,
      compareArea: null,
    });
    expect(decodeSavedWorkshop(null, catalogue)).toEqual({ status: 'none' });
    expect(decodeSavedWorkshop('', catalogue)).toEqual({ status: 'none' });
    const reasons = [
      decodeSavedWorkshop('{not json', catalogue),
      decodeSavedWorkshop('{"format":"something-else"}', catalogue),
      decodeSavedWorkshop(good.replace('"version":1', '"version":9'), catalogue),
      decodeSavedWorkshop(good, catalogue.slice(0, 1)),
      decodeSavedWorkshop(good, [{ vignetteId: 'ruby-young-carer', stageCount: 1 }]),
      decodeSavedWorkshop(good.replace('"value":"voting"', '"value":"dancing"'), catalogue),
      decodeSavedWorkshop(good.replace('"area":"sandwell"', '"area":"atlantis"'), catalogue),
    ].map((r) => (r.status === 'discarded' ? r.reason : r.status));
    expect(reasons).toEqual([
      'the saved session is not valid JSON',
      'the saved data is not a Levelwise workshop session',
      'the saved session has version 9, expected 1',
      'the saved session uses vignette "ruby-young-carer", which is no longer available',
      'the saved session uses stage 2 of "ruby-young-carer", which has 1',
      'the saved session is in an unknown step "dancing"',
      'the saved session names an unknown area "atlantis"',
    ]);
  });
});

describe('areaKeys', () => {
  it('derives each stage’s key per area and lists the keyed indicators once', () => {
    const keys = areaKeys(vignettes, 'stoke-on-trent', () => lookup);
    const key = keys.key({ vignetteId: 'oskar-health-visitor', stageIndex: 2 });
    expect(key?.area).toBe('stoke-on-trent');
    expect(keys.band({ vignetteId: 'oskar-health-visitor', stageIndex: 2 })).toEqual([4, 4]);
    const ids = keyedIndicatorIds(key);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('st-'))).toBe(true);
    expect(keys.key({ vignetteId: 'missing', stageIndex: 0 })).toBeUndefined();
    expect(keyedIndicatorIds(undefined)).toEqual([]);
  });
});

describe('keyEvidence', () => {
  it('lists the facts that matter with their quotes, sides and levels in the area', () => {
    const [oskar] = vignettes;
    const keys = areaKeys(vignettes, 'telford-wrekin', () => lookup);
    const key = keys.key({ vignetteId: 'oskar-health-visitor', stageIndex: 2 })!;
    const evidence = keyEvidence(oskar!, key);
    expect(evidence.map((e) => e.factId)).toEqual(key.relevantFactIds);
    const bruise = evidence.find((e) => e.factId === 'bruises-on-baby')!;
    expect(bruise.kind).toBe('concern');
    expect(bruise.level).toEqual({ ordinal: 4, name: 'Acute' });
    expect(oskar!.stages[2]!.narrative).toContain(bruise.quote);
    expect(
      evidence.every((e) =>
        [
          'the child’s developmental needs',
          'parenting capacity',
          'family and environmental factors',
          'harm outside the home',
        ].includes(e.side),
      ),
    ).toBe(true);
    // Facts carried from earlier stages are evidence too.
    expect(evidence.some((e) => oskar!.stages[0]!.facts.some((f) => f.id === e.factId))).toBe(true);
    expect(keyEvidence(oskar!, undefined)).toEqual([]);
  });
});
