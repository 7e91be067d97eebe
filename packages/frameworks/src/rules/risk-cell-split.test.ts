import { describe, expect, it } from 'vitest';
import { splitRiskCell } from './risk-cell-split.ts';

const texts = (raw: string) => splitRiskCell(raw, 'test').items.map((item) => item.text);

describe('splitRiskCell', () => {
  it('splits on "/" before a capital and keeps offsets into the raw cell', () => {
    const raw =
      'Recent change in peer group/Reduced contact with family/friends/Late night phone/internet contact';
    const { items, splitConfidence } = splitRiskCell(raw, 'test');
    expect(items.map((i) => i.text)).toEqual([
      'Recent change in peer group',
      'Reduced contact with family/friends',
      'Late night phone/internet contact',
    ]);
    for (const item of items) expect(raw.slice(item.start, item.end)).toBe(item.text);
    expect(splitConfidence).toBe('medium');
  });

  it('splits at sentence ends but not after "e.g."', () => {
    expect(
      texts(
        'Use of drugs in addition to alcohol/cannabis (e.g. MDMA, cocaine)/ Concerns. Being given substances.',
      ),
    ).toEqual([
      'Use of drugs in addition to alcohol/cannabis (e.g. MDMA, cocaine)',
      'Concerns.',
      'Being given substances.',
    ]);
  });

  it('gives high confidence when every slash separated items', () => {
    expect(splitRiskCell('Absent without permission/Absent from school', 'test').splitConfidence).toBe(
      'high',
    );
  });

  it('gives low confidence to question cells', () => {
    expect(
      splitRiskCell('Is the young person isolated by Deprivation/ their Ethnicity?', 'test').splitConfidence,
    ).toBe('low');
  });

  it('throws, naming the cell, when a cell yields no item', () => {
    expect(() => splitRiskCell(' / . ', 'CE category 3, Acute')).toThrow(
      /CE category 3, Acute: the risk cell yields no items/,
    );
  });
});
