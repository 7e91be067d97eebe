import { describe, expect, it } from 'vitest';
import {
  assertContinuumLevels,
  bandWidthPercent,
  describeMovement,
  nextOrdinalForKey,
  stepDirection,
} from './windscreen-geometry.ts';

const telford = [
  { ordinal: 1, name: 'Universal' },
  { ordinal: 2, name: 'Vulnerable' },
  { ordinal: 3, name: 'Complex' },
  { ordinal: 4, name: 'Acute' },
];

describe('bandWidthPercent', () => {
  it('is widest at universal and narrows evenly to the top', () => {
    const widths = [1, 2, 3, 4].map((o) => bandWidthPercent(o, 4));
    expect(widths[0]).toBe(100);
    expect(widths[3]).toBe(58);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(widths[0]! - widths[1]!).toBeCloseTo(widths[2]! - widths[3]!, 5);
  });
});

describe('stepDirection and describeMovement', () => {
  it('names step-up, step-down and steady with local level names', () => {
    expect(stepDirection(2, 3)).toBe('step-up');
    expect(stepDirection(4, 2)).toBe('step-down');
    expect(stepDirection(2, 2)).toBe('steady');
    expect(stepDirection(undefined, 2)).toBe('none');
    expect(describeMovement(telford, 2, 3)).toBe('Stepped up from level 2, Vulnerable to level 3, Complex.');
    expect(describeMovement(telford, 4, 2)).toBe('Stepped down from level 4, Acute to level 2, Vulnerable.');
    expect(describeMovement(telford, undefined, 1)).toBe('Now at level 1, Universal.');
    expect(describeMovement(telford)).toBeUndefined();
  });
});

describe('nextOrdinalForKey', () => {
  it('moves spatially: up/right to more need, down/left to less, Home/End to the ends, clamped', () => {
    expect(nextOrdinalForKey('ArrowUp', 2, 4)).toBe(3);
    expect(nextOrdinalForKey('ArrowRight', 4, 4)).toBe(4);
    expect(nextOrdinalForKey('ArrowDown', 2, 4)).toBe(1);
    expect(nextOrdinalForKey('ArrowLeft', 1, 4)).toBe(1);
    expect(nextOrdinalForKey('Home', 3, 4)).toBe(1);
    expect(nextOrdinalForKey('End', 1, 4)).toBe(4);
    expect(nextOrdinalForKey('Enter', 1, 4)).toBeUndefined();
  });
  it('selects level 1 on the first arrow when nothing is chosen yet', () => {
    expect(nextOrdinalForKey('ArrowUp', undefined, 4)).toBe(1);
    expect(nextOrdinalForKey('ArrowDown', undefined, 4)).toBe(1);
  });
});

describe('assertContinuumLevels', () => {
  it('accepts ordered levels and explains what is wrong with others', () => {
    expect(() => assertContinuumLevels(telford)).not.toThrow();
    expect(() => assertContinuumLevels([telford[1]!, telford[0]!])).toThrow(
      /item 0 \("Vulnerable"\) has ordinal 2/,
    );
    expect(() => assertContinuumLevels([telford[0]!])).toThrow(/at least two levels/);
    expect(() => assertContinuumLevels([telford[0]!, { ordinal: 2, name: ' ' }])).toThrow(
      /level 2 has no name/,
    );
  });
});

describe('windscreenLevelsFromFramework', async () => {
  const { shortDescription, windscreenLevelsFromFramework } = await import('./windscreen-from-framework.ts');
  it('orders levels and takes the first sentence of the first definition without markup', () => {
    const levels = windscreenLevelsFromFramework([
      {
        ordinal: 2,
        localName: 'Vulnerable',
        definitions: [{ quote: '<b>Children</b> whose needs are not met. More text.' }],
      },
      { ordinal: 1, localName: 'Universal' },
    ]);
    expect(levels).toEqual([
      { ordinal: 1, name: 'Universal' },
      { ordinal: 2, name: 'Vulnerable', description: 'Children whose needs are not met.' },
    ]);
  });
  it('cuts long sentences at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end.`;
    const short = shortDescription(long, 40);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(short.endsWith('…')).toBe(true);
    expect(short).not.toMatch(/ …$/);
  });
});
