import {
  AREA_IDS,
  type AreaId,
  type ConsentDecision,
  type LevelOrdinal,
  type ResponseKind,
  type TriangleDomain,
} from './areas.ts';
import type { FrameworkLookup, FrontDoor, IndicatorRef } from './framework-lookup.ts';
import type { Fact, Modifier, Vignette } from './vignette.schema.ts';
import type { PathSegment } from './vignette-loader.ts';

/**
 * Answer keys are derived, never asserted. For one area and one stage:
 *
 * 1. **Highest clear match.** The starting level is the highest level of any indicator keyed to an
 *    active concern that matters (level 1 when no concern matches an indicator).
 * 2. **Multiplicity** (declared, raises by one). Allowed only when at least
 *    `MULTIPLICITY_MIN_FACTS` active concerns sit at the starting level, across at least
 *    `MULTIPLICITY_MIN_DOMAINS` sides of the triangle, and the starting level is below 4.
 * 3. **Protective factors** (declared, lower by one). Allowed only when the listed facts are active
 *    strengths that matter, the level is above 1, and no level-4 indicator is matched: protective
 *    factors never talk a known significant-harm indicator down (key the area's conditional
 *    indicator instead, as Stoke's protective-parent variants do).
 * 4. **Contested** (declared, widens to a band). Two adjacent levels that must contain the derived
 *    level, with a note for trainers.
 *
 * Facts accumulate from stage to stage; a stage may `retire` earlier facts that are no longer true.
 * Expected response and consent decision follow from the level (and band) and the area's rules.
 */
export const MULTIPLICITY_MIN_FACTS = 3;
export const MULTIPLICITY_MIN_DOMAINS = 2;

export interface IndicatorCitation {
  factId: string;
  id: string;
  level: LevelOrdinal;
  /** The area's own name for the level (e.g. "Complex"). */
  levelName: string;
  localDimension: string;
  text: string;
  /** Trainer-facing notes on the indicator as extracted (inferred level, strategy discussion, …). */
  caveats?: readonly string[];
}

export interface FactMatch {
  factId: string;
  kind: Fact['kind'];
  domain: TriangleDomain;
  /** The highest level among the fact's indicators in this area; null when it matches none. */
  level: LevelOrdinal | null;
  indicators: IndicatorCitation[];
  /** The author's reason when no indicator in this area matches. */
  noMatchReason?: string;
}

/** One derivation step, ready for the feedback panel. */
export interface DerivationStep {
  rule:
    | 'highest-clear-match'
    | 'no-indicator-matched'
    | 'multiplicity'
    | 'protective'
    | 'contested'
    | 'immediate-danger';
  from: LevelOrdinal;
  to: LevelOrdinal;
  explanation: string;
  factIds: string[];
  indicators: IndicatorCitation[];
}

export interface ExpectedResponse {
  /** The response that fits the derived level. */
  kind: ResponseKind;
  /** Every response accepted in full (more than one for a contested band). */
  acceptable: ResponseKind[];
  /** The area's own description of the response at the derived level. */
  localResponse: string;
  /** Named at level 4: the front door, its instrument and deadline. */
  frontDoor?: FrontDoor;
  explanation: string;
}

export interface ExpectedConsent {
  decision: ConsentDecision;
  acceptable: ConsentDecision[];
  explanation: string;
  /** Area-specific notes: the young person's own consent, Sandwell's and Stoke's rules. */
  notes: string[];
}

export interface StageAreaKey {
  vignetteId: string;
  area: AreaId;
  areaName: string;
  stageIndex: number;
  stageId: string;
  /** Facts in force at this stage (carried forward, less any retired), in narrative order. */
  activeFactIds: string[];
  /** The active facts that matter (the evidence a learner should pick). */
  relevantFactIds: string[];
  matches: FactMatch[];
  baseLevel: LevelOrdinal;
  level: LevelOrdinal;
  levelName: string;
  /** The area's names for all four levels, for feedback on any answer. */
  levelNames: Readonly<Record<LevelOrdinal, string>>;
  /** [level, level] unless the stage declares a contested band. */
  band: [LevelOrdinal, LevelOrdinal];
  trainerNote?: string;
  immediateDanger: boolean;
  steps: DerivationStep[];
  response: ExpectedResponse;
  consent: ExpectedConsent;
}

export interface KeyProblem {
  path: PathSegment[];
  message: string;
}

export interface VignetteKey {
  vignetteId: string;
  area: AreaId;
  stages: StageAreaKey[];
}

