import {
  describeResponse,
  type IndicatorCitation,
  type StageAreaKey,
  uniqueCitations,
} from './answer-key.ts';
import {
  type Confidence,
  type ConsentDecision,
  type LevelOrdinal,
  RESPONSE_KINDS,
  type ResponseKind,
  type TriangleDomain,
} from './areas.ts';

/**
 * Scoring: pure functions from (answer, derived key, config) to an explained result. Every point is
 * traceable to a rule in `rules`, and every rule cites the indicators (with local level names) behind it.
 * Confidence is recorded for calibration and never scored.
 */

export interface EvidenceChoice {
  id: string;
  /** The side of the triangle the learner put the fact on; unscored when omitted. */
  domain?: TriangleDomain;
}

export interface StageAnswer {
  facts: EvidenceChoice[];
  level: LevelOrdinal;
  response: ResponseKind;
  consent: ConsentDecision;
  confidence: Confidence;
}

export type ScoreComponent = 'level' | 'evidence' | 'response' | 'consent';

export interface ScoringConfig {
  /** Relative weights of the four components; they need not sum to 1. */
  weights: Readonly<Record<ScoreComponent, number>>;
  /** Credit for a level inside the band, one level outside it, and further away. */
  levelCredit: Readonly<{ withinBand: number; adjacent: number; far: number }>;
  /** How the evidence score splits between choosing the right facts (F1) and placing them on the triangle. */
  evidence: Readonly<{ factWeight: number; domainWeight: number }>;
  /** Credit for a response one step from an acceptable one on the ladder. */
  responseAdjacentCredit: number;
  /** Credit for choosing to share without consent, but getting whether to tell the parents wrong. */
  consentPartialCredit: number;
  /** Fraction of the maximum needed to pass (default 0.8). */
  passMark: number;
  /** Unsafe errors that fail an assessment whatever the points. */
  failOnUnsafe: readonly UnsafeKind[];
}

export const DEFAULT_SCORING_CONFIG: ScoringConfig = {
  weights: { level: 0.4, evidence: 0.3, response: 0.15, consent: 0.15 },
  levelCredit: { withinBand: 1, adjacent: 0.5, far: 0 },
  evidence: { factWeight: 0.75, domainWeight: 0.25 },
  responseAdjacentCredit: 0.5,
  consentPartialCredit: 0.5,
  passMark: 0.8,
  failOnUnsafe: ['level-under-call'],
};

/** Checks a configuration, so that a bad course setting fails loudly at start-up rather than mis-scoring. */
export function checkScoringConfig(config: ScoringConfig): string[] {
  const errors: string[] = [];
  const finite01 = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  for (const [name, w] of Object.entries(config.weights)) {
    if (!Number.isFinite(w) || w < 0) errors.push(`weights.${name} must be a non-negative number (got ${w})`);
  }
  if (Object.values(config.weights).reduce((a, b) => a + b, 0) <= 0)
    errors.push('weights must not all be zero');
  const { withinBand, adjacent, far } = config.levelCredit;
  if (![withinBand, adjacent, far].every(finite01)) errors.push('levelCredit values must be between 0 and 1');
  if (!(withinBand >= adjacent && adjacent >= far))
    errors.push('levelCredit must satisfy withinBand ≥ adjacent ≥ far');
  const { factWeight, domainWeight } = config.evidence;
  if (!finite01(factWeight) || !finite01(domainWeight) || Math.abs(factWeight + domainWeight - 1) > 1e-9) {
    errors.push('evidence.factWeight and evidence.domainWeight must be between 0 and 1 and sum to 1');
  }
  if (!finite01(config.responseAdjacentCredit)) errors.push('responseAdjacentCredit must be between 0 and 1');
  if (!finite01(config.consentPartialCredit)) errors.push('consentPartialCredit must be between 0 and 1');
  if (!finite01(config.passMark)) errors.push('passMark must be between 0 and 1');
  return errors;
}

export type UnsafeKind = 'level-under-call' | 'response-under-call' | 'consent-delay';

