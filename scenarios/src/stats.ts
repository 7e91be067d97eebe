import { deriveVignetteKey, type VignetteKey } from './answer-key.ts';
import { AREA_IDS, type AreaId, type LevelOrdinal } from './areas.ts';
import type { FrameworkLookup } from './framework-lookup.ts';
import type { Vignette } from './vignette.schema.ts';

export interface CatalogueStats {
  vignettes: number;
  drafts: number;
  stages: number;
  /** Per area: how many vignettes end (final stage) at each level. */
  finalLevels: Record<AreaId, Record<LevelOrdinal, number>>;
  /** Per area: every stage's level, counted. */
  stageLevels: Record<AreaId, Record<LevelOrdinal, number>>;
  ages: Record<AgeBand, number>;
  themes: Record<string, number>;
  /** Per area: vignettes whose last stage is above, below or level with their first. */
  steps: Record<AreaId, { up: number; down: number; same: number }>;
  /** Stages whose derived level differs between areas. */
  crossAreaDifferences: Array<{ vignetteId: string; stageId: string; levels: Record<AreaId, LevelOrdinal> }>;
  contestedStages: number;
}

export type AgeBand = 'unborn' | '0-1' | '2-4' | '5-10' | '11-15' | '16-17';

export function ageBand(vignette: Vignette): AgeBand {
  const years = vignette.child.age?.years;
  if (years === undefined) return 'unborn';
  if (years <= 1) return '0-1';
  if (years <= 4) return '2-4';
  if (years <= 10) return '5-10';
  if (years <= 15) return '11-15';
  return '16-17';
}

function levelCounts(): Record<LevelOrdinal, number> {
  return { 1: 0, 2: 0, 3: 0, 4: 0 };
}

function perArea<T>(make: () => T): Record<AreaId, T> {
  return Object.fromEntries(AREA_IDS.map((a) => [a, make()])) as Record<AreaId, T>;
}

/** Statistics over valid vignettes; `lookupFor` picks the draft or real lookup per vignette. */
export function catalogueStats(
  vignettes: readonly Vignette[],
  lookupFor: (vignette: Vignette) => FrameworkLookup,
): CatalogueStats {
  const stats: CatalogueStats = {
    vignettes: vignettes.length,
    drafts: vignettes.filter((v) => v.draft).length,
    stages: vignettes.reduce((n, v) => n + v.stages.length, 0),
    finalLevels: perArea(levelCounts),
    stageLevels: perArea(levelCounts),
    ages: { unborn: 0, '0-1': 0, '2-4': 0, '5-10': 0, '11-15': 0, '16-17': 0 },
    themes: {},
    steps: perArea(() => ({ up: 0, down: 0, same: 0 })),
    crossAreaDifferences: [],
    contestedStages: 0,
  };
  for (const vignette of vignettes) {
    stats.ages[ageBand(vignette)] += 1;
    for (const theme of vignette.themes) stats.themes[theme] = (stats.themes[theme] ?? 0) + 1;
    const lookup = lookupFor(vignette);
    const keys = Object.fromEntries(
      AREA_IDS.map((a) => [a, deriveVignetteKey(vignette, a, lookup).key]),
    ) as Record<AreaId, VignetteKey>;
    for (const area of AREA_IDS) {
      const stages = keys[area].stages;
      const first = stages[0];
      const last = stages[stages.length - 1];
      if (!first || !last) continue;
      stats.finalLevels[area][last.level] += 1;
      for (const s of stages) stats.stageLevels[area][s.level] += 1;
      const step = last.level > first.level ? 'up' : last.level < first.level ? 'down' : 'same';
      stats.steps[area][step] += 1;
    }
    vignette.stages.forEach((stage, i) => {
      const levels = Object.fromEntries(AREA_IDS.map((a) => [a, keys[a].stages[i]?.level])) as Record<
        AreaId,
        LevelOrdinal
      >;
      if (new Set(Object.values(levels)).size > 1) {
        stats.crossAreaDifferences.push({ vignetteId: vignette.id, stageId: stage.id, levels });
      }
      if (AREA_IDS.some((a) => (keys[a].stages[i]?.band[0] ?? 0) !== (keys[a].stages[i]?.band[1] ?? 0))) {
        stats.contestedStages += 1;
      }
    });
  }
  return stats;
}
