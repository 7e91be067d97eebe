import {
  type AreaId,
  activeFacts,
  createWorkshopKeys,
  DOMAIN_WORDS,
  type FrameworkLookup,
  type KeyBandLookup,
  type StageAreaKey,
  type Vignette,
  type WorkshopItem,
} from '@levelwise/scenarios';

export interface AreaKeys {
  area: AreaId;
  key: (item: WorkshopItem) => StageAreaKey | undefined;
  band: KeyBandLookup;
}

/**
 * Derived answer keys for one area, each vignette with its own lookup (drafts may need pending indicators):
 * `createWorkshopKeys` per vignette, memoised by it per stage.
 */
export function areaKeys(
  vignettes: readonly Vignette[],
  area: AreaId,
  lookupFor: (vignette: Vignette) => FrameworkLookup,
): AreaKeys {
  const perVignette = new Map(vignettes.map((v) => [v.id, createWorkshopKeys([v], area, lookupFor(v))]));
  const key = (item: WorkshopItem) => {
    try {
      return perVignette.get(item.vignetteId)?.key(item);
    } catch {
      // Shown as "no answer key for this stage"; the catalogue names the problem when the session is set up.
      return undefined;
    }
  };
  return { area, key, band: (item) => key(item)?.band };
}

/** Every indicator the key cites for its facts (concerns and strengths), each once, in citation order. */
export function keyedIndicatorIds(key: StageAreaKey | undefined): string[] {
  if (!key) return [];
  const ids = new Set<string>();
  for (const match of key.matches) for (const citation of match.indicators) ids.add(citation.id);
  return [...ids];
}

/** One fact the key rests on, in words for the reveal: the quote, whether it is a concern, its side, its level. */
export interface KeyEvidence {
  factId: string;
  quote: string;
  kind: 'concern' | 'strength';
  /** "parenting capacity". */
  side: string;
  /** The highest level among its indicators in the area, with the local name; null when none matches. */
  level: { ordinal: number; name: string } | null;
  /** Why nothing matches in this area, when nothing does. */
  noMatchReason: string | null;
}

/** The facts that matter at the stage (the evidence a practitioner should pick), in narrative order. */
export function keyEvidence(vignette: Vignette, key: StageAreaKey | undefined): KeyEvidence[] {
  if (!key) return [];
  const quotes = new Map(activeFacts(vignette, key.stageIndex).map((a) => [a.fact.id, a.fact.quote]));
  const matches = new Map(key.matches.map((m) => [m.factId, m]));
  return key.relevantFactIds.flatMap((factId) => {
    const match = matches.get(factId);
    if (!match) return [];
    const top = match.level === null ? null : match.indicators.find((c) => c.level === match.level);
    return [
      {
        factId,
        quote: quotes.get(factId) ?? factId,
        kind: match.kind,
        side: DOMAIN_WORDS[match.domain],
        level:
          match.level === null
            ? null
            : { ordinal: match.level, name: top?.levelName ?? key.levelNames[match.level] },
        noMatchReason: match.noMatchReason ?? null,
      },
    ];
  });
}
