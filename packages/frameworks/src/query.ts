/**
 * Pure queries over extracted matrices. They take the data as an argument so they work on fixtures as well as
 * on the shipped frameworks (`index.ts` binds them to the shipped data).
 */
import { normaliseText, slugify } from './extract/normalise.ts';
import {
  type AreaData,
  type AreaId,
  CANONICAL_DIMENSIONS,
  type CanonicalDimensionId,
  type CanonicalDomain,
  type Indicator,
  type LevelOrdinal,
} from './schema.ts';

type OneOrMany<T> = T | readonly T[];

export interface IndicatorQuery {
  area?: OneOrMany<AreaId>;
  level?: OneOrMany<LevelOrdinal>;
  domain?: OneOrMany<CanonicalDomain>;
  /**
   * A local dimension: its id (`basic-care-safety-protection`), its label or any spelling variant
   * (case-insensitive), or a canonical dimension id (`health`, `basic-care`), which matches every local
   * dimension mapped to it.
   */
  dimension?: string;
  /** Every word must occur in the indicator's normalised text (case-insensitive). */
  text?: string;
  /** Only indicators carrying this flag. */
  flag?:
    | 'crossReference'
    | 'strategyDiscussion'
    | 'duplicateOf'
    | 'levelInferred'
    | 'literalDimension'
    | 'conditionalOnProtectiveness';
}

const asList = <T>(v: OneOrMany<T> | undefined): readonly T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];

function isCanonicalDimension(value: string): value is CanonicalDimensionId {
  return CANONICAL_DIMENSIONS.some((d) => d.id === value);
}

/** The local dimension ids of one area that a `dimension` query term selects. */
export function resolveDimensionIds(area: AreaData, term: string): Set<string> {
  const slug = slugify(term);
  const out = new Set<string>();
  for (const d of area.dimensions) {
    if (d.id === term || d.id === slug || [d.label, ...d.variants].some((l) => slugify(l) === slug))
      out.add(d.id);
  }
  if (out.size === 0 && isCanonicalDimension(term)) {
    for (const m of area.dimensionMappings) if (m.targets.includes(term)) out.add(m.dimensionId);
  }
  return out;
}

export function queryIndicators(areas: readonly AreaData[], query: IndicatorQuery = {}): Indicator[] {
  const areaIds = asList(query.area);
  const levels = asList(query.level);
  const domains = asList(query.domain);
  const words =
    query.text === undefined
      ? []
      : normaliseText(query.text)
          .toLowerCase()
          .split(' ')
          .filter((w) => w.length > 0);
  const out: Indicator[] = [];
  for (const area of areas) {
    if (areaIds && !areaIds.includes(area.area)) continue;
    const dims = query.dimension === undefined ? undefined : resolveDimensionIds(area, query.dimension);
    for (const ind of area.indicators) {
      if (levels && !levels.includes(ind.level)) continue;
      if (domains && !domains.includes(ind.domain)) continue;
      if (dims && !dims.has(ind.dimensionId)) continue;
      if (query.flag && ind.flags[query.flag] === undefined) continue;
      if (words.length > 0) {
        const hay = ind.textNormalised.toLowerCase();
        if (!words.every((w) => hay.includes(w))) continue;
      }
      out.push(ind);
    }
  }
  return out;
}

export interface CountTable {
  total: number;
  byLevel: Record<string, number>;
  byDomain: Record<string, number>;
  byDimension: Record<string, number>;
  /** `"<level>|<dimension id>"` → count. */
  byCell: Record<string, number>;
}

export interface AreaStats {
  area: AreaId;
  indicators: CountTable;
  mechanicalCount: number;
  dimensions: number;
  dimensionMappings: number;
  duplicates: number;
  nearDuplicatePairs: number;
  crossReferences: number;
  strategyDiscussions: number;
  levelInferred: number;
  withParameters: number;
  parameters: Record<string, number>;
  /** Counts of the other tables (levels, consent rules, …) supplied by the caller. */
  tables: Record<string, number>;
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

export function countIndicators(indicators: readonly Indicator[]): CountTable {
  const table: CountTable = { total: 0, byLevel: {}, byDomain: {}, byDimension: {}, byCell: {} };
  for (const ind of indicators) {
    table.total++;
    bump(table.byLevel, String(ind.level));
    bump(table.byDomain, ind.domain);
    bump(table.byDimension, ind.dimensionId);
    bump(table.byCell, `${ind.level}|${ind.dimensionId}`);
  }
  return table;
}

export function areaStats(area: AreaData, tables: Record<string, number> = {}): AreaStats {
  const parameters: Record<string, number> = {};
  let nearLinks = 0;
  for (const ind of area.indicators) {
    for (const p of ind.parameters) bump(parameters, p.kind);
    nearLinks += ind.flags.nearDuplicates?.length ?? 0;
  }
  const has = (f: keyof Indicator['flags']) => area.indicators.filter((i) => i.flags[f] !== undefined).length;
  return {
    area: area.area,
    indicators: countIndicators(area.indicators),
    mechanicalCount: area.mechanicalCount,
    dimensions: area.dimensions.length,
    dimensionMappings: area.dimensionMappings.length,
    duplicates: has('duplicateOf'),
    nearDuplicatePairs: nearLinks / 2,
    crossReferences: has('crossReference'),
    strategyDiscussions: has('strategyDiscussion'),
    levelInferred: has('levelInferred'),
    withParameters: area.indicators.filter((i) => i.parameters.length > 0).length,
    parameters,
    tables,
  };
}
