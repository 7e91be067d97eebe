import { AREA_IDS, type AreaId, type WorkshopCatalogueEntry } from '@levelwise/scenarios';
import type { GroupVote, VotingMode } from './types.ts';

/**
 * What the player keeps in `storage`: the workshop machine's persisted snapshot and the presenter's own state
 * (per-group votes, notes, voting mode). One JSON text, versioned; anything unreadable is reported and a new
 * session starts, never a crash.
 */
export interface SavedWorkshop {
  format: 'levelwise-workshop-saved';
  version: 1;
  savedAt: string;
  /** The machine's `getPersistedSnapshot()`. */
  snapshot: PersistedWorkshopSnapshot;
  groupVotes: Record<string, GroupVote[]>;
  notes: Record<string, string>;
  votingMode: VotingMode;
  groupCount: number;
  compareArea: AreaId | null;
}

/** The parts of an XState persisted snapshot this module checks; the rest is passed through untouched. */
export interface PersistedWorkshopSnapshot {
  status: string;
  value: unknown;
  context: {
    catalogue: WorkshopCatalogueEntry[];
    area: AreaId | null;
    selected: string[];
    queue: { vignetteId: string; stageIndex: number }[];
    position: number;
    votes: [number, number, number, number];
    rounds: { vignetteId: string; stageIndex: number; votes: [number, number, number, number] }[];
  };
  [key: string]: unknown;
}

export function encodeSavedWorkshop(saved: Omit<SavedWorkshop, 'format' | 'version'>): string {
  return JSON.stringify({ format: 'levelwise-workshop-saved', version: 1, ...saved });
}

export type DecodeSavedResult =
  | { status: 'none' }
  | { status: 'restored'; saved: SavedWorkshop }
  | { status: 'discarded'; reason: string };

const STEPS = ['choosing', 'presenting', 'voting', 'revealing', 'discussing', 'summary'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCounts(v: unknown): v is [number, number, number, number] {
  return Array.isArray(v) && v.length === 4 && v.every((n) => Number.isInteger(n) && n >= 0);
}

/**
 * Reads a saved session against the vignettes available now: the snapshot's catalogue is replaced with the
 * current one (vignettes added since are offered), and a session whose stages no longer exist is discarded
 * with the reason.
 */
export function decodeSavedWorkshop(
  text: string | null,
  catalogue: readonly WorkshopCatalogueEntry[],
): DecodeSavedResult {
  if (text === null || text.trim() === '') return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'discarded', reason: 'the saved session is not valid JSON' };
  }
  if (!isObject(data) || data.format !== 'levelwise-workshop-saved')
    return { status: 'discarded', reason: 'the saved data is not a Levelwise workshop session' };
  if (data.version !== 1)
    return {
      status: 'discarded',
      reason: `the saved session has version ${String(data.version)}, expected 1`,
    };
  const snapshot = data.snapshot;
  if (!isObject(snapshot) || !isObject(snapshot.context) || typeof snapshot.value !== 'string')
    return { status: 'discarded', reason: 'the saved session has no machine state' };
  if (!STEPS.includes(snapshot.value))
    return { status: 'discarded', reason: `the saved session is in an unknown step "${snapshot.value}"` };
  const ctx = snapshot.context;
  const stageCounts = new Map(catalogue.map((c) => [c.vignetteId, c.stageCount]));
  const area = ctx.area;
  if (area !== null && !(AREA_IDS as readonly unknown[]).includes(area))
    return { status: 'discarded', reason: `the saved session names an unknown area "${String(area)}"` };
  if (!Array.isArray(ctx.queue) || !Array.isArray(ctx.rounds) || !Array.isArray(ctx.selected))
    return { status: 'discarded', reason: 'the saved session is missing its queue, rounds or selection' };
  const items = [...ctx.queue, ...ctx.rounds] as unknown[];
  for (const item of items) {
    if (!isObject(item) || typeof item.vignetteId !== 'string' || !Number.isInteger(item.stageIndex))
      return { status: 'discarded', reason: 'the saved session has a malformed stage' };
    const count = stageCounts.get(item.vignetteId);
    if (count === undefined)
      return {
        status: 'discarded',
        reason: `the saved session uses vignette "${item.vignetteId}", which is no longer available`,
      };
    if ((item.stageIndex as number) < 0 || (item.stageIndex as number) >= count)
      return {
        status: 'discarded',
        reason: `the saved session uses stage ${(item.stageIndex as number) + 1} of "${item.vignetteId}", which has ${count}`,
      };
  }
  if (!isCounts(ctx.votes) || !ctx.rounds.every((r) => isObject(r) && isCounts(r.votes)))
    return { status: 'discarded', reason: 'the saved session has malformed votes' };
  if (!Number.isInteger(ctx.position) || (ctx.position as number) < 0)
    return { status: 'discarded', reason: 'the saved session has a malformed position' };
  if (snapshot.value !== 'choosing' && (ctx.position as number) >= ctx.queue.length)
    return { status: 'discarded', reason: 'the saved session points past its last stage' };
  const votingMode: VotingMode = data.votingMode === 'hands' ? 'hands' : 'groups';
  const groupCount = Number.isInteger(data.groupCount) ? (data.groupCount as number) : 4;
  const compareArea =
    typeof data.compareArea === 'string' && (AREA_IDS as readonly string[]).includes(data.compareArea)
      ? (data.compareArea as AreaId)
      : null;
  const groupVotes: Record<string, GroupVote[]> = {};
  if (isObject(data.groupVotes))
    for (const [k, v] of Object.entries(data.groupVotes))
      if (Array.isArray(v))
        groupVotes[k] = v.filter(
          (g): g is GroupVote =>
            isObject(g) &&
            Number.isInteger(g.group) &&
            (g.level === null || [1, 2, 3, 4].includes(g.level as number)),
        );
  const notes: Record<string, string> = {};
  if (isObject(data.notes))
    for (const [k, v] of Object.entries(data.notes)) if (typeof v === 'string') notes[k] = v;
  const selected = (ctx.selected as unknown[]).filter(
    (id): id is string => typeof id === 'string' && stageCounts.has(id),
  );
  return {
    status: 'restored',
    saved: {
      format: 'levelwise-workshop-saved',
      version: 1,
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
      snapshot: {
        ...(snapshot as PersistedWorkshopSnapshot),
        context: { ...(ctx as PersistedWorkshopSnapshot['context']), catalogue: [...catalogue], selected },
      },
      groupVotes,
      notes,
      votingMode,
      groupCount,
      compareArea,
    },
  };
}
