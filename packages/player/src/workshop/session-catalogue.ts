import {
  type AgeBand,
  type AreaId,
  ageBand,
  deriveVignetteKey,
  type FrameworkLookup,
  type LevelOrdinal,
  type Theme,
  type Vignette,
  type WorkshopCatalogueEntry,
} from '@levelwise/scenarios';

/** One vignette as the trainer sees it when choosing: what it is about and where it lands in the chosen area. */
export interface CatalogueItem {
  id: string;
  title: string;
  role: string;
  stageCount: number;
  themes: readonly Theme[];
  ageBand: AgeBand;
  hasContentNote: boolean;
  draft: boolean;
  /** Every level any stage's key reaches in the area (both ends of a contested band), ascending. */
  levels: LevelOrdinal[];
  /** The key's band per stage, in the area ("2 → 3 → 4"). */
  stageBands: [LevelOrdinal, LevelOrdinal][];
  /** Why the keys could not be derived in this area (the vignette is still listed, without levels). */
  problem: string | null;
}

export interface CatalogueFilter {
  /** Show vignettes that reach this level at some stage; null for any. */
  level: LevelOrdinal | null;
  theme: Theme | null;
  ageBand: AgeBand | null;
}

export const NO_CATALOGUE_FILTER: Readonly<CatalogueFilter> = Object.freeze({
  level: null,
  theme: null,
  ageBand: null,
});

export const AGE_BAND_WORDS: Readonly<Record<AgeBand, string>> = {
  unborn: 'Unborn',
  '0-1': 'Under 2',
  '2-4': '2 to 4 years',
  '5-10': '5 to 10 years',
  '11-15': '11 to 15 years',
  '16-17': '16 and 17 years',
};

/** "young-carer" → "Young carer". */
export function themeWords(theme: string): string {
  const words = theme.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The catalogue for one area, in the order the vignettes were given; keys derived from the matrices. */
export function buildCatalogue(
  vignettes: readonly Vignette[],
  area: AreaId,
  lookupFor: (vignette: Vignette) => FrameworkLookup,
): CatalogueItem[] {
  return vignettes.map((vignette) => {
    let stageBands: [LevelOrdinal, LevelOrdinal][] = [];
    let problem: string | null = null;
    try {
      const { key } = deriveVignetteKey(vignette, area, lookupFor(vignette));
      stageBands = key.stages.map((s) => [s.band[0], s.band[1]] as [LevelOrdinal, LevelOrdinal]);
    } catch (error) {
      // One vignette that cannot be keyed must not take the trainer's whole catalogue down.
      problem = `its answer key could not be derived (${error instanceof Error ? error.message : String(error)})`;
    }
    const levels = new Set<LevelOrdinal>();
    for (const [low, high] of stageBands) for (let l = low; l <= high; l++) levels.add(l as LevelOrdinal);
    return {
      id: vignette.id,
      title: vignette.title,
      role: vignette.role,
      stageCount: vignette.stages.length,
      themes: vignette.themes,
      ageBand: ageBand(vignette),
      hasContentNote: vignette.contentNote !== null,
      draft: vignette.draft,
      levels: [...levels].sort((a, b) => a - b),
      stageBands,
      problem,
    };
  });
}

export function filterCatalogue(items: readonly CatalogueItem[], filter: CatalogueFilter): CatalogueItem[] {
  return items.filter(
    (item) =>
      (filter.level === null || item.levels.includes(filter.level)) &&
      (filter.theme === null || item.themes.includes(filter.theme)) &&
      (filter.ageBand === null || item.ageBand === filter.ageBand),
  );
}

/** The themes and age bands present in the catalogue, for the filter menus (empty options help nobody). */
export function catalogueFacets(items: readonly CatalogueItem[]): { themes: Theme[]; ageBands: AgeBand[] } {
  const themes = new Set<Theme>();
  const bands = new Set<AgeBand>();
  for (const item of items) {
    for (const t of item.themes) themes.add(t);
    bands.add(item.ageBand);
  }
  const bandOrder = Object.keys(AGE_BAND_WORDS) as AgeBand[];
  return {
    themes: [...themes].sort(),
    ageBands: bandOrder.filter((b) => bands.has(b)),
  };
}

/** "levels 2 → 3 → 3–4", "level 4": the levels a vignette moves through, a contested band as a range. */
export function describeStageBands(bands: readonly (readonly [number, number])[]): string {
  const path = bands.map(([low, high]) => (low === high ? `${low}` : `${low}–${high}`)).join(' → ');
  return bands.length === 1 && bands[0]![0] === bands[0]![1] ? `level ${path}` : `levels ${path}`;
}

/** "Showing 3 of 12 vignettes" for the polite status under the filters. */
export function describeCatalogueCount(shown: number, total: number): string {
  const noun = total === 1 ? 'vignette' : 'vignettes';
  return shown === total ? `Showing all ${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
}

/** What the machine needs: each vignette and its number of stages. */
export function machineCatalogue(vignettes: readonly Vignette[]): WorkshopCatalogueEntry[] {
  return vignettes.map((v) => ({ vignetteId: v.id, stageCount: v.stages.length }));
}
