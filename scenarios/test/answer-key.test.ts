import { describe, expect, it } from 'vitest';
import { activeFacts, deriveStageKey, deriveVignetteKey } from '../src/answer-key.ts';
import { AREA_IDS } from '../src/areas.ts';
import { fixtureFrameworkLookup as lookup } from '../src/fixture-framework.ts';
import type { FrameworkLookup } from '../src/framework-lookup.ts';
import { check, fixtureText, loadFixture, replaceOnce } from './helpers.ts';

const oskar = loadFixture('oskar-health-visitor.yaml');
const ruby = loadFixture('ruby-young-carer.yaml');

describe('derived answer keys', () => {
  it('starts from the highest level clearly matched, with the indicators behind it', () => {
    const key = deriveStageKey(oskar, 0, 'stoke-on-trent', lookup).key;
    expect(key.level).toBe(2);
    expect(key.levelName).toBe('Universal Plus');
    expect(key.steps).toHaveLength(1);
    expect(key.steps[0]).toMatchObject({
      rule: 'highest-clear-match',
      from: 2,
      to: 2,
      factIds: ['kasia-low-mood'],
    });
    expect(key.steps[0]?.indicators.map((c) => [c.id, c.levelName])).toEqual([
      ['st-2-basic-care-draft-post-natal-depression', 'Universal Plus'],
    ]);
  });

  it('raises by one for several lower-level factors across domains, only where declared and derivable', () => {
    const telford = deriveStageKey(oskar, 1, 'telford-wrekin', lookup).key;
    expect([telford.baseLevel, telford.level]).toEqual([2, 3]);
    expect(telford.steps.map((s) => s.rule)).toEqual(['highest-clear-match', 'multiplicity']);
    // Stoke reaches level 3 directly (a parent's substance use affecting care, accepting support).
    const stoke = deriveStageKey(oskar, 1, 'stoke-on-trent', lookup).key;
    expect([stoke.baseLevel, stoke.level]).toEqual([3, 3]);
    expect(stoke.steps.map((s) => s.rule)).toEqual(['highest-clear-match']);
  });

  it('does not raise for several concerns on one side of the triangle only', () => {
    let text = fixtureText('oskar-health-visitor.yaml');
    text = replaceOnce(
      text,
      'quote: Tomasz moved out three weeks ago after, in her words, "a lot of shouting"\n        kind: concern\n        domain: family-environment',
      'quote: Tomasz moved out three weeks ago after, in her words, "a lot of shouting"\n        kind: concern\n        domain: child-development',
    );
    text = replaceOnce(
      text,
      'facts: [kasia-low-mood, missed-immunisations, weight-dropped, parents-separated, cannot-afford-heating, drinking-to-sleep]',
      'facts: [missed-immunisations, weight-dropped, parents-separated]',
    );
    const { issues } = check(text);
    expect(issues.map((i) => i.message)).toContain(
      'multiplicity cannot be derived in Telford & Wrekin: it needs at least 3 concerns at level 2 across 2 triangle domains, found 3 across 1',
    );
  });

  it('counts a fact once however often a modifier lists it', () => {
    const text = replaceOnce(
      fixtureText('oskar-health-visitor.yaml'),
      'facts: [kasia-low-mood, missed-immunisations, weight-dropped, parents-separated, cannot-afford-heating, drinking-to-sleep]',
      'facts: [kasia-low-mood, kasia-low-mood, kasia-low-mood, missed-immunisations]',
    );
    const { issues } = check(text);
    expect(issues.map((i) => i.message)).toContain(
      'multiplicity cannot be derived in Telford & Wrekin: it needs at least 3 concerns at level 2 across 2 triangle domains, found 2 across 2',
    );
  });

  it('carries facts forward and drops retired ones', () => {
    expect(activeFacts(oskar, 2).map((a) => a.fact.id)).not.toContain('drinking-to-sleep');
    expect(activeFacts(oskar, 2).map((a) => a.fact.id)).toContain('weight-dropped');
    expect(activeFacts(oskar, 1).map((a) => a.fact.id)).not.toContain('oskar-thriving');
  });

  it('gives significant harm, a named front door and its deadline at stage 3, in every area', () => {
    for (const area of AREA_IDS) {
      const key = deriveStageKey(oskar, 2, area, lookup).key;
      expect(key.level).toBe(4);
      expect(key.response.kind).toBe('front-door-referral');
      expect(key.response.frontDoor?.name).toBeTruthy();
      expect(key.consent.decision).toBe('share-and-inform');
    }
    expect(deriveStageKey(oskar, 2, 'telford-wrekin', lookup).key.response.explanation).toMatch(
      /Family Connect .*within 2 working days of the phone call/,
    );
    expect(deriveStageKey(oskar, 2, 'sandwell', lookup).key.consent.notes.join(' ')).toMatch(
      /consent to be sought even here/,
    );
  });

  it('declares contested bands and accepts both responses and consent decisions in them', () => {
    const telford = deriveStageKey(ruby, 0, 'telford-wrekin', lookup).key;
    expect(telford.band).toEqual([3, 4]);
    expect(telford.trainerNote).toMatch(/Telford & Wrekin \(Acute\)/);
    expect(telford.response.acceptable).toEqual(['targeted-early-help', 'front-door-referral']);
    expect(telford.consent.acceptable).toEqual(['seek-consent', 'share-and-inform']);
    expect(deriveStageKey(ruby, 0, 'sandwell', lookup).key.band).toEqual([3, 3]);
  });

  it('tells the learner when a young person may consent for themselves (Telford 12+, Dudley 13+)', () => {
    expect(deriveStageKey(ruby, 0, 'telford-wrekin', lookup).key.consent.notes.join(' ')).toMatch(
      /12 or over .* at 14, ask Ruby/,
    );
    expect(deriveStageKey(ruby, 0, 'dudley', lookup).key.consent.notes.join(' ')).toMatch(/13 or over/);
    expect(deriveStageKey(ruby, 0, 'sandwell', lookup).key.consent.notes).toEqual([]);
  });

  it('lowers by one for protective factors, and steps down', () => {
    const key = deriveStageKey(ruby, 1, 'nottingham-city', lookup).key;
    expect(key.steps.map((s) => [s.rule, s.from, s.to])).toEqual([
      ['highest-clear-match', 2, 2],
      ['protective', 2, 1],
      ['contested', 1, 1],
    ]);
    expect(key.band).toEqual([1, 2]);
    expect(key.response.acceptable).toEqual(['continue-universal', 'early-help-conversation']);
  });

  it('calls 999 when a fact is immediate danger, and refuses immediate danger below level 4', () => {
    const danger = replaceOnce(
      fixtureText('oskar-health-visitor.yaml'),
      '        quote: Oskar cannot roll over yet\n        kind: concern',
      '        quote: Oskar cannot roll over yet\n        kind: concern\n        immediateDanger: true\n        tellingParentsIncreasesRisk: true',
    );
    const { vignette, issues } = check(danger);
    expect(issues).toEqual([]);
    const key = deriveStageKey(vignette!, 2, 'stoke-on-trent', lookup).key;
    expect(key.response).toMatchObject({ kind: 'call-999', acceptable: ['call-999'] });
    expect(key.consent.decision).toBe('share-without-informing');
    expect(key.consent.notes.join(' ')).toMatch(/manager must approve/);

    const early = replaceOnce(
      fixtureText('oskar-health-visitor.yaml'),
      '        quote: he is following his growth curve on the 50th centile\n        kind: strength',
      '        quote: he is following his growth curve on the 50th centile\n        kind: strength\n        immediateDanger: true',
    );
    const result = check(early);
    expect(result.issues.filter((i) => i.field === 'stages[0].facts[1].immediateDanger')).toHaveLength(5);
  });

  it("cites the area's own consent rules for the level and the kind of case, where the data has them", () => {
    const withRules: FrameworkLookup = {
      ...lookup,
      consentRules: (area) => ({
        ...lookup.consentRules(area),
        rules: [
          {
            significantHarm: 'yes',
            levels: [4],
            requirement: 'inform',
            summary: 'Share, and tell the parent first.',
          },
          {
            significantHarm: 'no',
            levels: [2, 3],
            requirement: 'seek',
            summary: 'Seek consent for early help.',
          },
          { significantHarm: 'any', levels: [1, 2, 3, 4], requirement: 'seek', summary: 'Not cited: any.' },
        ],
      }),
    };
    const stage1 = deriveStageKey(oskar, 0, 'dudley', withRules).key.consent.explanation;
    const stage3 = deriveStageKey(oskar, 2, 'dudley', withRules).key.consent.explanation;
    expect(stage1).toMatch(/Dudley: Seek consent for early help\.$/);
    expect(stage3).toMatch(/Dudley: Share, and tell the parent first\.$/);
    expect(`${stage1} ${stage3}`).not.toMatch(/Not cited/);
  });

  it('reports problems instead of throwing, and derives all five areas', () => {
    for (const area of AREA_IDS) expect(deriveVignetteKey(ruby, area, lookup).problems).toEqual([]);
    expect(() => deriveStageKey(ruby, 5, 'dudley', lookup)).toThrow(RangeError);
  });
});