export interface UnsafeFlag {
  kind: UnsafeKind;
  stageId: string;
  message: string;
}

export interface RuleApplication {
  component: ScoreComponent;
  /** A stable rule id, e.g. `level.within-band`, `evidence.missed-fact`. */
  rule: string;
  /** Weighted points this rule awarded (0 for rules that only explain). */
  points: number;
  explanation: string;
  factIds: string[];
  indicators: IndicatorCitation[];
}

export interface ComponentResult {
  /** 0–1 before weighting. */
  score: number;
  /** score × weight. */
  points: number;
  maxPoints: number;
  rules: RuleApplication[];
}

export interface StageResult {
  vignetteId: string;
  area: StageAreaKey['area'];
  stageIndex: number;
  stageId: string;
  components: Record<ScoreComponent, ComponentResult>;
  points: number;
  maxPoints: number;
  /** points / maxPoints, 0–1. */
  fraction: number;
  /** The level was inside the accepted band. */
  levelCorrect: boolean;
  confidence: Confidence;
  unsafe: UnsafeFlag[];
}

/** The sides of the Assessment Framework triangle in words. */
export const DOMAIN_WORDS: Readonly<Record<TriangleDomain, string>> = {
  'child-development': 'the child’s developmental needs',
  'parenting-capacity': 'parenting capacity',
  'family-environment': 'family and environmental factors',
  'extra-familial': 'harm outside the home',
};

function levelDistance(level: LevelOrdinal, band: readonly [LevelOrdinal, LevelOrdinal]): number {
  if (level < band[0]) return band[0] - level;
  if (level > band[1]) return level - band[1];
  return 0;
}

function headlineIndicators(key: StageAreaKey): IndicatorCitation[] {
  return uniqueCitations(key.steps.flatMap((s) => s.indicators));
}

function bandWords(key: StageAreaKey, levelName: (l: LevelOrdinal) => string): string {
  return key.band[0] === key.band[1]
    ? `${key.band[0]} (${levelName(key.band[0])})`
    : `${key.band[0]} or ${key.band[1]} (${levelName(key.band[0])} or ${levelName(key.band[1])}; contested)`;
}

export function scoreLevel(
  answer: Pick<StageAnswer, 'level'>,
  key: StageAreaKey,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): { result: ComponentResult; unsafe: UnsafeFlag[] } {
  const weight = config.weights.level;
  const distance = levelDistance(answer.level, key.band);
  const credit =
    distance === 0
      ? config.levelCredit.withinBand
      : distance === 1
        ? config.levelCredit.adjacent
        : config.levelCredit.far;
  const levelName = (l: LevelOrdinal) => key.levelNames[l];
  const rule = distance === 0 ? 'level.within-band' : distance === 1 ? 'level.adjacent' : 'level.far';
  const verdict =
    distance === 0
      ? `You chose ${answer.level} (${levelName(answer.level)}): the key is ${bandWords(key, levelName)}. Full credit.`
      : `You chose ${answer.level} (${levelName(answer.level)}); the key is ${bandWords(key, levelName)}, ${distance} level${distance > 1 ? 's' : ''} away. ${distance === 1 ? 'Partial credit.' : 'No credit.'}`;
  const rules: RuleApplication[] = [
    {
      component: 'level',
      rule,
      points: credit * weight,
      explanation: verdict,
      factIds: [...new Set(key.steps.flatMap((s) => s.factIds))],
      indicators: headlineIndicators(key),
    },
    ...key.steps.map<RuleApplication>((step) => ({
      component: 'level',
      rule: `key.${step.rule}`,
      points: 0,
      explanation: step.explanation,
      factIds: step.factIds,
      indicators: step.indicators,
    })),
  ];
  if (key.trainerNote) {
    rules.push({
      component: 'level',
      rule: 'key.trainer-note',
      points: 0,
      explanation: key.trainerNote,
      factIds: [],
      indicators: [],
    });
  }
  const unsafe: UnsafeFlag[] = [];
  if (key.band[0] === 4 && answer.level < 4) {
    const message = `Unsafe under-call: this is significant harm (${key.levelName}). Choosing ${levelName(answer.level)} would leave the child without protection. Whatever else is right, this must be referred.`;
    unsafe.push({ kind: 'level-under-call', stageId: key.stageId, message });
    rules.push({
      component: 'level',
      rule: 'level.unsafe-under-call',
      points: 0,
      explanation: message,
      factIds: [],
      indicators: headlineIndicators(key),
    });
  }
  return { result: { score: credit, points: credit * weight, maxPoints: weight, rules }, unsafe };
}

