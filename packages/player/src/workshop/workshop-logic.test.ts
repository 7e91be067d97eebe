import { frameworksLookup } from '@levelwise/scenarios';
import { describe, expect, it } from 'vitest';
import { isTypingTarget, PRESENTER_SHORTCUTS, presenterCommand } from './presenter-keys.ts';
import { childAgeWords, lowerFirst, readerStages, splitSentences } from './reader-stages.ts';
import {
  buildCatalogue,
  catalogueFacets,
  describeCatalogueCount,
  describeStageBands,
  filterCatalogue,
  NO_CATALOGUE_FILTER,
  themeWords,
} from './session-catalogue.ts';
import { shippedVignette } from './test-helpers.ts';
import {
  describeKeyBand,
  describeWithinKey,
  distributionBars,
  kappaWithReading,
  kappaWords,
  parseHandCount,
  percentWords,
  resizeGroupVotes,
  tallyGroupVotes,
  windscreenVoteLevels,
} from './vote-distribution.ts';
import {
  createTimer,
  describeClock,
  formatClock,
  pauseTimer,
  remaining,
  resetTimer,
  startTimer,
  toggleTimer,
} from './workshop-timer.ts';

const oskar = shippedVignette('oskar-health-visitor');
const ruby = shippedVignette('ruby-young-carer');
const lookup = frameworksLookup();

describe('catalogue and filters', () => {
  const items = buildCatalogue([oskar, ruby], 'telford-wrekin', () => lookup);

  it('describes each vignette with its levels in the area', () => {
    const o = items.find((i) => i.id === 'oskar-health-visitor')!;
    expect(o.stageCount).toBe(3);
    expect(o.stageBands.at(-1)).toEqual([4, 4]);
    expect(o.levels).toContain(4);
    expect(o.ageBand).toBe('0-1');
    const r = items.find((i) => i.id === 'ruby-young-carer')!;
    expect(r.ageBand).toBe('11-15');
    expect(r.themes).toContain('young-carer');
  });

  it('filters by level, theme and age band together', () => {
    expect(filterCatalogue(items, NO_CATALOGUE_FILTER)).toHaveLength(2);
    expect(filterCatalogue(items, { ...NO_CATALOGUE_FILTER, theme: 'young-carer' }).map((i) => i.id)).toEqual(
      ['ruby-young-carer'],
    );
    expect(filterCatalogue(items, { ...NO_CATALOGUE_FILTER, ageBand: '0-1' }).map((i) => i.id)).toEqual([
      'oskar-health-visitor',
    ]);
    expect(filterCatalogue(items, { level: 4, theme: 'young-carer', ageBand: '0-1' })).toEqual([]);
    // Every shown vignette reaches the filtered level at some stage.
    for (const level of [1, 2, 3, 4] as const)
      for (const item of filterCatalogue(items, { ...NO_CATALOGUE_FILTER, level }))
        expect(item.stageBands.some(([lo, hi]) => lo <= level && level <= hi)).toBe(true);
  });

  it('lists a vignette whose key cannot be derived, saying why, without losing the others', () => {
    const broken = buildCatalogue([oskar, ruby], 'sandwell', (v) =>
      v.id === 'ruby-young-carer'
        ? {
            ...lookup,
            getIndicator: () => {
              throw new Error('indicator data missing');
            },
          }
        : lookup,
    );
    expect(broken[0]!.problem).toBeNull();
    expect(broken[1]!.problem).toBe('its answer key could not be derived (indicator data missing)');
    expect(broken[1]!.levels).toEqual([]);
    expect(filterCatalogue(broken, { ...NO_CATALOGUE_FILTER, level: 3 }).map((i) => i.id)).not.toContain(
      'ruby-young-carer',
    );
  });

  it('offers only the themes and ages present', () => {
    const facets = catalogueFacets(items);
    expect(facets.ageBands).toEqual(['0-1', '11-15']);
    expect(facets.themes).toEqual([...new Set([...oskar.themes, ...ruby.themes])].sort());
  });

  it('words counts, bands and themes', () => {
    expect(describeCatalogueCount(2, 2)).toBe('Showing all 2 vignettes');
    expect(describeCatalogueCount(1, 12)).toBe('Showing 1 of 12 vignettes');
    expect(
      describeStageBands([
        [2, 2],
        [3, 4],
        [1, 2],
      ]),
    ).toBe('levels 2 → 3–4 → 1–2');
    expect(describeStageBands([[4, 4]])).toBe('level 4');
    expect(describeStageBands([[3, 4]])).toBe('levels 3–4');
    expect(themeWords('parental-mental-health')).toBe('Parental mental health');
  });
});

