/**
 * @levelwise/player: the only place React meets XState. Binds the scenario machines (@levelwise/scenarios) to
 * the props-only components (@levelwise/ui). Import a subpath to pull in only what you use:
 * `@levelwise/player/vignette`, `@levelwise/player/course`, `@levelwise/player/workshop`. See README.md.
 */

export * from './course/index.ts';
export * from './vignette/index.ts';
// The workshop's helpers share names with the vignette's (reader stages): import them from the subpath.
export { WorkshopPlayer, type WorkshopPlayerProps } from './workshop/index.ts';
