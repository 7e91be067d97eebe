import { describe, expect, it } from 'vitest';
import { AREA_IDS, AREA_SOURCE_FILES } from '../extract/reader-types.ts';
import { checkRef } from '../rules/seed-source.ts';
import { collectRefs } from '../rules/walk-refs.ts';
import { concepts, ruleDifferences } from './concepts.ts';
import { locateFragment, MATRIX_REGIONS } from './matrix-regions.ts';
import { conceptsDifferingInLevel, levelsByArea } from './queries.ts';
import { ConceptSchema, RuleDifferenceSchema } from './schema.ts';

const issuesOf = (
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  id: string,
) =>
  result.success
    ? []
    : (result.error?.issues ?? []).map((issue) => `${id}.${issue.path.join('.')}: ${issue.message}`);

describe('concept records', () => {
  it('all validate against ConceptSchema', () => {
    expect(concepts.flatMap((concept) => issuesOf(ConceptSchema.safeParse(concept), concept.id))).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = [...concepts.map((c) => c.id), ...ruleDifferences.map((d) => d.id)];
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('each link at least two areas', () => {
    const single = concepts.filter((c) => new Set(c.members.map((m) => m.area)).size < 2).map((c) => c.id);
    expect(single).toEqual([]);
  });

  it('cite the seed file of the member area', () => {
    const wrong = concepts.flatMap((c) =>
      [...c.members, ...c.related]
        .filter((m) => m.ref.file !== AREA_SOURCE_FILES[m.area])
        .map((m) => `${c.id}: ${m.area} cites ${m.ref.file}`),
    );
    expect(wrong).toEqual([]);
  });

  it('have every quote on its recorded line', () => {
    const failures = concepts
      .flatMap((c) => collectRefs(c, c.id))
      .map(({ path, ref }) => checkRef(ref, path))
      .filter((f) => f !== null);
    expect(failures).toEqual([]);
  });
});

describe('concept fragments', () => {
  const members = concepts.flatMap((concept) =>
    concept.members.map((member, index) => ({ concept: concept.id, index, member })),
  );

  it.each(members.map((m) => [`${m.concept}[${m.index}] ${m.member.area} L${m.member.level}`, m] as const))(
    '%s names exactly one indicator at its level, on its line, inside the matrix',
    (_label, { member }) => {
      const hits = locateFragment(member.area, member.textFragment);
      const atLevel = hits.filter((hit) => hit.level === member.level);
      expect(
        atLevel.map((hit) => `line ${hit.line}: ${hit.normalised.slice(0, 80)}`),
        `"${member.textFragment}" should match one ${member.area} level-${member.level} indicator`,
      ).toHaveLength(1);
      expect(atLevel[0]!.line).toBe(member.ref.start);
      const { matrix } = MATRIX_REGIONS[member.area];
      expect(member.ref.start).toBeGreaterThanOrEqual(matrix.start);
      expect(member.ref.start).toBeLessThanOrEqual(matrix.end);
    },
  );

  it('related texts are quoted from outside the matrices', () => {
    const inside = concepts.flatMap((c) =>
      c.related
        .filter((r) => {
          const { matrix } = MATRIX_REGIONS[r.area];
          return r.ref.start >= matrix.start && r.ref.end <= matrix.end;
        })
        .map((r) => `${c.id}: ${r.area}:${r.ref.start}`),
    );
    expect(inside).toEqual([]);
  });

  it('the locator can fail: a fragment from another level or area is not found there', () => {
    expect(locateFragment('sandwell', 'Bruising on non mobile baby')).toEqual([]);
    expect(
      locateFragment('telford-wrekin', 'Child 13 and under who is sexually active').map((h) => h.level),
    ).toEqual([3]);
    // Descriptor rows and repeated level banners are not indicators.
    expect(locateFragment('telford-wrekin', 'resilient and protective environment')).toEqual([]);
    expect(locateFragment('nottingham-city', 'Children and families are doing well')).toEqual([]);
    expect(locateFragment('nottingham-city', 'crisis is likely to be prevented')).toEqual([]);
  });
});

describe('rule differences', () => {
  it('all validate and quote their seeds', () => {
    expect(ruleDifferences.flatMap((d) => issuesOf(RuleDifferenceSchema.safeParse(d), d.id))).toEqual([]);
    const failures = ruleDifferences
      .flatMap((d) => collectRefs(d, d.id))
      .map(({ path, ref }) => checkRef(ref, path))
      .filter((f) => f !== null);
    expect(failures).toEqual([]);
  });

  it('cite the seed file of each position area', () => {
    const wrong = ruleDifferences.flatMap((d) =>
      d.positions.flatMap((p) =>
        p.refs.filter((r) => r.file !== AREA_SOURCE_FILES[p.area]).map(() => `${d.id}: ${p.area}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe('coverage of source-notes §6', () => {
  const matrixItems = [...Array.from({ length: 28 }, (_, i) => i + 1), 35, 36];
  const ruleItems = [29, 30, 31, 32, 33, 34];

  it('covers every indicator difference with a concept', () => {
    const covered = new Set(concepts.flatMap((c) => c.sourceNotes));
    expect(matrixItems.filter((n) => !covered.has(n))).toEqual([]);
  });

  it('covers every rule difference with a ruleDifferences entry', () => {
    const covered = new Set(ruleDifferences.flatMap((d) => d.sourceNotes));
    expect(ruleItems.filter((n) => !covered.has(n))).toEqual([]);
  });

  it('involves every area', () => {
    const areas = new Set(concepts.flatMap((c) => c.members.map((m) => m.area)));
    expect([...areas].sort()).toEqual([...AREA_IDS].sort());
  });
});

describe('levels as source-notes §6 reports them', () => {
  // Area -> levels for a concept's members, as surveyed in source-notes §6 (independent of the curated relations).
  it.each([
    ['privately-fostered', { 'telford-wrekin': [3], sandwell: [4], 'stoke-on-trent': [4] }],
    ['carer-referred-to-marac', { 'telford-wrekin': [3], sandwell: [4] }],
    [
      'under-13-sexual-activity',
      { 'telford-wrekin': [3], sandwell: [4], 'nottingham-city': [4], dudley: [4] },
    ],
    ['bruising-non-mobile-baby', { 'telford-wrekin': [4], 'stoke-on-trent': [4], dudley: [4] }],
    [
      'teenage-pregnancy',
      { 'telford-wrekin': [3], sandwell: [4], 'stoke-on-trent': [4], 'nottingham-city': [2, 3], dudley: [3] },
    ],
    [
      'missing-from-home',
      { 'telford-wrekin': [3], sandwell: [3], 'stoke-on-trent': [3, 4], 'nottingham-city': [3], dudley: [4] },
    ],
    [
      'dental-decay',
      {
        'telford-wrekin': [2, 4],
        sandwell: [4],
        'stoke-on-trent': [4],
        'nottingham-city': [2, 4],
        dudley: [4],
      },
    ],
    [
      'previous-child-protection',
      { 'telford-wrekin': [3], sandwell: [3], 'nottingham-city': [4], dudley: [3] },
    ],
    ['alienates-self-from-others', { sandwell: [4], 'stoke-on-trent': [3], 'nottingham-city': [4] }],
    [
      'neet',
      { 'telford-wrekin': [2], sandwell: [2], 'stoke-on-trent': [2], 'nottingham-city': [2], dudley: [4] },
    ],
    ['unborn-baby-at-risk', { 'telford-wrekin': [3, 4], sandwell: [3], dudley: [3] }],
    [
      'lack-of-positive-role-models',
      { 'telford-wrekin': [3], sandwell: [3], 'stoke-on-trent': [2], 'nottingham-city': [2] },
    ],
  ] as const)('%s', (id, expected) => {
    const found = concepts.find((c) => c.id === id);
    expect(found, id).toBeDefined();
    expect(levelsByArea(found!)).toEqual(expected);
  });

  it('puts non-mobile bruising, FII and non-accidental injury at level 4 in every matrix', () => {
    for (const id of ['bruising-non-mobile-baby', 'fabricated-or-induced-illness', 'non-accidental-injury']) {
      const levels = concepts.find((c) => c.id === id)!.members.map((m) => m.level);
      expect(new Set(levels), id).toEqual(new Set([4]));
    }
  });

  it('keeps FGM below level 4 only in Stoke, and only as a conditional variant', () => {
    const fgm = concepts.find((c) => c.id === 'fgm-forced-marriage-honour-abuse')!;
    const below = fgm.members.filter((m) => m.level < 4);
    expect(below.map((m) => [m.area, m.relation])).toEqual([['stoke-on-trent', 'conditional_variant']]);
  });
});

describe('queries', () => {
  it('shows the same concern at level 3 in Telford and level 4 in Sandwell', () => {
    const fostered = concepts.find((c) => c.id === 'privately-fostered')!;
    expect(levelsByArea(fostered)).toMatchObject({ 'telford-wrekin': [3], sandwell: [4] });
    const ids = conceptsDifferingInLevel(concepts, 'telford-wrekin', 'sandwell').map((c) => c.id);
    // Same words, different level (source-notes §6 items 6-11 and 17); stricter or looser rewordings such as
    // "13 and under" versus "under 13" are not counted as the same concern.
    expect(ids).toEqual([
      'privately-fostered',
      'carer-referred-to-marac',
      'young-carer',
      'respite-assessment',
      'carer-unable-or-unwilling-to-continue',
      'self-reliance-beyond-capabilities',
      'send-support',
    ]);
  });

  it('lists levels per area in ascending order without repeats', () => {
    const asylum = concepts.find((c) => c.id === 'family-seeking-asylum')!;
    expect(levelsByArea(asylum)['nottingham-city']).toEqual([2, 3]);
  });
});
