/** Modules generated at build time by build/course-plugin.ts. */
declare module 'virtual:levelwise/course' {
  import type { Framework } from '@levelwise/frameworks';
  import type { AreaId, Vignette } from '@levelwise/scenarios';
  /** The area this build is for. */
  export const AREA: AreaId;
  /** That area's framework only (matrix and rules). */
  export const framework: Framework;
  export const practiceVignettes: Vignette[];
  export const assessmentVignettes: Vignette[];
}

declare module 'virtual:levelwise/workshop' {
  import type { Vignette } from '@levelwise/scenarios';
  /** Every non-draft vignette of the catalogue. */
  export const vignettes: Vignette[];
}
