import { assign, setup } from 'xstate';
import type { Confidence, ConsentDecision, LevelOrdinal, ResponseKind, TriangleDomain } from '../areas.ts';
import type { EvidenceChoice, StageAnswer } from '../scoring.ts';

/**
 * One learner working through one vignette.
 *
 * contentNote → reading → evidence → level → response → consent → confidence → (submit)
 *   practice:   → stageFeedback → next stage (reading) … → summary
 *   assessment: → next stage (reading) … → finalFeedback → summary
 *
 * BACK revises any earlier choice before SUBMIT. The machine is a pure decision graph: no invoke, no
 * delays. Effects are named placeholders the course supplies with `.provide()`:
 * - `recordDecision` after each SUBMIT (the answer is `context.answers.at(-1)`), e.g. a SCORM interaction;
 * - `persistProgress` after each stage and at the end, e.g. saving the compact progress record;
 * - `reportScore` on reaching the summary.
 * Scoring is not done here: selectors (vignette.selectors.ts) score answers against the derived key.
 */

export type VignetteMode = 'practice' | 'assessment';

/** The steps of a stage a learner can be resumed at (mirrors DRAFT_STEPS in progress-record.ts). */
export type ResumeStep = 'reading' | 'evidence' | 'level' | 'response' | 'consent' | 'confidence';

/**
 * Where a learner left a vignette: the answers to the stages already submitted and, when they left
 * mid-stage, the choices made so far and the step they were on. Built from the progress record by
 * `toVignetteResume`. The machine trusts nothing here: extra answers are dropped and a step the draft
 * does not support is walked back to the last one it does (a level step needs evidence, and so on).
 */
export interface VignetteResume {
  answers: StageAnswer[];
  draft?: DraftAnswer;
  step?: ResumeStep;
}

export interface VignetteMachineInput {
  vignetteId: string;
  stageCount: number;
  mode: VignetteMode;
  hasContentNote: boolean;
  /** Resume where the learner left (mid-vignette, mid-stage). */
  resume?: VignetteResume;
}

export interface DraftAnswer {
  facts: EvidenceChoice[];
  level: LevelOrdinal | null;
  response: ResponseKind | null;
  consent: ConsentDecision | null;
  confidence: Confidence | null;
}

export interface VignetteContext {
  vignetteId: string;
  stageCount: number;
  mode: VignetteMode;
  hasContentNote: boolean;
  stageIndex: number;
  /** The learner chose not to continue after the content note. */
  declined: boolean;
  draft: DraftAnswer;
  /** Submitted answers, one per completed stage. */
  answers: StageAnswer[];
  /** Where the machine starts when resuming (null: from the beginning). */
  resumeAt: ResumeStep | 'stageFeedback' | 'finalFeedback' | null;
}

export type VignetteEvent =
  | { type: 'ACKNOWLEDGE_CONTENT_NOTE' }
  | { type: 'DECLINE' }
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'TOGGLE_FACT'; id: string; domain?: TriangleDomain }
  | { type: 'SET_FACT_DOMAIN'; id: string; domain: TriangleDomain }
  | { type: 'SELECT_LEVEL'; level: LevelOrdinal }
  | { type: 'SELECT_RESPONSE'; response: ResponseKind }
  | { type: 'SELECT_CONSENT'; consent: ConsentDecision }
  | { type: 'SELECT_CONFIDENCE'; confidence: Confidence }
  | { type: 'SUBMIT' }
  | { type: 'NEXT' };

export interface VignetteOutput {
  vignetteId: string;
  declined: boolean;
  answers: StageAnswer[];
}

export const EMPTY_DRAFT: DraftAnswer = {
  facts: [],
  level: null,
  response: null,
  consent: null,
  confidence: null,
};

const STEP_ORDER: readonly ResumeStep[] = [
  'reading',
  'evidence',
  'level',
  'response',
  'consent',
  'confidence',
];

/** The furthest step up to `wanted` that the draft supports (each step needs the previous step's choice). */
function reachableStep(wanted: ResumeStep, draft: DraftAnswer): ResumeStep {
  const needs: Record<ResumeStep, boolean> = {
    reading: true,
    evidence: true,
    level: draft.facts.length > 0,
    response: draft.level !== null,
    consent: draft.response !== null,
    confidence: draft.consent !== null,
  };
  let step: ResumeStep = 'reading';
  for (const candidate of STEP_ORDER.slice(0, STEP_ORDER.indexOf(wanted) + 1)) {
    if (!needs[candidate]) break;
    step = candidate;
  }
  return step;
}

