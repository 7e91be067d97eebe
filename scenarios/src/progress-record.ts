import {
  AREA_CODES,
  AREA_IDS,
  type AreaId,
  CONSENT_DECISIONS,
  type Confidence,
  type ConsentDecision,
  type LevelOrdinal,
  RESPONSE_KINDS,
  type ResponseKind,
  TRIANGLE_DOMAINS,
  type TriangleDomain,
} from './areas.ts';
import type { CourseResumeState } from './machines/course.machine.ts';
import type { VignetteResume } from './machines/vignette.machine.ts';
import type { EvidenceChoice, StageAnswer, StageResult } from './scoring.ts';

/**
 * The compact progress record: everything the course needs to resume, small enough for SCORM 1.2's
 * 4,096-character suspend_data with room to spare (budget: 3,500 characters with every vignette done).
 *
 * Version 3 (current), printable ASCII:
 *
 *     LW3;<area>;<modules>;<attempts>;<best>;<passed>;<vignettes>;<checksum>
 *
 * - area: two-letter code (tw, sa, st, nc, du) or `-`;
 * - modules: bitmask of MODULES done, base 36; attempts: base 36; best: best score 0–100 in base 36, or `-`;
 * - passed: `1` or `0`;
 * - vignettes: entries separated by `/`, each `<mode><complete><id>:<stage>.<stage>…[!<draft>]` where
 *   mode is `p` (practice) or `a` (assessment), complete is `1` or `0`, and each stage is two base-36
 *   characters packing the decision (`packDecision`: level, response, consent, confidence, unsafe; 0–799),
 *   two base-36 characters of score (0–100), then the evidence code in base 36;
 * - the evidence code is a base-5 number with one digit per active fact of the stage in narrative order
 *   (activeFacts(), answer-key.ts), least significant first: 0 not chosen, 1 chosen with no side of the
 *   triangle, 2–4 chosen on TRIANGLE_DOMAINS[digit − 2];
 * - the optional draft is the unfinished stage of a vignette left mid-way: the step reached (0 reading …
 *   5 confidence), level 0–4 (0: none), response index or `x`, consent index or `x`, confidence 0–5
 *   (0: none), then its evidence code; so a learner who leaves at the consent question comes back to it
 *   with the evidence, level and response already chosen;
 * - checksum: FNV-1a (32-bit) of everything before the last `;`, base 36.
 *
 * Version 2 was version 3 without drafts and with a bitmask of chosen facts (no sides) instead of the
 * evidence code; it migrates with the facts chosen and no sides (their placement is not re-scored: the
 * stored stage score stands).
 *
 * Version 1 (the first pilot format) kept completion only: `LW1;<modules hex>;<practice ids ,>;<attempts>;<best 0–100|->;<passed>`.
 * It migrates to version 2 with no answers. A corrupt or unknown record never throws: decodeProgress
 * reports what was wrong and returns the most that can be trusted (often a fresh record).
 */

export const PROGRESS_RECORD_VERSION = 3;
export const PROGRESS_RECORD_BUDGET = 3500;

export interface StageProgress {
  level: LevelOrdinal;
  response: ResponseKind;
  consent: ConsentDecision;
  confidence: Confidence;
  /** The stage score, 0–100 (whole percent). */
  score: number;
  /** The answer included an unsafe error (kept because it decides an assessment). */
  unsafe: boolean;
  /** The evidence chosen, over the stage's active facts: see `encodeEvidence`. */
  evidence: bigint;
}