export function scoreEvidence(
  answer: Pick<StageAnswer, 'facts'>,
  key: StageAreaKey,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): ComponentResult {
  const weight = config.weights.evidence;
  const relevant = new Set(key.relevantFactIds);
  const active = new Set(key.activeFactIds);
  const chosen = new Map<string, EvidenceChoice>();
  for (const choice of answer.facts) if (!chosen.has(choice.id)) chosen.set(choice.id, choice);
  const hits = [...chosen.keys()].filter((id) => relevant.has(id));
  const precision = chosen.size === 0 ? (relevant.size === 0 ? 1 : 0) : hits.length / chosen.size;
  const recall = relevant.size === 0 ? 1 : hits.length / relevant.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const expectedDomain = (id: string) => key.matches.find((m) => m.factId === id)?.domain;
  const domainRight = hits.filter((id) => {
    const expected = expectedDomain(id);
    return expected !== undefined && chosen.get(id)?.domain === expected;
  });
  const domainAccuracy = hits.length === 0 ? (relevant.size === 0 ? 1 : 0) : domainRight.length / hits.length;
  const score = config.evidence.factWeight * f1 + config.evidence.domainWeight * domainAccuracy;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const rules: RuleApplication[] = [
    {
      component: 'evidence',
      rule: 'evidence.facts-f1',
      points: config.evidence.factWeight * f1 * weight,
      explanation: `You picked ${hits.length} of the ${relevant.size} facts that matter (recall ${pct(recall)}), and ${hits.length} of your ${chosen.size} choices matter (precision ${pct(precision)}).`,
      factIds: hits,
      indicators: uniqueCitations(
        key.matches.filter((m) => hits.includes(m.factId)).flatMap((m) => m.indicators),
      ),
    },
    {
      component: 'evidence',
      rule: 'evidence.triangle-domains',
      points: config.evidence.domainWeight * domainAccuracy * weight,
      explanation: `${domainRight.length} of the ${hits.length} facts you picked that matter are on the right side of the triangle.`,
      factIds: domainRight,
      indicators: [],
    },
  ];
  for (const match of key.matches) {
    if (chosen.has(match.factId)) continue;
    const cited = match.indicators.length
      ? `it matches ${match.indicators.map((c) => `“${c.text}” (${c.levelName})`).join('; ')}`
      : `no indicator here, but it matters: ${(match.noMatchReason ?? 'see the trainer notes').replace(/[.\s]+$/, '')}`;
    rules.push({
      component: 'evidence',
      rule: match.kind === 'strength' ? 'evidence.missed-strength' : 'evidence.missed-concern',
      points: 0,
      explanation: `Missed ${match.kind === 'strength' ? 'a strength' : 'a concern'}: ${cited}.`,
      factIds: [match.factId],
      indicators: match.indicators,
    });
  }
  for (const id of chosen.keys()) {
    if (relevant.has(id)) continue;
    rules.push({
      component: 'evidence',
      rule: active.has(id) ? 'evidence.distractor' : 'evidence.unknown-fact',
      points: 0,
      explanation: active.has(id)
        ? 'This detail is true but should not drive the decision.'
        : `\`${id}\` is not a fact of this stage.`,
      factIds: [id],
      indicators: [],
    });
  }
  for (const id of hits) {
    const expected = expectedDomain(id);
    const given = chosen.get(id)?.domain;
    if (expected && given !== expected) {
      rules.push({
        component: 'evidence',
        rule: 'evidence.wrong-domain',
        points: 0,
        explanation: given
          ? `This fact belongs to ${DOMAIN_WORDS[expected]}, not ${DOMAIN_WORDS[given]}.`
          : `This fact belongs to ${DOMAIN_WORDS[expected]}.`,
        factIds: [id],
        indicators: [],
      });
    }
  }
  return { score, points: score * weight, maxPoints: weight, rules };
}

