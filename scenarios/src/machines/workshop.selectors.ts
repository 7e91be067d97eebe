import type { SnapshotFrom } from 'xstate';
import { type AgreementSummary, describeKappa, pairwiseAgreement, summariseAgreement } from '../agreement.ts';
import { deriveStageKey, type StageAreaKey } from '../answer-key.ts';
import type { AreaId, LevelOrdinal } from '../areas.ts';
import type { FrameworkLookup } from '../framework-lookup.ts';
import type { Vignette } from '../vignette.schema.ts';
import type { VoteCounts, WorkshopItem, workshopMachine } from './workshop.machine.ts';

export type WorkshopSnapshot = SnapshotFrom<typeof workshopMachine>;

export type WorkshopStep = 'choosing' | 'presenting' | 'voting' | 'revealing' | 'discussing' | 'summary';

export interface WorkshopViewProps {
  step: WorkshopStep;
  area: string | null;
  selected: string[];
  canStart: boolean;
  /** The stage on screen, with its position in the session. */
  item: (WorkshopItem & { number: number; of: number }) | null;
  votes: VoteCounts;
  totalVotes: number;
  canCloseVoting: boolean;
  showingFeedback: boolean;
  complete: boolean;
}

export function selectWorkshopView(snapshot: WorkshopSnapshot): WorkshopViewProps {
  const { context } = snapshot;
  const item = context.queue[context.position];
  return {
    step: snapshot.value as WorkshopStep,
    area: context.area,
    selected: context.selected,
    canStart: snapshot.can({ type: 'START' }),
    item:
      item && !snapshot.matches('choosing')
        ? { ...item, number: context.position + 1, of: context.queue.length }
        : null,
    votes: context.votes,
    totalVotes: context.votes.reduce((a, b) => a + b, 0),
    canCloseVoting: snapshot.can({ type: 'CLOSE_VOTING' }),
    showingFeedback: snapshot.hasTag('feedback'),
    complete: snapshot.hasTag('complete'),
  };
}

/** Looks up the key band for a stage in the session's area; undefined when unknown. */
export type KeyBandLookup = (item: WorkshopItem) => readonly [LevelOrdinal, LevelOrdinal] | undefined;

export interface RoundSummary extends WorkshopItem {
  votes: VoteCounts;
  totalVotes: number;
  /** Most-voted levels (ties listed together). */
  modal: LevelOrdinal[];
  /** Share of agreeing pairs; null with fewer than two votes. */
  agreement: number | null;
  band: readonly [LevelOrdinal, LevelOrdinal] | null;
  /** Share of votes inside the key's band; null when the band is unknown or nobody voted. */
  withinKey: number | null;
  /** Votes below a level-4 key: the unsafe under-calls trainers should discuss first. */
  underCallsOfSignificantHarm: number;
}

export interface SessionSummary {
  rounds: RoundSummary[];
  agreement: AgreementSummary;
  kappaReading: string;
  /** Share of all votes inside the key's band, over rounds with a known key. */
  withinKey: number | null;
}

function summariseRound(round: WorkshopItem & { votes: VoteCounts }, keyBand: KeyBandLookup): RoundSummary {
  const totalVotes = round.votes.reduce((a, b) => a + b, 0);
  const max = Math.max(...round.votes);
  const modal = max === 0 ? [] : ([1, 2, 3, 4] as LevelOrdinal[]).filter((l) => round.votes[l - 1] === max);
  const band = keyBand(round) ?? null;
  const inBand = band
    ? round.votes.filter((_, i) => i + 1 >= band[0] && i + 1 <= band[1]).reduce((a, b) => a + b, 0)
    : 0;
  return {
    vignetteId: round.vignetteId,
    stageIndex: round.stageIndex,
    votes: round.votes,
    totalVotes,
    modal,
    agreement: pairwiseAgreement(round.votes),
    band,
    withinKey: band && totalVotes > 0 ? inBand / totalVotes : null,
    underCallsOfSignificantHarm:
      band && band[0] === 4 ? round.votes.slice(0, 3).reduce((a, b) => a + b, 0) : 0,
  };
}

export function selectSessionSummary(snapshot: WorkshopSnapshot, keyBand: KeyBandLookup): SessionSummary {
  const rounds = snapshot.context.rounds.map((r) => summariseRound(r, keyBand));
  const agreement = summariseAgreement(rounds.map((r) => r.votes));
  const keyed = rounds.filter((r) => r.band !== null && r.totalVotes > 0);
  const keyedVotes = keyed.reduce((sum, r) => sum + r.totalVotes, 0);
  const withinKey =
    keyedVotes === 0
      ? null
      : keyed.reduce((sum, r) => sum + (r.withinKey ?? 0) * r.totalVotes, 0) / keyedVotes;
  return { rounds, agreement, kappaReading: describeKappa(agreement.fleissKappa), withinKey };
}

/**
 * Derived keys for a session's vignettes in one area, memoised per stage: the band for the summary
 * (`band`, a KeyBandLookup) and the whole key for the reveal (`key`).
 */
export function createWorkshopKeys(vignettes: readonly Vignette[], area: AreaId, lookup: FrameworkLookup) {
  const byId = new Map(vignettes.map((v) => [v.id, v]));
  const cache = new Map<string, StageAreaKey>();
  const key = (item: WorkshopItem): StageAreaKey | undefined => {
    const k = `${item.vignetteId}/${item.stageIndex}`;
    const cached = cache.get(k);
    if (cached) return cached;
    const vignette = byId.get(item.vignetteId);
    if (!vignette || item.stageIndex < 0 || item.stageIndex >= vignette.stages.length) return undefined;
    const derived = deriveStageKey(vignette, item.stageIndex, area, lookup).key;
    cache.set(k, derived);
    return derived;
  };
  const band: KeyBandLookup = (item) => key(item)?.band;
  return { key, band };
}

export interface WorkshopDiscussionProps {
  title: string;
  prompts: readonly string[];
  trainerNotes: string;
  /** The contested-band note for this stage, when there is one. */
  stageTrainerNote: string | null;
}

/** What the trainer sees while discussing the stage on screen; null outside the reveal and discussion. */
export function selectWorkshopDiscussion(
  snapshot: WorkshopSnapshot,
  vignettes: readonly Vignette[],
  keyFor: (item: WorkshopItem) => StageAreaKey | undefined,
): WorkshopDiscussionProps | null {
  if (!snapshot.hasTag('feedback')) return null;
  const item = snapshot.context.queue[snapshot.context.position];
  const vignette = item && vignettes.find((v) => v.id === item.vignetteId);
  if (!item || !vignette) return null;
  return {
    title: vignette.title,
    prompts: vignette.discussionPrompts,
    trainerNotes: vignette.trainerNotes,
    stageTrainerNote: keyFor(item)?.trainerNote ?? null,
  };
}
