/**
 * Pure layout, geometry and wording for the Assessment Framework triangle, kept out of the component so it is
 * unit-tested. The picture follows the Department of Health (2000) diagram: the child at the centre, the
 * child's developmental needs down the left side, parenting capacity down the right side, family and
 * environmental factors along the base. Groups that are not one of the three sides (Dudley's "Risks outside of
 * my home") sit in a band outside the triangle.
 */

/** Where a domain's group is drawn. `outside` is a band beneath the triangle, for groupings that are not a side. */
export type TriangleSide = 'left' | 'right' | 'base' | 'outside';

export const TRIANGLE_SIDES: readonly Exclude<TriangleSide, 'outside'>[] = ['left', 'right', 'base'];

/** Reading order of the groups: left side, right side, base, then the outside band. */
const SIDE_ORDER: Readonly<Record<TriangleSide, number>> = { left: 0, right: 1, base: 2, outside: 3 };

export interface TriangleDomainLike {
  id: string;
  label: string;
  side?: TriangleSide;
}

export interface TriangleDimensionLike {
  id: string;
  label: string;
  domainId: string;
}

export interface TriangleGroup<D extends TriangleDomainLike, M extends TriangleDimensionLike> {
  domain: D;
  side: TriangleSide;
  dimensions: M[];
}

export interface TriangleLayout<D extends TriangleDomainLike, M extends TriangleDimensionLike> {
  /** Groups in reading order (left, right, base, outside); this is also the DOM order. */
  groups: TriangleGroup<D, M>[];
  /** Every dimension in reading order: the order the arrow keys follow. */
  order: M[];
  /** Triangle sides with no group (drawn dashed). */
  emptySides: Exclude<TriangleSide, 'outside'>[];
  /** Dimensions whose `domainId` names no domain: not drawn, reported in development. */
  unplaced: M[];
}

/**
 * Puts each domain on a side. An explicit `side` is kept while that side is free; the others fill the free
 * sides in the order given (left, right, base), and anything left over goes outside the triangle. A side holds
 * at most one group, so the three sides always read as three domains.
 */
export function assignSides(domains: readonly TriangleDomainLike[]): Map<string, TriangleSide> {
  const sides = new Map<string, TriangleSide>();
  const taken = new Set<TriangleSide>();
  for (const domain of domains) {
    if (domain.side && domain.side !== 'outside' && !taken.has(domain.side)) {
      sides.set(domain.id, domain.side);
      taken.add(domain.side);
    } else if (domain.side === 'outside') {
      sides.set(domain.id, 'outside');
    }
  }
  for (const domain of domains) {
    if (sides.has(domain.id)) continue;
    const free = domain.side ? undefined : TRIANGLE_SIDES.find((s) => !taken.has(s));
    const side = free ?? 'outside';
    sides.set(domain.id, side);
    if (side !== 'outside') taken.add(side);
  }
  return sides;
}

/** Groups the dimensions by domain and orders everything for reading and for the keyboard. */
export function layoutTriangle<D extends TriangleDomainLike, M extends TriangleDimensionLike>(
  domains: readonly D[],
  dimensions: readonly M[],
): TriangleLayout<D, M> {
  const sides = assignSides(domains);
  const known = new Set(domains.map((d) => d.id));
  const groups = domains
    .map((domain, index) => ({
      domain,
      side: sides.get(domain.id) ?? 'outside',
      dimensions: dimensions.filter((m) => m.domainId === domain.id),
      index,
    }))
    .sort((a, b) => SIDE_ORDER[a.side] - SIDE_ORDER[b.side] || a.index - b.index)
    .map(({ domain, side, dimensions: dims }) => ({ domain, side, dimensions: dims }));
  const used = new Set(groups.map((g) => g.side));
  return {
    groups,
    order: groups.flatMap((g) => g.dimensions),
    emptySides: TRIANGLE_SIDES.filter((s) => !used.has(s)),
    unplaced: dimensions.filter((m) => !known.has(m.domainId)),
  };
}

export interface Point {
  x: number;
  y: number;
}