/** Stage index, answers, draft and starting point for a (possibly resumed) run. */
function startFrom(
  input: VignetteMachineInput,
): Pick<VignetteContext, 'stageIndex' | 'answers' | 'draft' | 'resumeAt'> {
  const resume = input.resume;
  if (!resume) return { stageIndex: 0, answers: [], draft: EMPTY_DRAFT, resumeAt: null };
  const answers = resume.answers.slice(0, input.stageCount);
  if (answers.length === input.stageCount) {
    return {
      stageIndex: input.stageCount - 1,
      answers,
      draft: EMPTY_DRAFT,
      resumeAt: input.mode === 'practice' ? 'stageFeedback' : 'finalFeedback',
    };
  }
  const draft = resume.draft ?? EMPTY_DRAFT;
  const step = reachableStep(resume.step ?? 'reading', draft);
  const nothingYet = answers.length === 0 && step === 'reading';
  return {
    stageIndex: answers.length,
    answers,
    draft,
    // A learner who left on the first page sees the content note again.
    resumeAt: nothingYet ? null : step,
  };
}

function toAnswer(draft: DraftAnswer): StageAnswer | null {
  if (draft.level === null || draft.response === null || draft.consent === null || draft.confidence === null)
    return null;
  return {
    facts: draft.facts,
    level: draft.level,
    response: draft.response,
    consent: draft.consent,
    confidence: draft.confidence,
  };
}