describe('votes and distribution', () => {
  it('tallies group votes, ignoring abstentions', () => {
    expect(
      tallyGroupVotes([
        { group: 1, level: 3 },
        { group: 2, level: null },
        { group: 3, level: 3 },
        { group: 4, level: 1 },
      ]),
    ).toEqual([1, 0, 2, 0]);
  });

  it('resizes the ballot, keeping the votes of remaining groups', () => {
    const ballot = resizeGroupVotes([{ group: 1, level: 2 }], 3);
    expect(ballot).toEqual([
      { group: 1, level: 2 },
      { group: 2, level: null },
      { group: 3, level: null },
    ]);
    expect(resizeGroupVotes(ballot, 1)).toEqual([{ group: 1, level: 2 }]);
    expect(resizeGroupVotes([], 0)).toHaveLength(1);
    expect(resizeGroupVotes([], 500)).toHaveLength(20);
  });

  it('reads show-of-hands counts strictly', () => {
    expect(parseHandCount('')).toBe(0);
    expect(parseHandCount(' 12 ')).toBe(12);
    expect(parseHandCount('-1')).toBeNull();
    expect(parseHandCount('1.5')).toBeNull();
    expect(parseHandCount('1000')).toBeNull();
    expect(parseHandCount('three')).toBeNull();
  });

  it('states every bar in words, with the key and the most-voted level', () => {
    const bars = distributionBars([0, 1, 3, 0], ['Universal', 'Vulnerable', 'Complex', 'Acute'], [3, 4]);
    expect(bars.map((b) => b.text)).toEqual([
      'Level 1, Universal: 0 votes (0%)',
      'Level 2, Vulnerable: 1 vote (25%)',
      'Level 3, Complex: 3 votes (75%), most votes, answer key',
      'Level 4, Acute: 0 votes (0%), answer key',
    ]);
    expect(
      distributionBars([0, 0, 0, 0], ['a', 'b', 'c', 'd'], null).every((b) => !b.modal && b.percent === 0),
    ).toBe(true);
  });

  it('puts the votes on the windscreen as each band’s description', () => {
    const levels = windscreenVoteLevels(
      distributionBars([0, 1, 3, 0], ['Universal', 'Vulnerable', 'Complex', 'Acute'], [2, 2]),
    );
    expect(levels).toEqual([
      { ordinal: 1, name: 'Universal', description: '0 votes (0%)' },
      { ordinal: 2, name: 'Vulnerable', description: '1 vote (25%), answer key' },
      { ordinal: 3, name: 'Complex', description: '3 votes (75%)' },
      { ordinal: 4, name: 'Acute', description: '0 votes (0%)' },
    ]);
  });

  it('words the key band and the share inside it', () => {
    const names = ['Universal', 'Vulnerable', 'Complex', 'Acute'];
    expect(describeKeyBand([3, 3], names)).toBe('The answer key is level 3, Complex.');
    expect(describeKeyBand([3, 4], names)).toBe(
      'The answer key is level 3 or 4 (contested): Complex or Acute.',
    );
    expect(describeKeyBand(null, names)).toBe('There is no answer key for this stage.');
    expect(describeWithinKey([0, 1, 3, 0], [3, 3])).toBe('3 of 4 votes (75%) were inside the answer key.');
    expect(describeWithinKey([1, 0, 0, 0], [3, 3])).toBe('0 of 1 vote (0%) were inside the answer key.');
    expect(describeWithinKey([0, 0, 1, 0], [3, 3])).toBe('1 of 1 vote (100%) was inside the answer key.');
    expect(percentWords(7 / 15)).toBe('47%');
    expect(kappaWords(-5 / 51)).toBe('−0.10');
    expect(kappaWords(null)).toBe('not defined');
    expect(kappaWithReading(49 / 369, 'slight')).toBe('0.13, slight');
    expect(kappaWithReading(null, 'not defined')).toBe('not defined');
  });
});

