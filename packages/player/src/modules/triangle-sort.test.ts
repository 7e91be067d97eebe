import { AREA_IDS, getFramework } from '@levelwise/frameworks';
import { frameworksLookup } from '@levelwise/scenarios';
import { describe, expect, test } from 'vitest';
import {
  checkSorting,
  chooseSortingIndicators,
  displayText,
  sortingItems,
  triangleSides,
} from './triangle-sort.ts';

const lookup = frameworksLookup();

describe.each(AREA_IDS)('triangle sorting: %s', (area) => {
  const framework = getFramework(area);
  const areaName = lookup.areaName(area);

  test('six real indicators of this area, deterministic, spread over every group, no dimension twice before its group runs out', () => {
    const chosen = chooseSortingIndicators(framework);
    expect(chosen).toHaveLength(6);
    expect(chooseSortingIndicators(framework).map((i) => i.id)).toEqual(chosen.map((i) => i.id));
    expect(new Set(chosen.map((i) => i.id)).size).toBe(6);
    for (const indicator of chosen) {
      expect(indicator.area).toBe(area);
      expect(framework.indicators).toContain(indicator);
    }
    const sides = triangleSides(framework);
    expect(new Set(chosen.map((i) => i.domain))).toEqual(new Set(sides.map((s) => s.id)));
    for (const side of sides) {
      const dims = chosen.filter((i) => i.domain === side.id).map((i) => i.dimensionId);
      const available = framework.dimensions.filter((d) => d.domain === side.id).length;
      expect(new Set(dims).size).toBe(Math.min(dims.length, available));
    }
  });

  test('chosen texts are whole, short sentences without abbreviations or cross-references', () => {
    for (const item of sortingItems(chooseSortingIndicators(framework))) {
      expect(item.text.length).toBeLessThanOrEqual(150);
      expect(item.text).not.toMatch(/\b(?!I\b)[A-Z]{2,}\b/);
      expect(item.text).not.toMatch(/\*$/);
    }
  });

  test('no child-side or outside-the-home indicator talks about the parents (that would be an unfair question)', () => {
    for (const indicator of chooseSortingIndicators(framework)) {
      if (indicator.domain === 'child-development' || indicator.domain === 'extra-familial') {
        expect(indicator.textVerbatim).not.toMatch(/\b(parents?|carers?|mother|father|family)\b/i);
      }
    }
  });

  test('checking says where each indicator really sits: group, local dimension, level name and source line', () => {
    for (const indicator of chooseSortingIndicators(framework)) {
      const level = framework.rules.levels[indicator.level - 1]?.localName;
      const right = checkSorting(framework, areaName, indicator, indicator.domain);
      expect(right.correct).toBe(true);
      expect(right.feedback).toMatch(/^Right\. It belongs under /);
      expect(right.feedback).toContain(
        `lists it under “${indicator.dimension}” at level ${indicator.level}, ${level}`,
      );
      expect(right.feedback).toContain(`(${areaName} threshold document, line`);
      const other = triangleSides(framework).find((s) => s.id !== indicator.domain);
      const wrong = checkSorting(framework, areaName, indicator, other?.id ?? null);
      expect(wrong.correct).toBe(false);
      expect(wrong.feedback).toContain(`Not quite: you put it under ${other?.label}`);
    }
  });
});

test('Dudley: its five themes make three groups, Parents/Carers on the right side and harm outside beside the triangle', () => {
  const sides = triangleSides(getFramework('dudley'));
  expect(sides.map((s) => [s.id, s.place])).toEqual([
    ['child-development', 'the left side'],
    ['mixed', 'the right side'],
    ['extra-familial', 'outside the triangle'],
  ]);
  expect(sides[0]?.dimensions).toEqual([
    'Education',
    'Emotional & Behavioural Development',
    'Health, Care & Protection',
  ]);
});

test('Telford: the three Assessment Framework sides with the area’s own dimension labels', () => {
  const sides = triangleSides(getFramework('telford-wrekin'));
  expect(sides.map((s) => s.place)).toEqual(['the left side', 'the right side', 'the base']);
  expect(sides[1]?.dimensions).toContain('Basic Care, Safety and Protection');
});

test('displayText drops Dudley’s strategy-discussion asterisk, and the feedback says what it means', () => {
  const dudley = getFramework('dudley');
  const starred = dudley.indicators.find((i) => i.flags.strategyDiscussion);
  if (!starred) throw new Error('Dudley has starred indicators');
  expect(displayText(starred)).not.toMatch(/\*/);
  expect(checkSorting(dudley, 'Dudley', starred, null).feedback).toContain(
    'a strategy discussion will be needed',
  );
});

test('a framework too small for the activity fails with a clear message', () => {
  const framework = getFramework('telford-wrekin');
  const tiny = { ...framework, indicators: framework.indicators.slice(0, 2) };
  expect(() => chooseSortingIndicators(tiny)).toThrow(/telford-wrekin: only \d sortable indicators/);
});
