/**
 * The shipped frameworks (committed JSON + curated rules) and the queries bound to them.
 */
import { AREA_DATA } from './data.ts';
import { duplicateKey } from './extract/normalise.ts';
import { type AreaStats, areaStats, type IndicatorQuery, queryIndicators } from './query.ts';
import { rulesByArea } from './rules/index.ts';
import {
  AREA_IDS,
  AREA_PREFIX,
  type AreaData,
  type AreaId,
  type CanonicalDimensionId,
  DOMAINS,
  type Framework,
  type Indicator,
  type LevelOrdinal,
} from './schema.ts';

function toFramework(data: AreaData): Framework {
  const used = new Set(data.dimensions.map((d) => d.domain));
  return {
    id: data.area,
    prefix: AREA_PREFIX[data.area] as Framework['prefix'],
    source: data.source,
    extractorVersion: data.extractorVersion,
    mechanicalCount: data.mechanicalCount,
    domains: DOMAINS.filter((d) => used.has(d.id)),
    localDomains: data.localDomains,
    dimensions: data.dimensions,
    dimensionMappings: data.dimensionMappings,
    indicators: data.indicators,
    rules: rulesByArea[data.area],
  };
}

/** All five frameworks in the canonical area order (Telford, Sandwell, Stoke, Nottingham, Dudley). */
export const frameworks: readonly Framework[] = AREA_IDS.map((id) => toFramework(AREA_DATA[id]));

const byArea = new Map<string, Framework>(frameworks.map((f) => [f.id, f]));
const byIndicatorId = new Map<string, Indicator>(
  frameworks.flatMap((f) => f.indicators.map((i) => [i.id, i] as const)),
);

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export class UnknownAreaError extends Error {
  readonly area: string;
  constructor(area: string) {
    super(`Unknown area "${area}". Known areas: ${AREA_IDS.join(', ')}`);
    this.name = 'UnknownAreaError';
    this.area = area;
  }
}

/** The framework of one area; throws `UnknownAreaError` (naming the valid ids) for anything else. */
export function getFramework(id: AreaId | string): Framework {
  const f = byArea.get(id);
  if (!f) throw new UnknownAreaError(id);
  return f;
}

export function getIndicator(id: string): Indicator | undefined {
  return byIndicatorId.get(id);
}

/** Indicators matching every given criterion (area, level, domain, dimension, text words, flag). */
export function findIndicators(query: IndicatorQuery = {}): Indicator[] {
  const areas = query.area === undefined ? [] : Array.isArray(query.area) ? query.area : [query.area];
  for (const a of areas) if (!isAreaId(a)) throw new UnknownAreaError(a);
  return queryIndicators(
    frameworks.map((f) => AREA_DATA[f.id]),
    query,
  );
}

export const indicatorsByArea = (area: AreaId | string): Indicator[] =>
  findIndicators({ area: getFramework(area).id });
export const indicatorsByLevel = (area: AreaId | string, level: LevelOrdinal): Indicator[] =>
  findIndicators({ area: getFramework(area).id, level });
export const indicatorsByDomain = (area: AreaId | string, domain: Indicator['domain']): Indicator[] =>
  findIndicators({ area: getFramework(area).id, domain });
export const indicatorsByDimension = (area: AreaId | string, dimension: string): Indicator[] =>
  findIndicators({ area: getFramework(area).id, dimension });
export const searchIndicators = (text: string, area?: AreaId): Indicator[] =>
  findIndicators(area === undefined ? { text } : { text, area });

/** Indicator counts per level, domain, dimension and cell, plus counts of the other tables. */
export function getStats(area: AreaId | string): AreaStats {
  const id = getFramework(area).id;
  return areaStats(AREA_DATA[id], ruleTableCounts(id));
}

/** The area's own name for a level ordinal ("Vulnerable", "Universal Plus", …). */
export function levelName(area: AreaId | string, level: LevelOrdinal): string {
  const rules = getFramework(area).rules as Framework['rules'] | undefined;
  return rules?.levels[level - 1]?.localName ?? `Level ${level}`;
}

/** Counts of the rule tables of an area (levels, consent rules, escalation entries, …). */
export function ruleTableCounts(area: AreaId | string): Record<string, number> {
  const rules = getFramework(area).rules as Framework['rules'] | undefined;
  if (!rules) return {};
  return {
    levels: rules.levels.length,
    consentRules: rules.consent.rules.length,
    escalationProcedures: rules.escalation.length,
    frontDoorPhones: rules.frontDoor.phones.length,
    frontDoorDeadlines: rules.frontDoor.deadlines.length,
    stepRules: rules.stepUpDown.length,
    lists: rules.lists.length,
    listItems: rules.lists.reduce((n, l) => n + l.items.length, 0),
    riskMatrices: rules.riskMatrices.length,
    riskCells: rules.riskMatrices.reduce((n, m) => n + m.categories.length * 3, 0),
    goodReferralQuestions: rules.goodReferralQuestions?.questions.length ?? 0,
    signsOfSafetyQuestions: rules.signsOfSafety?.questions.length ?? 0,
    practiceModels: rules.practiceModels.length,
    dimensions: getFramework(area).dimensions.length,
    dimensionMappings: getFramework(area).dimensionMappings.length,
  };
}

/** The canonical Assessment Framework dimensions an indicator's local dimension maps to (may be empty). */
export function canonicalDimensionsOf(
  indicator: Pick<Indicator, 'area' | 'dimensionId'>,
): CanonicalDimensionId[] {
  const mapping = getFramework(indicator.area).dimensionMappings.find(
    (m) => m.dimensionId === indicator.dimensionId,
  );
  if (!mapping) throw new Error(`${indicator.area} has no dimension ${indicator.dimensionId}`);
  return [...mapping.targets];
}

/**
 * The ordinal of a level named in the area's own words (its local name or any alias, ignoring case and
 * punctuation), or undefined. Names are only meaningful within their area: "Complex" is 3 in Telford and
 * undefined in Sandwell, whose level 4 is "Complex/ Significant Needs".
 */
export function levelOrdinalOf(area: AreaId | string, name: string): LevelOrdinal | undefined {
  const key = duplicateKey(name);
  if (key === '') return undefined;
  const level = getFramework(area).rules.levels.find((l) =>
    [l.localName, ...l.aliases.map((a) => a.text)].some((n) => duplicateKey(n) === key),
  );
  return level?.ordinal;
}