export function scoreResponse(
  answer: Pick<StageAnswer, 'response'>,
  key: StageAreaKey,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): { result: ComponentResult; unsafe: UnsafeFlag[] } {
  const weight = config.weights.response;
  const index = (k: ResponseKind) => RESPONSE_KINDS.indexOf(k);
  const distance = Math.min(
    ...key.response.acceptable.map((k) => Math.abs(index(k) - index(answer.response))),
  );
  const credit = distance === 0 ? 1 : distance === 1 ? config.responseAdjacentCredit : 0;
  const rules: RuleApplication[] = [
    {
      component: 'response',
      rule: distance === 0 ? 'response.acceptable' : distance === 1 ? 'response.adjacent' : 'response.far',
      points: credit * weight,
      explanation:
        distance === 0
          ? `Right response. ${key.response.explanation}`
          : `You chose to ${describeResponse(answer.response)}. ${key.response.explanation}`,
      factIds: [],
      indicators: [],
    },
  ];
  const unsafe: UnsafeFlag[] = [];
  const minAcceptable = Math.min(...key.response.acceptable.map(index));
  if (minAcceptable >= index('front-door-referral') && index(answer.response) < minAcceptable) {
    const message =
      minAcceptable === index('call-999')
        ? 'Unsafe: the child is in immediate danger. Call 999 first; a referral alone is too slow.'
        : `Unsafe: significant harm must be referred to ${key.response.frontDoor?.name ?? 'the front door'} now; early help alone leaves the child unprotected.`;
    unsafe.push({ kind: 'response-under-call', stageId: key.stageId, message });
    rules.push({
      component: 'response',
      rule: 'response.unsafe-under-call',
      points: 0,
      explanation: message,
      factIds: [],
      indicators: [],
    });
  }
  return { result: { score: credit, points: credit * weight, maxPoints: weight, rules }, unsafe };
}

export function scoreConsent(
  answer: Pick<StageAnswer, 'consent'>,
  key: StageAreaKey,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): { result: ComponentResult; unsafe: UnsafeFlag[] } {
  const weight = config.weights.consent;
  const sharing = (d: ConsentDecision) => d === 'share-and-inform' || d === 'share-without-informing';
  const exact = key.consent.acceptable.includes(answer.consent);
  const partial = !exact && sharing(answer.consent) && key.consent.acceptable.some(sharing);
  const credit = exact ? 1 : partial ? config.consentPartialCredit : 0;
  const rules: RuleApplication[] = [
    {
      component: 'consent',
      rule: exact ? 'consent.right' : partial ? 'consent.share-but-wrong-informing' : 'consent.wrong',
      points: credit * weight,
      explanation: `${exact ? 'Right.' : partial ? 'Right to share without waiting, but not about telling the parents.' : 'Not this time.'} ${key.consent.explanation}`,
      factIds: [],
      indicators: [],
    },
    ...key.consent.notes.map<RuleApplication>((note) => ({
      component: 'consent',
      rule: 'consent.area-note',
      points: 0,
      explanation: note,
      factIds: [],
      indicators: [],
    })),
  ];
  const unsafe: UnsafeFlag[] = [];
  if (key.consent.acceptable.every(sharing) && !sharing(answer.consent)) {
    const message =
      'Unsafe: where a child may be suffering significant harm, do not wait for consent before sharing.';
    unsafe.push({ kind: 'consent-delay', stageId: key.stageId, message });
    rules.push({
      component: 'consent',
      rule: 'consent.unsafe-delay',
      points: 0,
      explanation: message,
      factIds: [],
      indicators: [],
    });
  }
  return { result: { score: credit, points: credit * weight, maxPoints: weight, rules }, unsafe };
}

