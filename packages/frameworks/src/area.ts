/**
 * One area's framework without the other four (`@levelwise/frameworks/area`).
 *
 * The root export builds all five frameworks when it loads (1.7 MB of JSON). An app that ships a single area
 * (the course builds one SCORM package per area) imports that area's JSON itself and composes it here, so its
 * bundle carries one matrix and one set of rules:
 *
 *     import data from '@levelwise/frameworks/data/sandwell.json';
 *     import { frameworkFromAreaData, sandwellRules } from '@levelwise/frameworks/area';
 *     const framework = frameworkFromAreaData(data, sandwellRules);
 *
 * The rules are separate named exports (not one record) so a bundler drops the four an app does not name.
 * The result equals `getFramework(area)` from the root export (tested in test/area.test.ts).
 *
 * This module imports only types from `schema.ts`: its values are zod schemas, which a bundler cannot drop, and
 * a course has no use for a schema library at run time. The two small constants it needs are repeated below;
 * the equality test above fails if they drift from `AREA_PREFIX` and `DOMAINS`.
 */
import { dudleyRules } from './rules/dudley.ts';
import { nottinghamCityRules } from './rules/nottingham-city.ts';
import { sandwellRules } from './rules/sandwell.ts';
import type { AreaRules } from './rules/schema.ts';
import { stokeOnTrentRules } from './rules/stoke-on-trent.ts';
import { telfordWrekinRules } from './rules/telford-wrekin.ts';
import type { AreaData, AreaId, Domain, Framework } from './schema.ts';

export { dudleyRules, nottinghamCityRules, sandwellRules, stokeOnTrentRules, telfordWrekinRules };

/**
 * The name of each area's rules export above, for code generators that write the two import lines for one
 * area (the course's build does).
 */
export const AREA_RULES_EXPORT: Readonly<Record<AreaId, string>> = {
  'telford-wrekin': 'telfordWrekinRules',
  sandwell: 'sandwellRules',
  'stoke-on-trent': 'stokeOnTrentRules',
  'nottingham-city': 'nottinghamCityRules',
  dudley: 'dudleyRules',
};

/** Indicator id prefixes: the same as `AREA_PREFIX` in schema.ts. */
const PREFIX: Readonly<Record<AreaId, Framework['prefix']>> = {
  'telford-wrekin': 'tw',
  sandwell: 'sw',
  'stoke-on-trent': 'st',
  'nottingham-city': 'nc',
  dudley: 'du',
};

/** The same as `DOMAINS` in schema.ts (the three Assessment Framework domains and two groupings). */
const AREA_DOMAINS: readonly Domain[] = [
  {
    id: 'child-development',
    label: "Child's developmental needs",
    description: 'Assessment Framework (DH 2000) domain: how the child is developing.',
  },
  {
    id: 'parenting-capacity',
    label: 'Parenting capacity',
    description: "Assessment Framework domain: the parents' or carers' capacity to meet the child's needs.",
  },
  {
    id: 'family-environment',
    label: 'Family and environmental factors',
    description: 'Assessment Framework domain: the wider family, housing, income, community.',
  },
  {
    id: 'extra-familial',
    label: 'Extra-familial harm',
    description:
      'Risks outside the home (exploitation, gangs, radicalisation): Dudley "Risks outside of my home".',
  },
  {
    id: 'mixed',
    label: 'Parents/carers and environment (mixed)',
    description:
      'Dudley "Parents/Carers", one theme that merges parenting capacity and family/environmental factors.',
  },
];

export class AreaDataMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AreaDataMismatchError';
  }
}

/**
 * Composes one area's `Framework` from its committed JSON (`data/<area>.json`) and its curated rules.
 * Throws `AreaDataMismatchError` when the two belong to different areas or the JSON is not area data.
 */
export function frameworkFromAreaData(data: unknown, rules: AreaRules): Framework {
  const area = data as Partial<AreaData> | null;
  if (!area || typeof area !== 'object' || typeof area.area !== 'string' || !Array.isArray(area.indicators)) {
    throw new AreaDataMismatchError(
      'frameworkFromAreaData: the data is not a data/<area>.json file (no "area" or "indicators")',
    );
  }
  if (!(area.area in PREFIX)) {
    throw new AreaDataMismatchError(`frameworkFromAreaData: unknown area "${area.area}" in the data`);
  }
  if (rules.area !== area.area) {
    throw new AreaDataMismatchError(
      `frameworkFromAreaData: the data is for "${area.area}" but the rules are for "${rules.area}"`,
    );
  }
  const full = area as AreaData;
  const used = new Set(full.dimensions.map((d) => d.domain));
  return {
    id: full.area,
    prefix: PREFIX[full.area],
    source: full.source,
    extractorVersion: full.extractorVersion,
    mechanicalCount: full.mechanicalCount,
    domains: AREA_DOMAINS.filter((d) => used.has(d.id)),
    localDomains: full.localDomains,
    dimensions: full.dimensions,
    dimensionMappings: full.dimensionMappings,
    indicators: full.indicators,
    rules,
  };
}