export interface ActiveFact {
  fact: Fact;
  stageIndex: number;
  factIndex: number;
}

/** Facts in force at a stage: every earlier and current fact, less those retired up to this stage. */
export function activeFacts(vignette: Vignette, stageIndex: number): ActiveFact[] {
  const retired = new Set<string>();
  for (let s = 0; s <= stageIndex; s++) for (const id of vignette.stages[s]?.retires ?? []) retired.add(id);
  const out: ActiveFact[] = [];
  for (let s = 0; s <= stageIndex; s++) {
    const stage = vignette.stages[s];
    if (!stage) continue;
    stage.facts.forEach((fact, factIndex) => {
      if (!retired.has(fact.id)) out.push({ fact, stageIndex: s, factIndex });
    });
  }
  return out;
}

function factPath(active: ActiveFact): PathSegment[] {
  return ['stages', active.stageIndex, 'facts', active.factIndex];
}

export const RESPONSE_FOR_LEVEL: Readonly<Record<LevelOrdinal, ResponseKind>> = {
  1: 'continue-universal',
  2: 'early-help-conversation',
  3: 'targeted-early-help',
  4: 'front-door-referral',
};

const RESPONSE_WORDS: Readonly<Record<ResponseKind, string>> = {
  'continue-universal': 'continue universal support; no extra assessment',
  'early-help-conversation':
    'talk with the family; single-agency support or an Early Help Assessment with consent',
  'targeted-early-help':
    'request multi-agency targeted early help (EHA, family plan, Team Around the Family)',
  'front-door-referral': 'refer to children’s social care through the front door',
  'call-999': 'call 999 now, then refer to the front door',
};

export function describeResponse(kind: ResponseKind): string {
  return RESPONSE_WORDS[kind];
}

function consentFor(level: LevelOrdinal, tellingRisky: boolean): ConsentDecision {
  if (level === 1) return 'no-sharing-needed';
  if (level < 4) return 'seek-consent';
  return tellingRisky ? 'share-without-informing' : 'share-and-inform';
}

function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Each indicator once, in first-cited order (two facts may match the same indicator). */
export function uniqueCitations(citations: IndicatorCitation[]): IndicatorCitation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}

function childAgeYears(vignette: Vignette): number | null {
  return vignette.child.age ? vignette.child.age.years : null;
}

/**
 * Derives the key for one stage in one area, reporting every declaration that cannot be derived.
 * Problems are returned, not thrown, so that validation can report them all with their lines.
 */
