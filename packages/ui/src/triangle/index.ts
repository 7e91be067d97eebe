export {
  AssessmentTriangle,
  type AssessmentTriangleProps,
  type TriangleDimension,
  type TriangleDomain,
  type TriangleView,
} from './AssessmentTriangle.tsx';
export {
  type AssessmentTriangleExample,
  assessmentTriangleExamples,
  DH_2000_DIMENSIONS,
  DH_2000_DOMAINS,
  TRIANGLE_EXAMPLE_EVIDENCE,
} from './triangle.examples.ts';
export { type TriangleFrameworkLike, triangleFromFramework } from './triangle-from-framework.ts';
export {
  assignSides,
  type DimensionEvidence,
  describeEvidence,
  describeSelection,
  evidencePips,
  layoutTriangle,
  slopeOffset,
  sumEvidence,
  type TriangleSide,
  triangleGeometry,
  trianglePath,
  typeaheadIndex,
} from './triangle-geometry.ts';
