import { describe, expect, it } from 'vitest';
import { checkVignetteFiles, defaultLookupFor, listVignetteFiles } from '../src/catalogue.ts';
import { catalogueCoverage, catalogueStats } from '../src/stats.ts';

/**
 * The catalogue as shipped meets the coverage the course promises (the same checks `levelwise-scenarios
 * stats` prints). A requirement that stops being met names itself and what was found.
 */
describe('the shipped catalogue', () => {
  const checked = checkVignetteFiles(listVignetteFiles(), defaultLookupFor);
  const vignettes = checked.flatMap((c) => (c.loaded && c.issues.length === 0 ? [c.loaded.vignette] : []));
  const coverage = catalogueCoverage(vignettes, catalogueStats(vignettes, defaultLookupFor));

  it('has no invalid vignette file', () => {
    expect(checked.filter((c) => c.issues.length > 0).map((c) => c.file)).toEqual([]);
  });

  for (const check of coverage) {
    it(`covers: ${check.requirement}`, () => {
      expect(check.met, `${check.requirement}: found ${check.found}`).toBe(true);
    });
  }
});