export function deriveStageKey(
  vignette: Vignette,
  stageIndex: number,
  area: AreaId,
  lookup: FrameworkLookup,
): { key: StageAreaKey; problems: KeyProblem[] } {
  const stage = vignette.stages[stageIndex];
  if (!stage) throw new RangeError(`vignette ${vignette.id} has no stage ${stageIndex}`);
  const problems: KeyProblem[] = [];
  const active = activeFacts(vignette, stageIndex);
  const levelName = (level: LevelOrdinal) => lookup.levelName(area, level);

  const matches: FactMatch[] = [];
  for (const a of active) {
    const { fact } = a;
    if (!fact.matters) continue;
    const key = fact.keys?.[area];
    if (!key) {
      problems.push({
        path: [...factPath(a), 'keys', area],
        message: `a fact that matters needs a key for ${area}`,
      });
      continue;
    }
    if ('none' in key) {
      matches.push({
        factId: fact.id,
        kind: fact.kind,
        domain: fact.domain,
        level: null,
        indicators: [],
        noMatchReason: key.none,
      });
      continue;
    }
    const indicators: IndicatorCitation[] = [];
    key.indicators.forEach((id, i) => {
      const ref: IndicatorRef | undefined = lookup.getIndicator(area, id);
      if (!ref) {
        problems.push({
          path: [...factPath(a), 'keys', area, 'indicators', i],
          message: `indicator \`${id}\` does not exist in ${lookup.areaName(area)} (${lookup.source})`,
        });
        return;
      }
      indicators.push({
        factId: fact.id,
        id: ref.id,
        level: ref.level,
        levelName: levelName(ref.level),
        localDimension: ref.localDimension,
        text: ref.text,
        ...(ref.caveats?.length ? { caveats: ref.caveats } : {}),
      });
    });
    const level = indicators.reduce<LevelOrdinal | null>(
      (max, c) => (max === null || c.level > max ? c.level : max),
      null,
    );
    matches.push({ factId: fact.id, kind: fact.kind, domain: fact.domain, level, indicators });
  }

  const concerns = matches.filter((m) => m.kind === 'concern' && m.level !== null);
  const baseLevel = concerns.reduce<LevelOrdinal>(
    (max, m) => ((m.level as LevelOrdinal) > max ? (m.level as LevelOrdinal) : max),
    1,
  );
  const steps: DerivationStep[] = [];
  if (concerns.length === 0) {
    steps.push({
      rule: 'no-indicator-matched',
      from: 1,
      to: 1,
      explanation: `No concern matches an indicator in ${lookup.areaName(area)}: needs are met by universal services (${levelName(1)}).`,
      factIds: [],
      indicators: [],
    });
  } else {
    const top = concerns.filter((m) => m.level === baseLevel);
    steps.push({
      rule: 'highest-clear-match',
      from: baseLevel,
      to: baseLevel,
      explanation: `The highest level clearly matched is ${baseLevel} (${levelName(baseLevel)}), by ${top.length} concern${top.length > 1 ? 's' : ''}.`,
      factIds: top.map((m) => m.factId),
      indicators: uniqueCitations(top.flatMap((m) => m.indicators.filter((c) => c.level === baseLevel))),
    });
  }

  let level: LevelOrdinal = baseLevel;
  let band: [LevelOrdinal, LevelOrdinal] | null = null;
  let trainerNote: string | undefined;
  const modifiers = stage.modifiers ?? [];
  const appliesTo = (m: Modifier) => (m.areas ?? AREA_IDS).includes(area);
  const modifierPath = (i: number): PathSegment[] => ['stages', stageIndex, 'modifiers', i];
  const where = `in ${lookup.areaName(area)}`;

  // Order matters and is fixed: multiplicity, then protective factors, then a contested band.
  const ordered = modifiers
    .map((modifier, index) => ({ modifier, index }))
    .filter(({ modifier }) => appliesTo(modifier))
    .sort((a, b) => modifierRank(a.modifier) - modifierRank(b.modifier));

  const seenTypes = new Set<Modifier['type']>();
  for (const { modifier, index } of ordered) {
    const path = modifierPath(index);
    // Each rule moves the level at most once: a second modifier of a type would double-count it.
    if (seenTypes.has(modifier.type)) {
      problems.push({ path, message: `a stage declares at most one ${modifier.type} modifier ${where}` });
      continue;
    }
    seenTypes.add(modifier.type);
    if (modifier.type === 'multiplicity') {
      // Each fact counts once, however often it is listed.
      const listed = uniq(modifier.facts ?? concerns.map((m) => m.factId));
      const atBase: FactMatch[] = [];
      for (const [i, id] of listed.entries()) {
        const m = matches.find((x) => x.factId === id);
        if (m?.kind !== 'concern') {
          problems.push({
            path: [...path, 'facts', i],
            message: `\`${id}\` is not an active concern that matters at this stage`,
          });
          continue;
        }
        if (m.level === baseLevel) atBase.push(m);
      }
      const domains = uniq(atBase.map((m) => m.domain));
      if (baseLevel === 4) {
        problems.push({
          path,
          message: `multiplicity cannot raise the level ${where}: it is already 4 (${levelName(4)})`,
        });
      } else if (atBase.length < MULTIPLICITY_MIN_FACTS || domains.length < MULTIPLICITY_MIN_DOMAINS) {
        problems.push({
          path,
          message: `multiplicity cannot be derived ${where}: it needs at least ${MULTIPLICITY_MIN_FACTS} concerns at level ${baseLevel} across ${MULTIPLICITY_MIN_DOMAINS} triangle domains, found ${atBase.length} across ${domains.length}`,
        });
      } else {
        const to = (level + 1) as LevelOrdinal;
        steps.push({
          rule: 'multiplicity',
          from: level,
          to,
          explanation: `${atBase.length} concerns at ${levelName(baseLevel)} across ${domains.length} sides of the triangle together raise the level by one: ${modifier.rationale}`,
          factIds: atBase.map((m) => m.factId),
          indicators: uniqueCitations(
            atBase.flatMap((m) => m.indicators.filter((c) => c.level === baseLevel)),
          ),
        });
        level = to;
      }
    } else if (modifier.type === 'protective') {
      const strengths: FactMatch[] = [];
      for (const [i, id] of modifier.facts.entries()) {
        const m = matches.find((x) => x.factId === id);
        if (m?.kind !== 'strength') {
          problems.push({
            path: [...path, 'facts', i],
            message: `\`${id}\` is not an active strength that matters at this stage`,
          });
          continue;
        }
        strengths.push(m);
      }
      if (baseLevel === 4) {
        problems.push({
          path,
          message: `protective factors cannot lower a matched level-4 indicator ${where} (${levelName(4)}); key the area's conditional indicator instead`,
        });
      } else if (level === 1) {
        problems.push({
          path,
          message: `protective factors cannot lower the level ${where}: it is already 1 (${levelName(1)})`,
        });
      } else if (strengths.length > 0) {
        const to = (level - 1) as LevelOrdinal;
        steps.push({
          rule: 'protective',
          from: level,
          to,
          explanation: `Protective factors lower the level by one: ${modifier.rationale}`,
          factIds: strengths.map((m) => m.factId),
          indicators: uniqueCitations(strengths.flatMap((m) => m.indicators)),
        });
        level = to;
      }
    } else {
      const [low, high] = modifier.band;
      if (high !== low + 1) {
        problems.push({
          path: [...path, 'band'],
          message: `a contested band is two adjacent levels, lower first; got [${low}, ${high}]`,
        });
      } else if (level !== low && level !== high) {
        problems.push({
          path: [...path, 'band'],
          message: `the band [${low}, ${high}] does not contain the derived level ${level} (${levelName(level)}) ${where}`,
        });
      } else {
        band = [low, high];
        trainerNote = modifier.trainerNote;
        steps.push({
          rule: 'contested',
          from: level,
          to: level,
          explanation: `Genuinely contested: ${levelName(low)} or ${levelName(high)} are both defensible. ${modifier.trainerNote}`,
          factIds: [],
          indicators: [],
        });
      }
    }
  }

  const dangerFacts = active.filter((a) => a.fact.immediateDanger);
  const immediateDanger = dangerFacts.length > 0;
  if (immediateDanger) {
    if (level !== 4) {
      for (const a of dangerFacts) {
        problems.push({
          path: [...factPath(a), 'immediateDanger'],
          message: `a fact of immediate danger needs a derived level of 4 ${where}, but the keys give ${level} (${levelName(level)})`,
        });
      }
    } else {
      steps.push({
        rule: 'immediate-danger',
        from: 4,
        to: 4,
        explanation: 'The child is in immediate danger: call 999 first.',
        factIds: dangerFacts.map((a) => a.fact.id),
        indicators: [],
      });
    }
  }

  const finalBand: [LevelOrdinal, LevelOrdinal] = band ?? [level, level];
  const declared = stage.expected?.[area];
  if (declared) {
    const path: PathSegment[] = ['stages', stageIndex, 'expected', area];
    if ('level' in declared && (declared.level !== level || band !== null)) {
      problems.push({
        path,
        message: `declared level ${declared.level} cannot be derived from the keys ${where}: they give ${band ? `the band [${finalBand.join(', ')}]` : `${level} (${levelName(level)})`}`,
      });
    }
    if (
      'band' in declared &&
      (declared.band[0] !== finalBand[0] || declared.band[1] !== finalBand[1] || band === null)
    ) {
      problems.push({
        path,
        message: `declared band [${declared.band.join(', ')}] cannot be derived ${where}: ${band ? `the contested band is [${finalBand.join(', ')}]` : `no contested modifier applies; the keys give ${level}`}`,
      });
    }
  }

  const tellingRisky = active.some((a) => a.fact.tellingParentsIncreasesRisk);
  const response = expectedResponse(area, level, finalBand, immediateDanger, lookup);
  const consent = expectedConsent(vignette, area, level, finalBand, tellingRisky, immediateDanger, lookup);
  const relevantFactIds = active.filter((a) => a.fact.matters).map((a) => a.fact.id);

  return {
    key: {
      vignetteId: vignette.id,
      area,
      areaName: lookup.areaName(area),
      stageIndex,
      stageId: stage.id,
      activeFactIds: active.map((a) => a.fact.id),
      relevantFactIds,
      matches,
      baseLevel,
      level,
      levelName: levelName(level),
      levelNames: { 1: levelName(1), 2: levelName(2), 3: levelName(3), 4: levelName(4) },
      band: finalBand,
      ...(trainerNote !== undefined ? { trainerNote } : {}),
      immediateDanger,
      steps,
      response,
      consent,
    },
    problems: dedupeProblems(problems),
  };
}

