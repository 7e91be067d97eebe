import type { Framework } from '@levelwise/frameworks';
import { describe, expect, it } from 'vitest';
import { areaNameFromPartnership, matrixFromFramework } from './matrix-from-framework.ts';

type FrameworkIndicator = Framework['indicators'][number];
type FrameworkDimension = Framework['dimensions'][number];

function dimension(id: string, label: string, localDomain: string, domain: FrameworkDimension['domain']) {
  return {
    id,
    area: 'dudley',
    label,
    variants: [],
    localDomain,
    domain,
    levels: [1, 2, 3, 4],
    spans: [],
  } as FrameworkDimension;
}

function indicator(
  id: string,
  level: 1 | 2 | 3 | 4,
  dimensionId: string,
  orderInCell: number,
  text: string,
  flags: FrameworkIndicator['flags'] = {},
): FrameworkIndicator {
  return {
    id,
    area: 'dudley',
    level,
    domain: 'child-development',
    localDomain: 'x',
    dimension: dimensionId,
    dimensionId,
    textVerbatim: text,
    textNormalised: text,
    voice: 'first-person',
    orderInCell,
    flags,
    parameters: [],
    provenance: {
      spans: [{ file: '004_5a9804e438695bce.txt', start: 317, end: 319, hash: '0123456789abcdef' }],
      ops: [],
    },
  };
}

// A Dudley-shaped framework: one theme per local heading, first-person voice.
const dudleyLike = {
  id: 'dudley',
  prefix: 'du',
  source: { partnership: { name: 'Dudley Safeguarding People Partnership' } },
  domains: [
    { id: 'child-development', label: "Child's developmental needs", description: 'd' },
    { id: 'extra-familial', label: 'Extra-familial harm', description: 'd' },
  ],
  dimensions: [
    dimension('education', 'Education', 'Education', 'child-development'),
    dimension(
      'health-care-protection',
      'Health, Care & Protection',
      'Health, Care & Protection',
      'child-development',
    ),
    dimension(
      'risks-outside-my-home',
      'Risks outside of my home',
      'Risks outside of my home',
      'extra-familial',
    ),
  ],
  indicators: [
    indicator('du-4-risks-b', 4, 'risks-outside-my-home', 1, 'I am being exploited.', {
      strategyDiscussion: true,
    }),
    indicator('du-1-education-b', 1, 'education', 2, 'I enjoy learning.'),
    indicator('du-1-education-a', 1, 'education', 1, 'I have good attendance.', {
      duplicateOf: 'du-1-education-a',
    }),
  ],
} as unknown as Framework;

describe('matrixFromFramework', () => {
  it('groups one-theme headings under the canonical domains and keeps document order', () => {
    const data = matrixFromFramework(dudleyLike, {
      levels: [
        { ordinal: 2, localName: 'Additional' },
        { ordinal: 1, localName: 'Universal Services' },
        { ordinal: 3, localName: 'Intensive' },
        { ordinal: 4, localName: 'Specialist' },
      ],
    });
    expect(data.areaName).toBe('Dudley');
    expect(data.label).toBe('Dudley threshold matrix');
    expect(data.rowHeaderLabel).toBe('Theme');
    expect(data.levels.map((l) => l.name)).toEqual([
      'Universal Services',
      'Additional',
      'Intensive',
      'Specialist',
    ]);
    expect(data.domains).toEqual([
      { id: 'child-development', label: "Child's developmental needs" },
      { id: 'extra-familial', label: 'Extra-familial harm' },
    ]);
    expect(data.dimensions.map((d) => d.domainId)).toEqual([
      'child-development',
      'child-development',
      'extra-familial',
    ]);
    expect(data.indicators.map((i) => i.id)).toEqual([
      'du-1-education-a',
      'du-1-education-b',
      'du-4-risks-b',
    ]);
  });
  it('keeps verbatim text, reader-facing flags only, and source spans', () => {
    const data = matrixFromFramework(dudleyLike, { grouping: 'local' });
    const risk = data.indicators.find((i) => i.id === 'du-4-risks-b');
    expect(risk?.text).toBe('I am being exploited.');
    expect(risk?.flags).toEqual({ strategyDiscussion: true });
    expect(data.indicators.find((i) => i.id === 'du-1-education-a')?.flags).toBeUndefined();
    expect(risk?.sources).toEqual([{ file: '004_5a9804e438695bce.txt', start: 317, end: 319 }]);
    expect(data.domains.map((d) => d.label)).toEqual([
      'Education',
      'Health, Care & Protection',
      'Risks outside of my home',
    ]);
  });
  it('names levels by ordinal when no names are given', () => {
    expect(matrixFromFramework(dudleyLike).levels.map((l) => l.name)).toEqual([
      'Level 1',
      'Level 2',
      'Level 3',
      'Level 4',
    ]);
  });
});

describe('areaNameFromPartnership', () => {
  it('drops the "Safeguarding … Partnership" tail', () => {
    expect(areaNameFromPartnership('Telford & Wrekin Safeguarding Partnership')).toBe('Telford & Wrekin');
    expect(areaNameFromPartnership("Sandwell Children's Safeguarding Partnership")).toBe('Sandwell');
    expect(areaNameFromPartnership('Stoke-on-Trent Safeguarding Children Partnership')).toBe(
      'Stoke-on-Trent',
    );
  });
});
