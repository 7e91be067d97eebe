/** The cross-area concept layer and rule differences (curated; never overwrites indicators). */
export { concepts, ruleDifferences } from './concepts.ts';
export { conceptsDifferingInLevel, conceptsForArea, levelsByArea } from './queries.ts';
export * from './schema.ts';