/** Scores one stage in full. */
export function scoreStage(
  answer: StageAnswer,
  key: StageAreaKey,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): StageResult {
  const level = scoreLevel(answer, key, config);
  const evidence = scoreEvidence(answer, key, config);
  const response = scoreResponse(answer, key, config);
  const consent = scoreConsent(answer, key, config);
  const components = { level: level.result, evidence, response: response.result, consent: consent.result };
  const points = Object.values(components).reduce((sum, c) => sum + c.points, 0);
  const maxPoints = Object.values(components).reduce((sum, c) => sum + c.maxPoints, 0);
  return {
    vignetteId: key.vignetteId,
    area: key.area,
    stageIndex: key.stageIndex,
    stageId: key.stageId,
    components,
    points,
    maxPoints,
    fraction: maxPoints === 0 ? 0 : points / maxPoints,
    levelCorrect: levelDistance(answer.level, key.band) === 0,
    confidence: answer.confidence,
    unsafe: [...level.unsafe, ...response.unsafe, ...consent.unsafe],
  };
}

export interface AttemptResult {
  stages: StageResult[];
  points: number;
  maxPoints: number;
  fraction: number;
  unsafe: UnsafeFlag[];
  passed: boolean;
  /** Why the attempt passed or failed, in words. */
  verdict: string;
}

/** Combines stage results (one vignette, or a whole assessment) against the pass mark. */
export function combineResults(
  stages: StageResult[],
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): AttemptResult {
  const points = stages.reduce((sum, s) => sum + s.points, 0);
  const maxPoints = stages.reduce((sum, s) => sum + s.maxPoints, 0);
  const fraction = maxPoints === 0 ? 0 : points / maxPoints;
  const unsafe = stages.flatMap((s) => s.unsafe);
  const failing = unsafe.filter((u) => config.failOnUnsafe.includes(u.kind));
  const reachesMark = fraction + 1e-9 >= config.passMark;
  const passed = stages.length > 0 && reachesMark && failing.length === 0;
  const pct = Math.round(fraction * 100);
  const mark = Math.round(config.passMark * 100);
  const verdict =
    stages.length === 0
      ? 'Nothing answered yet.'
      : passed
        ? `Passed: ${pct}% (pass mark ${mark}%), with no unsafe under-call.`
        : failing.length > 0
          ? `Not passed: ${failing.length} unsafe error${failing.length > 1 ? 's' : ''} (${failing.map((f) => f.stageId).join(', ')}) fail the assessment whatever the score (${pct}%).`
          : `Not passed: ${pct}% is below the pass mark of ${mark}%.`;
  return { stages, points, maxPoints, fraction, unsafe, passed, verdict };
}

export interface CalibrationBucket {
  confidence: Confidence;
  count: number;
  /** Share of these answers whose level was inside the band. */
  accuracy: number;
}

/**
 * Confidence against accuracy, for the learner's reflection and for trainers. Over-confidence is the
 * mean of (confidence mapped to 0–1) minus correctness; positive means more sure than right.
 */
export function calibration(stages: readonly StageResult[]): {
  buckets: CalibrationBucket[];
  overconfidence: number;
} {
  const buckets: CalibrationBucket[] = ([1, 2, 3, 4, 5] as Confidence[]).map((confidence) => {
    const these = stages.filter((s) => s.confidence === confidence);
    return {
      confidence,
      count: these.length,
      accuracy: these.length ? these.filter((s) => s.levelCorrect).length / these.length : 0,
    };
  });
  const overconfidence = stages.length
    ? stages.reduce((sum, s) => sum + (s.confidence - 1) / 4 - (s.levelCorrect ? 1 : 0), 0) / stages.length
    : 0;
  return { buckets, overconfidence };
}
