import { assign, setup } from 'xstate';
import type { AreaId, LevelOrdinal } from '../areas.ts';

/**
 * A trainer-led workshop: choose an area and vignettes → present a stage → collect the group's votes
 * per level → reveal the key and the distribution → discussion prompts → next → session summary
 * (agreement statistics come from workshop.selectors.ts, computed from the recorded rounds).
 *
 * Pure decision graph; `persistSession` and `reportSession` are named placeholders.
 */

export interface WorkshopCatalogueEntry {
  vignetteId: string;
  stageCount: number;
}

export interface WorkshopMachineInput {
  catalogue: readonly WorkshopCatalogueEntry[];
  /** Fix the area in advance (a course built for one area); otherwise the trainer chooses. */
  area?: AreaId;
}

export interface WorkshopItem {
  vignetteId: string;
  stageIndex: number;
}

/** Votes per level, index 0 = level 1. */
export type VoteCounts = [number, number, number, number];

export interface WorkshopRound extends WorkshopItem {
  votes: VoteCounts;
}

export interface WorkshopContext {
  catalogue: readonly WorkshopCatalogueEntry[];
  area: AreaId | null;
  selected: string[];
  queue: WorkshopItem[];
  position: number;
  votes: VoteCounts;
  rounds: WorkshopRound[];
}

export type WorkshopEvent =
  | { type: 'SELECT_AREA'; area: AreaId }
  | { type: 'TOGGLE_VIGNETTE'; vignetteId: string }
  | { type: 'START' }
  | { type: 'OPEN_VOTING' }
  | { type: 'CAST_VOTE'; level: LevelOrdinal }
  | { type: 'RETRACT_VOTE'; level: LevelOrdinal }
  /** A show-of-hands tally entered at once; ignored unless every count is a non-negative integer. */
  | { type: 'SET_VOTES'; votes: VoteCounts }
  | { type: 'CLOSE_VOTING' }
  | { type: 'DISCUSS' }
  | { type: 'NEXT' }
  | { type: 'END_SESSION' };

const NO_VOTES: VoteCounts = [0, 0, 0, 0];

export const workshopMachine = setup({
  types: {
    context: {} as WorkshopContext,
    events: {} as WorkshopEvent,
    input: {} as WorkshopMachineInput,
  },
  actions: {
    selectArea: assign({
      area: ({ context, event }) => (event.type === 'SELECT_AREA' ? event.area : context.area),
    }),
    toggleVignette: assign({
      selected: ({ context, event }) => {
        if (event.type !== 'TOGGLE_VIGNETTE') return context.selected;
        if (!context.catalogue.some((c) => c.vignetteId === event.vignetteId)) return context.selected;
        return context.selected.includes(event.vignetteId)
          ? context.selected.filter((id) => id !== event.vignetteId)
          : [...context.selected, event.vignetteId];
      },
    }),
    buildQueue: assign({
      // In catalogue order, every stage of every chosen vignette.
      queue: ({ context }) =>
        context.catalogue
          .filter((c) => context.selected.includes(c.vignetteId))
          .flatMap((c) =>
            Array.from({ length: c.stageCount }, (_, stageIndex) => ({
              vignetteId: c.vignetteId,
              stageIndex,
            })),
          ),
      position: 0,
      rounds: [],
      votes: NO_VOTES,
    }),
    castVote: assign({
      votes: ({ context, event }) => {
        if (event.type !== 'CAST_VOTE') return context.votes;
        const at = event.level - 1;
        return context.votes.map((v, i) => (i === at ? v + 1 : v)) as VoteCounts;
      },
    }),
    retractVote: assign({
      votes: ({ context, event }) => {
        if (event.type !== 'RETRACT_VOTE') return context.votes;
        const at = event.level - 1;
        return context.votes.map((v, i) => (i === at ? Math.max(0, v - 1) : v)) as VoteCounts;
      },
    }),
    setVotes: assign({
      votes: ({ context, event }) => {
        if (event.type !== 'SET_VOTES') return context.votes;
        const valid = event.votes.length === 4 && event.votes.every((v) => Number.isInteger(v) && v >= 0);
        return valid ? ([...event.votes] as VoteCounts) : context.votes;
      },
    }),
    recordRound: assign({
      rounds: ({ context }) => {
        const item = context.queue[context.position];
        return item ? [...context.rounds, { ...item, votes: context.votes }] : context.rounds;
      },
    }),
    advance: assign({ position: ({ context }) => context.position + 1, votes: NO_VOTES }),
    persistSession: () => {},
    reportSession: () => {},
  },
  guards: {
    readyToStart: ({ context }) => context.area !== null && context.selected.length > 0,
    hasVotes: ({ context }) => context.votes.some((v) => v > 0),
    hasNextItem: ({ context }) => context.position + 1 < context.queue.length,
  },
}).createMachine({
  id: 'workshop',
  context: ({ input }) => ({
    catalogue: input.catalogue,
    area: input.area ?? null,
    selected: [],
    queue: [],
    position: 0,
    votes: NO_VOTES,
    rounds: [],
  }),
  initial: 'choosing',
  states: {
    choosing: {
      on: {
        SELECT_AREA: { actions: 'selectArea' },
        TOGGLE_VIGNETTE: { actions: 'toggleVignette' },
        START: { guard: 'readyToStart', target: 'presenting', actions: 'buildQueue' },
      },
    },
    presenting: {
      tags: ['stage'],
      on: { OPEN_VOTING: 'voting' },
    },
    voting: {
      tags: ['stage', 'voting'],
      on: {
        CAST_VOTE: { actions: 'castVote' },
        RETRACT_VOTE: { actions: 'retractVote' },
        SET_VOTES: { actions: 'setVotes' },
        CLOSE_VOTING: { guard: 'hasVotes', target: 'revealing', actions: ['recordRound', 'persistSession'] },
      },
    },
    revealing: {
      tags: ['feedback'],
      on: { DISCUSS: 'discussing' },
    },
    discussing: {
      tags: ['feedback', 'discussion'],
      on: {
        NEXT: [{ guard: 'hasNextItem', target: 'presenting', actions: 'advance' }, { target: 'summary' }],
        END_SESSION: 'summary',
      },
    },
    summary: {
      type: 'final',
      tags: ['complete'],
      entry: ['persistSession', 'reportSession'],
    },
  },
});

export type WorkshopMachine = typeof workshopMachine;
