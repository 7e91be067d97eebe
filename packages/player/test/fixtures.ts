import { AREA_IDS, type AreaId, getFramework } from '@levelwise/frameworks';
import {
  deriveVignetteKey,
  frameworksLookup,
  type StageAnswer,
  type StageAreaKey,
  type Vignette,
} from '@levelwise/scenarios';
import { listVignetteFiles, loadVignetteFile } from '@levelwise/scenarios/node';

/** Real data for the player's node tests: every shipped vignette that parses, and the frameworks lookup. */
export const lookup = frameworksLookup();

export const shipped: readonly Vignette[] = listVignetteFiles().flatMap((file) => {
  const result = loadVignetteFile(file);
  return result.ok && !result.loaded.vignette.draft ? [result.loaded.vignette] : [];
});

export function vignette(id: string): Vignette {
  const found = shipped.find((v) => v.id === id);
  if (!found) throw new Error(`fixture vignette ${id} is not shipped`);
  return found;
}

export const areas: readonly AreaId[] = AREA_IDS;
export const framework = (area: AreaId) => getFramework(area);

export function keys(v: Vignette, area: AreaId): StageAreaKey[] {
  return deriveVignetteKey(v, area, lookup).key.stages;
}

/** The right answer to a stage: the facts that matter on their own sides, and the key's level, response, consent. */
export function correctAnswer(v: Vignette, key: StageAreaKey, level = key.level): StageAnswer {
  const facts = v.stages.flatMap((s) => s.facts);
  return {
    facts: key.relevantFactIds.map((id) => ({ id, domain: facts.find((f) => f.id === id)!.domain })),
    level,
    response: key.response.kind,
    consent: key.consent.decision,
    confidence: 4,
  };
}
