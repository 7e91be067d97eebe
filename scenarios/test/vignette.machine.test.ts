import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { listVignetteFiles, loadVignetteFile } from '../src/catalogue.ts';
import {
  type VignetteEvent,
  type VignetteMachineInput,
  vignetteMachine,
} from '../src/machines/vignette.machine.ts';
import { selectVignetteView } from '../src/machines/vignette.selectors.ts';

import { eventsOf } from './helpers.ts';

type Snapshot = SnapshotFrom<typeof vignetteMachine>;

/** One value per event type keeps the graph finite; which level is chosen does not change the graph. */
const EVENTS: VignetteEvent[] = [
  { type: 'ACKNOWLEDGE_CONTENT_NOTE' },
  { type: 'DECLINE' },
  { type: 'CONTINUE' },
  { type: 'BACK' },
  { type: 'TOGGLE_FACT', id: 'fact-a', domain: 'child-development' },
  { type: 'SELECT_LEVEL', level: 3 },
  { type: 'SELECT_RESPONSE', response: 'targeted-early-help' },
  { type: 'SELECT_CONSENT', consent: 'seek-consent' },
  { type: 'SELECT_CONFIDENCE', confidence: 4 },
  { type: 'SUBMIT' },
  { type: 'NEXT' },
];

/** State identity for path enumeration: where we are, and what of the draft is filled in. */
function serialise(snapshot: Snapshot): string {
  const { stageIndex, draft, answers } = snapshot.context;
  const filled = [draft.facts.length > 0, draft.level, draft.response, draft.consent, draft.confidence].map(
    (x) => (x ? 1 : 0),
  );
  return JSON.stringify([snapshot.value, stageIndex, answers.length, filled.join('')]);
}

/** Drafts only move forward within a step: re-toggling a fact off again is a loop, not a new path. */
const filterEvents = (snapshot: Snapshot, event: VignetteEvent) =>
  !(event.type === 'TOGGLE_FACT' && snapshot.context.draft.facts.length > 0);

function pathsFor(input: VignetteMachineInput) {
  return getSimplePaths(vignetteMachine, {
    input,
    events: EVENTS,
    filterEvents,
    serializeState: (s) => serialise(s as Snapshot),
  });
}

function replay(input: VignetteMachineInput, events: VignetteEvent[]) {
  const calls = { recordDecision: 0, persistProgress: 0, reportScore: 0 };
  const actor = createActor(
    vignetteMachine.provide({
      actions: {
        recordDecision: () => {
          calls.recordDecision += 1;
        },
        persistProgress: () => {
          calls.persistProgress += 1;
        },
        reportScore: () => {
          calls.reportScore += 1;
        },
      },
    }),
    { input },
  );
  actor.start();
  for (const event of events) actor.send(event);
  return { snapshot: actor.getSnapshot(), calls };
}

const ALL_STATES = [
  'starting',
  'contentNote',
  'declined',
  'reading',
  'evidence',
  'level',
  'response',
  'consent',
  'confidence',
  'submitted',
  'stageFeedback',
  'finalFeedback',
  'summary',
];

/** The shipped vignettes in both modes, plus a one-stage vignette. */
const SHIPPED = listVignetteFiles().map((file) => {
  const result = loadVignetteFile(file);
  if (!result.ok) throw new Error(`cannot load ${file}`);
  return result.loaded.vignette;
});
const CONFIGS: VignetteMachineInput[] = [
  ...SHIPPED.flatMap((v) =>
    (['practice', 'assessment'] as const).map((mode) => ({
      vignetteId: `${v.id}-${mode}`,
      stageCount: v.stages.length,
      mode,
      hasContentNote: v.contentNote !== null,
    })),
  ),
  { vignetteId: 'one-stage-practice', stageCount: 1, mode: 'practice', hasContentNote: true },
];

describe('vignette machine: every simple path', () => {
  for (const input of CONFIGS) {
    it(`executes every simple path of ${input.vignetteId}`, () => {
      const paths = pathsFor(input);
      expect(paths.length).toBeGreaterThan(10);
      console.info(`${input.vignetteId}: ${paths.length} simple paths`);
      for (const path of paths) {
        const events = eventsOf(path) as VignetteEvent[];
        const { snapshot, calls } = replay(input, events);
        // The replayed actor lands where the graph said it would, with the same context.
        expect(serialise(snapshot)).toBe(serialise(path.state as Snapshot));
        // Every submitted stage was recorded exactly once; views can always be derived.
        expect(calls.recordDecision).toBe(snapshot.context.answers.length);
        expect(calls.persistProgress).toBe(
          snapshot.context.answers.length + (snapshot.matches('summary') ? 1 : 0),
        );
        expect(() => selectVignetteView(snapshot)).not.toThrow();
        if (snapshot.matches('summary')) {
          expect(snapshot.context.answers).toHaveLength(input.stageCount);
          expect(calls.reportScore).toBe(1);
          expect(snapshot.output?.answers).toHaveLength(input.stageCount);
        }
      }
    });
  }

  it('reaches every state of the machine across the configurations', () => {
    const reached = new Set<string>();
    for (const input of CONFIGS) {
      for (const path of pathsFor(input)) {
        for (const step of path.steps) reached.add(String(step.state.value));
      }
    }
    // Transient states are left in the same macrostep; they are reached when their successors are.
    reached.add('starting');
    reached.add('submitted');
    expect([...reached].sort()).toEqual([...ALL_STATES].sort());
    expect(Object.keys(vignetteMachine.root.states).sort()).toEqual([...ALL_STATES].sort());
  });
});