function modifierRank(m: Modifier): number {
  return m.type === 'multiplicity' ? 0 : m.type === 'protective' ? 1 : 2;
}

function dedupeProblems(problems: KeyProblem[]): KeyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path.join('.')}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function expectedResponse(
  area: AreaId,
  level: LevelOrdinal,
  band: [LevelOrdinal, LevelOrdinal],
  immediateDanger: boolean,
  lookup: FrameworkLookup,
): ExpectedResponse {
  const kind: ResponseKind = immediateDanger ? 'call-999' : RESPONSE_FOR_LEVEL[level];
  const acceptable = immediateDanger
    ? (['call-999'] as ResponseKind[])
    : uniq([RESPONSE_FOR_LEVEL[band[0]], RESPONSE_FOR_LEVEL[band[1]]]);
  const frontDoor = level === 4 ? lookup.frontDoor(area) : undefined;
  let explanation = `At ${lookup.levelName(area, level)}: ${describeResponse(kind)}.`;
  if (frontDoor) {
    explanation += ` In ${lookup.areaName(area)} the front door is ${frontDoor.name}${frontDoor.phone ? ` (${frontDoor.phone})` : ''}`;
    explanation += frontDoor.instrument ? `; ${frontDoor.instrument}` : '';
    explanation += frontDoor.deadline ? ` ${frontDoor.deadline}.` : '.';
  }
  return {
    kind,
    acceptable,
    localResponse: lookup.levelResponse(area, level),
    ...(frontDoor ? { frontDoor } : {}),
    explanation,
  };
}

