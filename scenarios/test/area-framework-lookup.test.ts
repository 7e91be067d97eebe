import { AREA_IDS, getFramework } from '@levelwise/frameworks';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../src/areas.ts';
import { createAreaFrameworkLookup, createFrameworksLookup } from '../src/frameworks-adapter.ts';

const all = createFrameworksLookup();

describe('createAreaFrameworkLookup (one area, for single-area bundles)', () => {
  it.each(AREA_IDS)('answers exactly as the five-area lookup for %s', (area) => {
    const framework = getFramework(area);
    const one = createAreaFrameworkLookup(framework);
    for (const indicator of framework.indicators) {
      expect(one.getIndicator(area, indicator.id)).toEqual(all.getIndicator(area, indicator.id));
    }
    for (const level of LEVELS) {
      expect(one.levelName(area, level)).toBe(all.levelName(area, level));
      expect(one.levelResponse(area, level)).toBe(all.levelResponse(area, level));
    }
    expect(one.areaName(area)).toBe(all.areaName(area));
    expect(one.frontDoor(area)).toEqual(all.frontDoor(area));
    expect(one.consentRules(area)).toEqual(all.consentRules(area));
    expect(one.getIndicator(area, 'tw-9-nothing-000000')).toBeUndefined();
  });

  it("serves Nottingham's immediate-referral list items by their scenarios ids", () => {
    const one = createAreaFrameworkLookup(getFramework('nottingham-city'));
    const id = 'nc-4-immediate-referral-indicators-1';
    const expected = all.getIndicator('nottingham-city', id);
    expect(expected).toBeDefined();
    expect(one.getIndicator('nottingham-city', id)).toEqual(expected);
  });

  it('refuses questions about another area, naming both', () => {
    const one = createAreaFrameworkLookup(getFramework('dudley'));
    expect(() => one.levelName('sandwell', 2)).toThrow(
      'This framework lookup serves only "dudley" (one area\'s data): it cannot give the name of level 2 for "sandwell"',
    );
    expect(() => one.getIndicator('sandwell', 'sw-1-x')).toThrow(/serves only "dudley"/);
    expect(one.source).toMatch(/for dudley only/);
  });
});
