import { frameworksLookup, type Vignette } from '@levelwise/scenarios';
import { describe, expect, it } from 'vitest';
import { chooseCourseVignettes } from '../build/course-catalogue.ts';
import { loadCatalogue } from '../build/course-plugin.ts';

const catalogue = loadCatalogue();
const lookup = frameworksLookup();

describe('chooseCourseVignettes (read from the catalogue, never a fixed list)', () => {
  it('is deterministic, disjoint, and leaves drafts out', () => {
    const a = chooseCourseVignettes(catalogue, 'sandwell', lookup);
    const b = chooseCourseVignettes([...catalogue].reverse(), 'sandwell', lookup);
    expect(a).toEqual(b);
    expect(a.practice.length).toBeGreaterThan(0);
    expect(a.assessment.length).toBeGreaterThan(0);
    const practice = new Set(a.practice.map((v) => v.id));
    expect(a.assessment.some((v) => practice.has(v.id))).toBe(false);
    const draft = { ...catalogue[0]!, id: 'zz-draft', draft: true } as Vignette;
    const withDraft = chooseCourseVignettes([...catalogue, draft], 'sandwell', lookup);
    expect(withDraft.leftOut).toContainEqual({ id: 'zz-draft', reason: 'draft' });
  });

  it('keeps at most 3 practice and 4 assessed cases, and refuses a catalogue too small for a course', () => {
    const many = chooseCourseVignettes(catalogue, 'dudley', lookup);
    expect(many.practice.length).toBeLessThanOrEqual(3);
    expect(many.assessment.length).toBeLessThanOrEqual(4);
    expect(() => chooseCourseVignettes(catalogue.slice(0, 1), 'dudley', lookup)).toThrow(
      /needs at least 2 vignettes with an answer key for dudley/,
    );
  });
});
