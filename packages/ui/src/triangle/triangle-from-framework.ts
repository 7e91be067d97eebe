import type { Framework } from '@levelwise/frameworks';
import type { TriangleDimension, TriangleDomain } from './AssessmentTriangle.tsx';
import type { TriangleSide } from './triangle-geometry.ts';

/** The parts of a framework the triangle reads (types only: no framework data enters the ui bundle). */
export type TriangleFrameworkLike = Pick<Framework, 'domains' | 'dimensions'> & {
  /** When given, dimensions with no indicators (an empty heading the extractor re-attributed) are left out. */
  indicators?: ReadonlyArray<Pick<Framework['indicators'][number], 'dimensionId'>>;
};

/** Where each canonical domain sits in the Department of Health (2000) picture. */
const CANONICAL_SIDE: Readonly<Record<string, TriangleSide>> = {
  'child-development': 'left',
  'parenting-capacity': 'right',
  'family-environment': 'base',
  // Dudley's "Parents/Carers" merges parenting capacity and family/environment: it takes the right side.
  mixed: 'right',
  'extra-familial': 'outside',
};

const CANONICAL_ORDER = ['child-development', 'parenting-capacity', 'family-environment', 'mixed'];

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  mixed: 'One theme in this area for parenting capacity and family and environmental factors together.',
  'extra-familial': 'Harm outside the home: not a side of the triangle, so shown beside it.',
};

/**
 * The triangle's domains and dimensions for one area: the three Assessment Framework sides in the DH order
 * (child left, parenting right, family and environment along the base), the area's own dimension labels in
 * document order, and any grouping that is not a side (extra-familial harm) in the band outside.
 */
export function triangleFromFramework(framework: TriangleFrameworkLike): {
  domains: TriangleDomain[];
  dimensions: TriangleDimension[];
} {
  const rank = (id: string) => {
    const i = CANONICAL_ORDER.indexOf(id);
    return i === -1 ? CANONICAL_ORDER.length : i;
  };
  const used = framework.indicators ? new Set(framework.indicators.map((i) => i.dimensionId)) : undefined;
  const shown = framework.dimensions.filter((d) => !used || used.has(d.id));
  const domains = [...framework.domains]
    .sort((a, b) => rank(a.id) - rank(b.id))
    .filter((domain) => shown.some((d) => d.domain === domain.id))
    .map((domain) => {
      const description = DESCRIPTIONS[domain.id];
      return {
        id: domain.id,
        label: domain.label,
        side: CANONICAL_SIDE[domain.id] ?? 'outside',
        ...(description ? { description } : {}),
      };
    });
  const dimensions = shown.map((d) => ({ id: d.id, label: d.label, domainId: d.domain }));
  return { domains, dimensions };
}
