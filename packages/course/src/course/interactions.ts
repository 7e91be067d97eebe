/**
 * One learner decision → SCORM interactions. A submitted stage holds five decisions (the evidence, the level,
 * the response, consent, confidence), plus where the learner placed the evidence on the triangle when they did;
 * each becomes one interaction, judged against the area's derived key (a contested band accepts both levels).
 *
 * Ids: `<vignette>-s<stage>-<decision>`, with `-<attempt>` for an assessment retake, so an LMS report groups a
 * vignette's decisions and no retake overwrites the first attempt's record.
 */
import {
  CONSENT_DECISIONS,
  type ConsentDecision,
  LEVELS,
  RESPONSE_KINDS,
  type StageAnswer,
  type StageAreaKey,
  type TriangleDomain,
} from '@levelwise/scenarios';
import {
  confidenceDecision,
  evidenceDomainDecision,
  evidenceSelectionDecision,
  type InteractionRecord,
  levelDecision,
  type MatchingPair,
  responseDecision,
} from '@levelwise/scorm';

export interface StageDecision {
  vignetteId: string;
  vignetteTitle: string;
  mode: 'practice' | 'assessment';
  stageIndex: number;
  answer: StageAnswer;
  key: StageAreaKey;
}

export const LEVEL_OPTIONS = LEVELS.map((l) => `level-${l}`);
export const CONFIDENCE_SCALE = ['1', '2', '3', '4', '5'];
const TRIANGLE: readonly TriangleDomain[] = [
  'child-development',
  'parenting-capacity',
  'family-environment',
  'extra-familial',
];

/** The vignette's objective id (one per practice or assessment vignette). */
export const vignetteObjectiveId = (vignetteId: string): string => `vignette-${vignetteId}`;

const cut = (text: string, max = 250): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function stageInteractions(decision: StageDecision, attempt = 1): InteractionRecord[] {
  const { answer, key } = decision;
  const stage = decision.stageIndex + 1;
  const base = {
    vignetteId: `${decision.vignetteId}-s${stage}`,
    attempt,
    objectiveIds: [vignetteObjectiveId(decision.vignetteId)],
  };
  const about = (what: string) => cut(`${decision.vignetteTitle}, stage ${stage}: ${what}`);
  const chosenFacts = answer.facts.map((f) => f.id).filter((id) => key.activeFactIds.includes(id));
  const records: InteractionRecord[] = [
    evidenceSelectionDecision({
      ...base,
      description: about('the facts that matter'),
      evidence: key.activeFactIds,
      selected: chosenFacts,
      expected: key.relevantFactIds,
    }),
  ];
  const placed = answer.facts.filter(
    (f): f is { id: string; domain: TriangleDomain } =>
      f.domain !== undefined && key.activeFactIds.includes(f.id),
  );
  if (placed.length > 0) {
    const expectedPairs = key.matches
      .filter((m) => placed.some((p) => p.id === m.factId))
      .map((m) => [m.factId, m.domain] as MatchingPair);
    const expectedDomainOf = new Map(expectedPairs.map(([f, d]) => [f, d]));
    records.push(
      evidenceDomainDecision({
        ...base,
        description: about('the side of the triangle for each fact'),
        evidence: placed.map((p) => p.id),
        domains: [...TRIANGLE],
        placed: placed.map((p) => [p.id, p.domain] as MatchingPair),
        // Only the facts whose side the key knows are judged.
        expected: placed
          .filter((p) => expectedDomainOf.has(p.id))
          .map((p) => [p.id, expectedDomainOf.get(p.id)!] as MatchingPair),
      }),
    );
  }
  const [low, high] = key.band;
  const withinBand = answer.level >= low && answer.level <= high;
  records.push(
    levelDecision({
      ...base,
      description: about(
        `level of need (accepted: ${low === high ? `level ${low}` : `levels ${low}–${high}`})`,
      ),
      levels: LEVEL_OPTIONS,
      chosen: `level-${answer.level}`,
      // A contested band accepts both levels: the learner's own answer is then the correct one.
      expected: withinBand ? `level-${answer.level}` : `level-${key.level}`,
    }),
    responseDecision({
      ...base,
      description: about('the response'),
      responses: RESPONSE_KINDS,
      chosen: [answer.response],
      expected: key.response.acceptable.includes(answer.response) ? [answer.response] : [key.response.kind],
    }),
    consentInteraction(base, about('consent and informing the parents'), answer.consent, key),
    confidenceDecision({
      ...base,
      description: about('confidence (1 not at all, 5 very)'),
      scale: CONFIDENCE_SCALE,
      chosen: String(answer.confidence),
    }),
  );
  return records;
}

function consentInteraction(
  base: { vignetteId: string; attempt: number; objectiveIds: string[] },
  description: string,
  chosen: ConsentDecision,
  key: StageAreaKey,
): InteractionRecord {
  const acceptable = key.consent.acceptable.includes(chosen);
  // Built like the other choices (responseDecision), then renamed: consent is its own decision.
  const record = responseDecision({
    ...base,
    description,
    responses: CONSENT_DECISIONS,
    chosen: [chosen],
    expected: acceptable ? [chosen] : [key.consent.decision],
  });
  return { ...record, id: record.id.replace(/-response(-\d+)?$/, '-consent$1') };
}
