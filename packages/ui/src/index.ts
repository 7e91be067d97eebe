/**
 * @levelwise/ui: props-only React components for levels of need.
 * Import a component from its own subpath (e.g. `@levelwise/ui/level-badge`) to pull in only that component,
 * and the stylesheet once from `@levelwise/ui/theme.css`.
 */

export * from './feedback-panel/index.ts';
export * from './flowchart/index.ts';
export * from './level-badge/index.ts';
export * from './windscreen/index.ts';
