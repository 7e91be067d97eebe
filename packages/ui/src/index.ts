/**
 * @levelwise/ui: props-only React components for levels of need.
 * Import a component from its own subpath (e.g. `@levelwise/ui/level-badge`) to pull in only that component,
 * and the stylesheet once from `@levelwise/ui/theme.css`.
 */

export * from './confidence-scale/index.ts';
export * from './consent-decision/index.ts';
export * from './evidence-picker/index.ts';
export * from './feedback-panel/index.ts';
export * from './flowchart/index.ts';
export * from './level-badge/index.ts';
export * from './level-picker/index.ts';
export * from './matrix/index.ts';
export * from './progress-tracker/index.ts';
export * from './response-picker/index.ts';
export * from './score-summary/index.ts';
export * from './triangle/index.ts';
export * from './vignette-reader/index.ts';
export * from './windscreen/index.ts';
