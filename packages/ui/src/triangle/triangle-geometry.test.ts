import { describe, expect, it } from 'vitest';
import { assessmentTriangleExamples, DH_2000_DIMENSIONS, DH_2000_DOMAINS } from './triangle.examples.ts';
import { triangleFromFramework } from './triangle-from-framework.ts';
import {
  assignSides,
  describeEvidence,
  describeSelection,
  evidencePips,
  layoutTriangle,
  slopeOffset,
  sumEvidence,
  triangleGeometry,
  trianglePath,
  typeaheadIndex,
} from './triangle-geometry.ts';

describe('assignSides', () => {
  it('gives the first three domains the left, right and base sides, in order, and the rest go outside', () => {
    const sides = assignSides([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
      { id: 'd', label: 'D' },
    ]);
    expect([...sides]).toEqual([
      ['a', 'left'],
      ['b', 'right'],
      ['c', 'base'],
      ['d', 'outside'],
    ]);
  });
  it('keeps explicit sides, fills the free ones, and never puts two groups on one side', () => {
    const sides = assignSides([
      { id: 'family', label: 'F', side: 'base' },
      { id: 'child', label: 'C' },
      { id: 'mixed', label: 'M', side: 'base' },
      { id: 'outside', label: 'O', side: 'outside' },
      { id: 'parent', label: 'P' },
    ]);
    expect(sides.get('family')).toBe('base');
    expect(sides.get('child')).toBe('left');
    expect(sides.get('mixed')).toBe('outside'); // asked for a side that was taken
    expect(sides.get('outside')).toBe('outside');
    expect(sides.get('parent')).toBe('right');
  });
});

describe('layoutTriangle', () => {
  it('orders groups left, right, base, outside and the dimensions in that reading order', () => {
    const layout = layoutTriangle(
      [
        { id: 'x', label: 'Extra', side: 'outside' as const },
        { id: 'f', label: 'Family', side: 'base' as const },
        { id: 'c', label: 'Child', side: 'left' as const },
      ],
      [
        { id: 'x1', label: 'X1', domainId: 'x' },
        { id: 'f1', label: 'F1', domainId: 'f' },
        { id: 'c1', label: 'C1', domainId: 'c' },
        { id: 'c2', label: 'C2', domainId: 'c' },
        { id: 'lost', label: 'Lost', domainId: 'nowhere' },
      ],
    );
    expect(layout.groups.map((g) => g.side)).toEqual(['left', 'base', 'outside']);
    expect(layout.order.map((d) => d.id)).toEqual(['c1', 'c2', 'f1', 'x1']);
    expect(layout.emptySides).toEqual(['right']);
    expect(layout.unplaced.map((d) => d.id)).toEqual(['lost']);
  });
  it('lays out the national framework with 7 + 6 + 7 dimensions and no empty side', () => {
    const layout = layoutTriangle(DH_2000_DOMAINS, DH_2000_DIMENSIONS);
    expect(layout.groups.map((g) => [g.side, g.dimensions.length])).toEqual([
      ['left', 7],
      ['right', 6],
      ['base', 7],
    ]);
    expect(layout.emptySides).toEqual([]);
  });
});

describe('triangleGeometry', () => {
  it('is equilateral, apex up, inset from the box, with the centroid a third of the way up', () => {
    const g = triangleGeometry(200, 8);
    const length = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot(a.x - b.x, a.y - b.y);
    expect(length(g.apex, g.bottomLeft)).toBeCloseTo(184, 1);
    expect(length(g.apex, g.bottomRight)).toBeCloseTo(184, 1);
    expect(length(g.bottomLeft, g.bottomRight)).toBeCloseTo(184, 1);
    expect(g.apex).toEqual({ x: 100, y: 8 });
    expect(g.bottomLeft.y).toBe(g.bottomRight.y);
    expect(g.height).toBeCloseTo(184 * (Math.sqrt(3) / 2) + 16, 1);
    expect(g.centroid.x).toBe(100);
    expect(g.bottomLeft.y - g.centroid.y).toBeCloseTo((g.bottomLeft.y - g.apex.y) / 3, 1);
  });
  it('draws each side and the outline as SVG paths', () => {
    const g = triangleGeometry(24, 3);
    expect(trianglePath(g, 'base')).toBe(`M3 ${g.bottomLeft.y}L21 ${g.bottomRight.y}`);
    expect(trianglePath(g, 'left')).toBe(`M12 3L3 ${g.bottomLeft.y}`);
    expect(trianglePath(g)).toMatch(/^M12 3L21 [\d.]+L3 [\d.]+Z$/);
  });
});