export interface TriangleGeometry {
  width: number;
  height: number;
  apex: Point;
  bottomLeft: Point;
  bottomRight: Point;
  /** Where the medians meet: the child sits here. */
  centroid: Point;
  /** Each side as a pair of points, for drawing one side on its own. */
  edges: Readonly<Record<Exclude<TriangleSide, 'outside'>, readonly [Point, Point]>>;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * An equilateral triangle, apex up, inside a `width`-wide box with `inset` clear on every side so a thick
 * stroke is never clipped. The height follows from the width (√3/2 of the side).
 */
export function triangleGeometry(width = 200, inset = 6): TriangleGeometry {
  const side = width - 2 * inset;
  const rise = (side * Math.sqrt(3)) / 2;
  const height = round(rise + 2 * inset);
  const apex = { x: round(width / 2), y: inset };
  const bottomLeft = { x: inset, y: round(inset + rise) };
  const bottomRight = { x: round(width - inset), y: round(inset + rise) };
  const centroid = {
    x: round((apex.x + bottomLeft.x + bottomRight.x) / 3),
    y: round((apex.y + bottomLeft.y + bottomRight.y) / 3),
  };
  return {
    width,
    height,
    apex,
    bottomLeft,
    bottomRight,
    centroid,
    edges: { left: [apex, bottomLeft], right: [apex, bottomRight], base: [bottomLeft, bottomRight] },
  };
}

/** An SVG path for one side or the whole outline. */
export function trianglePath(geometry: TriangleGeometry, side?: Exclude<TriangleSide, 'outside'>): string {
  if (side) {
    const [a, b] = geometry.edges[side];
    return `M${a.x} ${a.y}L${b.x} ${b.y}`;
  }
  const { apex, bottomLeft, bottomRight } = geometry;
  return `M${apex.x} ${apex.y}L${bottomRight.x} ${bottomRight.y}L${bottomLeft.x} ${bottomLeft.y}Z`;
}

/**
 * How far (0 to 1) an item on a slanted side steps away from the triangle: the first item hugs the apex, the
 * last sits furthest out, so a list beside a side follows its slope. Always 0 for a single item.
 */
export function slopeOffset(index: number, count: number): number {
  if (count <= 1) return 0;
  return round(Math.min(Math.max(index, 0), count - 1) / (count - 1));
}

/* ------------------------------------------------------------------ evidence */

export interface DimensionEvidence {
  concerns: number;
  strengths: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 concerns, 1 strength"; "No evidence yet" when both are zero or there is no record. */
export function describeEvidence(evidence: DimensionEvidence | undefined): string {
  const concerns = Math.max(0, Math.floor(evidence?.concerns ?? 0));
  const strengths = Math.max(0, Math.floor(evidence?.strengths ?? 0));
  const parts: string[] = [];
  if (concerns > 0) parts.push(plural(concerns, 'concern', 'concerns'));
  if (strengths > 0) parts.push(plural(strengths, 'strength', 'strengths'));
  return parts.length ? parts.join(', ') : 'No evidence yet';
}

/** Pips to draw for a count: at most `max`, with the remainder shown as "+n". */
export function evidencePips(count: number, max = 5): { shown: number; overflow: number } {
  const n = Math.max(0, Math.floor(count));
  return { shown: Math.min(n, max), overflow: Math.max(0, n - max) };
}

/** The evidence of a set of dimensions added up (a domain's totals). */
export function sumEvidence(
  dimensionIds: readonly string[],
  evidence: Readonly<Record<string, DimensionEvidence>> | undefined,
): DimensionEvidence {
  let concerns = 0;
  let strengths = 0;
  for (const id of dimensionIds) {
    concerns += Math.max(0, evidence?.[id]?.concerns ?? 0);
    strengths += Math.max(0, evidence?.[id]?.strengths ?? 0);
  }
  return { concerns, strengths };
}

/** The sentence shown (and announced politely) for the chosen dimension. */
export function describeSelection(
  dimension: { label: string } | undefined,
  domain: { label: string } | undefined,
  evidence?: DimensionEvidence,
  showEvidence = true,
): string {
  if (!dimension) return 'No dimension chosen yet.';
  const where = domain ? ` (${domain.label})` : '';
  const counts = showEvidence ? `: ${describeEvidence(evidence).replace(/^No/, 'no')}` : '';
  return `Chosen: ${dimension.label}${where}${counts}.`;
}

/**
 * Type-ahead: the index of the next label (after `current`, wrapping) that starts with `char`, or undefined.
 * Lets a keyboard user jump to "Housing" by pressing H, as in a native select.
 */
export function typeaheadIndex(labels: readonly string[], current: number, char: string): number | undefined {
  const c = char.toLocaleLowerCase('en-GB');
  if (!c.trim()) return undefined;
  for (let step = 1; step <= labels.length; step++) {
    const i = (current + step) % labels.length;
    if (labels[i]?.trim().toLocaleLowerCase('en-GB').startsWith(c)) return i;
  }
  return undefined;
}