/** The steps of a stage, in order: where a learner who left mid-stage comes back to. */
export const DRAFT_STEPS = ['reading', 'evidence', 'level', 'response', 'consent', 'confidence'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

/** The unfinished stage of a vignette the learner left mid-way. */
export interface DraftProgress {
  step: DraftStep;
  level: LevelOrdinal | null;
  response: ResponseKind | null;
  consent: ConsentDecision | null;
  confidence: Confidence | null;
  /** The evidence chosen so far, over the stage's active facts: see `encodeEvidence`. */
  evidence: bigint;
}

export interface VignetteProgress {
  vignetteId: string;
  mode: 'practice' | 'assessment';
  complete: boolean;
  stages: StageProgress[];
  /** The stage in progress (stage index = stages.length), when the learner left mid-stage. */
  draft?: DraftProgress;
}

export interface ProgressRecord {
  version: typeof PROGRESS_RECORD_VERSION;
  area: AreaId | null;
  modulesDone: number;
  attempts: number;
  /** 0–100, whole percent; null before any assessment attempt. */
  bestScore: number | null;
  passed: boolean;
  vignettes: VignetteProgress[];
}

export type DecodeStatus = 'ok' | 'empty' | 'migrated' | 'recovered';

export interface DecodeResult {
  record: ProgressRecord;
  status: DecodeStatus;
  /** What was wrong, in words a support person can act on; empty when status is ok, empty or migrated. */
  issues: string[];
  /** The version found, when it could be read. */
  fromVersion: number | null;
}

export function emptyProgressRecord(area: AreaId | null = null): ProgressRecord {
  return { version: 3, area, modulesDone: 0, attempts: 0, bestScore: null, passed: false, vignettes: [] };
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function areaFromCode(code: string): AreaId | null | undefined {
  if (code === '-') return null;
  return AREA_IDS.find((a) => AREA_CODES[a] === code);
}

/** Level, response, consent, confidence and the unsafe flag as one number, 0–799 (two base-36 characters). */
function packDecision(stage: StageProgress): number {
  const level = stage.level - 1;
  const response = RESPONSE_KINDS.indexOf(stage.response);
  const consent = CONSENT_DECISIONS.indexOf(stage.consent);
  const confidence = stage.confidence - 1;
  return (((level * 5 + response) * 4 + consent) * 5 + confidence) * 2 + (stage.unsafe ? 1 : 0);
}

function unpackDecision(
  packed: number,
): Pick<StageProgress, 'level' | 'response' | 'consent' | 'confidence' | 'unsafe'> {
  let rest = packed;
  const unsafe = rest % 2 === 1;
  rest = Math.floor(rest / 2);
  const confidence = (rest % 5) + 1;
  rest = Math.floor(rest / 5);
  const consent = rest % 4;
  rest = Math.floor(rest / 4);
  const response = rest % 5;
  const level = Math.floor(rest / 5) + 1;
  return {
    level: level as LevelOrdinal,
    response: RESPONSE_KINDS[response] as ResponseKind,
    consent: CONSENT_DECISIONS[consent] as ConsentDecision,
    confidence: confidence as Confidence,
    unsafe,
  };
}

function encodeStage(stage: StageProgress): string {
  const score = Math.min(100, Math.max(0, Math.round(stage.score)));
  return [
    packDecision(stage).toString(36).padStart(2, '0'),
    score.toString(36).padStart(2, '0'),
    stage.evidence.toString(36),
  ].join('');
}

function encodeDraft(draft: DraftProgress): string {
  return [
    DRAFT_STEPS.indexOf(draft.step),
    draft.level ?? 0,
    draft.response === null ? 'x' : RESPONSE_KINDS.indexOf(draft.response),
    draft.consent === null ? 'x' : CONSENT_DECISIONS.indexOf(draft.consent),
    draft.confidence ?? 0,
    draft.evidence.toString(36),
  ].join('');
}

function parseBigBase36(text: string): bigint {
  let value = 0n;
  for (const ch of text) value = value * 36n + BigInt(Number.parseInt(ch, 36));
  return value;
}

/** Encodes a record; throws only on a programming error (a record that cannot be valid). */
export function encodeProgress(record: ProgressRecord): string {
  for (const v of record.vignettes) {
    if (!ID_PATTERN.test(v.vignetteId))
      throw new RangeError(`vignette id \`${v.vignetteId}\` cannot be encoded`);
    for (const s of v.stages) {
      if (s.evidence < 0n) throw new RangeError('evidence must be non-negative');
    }
    if (v.draft && v.draft.evidence < 0n) throw new RangeError('draft evidence must be non-negative');
  }
  const body = [
    `LW${PROGRESS_RECORD_VERSION}`,
    record.area ? AREA_CODES[record.area] : '-',
    record.modulesDone.toString(36),
    record.attempts.toString(36),
    record.bestScore === null ? '-' : Math.round(record.bestScore).toString(36),
    record.passed ? '1' : '0',
    record.vignettes
      .map(
        (v) =>
          `${v.mode === 'practice' ? 'p' : 'a'}${v.complete ? 1 : 0}${v.vignetteId}:${v.stages.map(encodeStage).join('.')}${v.draft && !v.complete ? `!${encodeDraft(v.draft)}` : ''}`,
      )
      .join('/'),
  ].join(';');
  return `${body};${fnv1a(body)}`;
}

function parseBase36Int(text: string, what: string, max: number): number {
  if (!/^[0-9a-z]+$/.test(text)) throw new Error(`${what} is not a number (\`${text}\`)`);
  const value = Number.parseInt(text, 36);
  if (!Number.isSafeInteger(value) || value > max) throw new Error(`${what} is out of range (${value})`);
  return value;
}

/** Version 2's chosen-facts bitmask as a version 3 evidence code: the same facts, no sides. */
function evidenceFromV2Mask(mask: bigint): bigint {
  let code = 0n;
  let place = 1n;
  for (let m = mask; m > 0n; m >>= 1n, place *= 5n) if (m & 1n) code += place;
  return code;
}

function decodeStage(text: string, where: string, version: 2 | 3): StageProgress {
  if (version === 3) {
    const m3 = /^([0-9a-z]{2})([0-9a-z]{2})([0-9a-z]+)$/.exec(text);
    if (!m3) throw new Error(`${where}: stage \`${text}\` is malformed`);
    const [, packed, score, code] = m3 as unknown as string[];
    return {
      ...unpackDecision(parseBase36Int(packed as string, `${where}: decision`, 799)),
      score: parseBase36Int(score as string, `${where}: score`, 100),
      evidence: parseBigBase36(code as string),
    };
  }
  const m = /^([1-4])([0-4])([0-3])([1-5])([01])([0-9a-z]{2})([0-9a-z]+)$/.exec(text);
  if (!m) throw new Error(`${where}: stage \`${text}\` is malformed`);
  const [, level, response, consent, confidence, unsafe, score, code] = m as unknown as string[];
  const value = parseBigBase36(code as string);
  return {
    level: Number(level) as LevelOrdinal,
    response: RESPONSE_KINDS[Number(response)] as ResponseKind,
    consent: CONSENT_DECISIONS[Number(consent)] as ConsentDecision,
    confidence: Number(confidence) as Confidence,
    unsafe: unsafe === '1',
    score: parseBase36Int(score as string, `${where}: score`, 100),
    evidence: evidenceFromV2Mask(value),
  };
}

function decodeDraft(text: string, where: string): DraftProgress {
  const m = /^([0-5])([0-4])([0-4x])([0-3x])([0-5])([0-9a-z]+)$/.exec(text);
  if (!m) throw new Error(`${where}: the unfinished stage \`${text}\` is malformed`);
  const [, step, level, response, consent, confidence, code] = m as unknown as string[];
  return {
    step: DRAFT_STEPS[Number(step)] as DraftStep,
    level: level === '0' ? null : (Number(level) as LevelOrdinal),
    response: response === 'x' ? null : (RESPONSE_KINDS[Number(response)] as ResponseKind),
    consent: consent === 'x' ? null : (CONSENT_DECISIONS[Number(consent)] as ConsentDecision),
    confidence: confidence === '0' ? null : (Number(confidence) as Confidence),
    evidence: parseBigBase36(code as string),
  };
}

function decodeVignette(text: string, index: number, version: 2 | 3): VignetteProgress {
  const m = (
    version === 3 ? /^([pa])([01])([a-z0-9-]+):([^!]*)(?:!(.*))?$/ : /^([pa])([01])([a-z0-9-]+):(.*)$/
  ).exec(text);
  if (!m) throw new Error(`vignette entry ${index + 1} is malformed`);
  const [, mode, complete, id, stages, draft] = m as unknown as (string | undefined)[];
  if (!ID_PATTERN.test(id as string)) throw new Error(`vignette entry ${index + 1} has an invalid id`);
  const progress: VignetteProgress = {
    vignetteId: id as string,
    mode: mode === 'p' ? 'practice' : 'assessment',
    complete: complete === '1',
    stages:
      stages === ''
        ? []
        : (stages as string).split('.').map((s, i) => decodeStage(s, `${id} stage ${i + 1}`, version)),
  };
  if (draft !== undefined) {
    if (progress.complete) throw new Error(`${id}: a complete vignette cannot have an unfinished stage`);
    progress.draft = decodeDraft(draft, id as string);
  }
  return progress;
}

function decodeRecord(text: string, version: 2 | 3): { record: ProgressRecord; issues: string[] } {
  const cut = text.lastIndexOf(';');
  const body = text.slice(0, cut);
  const checksum = text.slice(cut + 1);
  if (cut < 0 || fnv1a(body) !== checksum)
    throw new Error('checksum does not match: the record was truncated or altered');
  const fields = body.split(';');
  if (fields.length !== 7) throw new Error(`expected 7 fields, found ${fields.length}`);
  const [, areaCode, modules, attempts, best, passed, vignettes] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const area = areaFromCode(areaCode);
  if (area === undefined) throw new Error(`unknown area code \`${areaCode}\``);
  if (passed !== '0' && passed !== '1') throw new Error('passed must be 0 or 1');
  const issues: string[] = [];
  const entries: VignetteProgress[] = [];
  const seen = new Set<string>();
  (vignettes === '' ? [] : vignettes.split('/')).forEach((entry, i) => {
    try {
      const v = decodeVignette(entry, i, version);
      const k = `${v.mode}:${v.vignetteId}`;
      if (seen.has(k)) throw new Error(`vignette ${v.vignetteId} appears twice`);
      seen.add(k);
      entries.push(v);
    } catch (error) {
      issues.push(`${(error as Error).message}; that entry was dropped`);
    }
  });
  return {
    record: {
      version: 3,
      area,
      modulesDone: parseBase36Int(modules, 'modules', 0xffff),
      attempts: parseBase36Int(attempts, 'attempts', 999),
      bestScore: best === '-' ? null : parseBase36Int(best, 'best score', 100),
      passed: passed === '1',
      vignettes: entries,
    },
    issues,
  };
}

/** Version 1 → version 3: completion carries over; there were no answers to keep. */
function migrateV1(text: string): ProgressRecord {
  const fields = text.split(';');
  if (fields.length !== 6) throw new Error(`version 1 record: expected 6 fields, found ${fields.length}`);
  const [, modulesHex, practice, attempts, best, passed] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^[0-9a-f]{1,4}$/.test(modulesHex)) throw new Error('version 1 record: modules is not hexadecimal');
  if (!/^\d{1,3}$/.test(attempts)) throw new Error('version 1 record: attempts is not a number');
  if (best !== '-' && !(/^\d{1,3}$/.test(best) && Number(best) <= 100))
    throw new Error('version 1 record: best score is invalid');
  if (passed !== '0' && passed !== '1') throw new Error('version 1 record: passed must be 0 or 1');
  const ids = practice === '' ? [] : practice.split(',');
  if (!ids.every((id) => ID_PATTERN.test(id)))
    throw new Error('version 1 record: a practice vignette id is invalid');
  return {
    version: 3,
    area: null,
    modulesDone: Number.parseInt(modulesHex, 16),
    attempts: Number(attempts),
    bestScore: best === '-' ? null : Number(best),
    passed: passed === '1',
    vignettes: [...new Set(ids)].map((vignetteId) => ({
      vignetteId,
      mode: 'practice',
      complete: true,
      stages: [],
    })),
  };
}

/**
 * Decodes any record the course has ever written. Never throws: an empty input gives a fresh record;
 * a corrupt or unknown one gives a fresh record (status `recovered`) and says why.
 */
export function decodeProgress(text: string | null | undefined, area: AreaId | null = null): DecodeResult {
  if (text === null || text === undefined || text.trim() === '') {
    return { record: emptyProgressRecord(area), status: 'empty', issues: [], fromVersion: null };
  }
  const version = /^LW(\d+);/.exec(text);
  const fresh = (issue: string, fromVersion: number | null): DecodeResult => ({
    record: emptyProgressRecord(area),
    status: 'recovered',
    issues: [`${issue}; starting a fresh record`],
    fromVersion,
  });
  if (!version) return fresh('the saved progress is not a Levelwise progress record', null);
  const found = Number(version[1]);
  try {
    if (found === 2 || found === 3) {
      const { record, issues } = decodeRecord(text, found);
      if (area !== null && record.area !== null && record.area !== area) {
        return fresh(`the saved progress belongs to another area (${record.area})`, found);
      }
      const status = issues.length ? 'recovered' : found === 2 ? 'migrated' : 'ok';
      return { record, status, issues, fromVersion: found };
    }
    if (found === 1)
      return { record: { ...migrateV1(text), area }, status: 'migrated', issues: [], fromVersion: 1 };
    return fresh(
      `progress record version ${found} is not known to this course (it reads versions 1 to ${PROGRESS_RECORD_VERSION})`,
      found,
    );
  } catch (error) {
    return fresh(`the saved progress is corrupt (${(error as Error).message})`, found);
  }
}

/** Bitmask of chosen facts over a stage's active facts (in narrative order); unknown ids are ignored. */
export function factsToMask(activeFactIds: readonly string[], chosen: readonly string[]): bigint {
  let mask = 0n;
  activeFactIds.forEach((id, i) => {
    if (chosen.includes(id)) mask |= 1n << BigInt(i);
  });
  return mask;
}

export function maskToFacts(activeFactIds: readonly string[], mask: bigint): string[] {
  return activeFactIds.filter((_, i) => (mask >> BigInt(i)) & 1n);
}

/** The part of the record the course machine resumes from. */
export function toCourseResumeState(record: ProgressRecord): CourseResumeState {
  return {
    modulesDone: record.modulesDone,
    practiceDone: record.vignettes
      .filter((v) => v.mode === 'practice' && v.complete)
      .map((v) => v.vignetteId),
    attempts: record.attempts,
    bestScore: record.bestScore === null ? null : record.bestScore / 100,
    passed: record.passed,
  };
}

/** Writes the course's state into a record, keeping the vignette answers already there. */
export function withCourseState(record: ProgressRecord, state: CourseResumeState): ProgressRecord {
  const practice = new Set(state.practiceDone);
  const known = new Set(record.vignettes.filter((v) => v.mode === 'practice').map((v) => v.vignetteId));
  const added: VignetteProgress[] = [...practice]
    .filter((id) => !known.has(id))
    .map((vignetteId) => ({ vignetteId, mode: 'practice', complete: true, stages: [] }));
  return {
    ...record,
    modulesDone: state.modulesDone,
    attempts: state.attempts,
    bestScore: state.bestScore === null ? null : Math.round(state.bestScore * 100),
    passed: state.passed,
    vignettes: [...record.vignettes, ...added],
  };
}

/** Replaces (or adds) one vignette's progress. */
export function withVignetteProgress(record: ProgressRecord, progress: VignetteProgress): ProgressRecord {
  const others = record.vignettes.filter(
    (v) => !(v.vignetteId === progress.vignetteId && v.mode === progress.mode),
  );
  return { ...record, vignettes: [...others, progress] };
}

/** What the record keeps of one scored stage: the answer, the whole-percent score and the unsafe flag. */
export function toStageProgress(
  answer: StageAnswer,
  result: StageResult,
  activeFactIds: readonly string[],
): StageProgress {
  return {
    level: answer.level,
    response: answer.response,
    consent: answer.consent,
    confidence: answer.confidence,
    score: Math.round(result.fraction * 100),
    unsafe: result.unsafe.length > 0,
    evidence: encodeEvidence(activeFactIds, answer.facts),
  };
}

/**
 * The evidence chosen, as one number: a base-5 digit per active fact (least significant first), 0 not
 * chosen, 1 chosen without a side of the triangle, 2–4 chosen on TRIANGLE_DOMAINS[digit − 2]. Facts that are
 * not active are ignored (they cannot be chosen).
 */
export function encodeEvidence(activeFactIds: readonly string[], facts: readonly EvidenceChoice[]): bigint {
  const byId = new Map(facts.map((f) => [f.id, f]));
  let code = 0n;
  for (let i = activeFactIds.length - 1; i >= 0; i--) {
    const choice = byId.get(activeFactIds[i] as string);
    const digit =
      choice === undefined
        ? 0
        : choice.domain === undefined
          ? 1
          : 2 + TRIANGLE_DOMAINS.indexOf(choice.domain);
    code = code * 5n + BigInt(digit);
  }
  return code;
}

/** The inverse of `encodeEvidence`, in narrative order; digits beyond the active facts are ignored. */
export function decodeEvidence(activeFactIds: readonly string[], code: bigint): EvidenceChoice[] {
  const out: EvidenceChoice[] = [];
  let rest = code;
  for (const id of activeFactIds) {
    const digit = Number(rest % 5n);
    rest /= 5n;
    if (digit === 1) out.push({ id });
    else if (digit >= 2) out.push({ id, domain: TRIANGLE_DOMAINS[digit - 2] as TriangleDomain });
  }
  return out;
}

/** A stored stage back as the answer the learner gave (for resuming, and for re-scoring). */
export function toStageAnswer(stage: StageProgress, activeFactIds: readonly string[]): StageAnswer {
  return {
    facts: decodeEvidence(activeFactIds, stage.evidence),
    level: stage.level,
    response: stage.response,
    consent: stage.consent,
    confidence: stage.confidence,
  };
}

/** A draft (the stage in progress) in record form. */
export function toDraftProgress(
  draft: {
    facts: readonly EvidenceChoice[];
    level: LevelOrdinal | null;
    response: ResponseKind | null;
    consent: ConsentDecision | null;
    confidence: Confidence | null;
  },
  step: DraftStep,
  activeFactIds: readonly string[],
): DraftProgress {
  return {
    step,
    level: draft.level,
    response: draft.response,
    consent: draft.consent,
    confidence: draft.confidence,
    evidence: encodeEvidence(activeFactIds, draft.facts),
  };
}

/**
 * What `vignetteMachine` needs to resume a vignette from the record: the answers given so far and the
 * unfinished stage, if any. `activeFactIds(stageIndex)` gives the stage's active facts in narrative order
 * (from `deriveStageKey(...).activeFactIds` or `activeFacts()`).
 */
export function toVignetteResume(
  progress: VignetteProgress,
  activeFactIds: (stageIndex: number) => readonly string[],
): VignetteResume {
  const answers = progress.stages.map((stage, i) => toStageAnswer(stage, activeFactIds(i)));
  if (!progress.draft) return { answers };
  const d = progress.draft;
  return {
    answers,
    step: d.step,
    draft: {
      facts: decodeEvidence(activeFactIds(answers.length), d.evidence),
      level: d.level,
      response: d.response,
      consent: d.consent,
      confidence: d.confidence,
    },
  };
}
