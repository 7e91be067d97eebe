import { describe, expect, it } from 'vitest';
import type { AreaData, Indicator } from '../schema.ts';
import { FragmentResolutionError, resolveFragment } from './resolve-fragments.ts';

const ind = (id: string, level: 1 | 2 | 3 | 4, dimensionId: string, text: string) =>
  ({
    id,
    level,
    dimensionId,
    dimension: dimensionId === 'health' ? 'Health' : 'Emotional Warmth',
    textNormalised: text,
  }) as Indicator;

const areas = {
  sandwell: {
    dimensions: [
      { id: 'health', label: 'Health', variants: [] },
      { id: 'emotional-warmth', label: 'Emotional Warmth', variants: ['Emotional warmth:'] },
    ],
    indicators: [
      ind('sw-4-health-aaaaaa', 4, 'health', 'Child is privately fostered.'),
      ind('sw-3-health-bbbbbb', 3, 'health', 'Significant attachment issues'),
      ind('sw-3-emotional-warmth-cccccc', 3, 'emotional-warmth', 'Significant attachment issues'),
    ],
  } as unknown as AreaData,
};

describe('resolveFragment', () => {
  it('finds the one indicator at the level whose text contains the fragment (case and markup ignored)', () => {
    expect(resolveFragment(areas, { area: 'sandwell', level: 4, fragment: 'PRIVATELY fostered' }, 'c1')).toBe(
      'sw-4-health-aaaaaa',
    );
    expect(
      resolveFragment(
        areas,
        { area: 'sandwell', level: 3, fragment: 'attachment', dimension: 'Emotional Warmth' },
        'c2',
      ),
    ).toBe('sw-3-emotional-warmth-cccccc');
  });

  it('rejects a dimension hint that contradicts the single match', () => {
    expect(() =>
      resolveFragment(
        areas,
        { area: 'sandwell', level: 4, fragment: 'privately', dimension: 'Emotional Warmth' },
        'c3',
      ),
    ).toThrow(
      /c3: fragment "privately" \(sandwell, level 4\) names sw-4-health-aaaaaa in "Health", not in the dimension "Emotional Warmth"/,
    );
  });

  it('fails clearly on zero or several matches, and on unknown areas', () => {
    expect(() =>
      resolveFragment(areas, { area: 'sandwell', level: 3, fragment: 'privately' }, 'concept x'),
    ).toThrow(/concept x: fragment "privately" \(sandwell, level 3\) matches no indicator/);
    expect(() =>
      resolveFragment(areas, { area: 'sandwell', level: 3, fragment: 'attachment' }, 'concept y'),
    ).toThrow(/matches 2 indicators \(sw-3-health-bbbbbb, sw-3-emotional-warmth-cccccc\)/);
    expect(() => resolveFragment(areas, { area: 'dudley', level: 3, fragment: 'x' }, 'z')).toThrow(
      FragmentResolutionError,
    );
    expect(() => resolveFragment(areas, { area: 'sandwell', level: 4, fragment: '  ' }, 'z')).toThrow(
      FragmentResolutionError,
    );
  });
});
