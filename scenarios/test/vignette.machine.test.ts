import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { listVignetteFiles, loadVignetteFile } from '../src/catalogue.ts';
import {
  EMPTY_DRAFT,
  type VignetteEvent,
  type VignetteMachineInput,
  vignetteMachine,
} from '../src/machines/vignette.machine.ts';
import { selectVignetteResume, selectVignetteView } from '../src/machines/vignette.selectors.ts';

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

describe('resuming where the learner left (mid-vignette, mid-stage)', () => {
  const base: VignetteMachineInput = {
    vignetteId: 'v',
    stageCount: 3,
    mode: 'practice',
    hasContentNote: true,
  };
  const answer = {
    facts: [{ id: 'fact-a', domain: 'child-development' as const }],
    level: 3 as const,
    response: 'targeted-early-help' as const,
    consent: 'seek-consent' as const,
    confidence: 4 as const,
  };
  const start = (resume: VignetteMachineInput['resume'], over: Partial<VignetteMachineInput> = {}) => {
    const saved: string[] = [];
    const actor = createActor(
      vignetteMachine.provide({
        actions: {
          saveDraft: ({ context }) => {
            saved.push(`${context.stageIndex}:${context.draft.level ?? '-'}`);
          },
        },
      }),
      { input: { ...base, ...over, resume } },
    );
    actor.start();
    return { actor, saved };
  };

  it('comes back to the step the learner was on, with the choices already made and the earlier answers', () => {
    const { actor } = start({
      answers: [answer],
      draft: { ...EMPTY_DRAFT, facts: [{ id: 'fact-b' }], level: 2, response: 'early-help-conversation' },
      step: 'consent',
    });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('consent');
    expect(snapshot.context.stageIndex).toBe(1);
    expect(snapshot.context.answers).toEqual([answer]);
    expect(snapshot.context.draft.level).toBe(2);
    // BACK still revises what was chosen before leaving.
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('response');
  });

  it('walks a step the saved draft cannot support back to the last one it can (no skipped questions)', () => {
    const { actor } = start({
      answers: [],
      draft: { ...EMPTY_DRAFT, facts: [{ id: 'fact-a' }], level: 3 },
      step: 'confidence',
    });
    expect(actor.getSnapshot().value).toBe('response');
    expect(start({ answers: [], step: 'level' }).actor.getSnapshot().value).toBe('evidence');
  });

  it('shows the content note again to a learner who left before reading anything', () => {
    expect(start({ answers: [], step: 'reading' }).actor.getSnapshot().value).toBe('contentNote');
    expect(start({ answers: [answer], step: 'reading' }).actor.getSnapshot().value).toBe('reading');
  });

  it('resumes a finished vignette at its feedback, and ignores answers beyond the last stage', () => {
    const all = [answer, answer, answer, answer];
    const practice = start({ answers: all }).actor.getSnapshot();
    expect(practice.value).toBe('stageFeedback');
    expect(practice.context.answers).toHaveLength(3);
    expect(practice.context.stageIndex).toBe(2);
    expect(start({ answers: all }, { mode: 'assessment' }).actor.getSnapshot().value).toBe('finalFeedback');
  });

  it('offers the course a draft save on every step, and round-trips through selectVignetteResume', () => {
    const { actor, saved } = start(undefined, { hasContentNote: false });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'TOGGLE_FACT', id: 'fact-a', domain: 'family-environment' });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SELECT_LEVEL', level: 2 });
    actor.send({ type: 'CONTINUE' });
    expect(saved).toEqual(['0:-', '0:-', '0:2']);
    const resume = selectVignetteResume(actor.getSnapshot());
    expect(resume.step).toBe('response');
    const again = start(resume, { hasContentNote: false }).actor.getSnapshot();
    expect(again.value).toBe('response');
    expect(again.context.draft).toEqual(actor.getSnapshot().context.draft);
    // After a submit, nothing mid-stage is left to save.
    actor.send({ type: 'SELECT_RESPONSE', response: 'early-help-conversation' });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SELECT_CONSENT', consent: 'seek-consent' });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SELECT_CONFIDENCE', confidence: 3 });
    actor.send({ type: 'SUBMIT' });
    expect(selectVignetteResume(actor.getSnapshot())).toEqual({
      answers: actor.getSnapshot().context.answers,
    });
  });
});