describe('vignette machine: behaviour', () => {
  const forward: VignetteEvent[] = [
    { type: 'CONTINUE' },
    { type: 'TOGGLE_FACT', id: 'bruise', domain: 'child-development' },
    { type: 'CONTINUE' },
    { type: 'SELECT_LEVEL', level: 4 },
    { type: 'CONTINUE' },
    { type: 'SELECT_RESPONSE', response: 'front-door-referral' },
    { type: 'CONTINUE' },
    { type: 'SELECT_CONSENT', consent: 'share-and-inform' },
    { type: 'CONTINUE' },
    { type: 'SELECT_CONFIDENCE', confidence: 3 },
  ];

  it('shows feedback after each stage in practice, and only at the end in assessment', () => {
    const practice = replay({ vignetteId: 'v', stageCount: 2, mode: 'practice', hasContentNote: false }, [
      ...forward,
      { type: 'SUBMIT' },
    ]).snapshot;
    expect(practice.hasTag('feedback')).toBe(true);
    expect(practice.value).toBe('stageFeedback');

    const assessment = replay({ vignetteId: 'v', stageCount: 2, mode: 'assessment', hasContentNote: false }, [
      ...forward,
      { type: 'SUBMIT' },
    ]).snapshot;
    expect(assessment.hasTag('feedback')).toBe(false);
    expect(assessment.value).toBe('reading');
    expect(assessment.context.stageIndex).toBe(1);

    const done = replay({ vignetteId: 'v', stageCount: 2, mode: 'assessment', hasContentNote: false }, [
      ...forward,
      { type: 'SUBMIT' },
      ...forward,
      { type: 'SUBMIT' },
    ]).snapshot;
    expect(done.value).toBe('finalFeedback');
    expect(done.hasTag('feedback')).toBe(true);
  });

  it('lets the learner revise a choice before submitting, and records the revised one', () => {
    const { snapshot } = replay({ vignetteId: 'v', stageCount: 1, mode: 'practice', hasContentNote: false }, [
      ...forward,
      { type: 'BACK' },
      { type: 'BACK' },
      { type: 'BACK' },
      { type: 'SELECT_LEVEL', level: 3 },
      { type: 'CONTINUE' },
      { type: 'CONTINUE' },
      { type: 'CONTINUE' },
      { type: 'SUBMIT' },
    ]);
    expect(snapshot.context.answers[0]?.level).toBe(3);
    expect(snapshot.context.answers[0]?.response).toBe('front-door-referral');
  });

  it('will not move on without the choice each step needs', () => {
    const { snapshot } = replay({ vignetteId: 'v', stageCount: 1, mode: 'practice', hasContentNote: false }, [
      { type: 'CONTINUE' },
      { type: 'CONTINUE' },
    ]);
    expect(snapshot.value).toBe('evidence');
    expect(selectVignetteView(snapshot).canContinue).toBe(false);
  });

  it('ends declined, with no answers, when the learner declines after the content note', () => {
    const { snapshot } = replay({ vignetteId: 'v', stageCount: 2, mode: 'practice', hasContentNote: true }, [
      { type: 'DECLINE' },
    ]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({ vignetteId: 'v', declined: true, answers: [] });
  });

  it('rejects a vignette with no stages', () => {
    const actor = createActor(vignetteMachine, {
      input: { vignetteId: 'v', stageCount: 0, mode: 'practice', hasContentNote: false },
    });
    const errors: unknown[] = [];
    actor.subscribe({ error: (error) => errors.push(error) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(String(errors[0])).toMatch(/stageCount must be a positive integer/);
  });

  it('has no invoke and no delayed transitions (pure decision graph)', () => {
    const json = JSON.stringify(vignetteMachine.definition);
    expect(json).not.toMatch(/"invoke":\[\{/);
    expect(json).not.toMatch(/xstate\.after/);
  });
});
