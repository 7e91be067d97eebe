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
    stages: vignettes.filter((v) => !v.draft).reduce((n, v) => n + v.stages.length, 0),
    finalLevels: perArea(levelCounts),
    stageLevels: perArea(levelCounts),
    ages: { unborn: 0, '0-1': 0, '2-4': 0, '5-10': 0, '11-15': 0, '16-17': 0 },
    themes: {},
    steps: perArea(() => ({ up: 0, down: 0, same: 0 })),
    crossAreaDifferences: [],
    contestedStages: 0,
  };
  for (const vignette of vignettes) {
    // Drafts are listed (`drafts`) but not counted: their keys may lean on indicators not yet in frameworks.
    if (vignette.draft) continue;
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

/** One requirement of the catalogue (issue: "together covering …") and whether the vignettes meet it. */
export interface CoverageCheck {
  requirement: string;
  met: boolean;
  found: string;
}

const REQUIRED_THEMES: ReadonlyArray<[string, string]> = [
  ['neglect', 'neglect'],
  ['physical-abuse', 'physical abuse'],
  ['emotional-abuse', 'emotional abuse'],
  ['sexual-abuse', 'sexual abuse'],
  ['domestic-abuse', 'domestic abuse'],
  ['parental-mental-health', 'parental mental health'],
  ['parental-substance-use', 'parental substance use'],
  ['parental-learning-disability', 'parental learning disability'],
  ['child-disability', 'a disabled child'],
  ['young-carer', 'a young carer'],
  ['online-harm', 'online harm'],
  ['private-fostering', 'private fostering'],
];

/**
 * The coverage the catalogue must reach, checked from the vignettes and their derived keys: at least 24
 * vignettes; every age band; every final level at least five times in every area; at least four step-up
 * and three step-down cases in every area; all three sides of the triangle among the facts that matter;
 * the themes above; criminal and sexual exploitation (two vignettes tagged `exploitation` at least); a case
 * where protective factors lower the level; at least six vignettes whose expected level differs between areas.
 */
export function catalogueCoverage(vignettes: readonly Vignette[], stats: CatalogueStats): CoverageCheck[] {
  const live = vignettes.filter((v) => !v.draft);
  const checks: CoverageCheck[] = [];
  const add = (requirement: string, met: boolean, found: string) => checks.push({ requirement, met, found });
  add('at least 24 vignettes (not drafts)', live.length >= 24, `${live.length}`);
  for (const band of ['unborn', '0-1', '2-4', '5-10', '11-15', '16-17'] as const)
    add(`age ${band}`, stats.ages[band] > 0, `${stats.ages[band]}`);
  for (const area of AREA_IDS) {
    const f = stats.finalLevels[area];
    add(
      `${area}: every final level at least 5 times`,
      ([1, 2, 3, 4] as const).every((l) => f[l] >= 5),
      `1:${f[1]} 2:${f[2]} 3:${f[3]} 4:${f[4]}`,
    );
    const s = stats.steps[area];
    add(
      `${area}: at least 4 step-up and 3 step-down cases`,
      s.up >= 4 && s.down >= 3,
      `up ${s.up}, down ${s.down}`,
    );
  }
  const sides = new Set(
    live.flatMap((v) =>
      v.stages.flatMap((s) => s.facts.filter((f) => f.matters !== false).map((f) => f.domain)),
    ),
  );
  add('all three sides of the triangle', sides.size === 3, [...sides].join(', '));
  for (const [theme, label] of REQUIRED_THEMES)
    add(label, (stats.themes[theme] ?? 0) > 0, `${stats.themes[theme] ?? 0}`);
  add(
    'criminal and sexual exploitation',
    (stats.themes.exploitation ?? 0) >= 2,
    `${stats.themes.exploitation ?? 0}`,
  );
  const protective = live.filter((v) =>
    v.stages.some((s) => (s.modifiers ?? []).some((m) => m.type === 'protective')),
  );
  add(
    'strengths and protective factors lower the level',
    protective.length > 0,
    protective.map((v) => v.id).join(', ') || 'none',
  );
  const differing = new Set(stats.crossAreaDifferences.map((d) => d.vignetteId));
  add(
    'at least 6 cases whose expected level differs between areas',
    differing.size >= 6,
    `${differing.size}`,
  );
  return checks;
}