describe('presenter shortcuts', () => {
  const button = { tagName: 'BUTTON' };
  it('maps keys to commands', () => {
    expect(presenterCommand({ key: 'PageDown' }, button)).toEqual({ type: 'next' });
    expect(presenterCommand({ key: 'n' }, button)).toEqual({ type: 'next' });
    expect(presenterCommand({ key: 'PageUp' }, button)).toEqual({ type: 'previous-stage' });
    expect(presenterCommand({ key: 'r' }, button)).toEqual({ type: 'reveal' });
    expect(presenterCommand({ key: 't' }, button)).toEqual({ type: 'timer-toggle' });
    expect(presenterCommand({ key: 'T', shiftKey: true }, button)).toEqual({ type: 'timer-reset' });
    expect(presenterCommand({ key: 's' }, button)).toEqual({ type: 'toggle-notes' });
    expect(presenterCommand({ key: '?' }, button)).toEqual({ type: 'toggle-help' });
    expect(presenterCommand({ key: '3' }, button)).toEqual({ type: 'vote', level: 3 });
    expect(presenterCommand({ key: '0' }, button)).toEqual({ type: 'clear-vote' });
    expect(presenterCommand({ key: '5' }, button)).toBeNull();
  });

  it('stays out of the way of typing, modifiers and arrow-key widgets', () => {
    expect(presenterCommand({ key: 'n' }, { tagName: 'TEXTAREA' })).toBeNull();
    expect(presenterCommand({ key: '3' }, { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(presenterCommand({ key: '3' }, { tagName: 'INPUT', type: 'radio' })).toEqual({
      type: 'vote',
      level: 3,
    });
    expect(presenterCommand({ key: 'n', ctrlKey: true }, button)).toBeNull();
    expect(presenterCommand({ key: 'ArrowRight' }, button, false)).toBeNull();
    expect(presenterCommand({ key: 'ArrowRight' }, button, true)).toEqual({ type: 'next' });
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('documents every command in the help', () => {
    const actions = PRESENTER_SHORTCUTS.map((s) => s.action).join(' ');
    for (const word of ['Next', 'previous', 'reveal', 'timer', 'Reset', 'trainer notes', 'shortcuts'])
      expect(actions).toContain(word);
  });
});

describe('timer', () => {
  it('counts down, pauses, resumes and runs into overtime', () => {
    let t = createTimer(60_000);
    expect(remaining(t, 0)).toBe(60_000);
    t = startTimer(t, 1_000);
    expect(remaining(t, 11_000)).toBe(50_000);
    t = pauseTimer(t, 11_000);
    expect(remaining(t, 99_000)).toBe(50_000);
    t = toggleTimer(t, 100_000);
    expect(remaining(t, 165_000)).toBe(-15_000);
    expect(resetTimer(t).elapsedMs).toBe(0);
    expect(resetTimer(t, 120_000).durationMs).toBe(120_000);
  });

  it('formats the clock and describes it', () => {
    expect(formatClock(125_000)).toBe('2:05');
    expect(formatClock(124_100)).toBe('2:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5_000)).toBe('+0:05');
    expect(describeClock(125_000)).toBe('2 minutes 5 seconds left');
    expect(describeClock(60_000)).toBe('1 minute left');
    expect(describeClock(0)).toBe('Time is up');
    expect(describeClock(-61_000)).toBe('Time is up: 1 minute 1 second over');
  });
});

describe('reader stages', () => {
  it('keeps every word of the narrative, in paragraphs and sentences with stable ids', () => {
    const stages = readerStages(ruby);
    expect(stages).toHaveLength(ruby.stages.length);
    stages.forEach((stage, i) => {
      const words = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(words(stage.sentences.map((s) => s.text).join(' '))).toEqual(words(ruby.stages[i]!.narrative));
      expect(stage.sentences[0]!.startsParagraph).toBe(true);
      expect(new Set(stage.sentences.map((s) => s.id)).size).toBe(stage.sentences.length);
    });
    expect(stages[0]!.sentences.filter((s) => s.startsParagraph).length).toBeGreaterThan(1);
  });

  it('splits sentences after closing quotes and keeps abbreviations of numbers', () => {
    expect(splitSentences('"I don\'t mind," Ruby says. She is tired. It was 84.5% last term.')).toEqual([
      '"I don\'t mind," Ruby says.',
      'She is tired.',
      'It was 84.5% last term.',
    ]);
    expect(splitSentences('She said "no." Then she left.')).toEqual(['She said "no."', 'Then she left.']);
  });

  it('words titles and ages', () => {
    expect(lowerFirst('The autumn term')).toBe('the autumn term');
    expect(lowerFirst('GP visit')).toBe('GP visit');
    expect(childAgeWords(ruby)).toBe('14 years');
    expect(childAgeWords({ ...oskar, child: { name: 'X', age: { years: 0, months: 2 } } })).toBe('2 months');
    expect(childAgeWords({ ...oskar, child: { name: 'X', age: { years: 1, months: 1 } } })).toBe(
      '1 year 1 month',
    );
    expect(childAgeWords({ ...oskar, child: { name: 'X', unborn: { gestationWeeks: 28 } } })).toBe(
      'unborn (28 weeks of pregnancy)',
    );
  });
});
