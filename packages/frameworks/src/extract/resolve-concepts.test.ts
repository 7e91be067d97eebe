import { describe, expect, it } from 'vitest';
import type { Concept, ConceptMember } from '../concepts/schema.ts';
import type { AreaData, Indicator } from '../schema.ts';
import { AREA_SOURCE_FILES } from './reader-types.ts';
import { resolveConcepts } from './resolve-concepts.ts';

const ind = (id: string, level: 1 | 2 | 3 | 4, text: string, line: number, area: 'sandwell' | 'dudley') =>
  ({
    id,
    level,
    dimensionId: 'health',
    dimension: 'Health',
    textNormalised: text,
    provenance: {
      spans: [{ file: AREA_SOURCE_FILES[area], start: line, end: line, hash: '0'.repeat(16) }],
      ops: [],
    },
  }) as unknown as Indicator;

const areas = {
  sandwell: {
    dimensions: [{ id: 'health', label: 'Health', variants: [] }],
    indicators: [ind('sw-4-health-aaaaaa', 4, 'Dental decay and no access to treatment.', 295, 'sandwell')],
  } as unknown as AreaData,
  dudley: {
    dimensions: [{ id: 'health', label: 'Health', variants: [] }],
    indicators: [
      ind(
        'du-4-health-bbbbbb',
        4,
        'I have serious dental decay and have no access to treatment',
        490,
        'dudley',
      ),
    ],
  } as unknown as AreaData,
};

const member = (
  area: 'sandwell' | 'dudley',
  level: 1 | 2 | 3 | 4,
  line: number,
  textFragment: string,
): ConceptMember => ({
  area,
  level,
  textFragment,
  relation: 'identical_text',
  ref: { file: AREA_SOURCE_FILES[area], start: line, end: line, quote: textFragment },
});

const concept = (members: ConceptMember[], id = 'dental-decay'): Concept => ({
  id,
  title: 'Dental decay',
  summary: 's',
  difference: 'd',
  sourceNotes: [16],
  members,
  related: [],
  refs: members.map((m) => m.ref),
});

describe('resolveConcepts', () => {
  it('resolves each member to its indicator id and dimension', () => {
    const [c] = resolveConcepts(
      [
        concept([
          member('sandwell', 4, 295, 'Dental decay and no access'),
          member('dudley', 4, 490, 'serious dental decay & have'),
        ]),
      ],
      areas,
    );
    expect(c!.members.map((m) => [m.indicatorId, m.dimension])).toEqual([
      ['sw-4-health-aaaaaa', 'Health'],
      ['du-4-health-bbbbbb', 'Health'],
    ]);
  });

  it('fails when a member cites a line its indicator does not come from', () => {
    expect(() =>
      resolveConcepts(
        [concept([member('sandwell', 4, 300, 'Dental decay'), member('dudley', 4, 490, 'dental decay')])],
        areas,
      ),
    ).toThrow(
      /concept dental-decay, member 1: fragment "Dental decay" names sw-4-health-aaaaaa at lines 295-295, but the member cites line 300/,
    );
  });

  it('fails when a fragment names no indicator at the level, or an id is reused', () => {
    expect(() =>
      resolveConcepts(
        [concept([member('sandwell', 3, 295, 'Dental decay'), member('dudley', 4, 490, 'dental decay')])],
        areas,
      ),
    ).toThrow(/member 1: fragment "Dental decay" \(sandwell, level 3\) matches no indicator/);
    const ok = concept([
      member('sandwell', 4, 295, 'Dental decay'),
      member('dudley', 4, 490, 'dental decay'),
    ]);
    expect(() => resolveConcepts([ok, ok], areas)).toThrow(/concept dental-decay: the id is used twice/);
  });
});
