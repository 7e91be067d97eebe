import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { LevelOrdinal } from '../src/areas.ts';
import {
  type WorkshopEvent,
  type WorkshopMachineInput,
  workshopMachine,
} from '../src/machines/workshop.machine.ts';
import { selectSessionSummary, selectWorkshopView } from '../src/machines/workshop.selectors.ts';
import { eventsOf } from './helpers.ts';

type Snapshot = SnapshotFrom<typeof workshopMachine>;

const INPUT: WorkshopMachineInput = {
  catalogue: [
    { vignetteId: 'oskar-health-visitor', stageCount: 2 },
    { vignetteId: 'ruby-young-carer', stageCount: 1 },
  ],
};

const EVENTS: WorkshopEvent[] = [
  { type: 'SELECT_AREA', area: 'dudley' },
  { type: 'TOGGLE_VIGNETTE', vignetteId: 'oskar-health-visitor' },
  { type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' },
  { type: 'START' },
  { type: 'OPEN_VOTING' },
  { type: 'CAST_VOTE', level: 3 },
  { type: 'SET_VOTES', votes: [1, 2, 3, 0] },
  { type: 'CLOSE_VOTING' },
  { type: 'DISCUSS' },
  { type: 'NEXT' },
  { type: 'END_SESSION' },
];

function serialise(s: Snapshot): string {
  const c = s.context;
  // One vote is enough to tell "no votes" from "some votes"; more votes only repeat the same state.
  return JSON.stringify([
    s.value,
    c.area,
    [...c.selected].sort(),
    c.position,
    c.votes.some((v) => v > 0),
    c.rounds.length,
  ]);
}

/** More than one vote per round would only repeat a state; keep the graph small. */
const filterEvents = (s: Snapshot, e: WorkshopEvent) =>
  !(e.type === 'CAST_VOTE' && s.context.votes.some((v) => v > 0));

function run(events: WorkshopEvent[], input: WorkshopMachineInput = INPUT) {
  const calls: string[] = [];
  const actor = createActor(
    workshopMachine.provide({
      actions: {
        persistSession: () => {
          calls.push('persistSession');
        },
        reportSession: () => {
          calls.push('reportSession');
        },
      },
    }),
    { input },
  );
  actor.start();
  for (const e of events) actor.send(e);
  return { snapshot: actor.getSnapshot(), calls };
}

describe('workshop machine', () => {
  it('executes every simple path and reaches every state', () => {
    const paths = getSimplePaths(workshopMachine, {
      input: INPUT,
      events: EVENTS,
      filterEvents: (s, e) => filterEvents(s as Snapshot, e),
      serializeState: (s) => serialise(s as Snapshot),
    });
    expect(paths.length).toBeGreaterThan(20);
    console.info(`workshop: ${paths.length} simple paths`);
    const reached = new Set<string>();
    for (const path of paths) {
      const events = eventsOf(path) as WorkshopEvent[];
      const { snapshot, calls } = run(events);
      expect(serialise(snapshot)).toBe(serialise(path.state as Snapshot));
      expect(calls.filter((c) => c === 'persistSession').length).toBe(
        snapshot.context.rounds.length + (snapshot.status === 'done' ? 1 : 0),
      );
      const view = selectWorkshopView(snapshot);
      expect(view.step).toBe(String(snapshot.value));
      for (const step of path.steps) reached.add(String(step.state.value));
    }
    expect([...reached].sort()).toEqual(Object.keys(workshopMachine.root.states).sort());
  });

  it('runs a session in catalogue order and summarises agreement against the key', () => {
    const vote = (level: LevelOrdinal, n: number): WorkshopEvent[] =>
      Array.from({ length: n }, () => ({ type: 'CAST_VOTE', level }));
    const round = (votes: WorkshopEvent[]): WorkshopEvent[] => [
      { type: 'OPEN_VOTING' },
      ...votes,
      { type: 'CLOSE_VOTING' },
      { type: 'DISCUSS' },
      { type: 'NEXT' },
    ];
    const { snapshot, calls } = run([
      { type: 'SELECT_AREA', area: 'telford-wrekin' },
      { type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' },
      { type: 'TOGGLE_VIGNETTE', vignetteId: 'oskar-health-visitor' },
      { type: 'START' },
      ...round([...vote(2, 4), ...vote(3, 1)]),
      ...round([...vote(3, 5)]),
      ...round([...vote(3, 2), ...vote(4, 2), { type: 'RETRACT_VOTE', level: 4 }, ...vote(2, 1)]),
    ]);
    expect(snapshot.status).toBe('done');
    expect(calls.at(-1)).toBe('reportSession');
    expect(snapshot.context.rounds.map((r) => [r.vignetteId, r.stageIndex, r.votes])).toEqual([
      ['oskar-health-visitor', 0, [0, 4, 1, 0]],
      ['oskar-health-visitor', 1, [0, 0, 5, 0]],
      ['ruby-young-carer', 0, [0, 1, 2, 1]],
    ]);
    const bands: Record<string, [LevelOrdinal, LevelOrdinal]> = {
      'oskar-health-visitor/0': [2, 2],
      'oskar-health-visitor/1': [3, 3],
      'ruby-young-carer/0': [3, 4],
    };
    const summary = selectSessionSummary(snapshot, (item) => bands[`${item.vignetteId}/${item.stageIndex}`]);
    expect(summary.rounds.map((r) => r.withinKey)).toEqual([0.8, 1, 0.75]);
    expect(summary.rounds[0]?.modal).toEqual([2]);
    expect(summary.rounds[1]?.agreement).toBe(1);
    expect(summary.withinKey).toBeCloseTo((4 + 5 + 3) / 14, 10);
    expect(summary.agreement.itemsRated).toBe(3);
    expect(summary.agreement.fleissKappa).not.toBeNull();
  });

  it('counts votes below a level-4 key as under-calls of significant harm', () => {
    const { snapshot } = run([
      { type: 'SELECT_AREA', area: 'sandwell' },
      { type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' },
      { type: 'START' },
      { type: 'OPEN_VOTING' },
      { type: 'CAST_VOTE', level: 4 },
      { type: 'CAST_VOTE', level: 3 },
      { type: 'CAST_VOTE', level: 2 },
      { type: 'CLOSE_VOTING' },
    ]);
    const summary = selectSessionSummary(snapshot, () => [4, 4]);
    expect(summary.rounds[0]?.underCallsOfSignificantHarm).toBe(2);
  });

  it('takes a show-of-hands tally at once, and ignores an impossible one', () => {
    const start: WorkshopEvent[] = [
      { type: 'SELECT_AREA', area: 'dudley' },
      { type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' },
      { type: 'START' },
      { type: 'OPEN_VOTING' },
    ];
    const tallied = run([...start, { type: 'SET_VOTES', votes: [0, 2, 9, 3] }]).snapshot;
    expect(selectWorkshopView(tallied)).toMatchObject({
      votes: [0, 2, 9, 3],
      totalVotes: 14,
      canCloseVoting: true,
    });
    const bad = run([
      ...start,
      { type: 'CAST_VOTE', level: 2 },
      { type: 'SET_VOTES', votes: [0, -1, 2.5, 3] },
    ]).snapshot;
    expect(bad.context.votes).toEqual([0, 1, 0, 0]);
  });

  it('will not start without an area and a vignette, nor reveal without a vote', () => {
    const noArea = run([
      { type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' },
      { type: 'START' },
    ]).snapshot;
    expect(noArea.value).toBe('choosing');
    const unknown = run([
      { type: 'SELECT_AREA', area: 'dudley' },
      { type: 'TOGGLE_VIGNETTE', vignetteId: 'nope' },
      { type: 'START' },
    ]);
    expect(unknown.snapshot.value).toBe('choosing');
    const noVotes = run([
      { type: 'SELECT_AREA', area: 'dudley' },
      { type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' },
      { type: 'START' },
      { type: 'OPEN_VOTING' },
      { type: 'CLOSE_VOTING' },
    ]).snapshot;
    expect(noVotes.value).toBe('voting');
    expect(selectWorkshopView(noVotes).canCloseVoting).toBe(false);
  });

  it('accepts an area fixed in advance', () => {
    const { snapshot } = run(
      [{ type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' }, { type: 'START' }],
      {
        ...INPUT,
        area: 'stoke-on-trent',
      },
    );
    expect(selectWorkshopView(snapshot)).toMatchObject({
      step: 'presenting',
      area: 'stoke-on-trent',
      item: { number: 1, of: 1 },
    });
  });
});
