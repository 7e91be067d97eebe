import { describe, expect, it } from 'vitest';
import { exampleAreaLevels, levelPickerExamples } from './level-picker.examples.ts';
import { type LevelPickerLevel, levelListProblems, levelsInOrder } from './level-picker-logic.ts';

describe('levelListProblems', () => {
  it('accepts each area example: four levels, ordinals 1 to 4 once each, every level named', () => {
    for (const [area, levels] of Object.entries(exampleAreaLevels)) {
      expect(levelListProblems(levels), area).toEqual([]);
      expect(levels.map((l) => l.ordinal)).toEqual([1, 2, 3, 4]);
    }
  });
  it('reports a repeated ordinal, an ordinal outside the list and an empty name', () => {
    const bad = [
      { ordinal: 1, name: 'Universal' },
      { ordinal: 1, name: 'Vulnerable' },
      { ordinal: 4, name: ' ' },
    ] as const satisfies readonly LevelPickerLevel[];
    const problems = levelListProblems(bad);
    expect(problems).toContain('ordinal 1 appears more than once');
    expect(problems).toContain('ordinal 4 (" ") is not between 1 and 3');
    expect(problems).toContain('level 4 has no name');
  });
});

describe('levelsInOrder', () => {
  it('puts levels in continuum order without changing the input', () => {
    const shuffled: LevelPickerLevel[] = [
      { ordinal: 3, name: 'Complex' },
      { ordinal: 1, name: 'Universal' },
      { ordinal: 4, name: 'Acute' },
      { ordinal: 2, name: 'Vulnerable' },
    ];
    expect(levelsInOrder(shuffled).map((l) => l.name)).toEqual([
      'Universal',
      'Vulnerable',
      'Complex',
      'Acute',
    ]);
    expect(shuffled[0]?.name).toBe('Complex');
  });
});

describe('levelPickerExamples', () => {
  it('has unique names and ids, and covers empty, chosen, error, disabled, compact and long names', () => {
    const names = levelPickerExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const ids = levelPickerExamples.map((e) => e.props.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'empty',
        'chosen',
        'error',
        'disabled',
        'compact',
        'nottingham-long-names',
        'sandwell-long-names',
      ]),
    );
  });
  it('quotes Nottingham and Sandwell level names exactly as shared/seeds/README.md lists them', () => {
    expect(exampleAreaLevels['nottingham-city'].map((l) => l.name)).toEqual([
      'Universal',
      'Early Help Universal Plus',
      'Early Help Targeted (Universal Partnership Plus)',
      'Protection & Specialist',
    ]);
    expect(exampleAreaLevels.sandwell.map((l) => l.name)).toEqual([
      'Universal',
      'Universal Plus',
      'Targeted Additional Needs',
      'Complex/ Significant Needs',
    ]);
  });
});