describe('slopeOffset', () => {
  it('steps evenly from 0 at the first item to 1 at the last, clamped', () => {
    expect([0, 1, 2, 3, 4].map((i) => slopeOffset(i, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(slopeOffset(0, 1)).toBe(0);
    expect(slopeOffset(9, 3)).toBe(1);
    expect(slopeOffset(-1, 3)).toBe(0);
  });
});

describe('evidence wording', () => {
  it('counts concerns then strengths in words, with singulars', () => {
    expect(describeEvidence({ concerns: 2, strengths: 1 })).toBe('2 concerns, 1 strength');
    expect(describeEvidence({ concerns: 1, strengths: 0 })).toBe('1 concern');
    expect(describeEvidence({ concerns: 0, strengths: 3 })).toBe('3 strengths');
    expect(describeEvidence({ concerns: 0, strengths: 0 })).toBe('No evidence yet');
    expect(describeEvidence(undefined)).toBe('No evidence yet');
    expect(describeEvidence({ concerns: -2, strengths: 1.7 })).toBe('1 strength');
  });
  it('caps pips and reports the overflow', () => {
    expect(evidencePips(3)).toEqual({ shown: 3, overflow: 0 });
    expect(evidencePips(8)).toEqual({ shown: 5, overflow: 3 });
    expect(evidencePips(-1)).toEqual({ shown: 0, overflow: 0 });
  });
  it('adds up a domain', () => {
    expect(
      sumEvidence(['a', 'b', 'missing'], {
        a: { concerns: 2, strengths: 1 },
        b: { concerns: 1, strengths: 0 },
      }),
    ).toEqual({ concerns: 3, strengths: 1 });
    expect(sumEvidence(['a'], undefined)).toEqual({ concerns: 0, strengths: 0 });
  });
  it('describes the chosen dimension with its domain and evidence', () => {
    expect(
      describeSelection(
        { label: 'Housing' },
        { label: 'Family and environmental factors' },
        {
          concerns: 1,
          strengths: 0,
        },
      ),
    ).toBe('Chosen: Housing (Family and environmental factors): 1 concern.');
    expect(describeSelection({ label: 'Health' }, undefined, undefined)).toBe(
      'Chosen: Health: no evidence yet.',
    );
    expect(describeSelection({ label: 'Health' }, undefined, undefined, false)).toBe('Chosen: Health.');
    expect(describeSelection(undefined, undefined)).toBe('No dimension chosen yet.');
  });
});

describe('typeaheadIndex', () => {
  const labels = ['Health', 'Education', 'Housing', 'Income'];
  it('finds the next label starting with the letter, wrapping, case-insensitive', () => {
    expect(typeaheadIndex(labels, 0, 'h')).toBe(2);
    expect(typeaheadIndex(labels, 2, 'H')).toBe(0);
    expect(typeaheadIndex(labels, 0, 'i')).toBe(3);
    expect(typeaheadIndex(labels, 0, 'z')).toBeUndefined();
    expect(typeaheadIndex(labels, 0, ' ')).toBeUndefined();
  });
});

describe('triangleFromFramework', () => {
  const domain = (id: string, label: string) => ({ id, label, description: `${label}.` }) as never;
  const dimension = (id: string, label: string, d: string) => ({ id, label, domain: d }) as never;
  it('puts the three Assessment Framework domains on their DH sides whatever the document order', () => {
    const { domains, dimensions } = triangleFromFramework({
      domains: [
        domain('family-environment', 'Family and environmental factors'),
        domain('parenting-capacity', 'Parenting capacity'),
        domain('child-development', "Child's developmental needs"),
      ],
      dimensions: [
        dimension('housing-employment-finance', 'Housing, Employment and Finance', 'family-environment'),
        dimension('basic-care-safety-protection', 'Basic Care, Safety and Protection', 'parenting-capacity'),
        dimension('health', 'Health', 'child-development'),
      ],
    });
    expect(domains.map((d) => [d.id, d.side])).toEqual([
      ['child-development', 'left'],
      ['parenting-capacity', 'right'],
      ['family-environment', 'base'],
    ]);
    expect(dimensions[0]).toEqual({
      id: 'housing-employment-finance',
      label: 'Housing, Employment and Finance',
      domainId: 'family-environment',
    });
  });
  it("shows Dudley's themes: the mixed theme on the right side, harm outside the home outside", () => {
    const { domains } = triangleFromFramework({
      domains: [
        domain('child-development', "Child's developmental needs"),
        domain('extra-familial', 'Extra-familial harm'),
        domain('mixed', 'Parents/carers and environment (mixed)'),
      ],
      dimensions: [
        dimension('education', 'Education', 'child-development'),
        dimension('parents-carers', 'Parents/Carers', 'mixed'),
        dimension('risks-outside-my-home', 'Risks outside of my home', 'extra-familial'),
      ],
    });
    expect(domains.map((d) => [d.id, d.side])).toEqual([
      ['child-development', 'left'],
      ['mixed', 'right'],
      ['extra-familial', 'outside'],
    ]);
    expect(domains[2]?.description).toMatch(/not a side of the triangle/);
    const layout = layoutTriangle(domains, [
      { id: 'r', label: 'Risks outside of my home', domainId: 'extra-familial' },
    ]);
    expect(layout.emptySides).toEqual(['base']);
  });
  it('leaves out dimensions without indicators when indicators are given (Stoke\'s empty "continued" heading)', () => {
    const { dimensions } = triangleFromFramework({
      domains: [domain('child-development', 'Child')],
      dimensions: [
        dimension('behavioural-development', 'Behavioural Development', 'child-development'),
        dimension(
          'behavioural-development-continued',
          'Behavioural Development Continued',
          'child-development',
        ),
      ],
      indicators: [{ dimensionId: 'behavioural-development' }],
    });
    expect(dimensions.map((d) => d.id)).toEqual(['behavioural-development']);
  });
  it('leaves out a domain with no dimensions', () => {
    const { domains } = triangleFromFramework({
      domains: [domain('child-development', 'Child'), domain('parenting-capacity', 'Parenting')],
      dimensions: [dimension('health', 'Health', 'child-development')],
    });
    expect(domains.map((d) => d.id)).toEqual(['child-development']);
  });
});

describe('assessmentTriangleExamples', () => {
  it('have unique names and cover both modes, every view and the outside band', () => {
    const names = assessmentTriangleExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(assessmentTriangleExamples.map((e) => e.props.mode ?? 'interactive'))).toEqual(
      new Set(['interactive', 'read-only']),
    );
    expect(
      assessmentTriangleExamples.some((e) =>
        layoutTriangle(e.props.domains, e.props.dimensions).groups.some((g) => g.side === 'outside'),
      ),
    ).toBe(true);
  });
});