export const vignetteMachine = setup({
  types: {
    context: {} as VignetteContext,
    events: {} as VignetteEvent,
    input: {} as VignetteMachineInput,
    output: {} as VignetteOutput,
  },
  actions: {
    toggleFact: assign({
      draft: ({ context, event }) => {
        if (event.type !== 'TOGGLE_FACT') return context.draft;
        const present = context.draft.facts.some((f) => f.id === event.id);
        const facts = present
          ? context.draft.facts.filter((f) => f.id !== event.id)
          : [
              ...context.draft.facts,
              event.domain ? { id: event.id, domain: event.domain } : { id: event.id },
            ];
        return { ...context.draft, facts };
      },
    }),
    setFactDomain: assign({
      draft: ({ context, event }) => {
        if (event.type !== 'SET_FACT_DOMAIN') return context.draft;
        return {
          ...context.draft,
          facts: context.draft.facts.map((f) => (f.id === event.id ? { id: f.id, domain: event.domain } : f)),
        };
      },
    }),
    selectLevel: assign({
      draft: ({ context, event }) =>
        event.type === 'SELECT_LEVEL' ? { ...context.draft, level: event.level } : context.draft,
    }),
    selectResponse: assign({
      draft: ({ context, event }) =>
        event.type === 'SELECT_RESPONSE' ? { ...context.draft, response: event.response } : context.draft,
    }),
    selectConsent: assign({
      draft: ({ context, event }) =>
        event.type === 'SELECT_CONSENT' ? { ...context.draft, consent: event.consent } : context.draft,
    }),
    selectConfidence: assign({
      draft: ({ context, event }) =>
        event.type === 'SELECT_CONFIDENCE'
          ? { ...context.draft, confidence: event.confidence }
          : context.draft,
    }),
    commitAnswer: assign({
      answers: ({ context }) => {
        const answer = toAnswer(context.draft);
        return answer ? [...context.answers, answer] : context.answers;
      },
      draft: () => EMPTY_DRAFT,
    }),
    markDeclined: assign({ declined: true }),
    advanceStage: assign({ stageIndex: ({ context }) => context.stageIndex + 1 }),
    // Named placeholders: the course supplies the real effects with .provide().
    recordDecision: () => {},
    persistProgress: () => {},
    /** On every step of a stage: the course may save the unfinished stage (cheaply, without a commit). */
    saveDraft: () => {},
    reportScore: () => {},
  },
  guards: {
    hasContentNote: ({ context }) => context.hasContentNote,
    hasEvidence: ({ context }) => context.draft.facts.length > 0,
    hasLevel: ({ context }) => context.draft.level !== null,
    hasResponse: ({ context }) => context.draft.response !== null,
    hasConsent: ({ context }) => context.draft.consent !== null,
    canSubmit: ({ context }) => toAnswer(context.draft) !== null,
    isPractice: ({ context }) => context.mode === 'practice',
    hasNextStage: ({ context }) => context.stageIndex + 1 < context.stageCount,
    resumesAt: ({ context }, params: { at: VignetteContext['resumeAt'] }) =>
      context.resumeAt !== null && context.resumeAt === params.at,
  },
}).createMachine({
  id: 'vignette',
  context: ({ input }) => {
    if (!Number.isInteger(input.stageCount) || input.stageCount < 1) {
      throw new RangeError(`vignette ${input.vignetteId}: stageCount must be a positive integer`);
    }
    return {
      vignetteId: input.vignetteId,
      stageCount: input.stageCount,
      mode: input.mode,
      hasContentNote: input.hasContentNote,
      declined: false,
      ...startFrom(input),
    };
  },
  initial: 'starting',
  output: ({ context }) => ({
    vignetteId: context.vignetteId,
    declined: context.declined,
    answers: context.answers,
  }),
  states: {
    starting: {
      always: [
        ...(
          [
            'reading',
            'evidence',
            'level',
            'response',
            'consent',
            'confidence',
            'stageFeedback',
            'finalFeedback',
          ] as const
        ).map((at) => ({ guard: { type: 'resumesAt' as const, params: { at } }, target: at })),
        { guard: 'hasContentNote', target: 'contentNote' },
        { target: 'reading' },
      ],
    },
    contentNote: {
      tags: ['content-note'],
      on: { ACKNOWLEDGE_CONTENT_NOTE: 'reading', DECLINE: { target: 'declined', actions: 'markDeclined' } },
    },
    declined: { type: 'final', tags: ['complete'] },
    reading: {
      tags: ['stage'],
      on: { CONTINUE: 'evidence' },
    },
    evidence: {
      tags: ['stage', 'deciding'],
      entry: 'saveDraft',
      on: {
        TOGGLE_FACT: { actions: 'toggleFact' },
        SET_FACT_DOMAIN: { actions: 'setFactDomain' },
        CONTINUE: { guard: 'hasEvidence', target: 'level' },
        BACK: 'reading',
      },
    },
    level: {
      tags: ['stage', 'deciding'],
      entry: 'saveDraft',
      on: {
        SELECT_LEVEL: { actions: 'selectLevel' },
        CONTINUE: { guard: 'hasLevel', target: 'response' },
        BACK: 'evidence',
      },
    },
    response: {
      tags: ['stage', 'deciding'],
      entry: 'saveDraft',
      on: {
        SELECT_RESPONSE: { actions: 'selectResponse' },
        CONTINUE: { guard: 'hasResponse', target: 'consent' },
        BACK: 'level',
      },
    },
    consent: {
      tags: ['stage', 'deciding'],
      entry: 'saveDraft',
      on: {
        SELECT_CONSENT: { actions: 'selectConsent' },
        CONTINUE: { guard: 'hasConsent', target: 'confidence' },
        BACK: 'response',
      },
    },
    confidence: {
      tags: ['stage', 'deciding'],
      entry: 'saveDraft',
      on: {
        SELECT_CONFIDENCE: { actions: 'selectConfidence' },
        BACK: 'consent',
        SUBMIT: [
          {
            guard: { type: 'canSubmit' },
            target: 'submitted',
            actions: ['commitAnswer', 'recordDecision', 'persistProgress'],
          },
        ],
      },
    },
    // Transient: routes a submitted stage by mode and by whether another stage follows.
    submitted: {
      always: [
        { guard: 'isPractice', target: 'stageFeedback' },
        { guard: 'hasNextStage', target: 'reading', actions: 'advanceStage' },
        { target: 'finalFeedback' },
      ],
    },
    stageFeedback: {
      tags: ['feedback', 'stage'],
      on: {
        NEXT: [{ guard: 'hasNextStage', target: 'reading', actions: 'advanceStage' }, { target: 'summary' }],
      },
    },
    finalFeedback: {
      tags: ['feedback'],
      on: { NEXT: 'summary' },
    },
    summary: {
      type: 'final',
      tags: ['complete'],
      entry: ['persistProgress', 'reportScore'],
    },
  },
});

export type VignetteMachine = typeof vignetteMachine;
