import { deriveVignetteKey, type KeyProblem } from './answer-key.ts';
import { AREA_IDS } from './areas.ts';
import type { FrameworkLookup } from './framework-lookup.ts';
import type { Vignette } from './vignette.schema.ts';
import { formatField, type LoadedVignette, type VignetteIssue } from './vignette-loader.ts';

export const NARRATIVE_MIN_WORDS = 150;
export const NARRATIVE_MAX_WORDS = 400;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function normaliseSpace(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Cross-field rules that need no framework data. */
export function checkVignetteStructure(vignette: Vignette): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const factStage = new Map<string, number>();
  const stageIds = new Set<string>();
  vignette.stages.forEach((stage, s) => {
    if (stageIds.has(stage.id))
      problems.push({ path: ['stages', s, 'id'], message: `duplicate stage id \`${stage.id}\`` });
    stageIds.add(stage.id);
    const words = countWords(stage.narrative);
    if (words < NARRATIVE_MIN_WORDS || words > NARRATIVE_MAX_WORDS) {
      problems.push({
        path: ['stages', s, 'narrative'],
        message: `narrative has ${words} words; write ${NARRATIVE_MIN_WORDS}–${NARRATIVE_MAX_WORDS}`,
      });
    }
    const narrative = normaliseSpace(stage.narrative);
    for (const [i, id] of (stage.retires ?? []).entries()) {
      const from = factStage.get(id);
      if (from === undefined) {
        problems.push({
          path: ['stages', s, 'retires', i],
          message: `\`${id}\` is not a fact of an earlier stage`,
        });
      }
    }
    stage.facts.forEach((fact, f) => {
      const path = ['stages', s, 'facts', f];
      if (factStage.has(fact.id))
        problems.push({ path: [...path, 'id'], message: `duplicate fact id \`${fact.id}\`` });
      factStage.set(fact.id, s);
      if (!narrative.includes(normaliseSpace(fact.quote))) {
        problems.push({
          path: [...path, 'quote'],
          message: 'the quote does not appear verbatim in this stage’s narrative',
        });
      }
      if (fact.matters && !fact.keys) {
        problems.push({
          path: [...path, 'keys'],
          message: `a fact that matters needs keys for all five areas (${AREA_IDS.join(', ')})`,
        });
      }
      if (!fact.matters && fact.keys) {
        problems.push({
          path: [...path, 'keys'],
          message: 'a distractor (matters: false) has no keys; remove them or set matters: true',
        });
      }
      if (!fact.matters && (fact.immediateDanger || fact.tellingParentsIncreasesRisk)) {
        problems.push({
          path: [...path, 'matters'],
          message: 'a fact that changes the response or consent decision matters',
        });
      }
    });
    for (const [m, modifier] of (stage.modifiers ?? []).entries()) {
      const areas = modifier.areas ?? [];
      if (new Set(areas).size !== areas.length) {
        problems.push({ path: ['stages', s, 'modifiers', m, 'areas'], message: 'an area is listed twice' });
      }
    }
  });
  return problems;
}

/** Every problem in one loaded vignette, located to file, line and field. */
export function validateVignette(loaded: LoadedVignette, lookup: FrameworkLookup): VignetteIssue[] {
  const { vignette, file, locate } = loaded;
  const problems = checkVignetteStructure(vignette);
  // Structural and derivation problems are reported together, so an author sees every error in one run.
  for (const area of AREA_IDS) problems.push(...deriveVignetteKey(vignette, area, lookup).problems);
  const seen = new Set<string>();
  const issues: VignetteIssue[] = [];
  for (const problem of problems) {
    const field = formatField(problem.path);
    const k = `${field}|${problem.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const { line, column } = locate(problem.path);
    issues.push({ file, line, column, field, message: problem.message });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return issues;
}