function expectedConsent(
  vignette: Vignette,
  area: AreaId,
  level: LevelOrdinal,
  band: [LevelOrdinal, LevelOrdinal],
  tellingRisky: boolean,
  immediateDanger: boolean,
  lookup: FrameworkLookup,
): ExpectedConsent {
  const rules = lookup.consentRules(area);
  const decision = consentFor(level, tellingRisky);
  const acceptable = uniq([consentFor(band[0], tellingRisky), consentFor(band[1], tellingRisky)]);
  const notes: string[] = [];
  const age = childAgeYears(vignette);
  if (
    rules.youngPersonConsentAge !== null &&
    age !== null &&
    age >= rules.youngPersonConsentAge &&
    level > 1
  ) {
    notes.push(
      `${lookup.areaName(area)} treats a young person of ${rules.youngPersonConsentAge} or over as potentially able to consent: at ${age}, ask ${vignette.child.name} too.`,
    );
  }
  if (level === 4 && rules.seekConsentEvenAtSignificantHarm && !immediateDanger && !tellingRisky) {
    notes.push(
      `${lookup.areaName(area)} expects consent to be sought even here, unless the risk is significant and imminent; a refusal does not stop the referral.`,
    );
  }
  if (level === 4 && tellingRisky && rules.managerApprovalToNotInform) {
    notes.push(`In ${lookup.areaName(area)} a manager must approve the decision not to tell the parents.`);
  }
  const explanations: Record<ConsentDecision, string> = {
    'no-sharing-needed':
      'Needs are met by universal services; nothing needs to be shared beyond the service itself.',
    'seek-consent':
      'Early help is voluntary: seek the family’s consent before an Early Help Assessment or a request for support.',
    'share-and-inform':
      'Significant harm: share the information without waiting for consent, and tell the parents you are doing so unless that would increase the risk.',
    'share-without-informing':
      'Significant harm, and telling the parents would increase the risk to the child or obstruct an investigation: share now without informing them, and record why.',
  };
  // The area's own rules for this level and this kind of case, where the data has them; otherwise the
  // transcribed summary where sharing without consent is in play (level 4 in the band).
  const harm = level === 4 ? 'yes' : 'no';
  const cited = (rules.rules ?? []).filter((r) => r.significantHarm === harm && r.levels.includes(level));
  const areaWords = cited.length
    ? ` ${lookup.areaName(area)}: ${cited.map((r) => r.summary.replace(/\s*$/, '')).join(' ')}`
    : band[1] === 4
      ? ` ${rules.summary}`
      : '';
  return { decision, acceptable, explanation: `${explanations[decision]}${areaWords}`, notes };
}

/** Derives the whole key for one area (every stage). Throws only on programmer error. */
export function deriveVignetteKey(
  vignette: Vignette,
  area: AreaId,
  lookup: FrameworkLookup,
): { key: VignetteKey; problems: KeyProblem[] } {
  const stages: StageAreaKey[] = [];
  const problems: KeyProblem[] = [];
  vignette.stages.forEach((_, i) => {
    const result = deriveStageKey(vignette, i, area, lookup);
    stages.push(result.key);
    problems.push(...result.problems);
  });
  return { key: { vignetteId: vignette.id, area, stages }, problems };
}
