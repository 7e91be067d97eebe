import type { Framework } from '@levelwise/frameworks';
import {
  type AreaId,
  type AttemptResult,
  type Confidence,
  combineResults,
  DEFAULT_SCORING_CONFIG,
  deriveVignetteKey,
  type FrameworkLookup,
  type LevelOrdinal,
  type ResponseKind,
  type ScoringConfig,
  type StageAnswer,
  type StageAreaKey,
  type StageResult,
  scoreStage,
  selectEvidenceOptions,
  selectVignetteFeedback,
  selectVignetteSummary,
  selectVignetteView,
  type Vignette,
  type VignetteMachine,
  type VignetteMachineInput,
  type VignetteMode,
  type VignetteProgress,
  type VignetteResume,
  type VignetteSnapshot,
  vignetteMachine,
} from '@levelwise/scenarios';
import { ConfidenceScale } from '@levelwise/ui/confidence-scale';
import { ConsentDecision } from '@levelwise/ui/consent-decision';
import { EvidencePicker, validateEvidence } from '@levelwise/ui/evidence-picker';
import { FeedbackPanel } from '@levelwise/ui/feedback-panel';
import { LevelPicker } from '@levelwise/ui/level-picker';
import { ResponsePicker, responseOptionsFromFrontDoor } from '@levelwise/ui/response-picker';
import { VignetteReader } from '@levelwise/ui/vignette-reader';
import { WindscreenContinuum, windscreenLevelsFromFramework } from '@levelwise/ui/windscreen';
import { useActorRef, useSelector } from '@xstate/react';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { LiveRegion, useAnnouncer } from '../shared/announcer.tsx';
import { useHeadingFocus } from '../shared/use-heading-focus.ts';
import {
  CONSENT_OPTIONS,
  childAgeWords,
  EVIDENCE_DOMAINS,
  evidenceEvents,
  evidenceStatements,
  feedbackAnnouncement,
  isConsentDecision,
  levelOptions,
  lowerFirst,
  pickerValue,
  progressSignature,
  readerStages,
  responseOptionsFor,
  selectSubmittedAnswers,
  sentenceIdsForFacts,
  stageFeedbackProps,
  stepHeading,
  stepIndicator,
  vignetteProgress,
} from './vignette-view-model.ts';
import '../shared/player.css';

/** One submitted stage, scored against the area's derived key: what the course records as an interaction. */
export interface VignetteDecision {
  vignetteId: string;
  mode: VignetteMode;
  area: AreaId;
  stageIndex: number;
  stageId: string;
  answer: StageAnswer;
  result: StageResult;
  key: StageAreaKey;
}

export type { VignetteResume };

export interface VignetteCompletion {
  vignetteId: string;
  mode: VignetteMode;
  /** The learner chose not to continue after the content note. */
  declined: boolean;
  answers: readonly StageAnswer[];
  results: readonly StageResult[];
  overall: AttemptResult;
  progress: VignetteProgress;
}

export interface VignettePlayerProps {
  /** The parsed vignette (`parseVignetteSource`). */
  vignette: Vignette;
  area: AreaId;
  /** Scenarios' view of the frameworks: level names, front door, consent rules, indicators. */
  lookup: FrameworkLookup;
  /** The area's framework (level definitions, front door): pass one area so an app bundles one matrix. */
  framework: Pick<Framework, 'rules'>;
  /** Practice: feedback after each stage. Assessment: feedback at the end. */
  mode: VignetteMode;
  /** A vignette machine with the course's effects provided (`vignetteMachine.provide({ actions: … })`). */
  machine?: VignetteMachine;
  /** Where the learner left this vignette (`toVignetteResume(progress, …)` from the progress record). */
  resume?: VignetteResume;
  /** How the learner chooses the level: radio options with definitions, or the interactive windscreen. */
  levelInput?: 'picker' | 'windscreen';
  scoring?: ScoringConfig;
  /**
   * Assessment only: do not show feedback at the end of the vignette (the course shows it with the results,
   * after the whole assessment).
   */
  deferFeedback?: boolean;
  /** Move focus to the first heading on mount (when the player replaces another screen). Default true. */
  focusOnMount?: boolean;
  /** Every snapshot, e.g. to save the draft for a mid-vignette resume. */
  onSnapshot?: (snapshot: VignetteSnapshot) => void;
  /** Each stage submitted, scored (one per learner decision). */
  onDecision?: (decision: VignetteDecision) => void;
  /**
   * The vignette's compact progress whenever it changes: each choice (with the unfinished stage as a draft, for a
   * mid-vignette resume), each stage submitted, and the end.
   */
  onProgress?: (progress: VignetteProgress) => void;
  /** The vignette reached its summary (or the learner declined it). Called once. */
  onComplete?: (completion: VignetteCompletion) => void;
  /** Shown under the summary, e.g. the course's "Back to the practice cases" button. */
  summaryActions?: ReactNode;
  id?: string;
}

/**
 * One learner working through one case: binds the vignette machine to the ui components. The machine decides
 * what is on screen; selectors turn its snapshot into props; this component renders them and sends events.
 * Remounts (fresh machine) when the vignette, area or mode changes.
 */
export function VignettePlayer(props: VignettePlayerProps) {
  return <VignettePlayerRun key={`${props.vignette.id}:${props.area}:${props.mode}`} {...props} />;
}

function VignettePlayerRun({
  vignette,
  area,
  lookup,
  framework,
  mode,
  machine = vignetteMachine,
  resume,
  levelInput = 'picker',
  scoring = DEFAULT_SCORING_CONFIG,
  deferFeedback = false,
  focusOnMount = true,
  onSnapshot,
  onDecision,
  onProgress,
  onComplete,
  summaryActions,
  id,
}: VignettePlayerProps) {
  const reactId = useId();
  const base = id ?? `lw-vignette-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { keys, keyProblems } = useMemo(() => {
    const { key, problems } = deriveVignetteKey(vignette, area, lookup);
    return { keys: key.stages, keyProblems: problems };
  }, [vignette, area, lookup]);
  const stages = useMemo(() => readerStages(vignette), [vignette]);
  const input: VignetteMachineInput = {
    vignetteId: vignette.id,
    stageCount: vignette.stages.length,
    mode,
    hasContentNote: vignette.contentNote !== null && vignette.contentNote.trim() !== '',
    ...(resume ? { resume } : {}),
  };
  const actor = useActorRef(machine, { input });
  const snapshot = useSelector(actor, (s) => s);
  const view = selectVignetteView(snapshot);
  const areaName = lookup.areaName(area);
  const stage = vignette.stages[view.stageIndex];
  const stageTitle = stage ? (stages[view.stageIndex]?.title ?? stage.title) : '';

  const { announce, message } = useAnnouncer();
  const screenKey = `${view.step}:${view.stageIndex}`;
  const headingRef = useHeadingFocus(screenKey, { onMount: focusOnMount });
  const [showErrors, setShowErrors] = useState(false);
  const [caseOpen, setCaseOpen] = useState(false);
  // A new screen starts without errors.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on every screen change
  useEffect(() => setShowErrors(false), [screenKey]);

  // Host callbacks through refs, so a new function each render does not resubscribe.
  const callbacks = useRef({ onSnapshot, onDecision, onProgress, onComplete });
  callbacks.current = { onSnapshot, onDecision, onProgress, onComplete };

  useEffect(() => {
    const sub = actor.subscribe((s) => callbacks.current.onSnapshot?.(s));
    return () => sub.unsubscribe();
  }, [actor]);

  // Score each newly submitted stage once; tell the host (decision, progress) and the learner (feedback).
  const answers = selectSubmittedAnswers(snapshot);
  const reported = useRef(answers.length);
  const completed = useRef(false);
  const results = useMemo(
    () =>
      answers.flatMap((answer, i) => {
        const key = keys[i];
        return key ? [scoreStage(answer, key, scoring)] : [];
      }),
    [answers, keys, scoring],
  );
  useEffect(() => {
    const { onDecision: decided, onComplete: done } = callbacks.current;
    const complete = snapshot.hasTag('complete');
    if (answers.length > reported.current) {
      for (let i = reported.current; i < answers.length; i++) {
        const answer = answers[i];
        const key = keys[i];
        const result = results[i];
        const stageId = vignette.stages[i]?.id;
        if (answer && key && result && stageId) {
          decided?.({ vignetteId: vignette.id, mode, area, stageIndex: i, stageId, answer, result, key });
        }
      }
      reported.current = answers.length;
    }
    if (complete && !completed.current) {
      completed.current = true;
      const progress = vignetteProgress(vignette.id, mode, true, answers, results, keys);
      done?.({
        vignetteId: vignette.id,
        mode,
        declined: snapshot.context.declined,
        answers,
        results,
        overall: combineResults([...results], scoring),
        progress,
      });
    }
  }, [answers, results, keys, snapshot, vignette, mode, area, scoring]);

  // The compact progress, draft included, whenever the learner's answers or place change.
  const progress = useMemo(
    () => vignetteProgress(vignette.id, mode, snapshot.hasTag('complete'), answers, results, keys, snapshot),
    [vignette.id, mode, answers, results, keys, snapshot],
  );
  const lastProgress = useRef<string | null>(null);
  useEffect(() => {
    const signature = progressSignature(progress);
    if (signature === lastProgress.current) return;
    const first = lastProgress.current === null;
    lastProgress.current = signature;
    // Nothing to save on first render unless the run was resumed (then the host already has it).
    if (!first) callbacks.current.onProgress?.(progress);
  }, [progress]);

  const feedback = selectVignetteFeedback(snapshot, keys, scoring);
  const summary = selectVignetteSummary(snapshot, keys, scoring);
  const indicator = stepIndicator(view);
  const heading = stepHeading(view, stageTitle);

  // Speak what a sighted learner sees change: feedback, a new stage, the summary.
  // biome-ignore lint/correctness/useExhaustiveDependencies: announce once per screen
  useEffect(() => {
    if (view.step === 'stageFeedback' && feedback) announce(feedbackAnnouncement(feedback.results, heading));
    else if (view.step === 'finalFeedback' && feedback && !deferFeedback)
      announce(feedbackAnnouncement(feedback.results, 'Feedback on the whole case'));
    else if (view.step === 'finalFeedback' && deferFeedback) announce('Your answers to this case are saved.');
    else if (view.step === 'reading' && view.stageIndex > 0)
      announce(`New information. Stage ${view.stageNumber} of ${view.stageCount}: ${stageTitle}.`);
    else if (view.step === 'summary' && summary && !deferFeedback) announce(summary.overall.verdict);
  }, [screenKey]);

  const send = actor.send;
  const HeadingTag = 'h2';

  if (keyProblems.length > 0 && keys.length < vignette.stages.length) {
    return (
      <section className="lw-root lw-player" role="alert">
        <h2>This case cannot be scored for {areaName}</h2>
        <p>
          {vignette.id}: {keyProblems.map((p) => p.message).join('; ')}
        </p>
      </section>
    );
  }

  const chosenFactIds = view.draft.facts.map((f) => f.id);
  const reader = (extra: { contentNote?: string; id: string; highlight?: boolean }) => (
    <VignetteReader
      id={extra.id}
      title={vignette.title}
      role={lowerFirst(vignette.role)}
      setting={vignette.setting}
      childAge={childAgeWords(vignette.child)}
      stages={stages}
      stageIndex={view.stageIndex}
      headingLevel={3}
      value={!extra.contentNote}
      {...(extra.contentNote
        ? {
            contentNote: extra.contentNote,
            onValueChange: (ok: boolean) => {
              if (ok) send({ type: 'ACKNOWLEDGE_CONTENT_NOTE' });
            },
          }
        : {})}
      {...(extra.highlight && chosenFactIds.length > 0
        ? {
            highlightedSentenceIds: sentenceIdsForFacts(vignette, stages, chosenFactIds),
            highlightLabel: 'the facts you chose',
          }
        : {})}
    />
  );

  const caseAgain = (
    <CaseAgain id={`${base}-case-again`} expanded={caseOpen} onToggle={() => setCaseOpen((open) => !open)}>
      {reader({ id: `${base}-case-again-reader`, highlight: true })}
    </CaseAgain>
  );

  let body: ReactNode = null;
  let actions: ReactNode = null;
  const back = view.canGoBack ? (
    <button
      type="button"
      className="lw-player__button lw-player__button--secondary"
      onClick={() => send({ type: 'BACK' })}
    >
      Back
    </button>
  ) : null;
  const continueButton = (label: string, onClick: () => void) => (
    <button type="button" className="lw-player__button" onClick={onClick}>
      {label}
    </button>
  );

  switch (view.step) {
    case 'contentNote':
      body = reader({ id: `${base}-case`, contentNote: vignette.contentNote ?? '' });
      actions = (
        <button
          type="button"
          className="lw-player__button lw-player__button--secondary"
          onClick={() => send({ type: 'DECLINE' })}
        >
          Leave this case
        </button>
      );
      break;
    case 'declined':
      body = <p>You chose not to read this case. You can come back to it when you are ready.</p>;
      actions = summaryActions;
      break;
    case 'reading':
      body = reader({ id: `${base}-case` });
      actions = continueButton('Continue to the evidence', () => send({ type: 'CONTINUE' }));
      break;
    case 'evidence': {
      const options = selectEvidenceOptions(snapshot, vignette);
      const statements = evidenceStatements(options, view.stageIndex);
      const value = pickerValue(view.draft);
      const issues = validateEvidence(value, statements, { domains: EVIDENCE_DOMAINS });
      body = (
        <>
          {caseAgain}
          <EvidencePicker
            id={`${base}-evidence`}
            label="Choose the facts you would use as evidence, and the side of the triangle each is on"
            hint="Choose every fact that matters for deciding the level, strengths as well as concerns. Facts from earlier stages still count."
            statements={statements}
            domains={EVIDENCE_DOMAINS}
            value={value}
            onValueChange={(next) => {
              for (const event of evidenceEvents(value, next)) send(event);
            }}
            showErrors={showErrors}
          />
        </>
      );
      actions = (
        <>
          {back}
          {continueButton('Continue to the level of need', () => {
            if (issues.length > 0 || !view.canContinue) {
              setShowErrors(true);
              // The picker shows the problems beside the statements; say the first one where the learner is.
              announce(`There is a problem: ${issues[0]?.message ?? 'choose at least one fact'}`);
            } else send({ type: 'CONTINUE' });
          })}
        </>
      );
      break;
    }
    case 'level': {
      const error =
        showErrors && view.draft.level === null ? 'Choose the level of need for this child' : undefined;
      const select = (level: LevelOrdinal) => send({ type: 'SELECT_LEVEL', level });
      body = (
        <>
          {caseAgain}
          {levelInput === 'windscreen' ? (
            <>
              <WindscreenContinuum
                id={`${base}-level`}
                label={`Choose a level on the ${areaName} continuum of need`}
                levels={windscreenLevelsFromFramework(framework.rules.levels)}
                mode="interactive"
                value={view.draft.level}
                onValueChange={select}
              />
              {error ? (
                <p className="lw-player__error" role="alert">
                  <span className="lw-visually-hidden">Error: </span>
                  {error}
                </p>
              ) : null}
            </>
          ) : (
            <LevelPicker
              id={`${base}-level`}
              legend={`Choose one level, in ${areaName}’s words`}
              hint={`Use the ${areaName} threshold guidance: the highest level with a clear match is the starting point.`}
              levels={levelOptions(framework)}
              value={view.draft.level}
              onValueChange={(level) => {
                if (level !== null) select(level);
              }}
              required
              error={error}
            />
          )}
        </>
      );
      actions = (
        <>
          {back}
          {continueButton('Continue to what you do next', () => {
            if (view.draft.level === null) setShowErrors(true);
            else send({ type: 'CONTINUE' });
          })}
        </>
      );
      break;
    }
    case 'response': {
      const door = lookup.frontDoor(area);
      body = (
        <>
          {caseAgain}
          <ResponsePicker
            id={`${base}-response`}
            legend="Choose what you would do"
            options={responseOptionsFor(responseOptionsFromFrontDoor, framework, area, areaName)}
            contactNote={
              <p>
                {door.name}
                {door.phone ? `: ${door.phone}` : ''}
              </p>
            }
            value={view.draft.response}
            onValueChange={(response) => {
              if (response) send({ type: 'SELECT_RESPONSE', response: response as ResponseKind });
            }}
            required
            error={showErrors && view.draft.response === null ? 'Choose what you would do next' : undefined}
          />
        </>
      );
      actions = (
        <>
          {back}
          {continueButton('Continue to consent', () => {
            if (view.draft.response === null) setShowErrors(true);
            else send({ type: 'CONTINUE' });
          })}
        </>
      );
      break;
    }
    case 'consent': {
      body = (
        <>
          {caseAgain}
          <ConsentDecision
            id={`${base}-consent`}
            legend="Choose what you would do about consent and telling the parents"
            options={CONSENT_OPTIONS}
            areaNote={lookup.consentRules(area).summary}
            value={{ decision: view.draft.consent, childDecision: null }}
            onValueChange={(value) => {
              if (isConsentDecision(value.decision))
                send({ type: 'SELECT_CONSENT', consent: value.decision });
            }}
            required
            error={
              showErrors && view.draft.consent === null ? 'Choose what you would do about consent' : undefined
            }
          />
        </>
      );
      actions = (
        <>
          {back}
          {continueButton('Continue to your confidence', () => {
            if (view.draft.consent === null) setShowErrors(true);
            else send({ type: 'CONTINUE' });
          })}
        </>
      );
      break;
    }
    case 'confidence': {
      const last = view.stageNumber === view.stageCount;
      const submitLabel =
        mode === 'practice'
          ? 'Submit and see feedback'
          : last
            ? 'Submit your answers'
            : 'Submit and go to the next stage';
      body = (
        <ConfidenceScale
          id={`${base}-confidence`}
          legend="How confident are you in the level you chose?"
          value={view.draft.confidence}
          onValueChange={(confidence) => {
            if (confidence !== null)
              send({ type: 'SELECT_CONFIDENCE', confidence: confidence as Confidence });
          }}
          required
          error={showErrors && view.draft.confidence === null ? 'Choose how confident you are' : undefined}
        />
      );
      actions = (
        <>
          {back}
          {continueButton(submitLabel, () => {
            if (!view.canSubmit) setShowErrors(true);
            else send({ type: 'SUBMIT' });
          })}
        </>
      );
      break;
    }
    case 'stageFeedback': {
      const i = answers.length - 1;
      const result = feedback?.results[0];
      const key = keys[i];
      const answer = answers[i];
      body =
        result && key && answer ? (
          <StageFeedback
            result={result}
            stageKey={key}
            answer={answer}
            title={`How you did on stage ${i + 1}`}
          />
        ) : null;
      const hasNext = view.stageNumber < view.stageCount;
      actions = continueButton(
        hasNext ? `Continue to stage ${view.stageNumber + 1}` : 'See the summary',
        () => send({ type: 'NEXT' }),
      );
      break;
    }
    case 'finalFeedback':
      body = deferFeedback ? (
        <p>
          Your answers to this case are saved. You will see how you did, with feedback on every stage, in your
          results at the end of the assessment.
        </p>
      ) : (
        <>
          {feedback ? <p className="lw-player__verdict">{feedback.overall.verdict}</p> : null}
          {feedback?.results.map((result, i) => {
            const key = keys[i];
            const answer = answers[i];
            const title = stages[i]?.title ?? '';
            return key && answer ? (
              <StageFeedback
                key={result.stageId}
                result={result}
                stageKey={key}
                answer={answer}
                title={`Stage ${i + 1}: ${title}`}
              />
            ) : null;
          })}
        </>
      );
      actions = continueButton(deferFeedback ? 'Continue' : 'See the summary', () => send({ type: 'NEXT' }));
      break;
    case 'summary':
      body =
        summary && !deferFeedback ? (
          <VignetteSummaryView
            overall={summary.overall}
            overconfidence={summary.calibration.overconfidence}
          />
        ) : (
          <p>You have finished this case.</p>
        );
      actions = summaryActions;
      break;
  }

  return (
    <section
      id={base}
      className="lw-root lw-player lw-vignette-player"
      aria-labelledby={`${base}-heading`}
      data-step={view.step}
      data-mode={mode}
      data-stage={view.stageNumber}
    >
      <HeadingTag id={`${base}-heading`} className="lw-player__heading" tabIndex={-1} ref={headingRef}>
        <span className="lw-player__caption">{indicator}</span> {heading}
      </HeadingTag>
      <div className="lw-player__body">{body}</div>
      {actions ? <div className="lw-player__actions">{actions}</div> : null}
      <LiveRegion id={`${base}-announcer`} message={message} />
    </section>
  );
}

/**
 * "Show the case again" while deciding: a disclosure button (aria-expanded) rather than details/summary, so the
 * case is one Tab stop that says whether it is open, and the reader appears right after it.
 */
function CaseAgain({
  id,
  expanded,
  onToggle,
  children,
}: {
  id: string;
  expanded: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <div className="lw-player__case-again" data-state={expanded ? 'open' : 'closed'}>
      <button
        type="button"
        className="lw-player__disclosure"
        aria-expanded={expanded}
        aria-controls={`${id}-panel`}
        onClick={onToggle}
      >
        {expanded ? 'Hide the case' : 'Show the case again'}
      </button>
      <div id={`${id}-panel`} hidden={!expanded}>
        {expanded ? children : null}
      </div>
    </div>
  );
}

function StageFeedback({
  result,
  stageKey,
  answer,
  title,
}: {
  result: StageResult;
  stageKey: StageAreaKey;
  answer: StageAnswer;
  title: string;
}) {
  const { rationaleParagraphs, ...panel } = stageFeedbackProps(result, stageKey, answer, title);
  return (
    <FeedbackPanel
      {...panel}
      headingLevel={3}
      focusOnMount={false}
      rationale={
        rationaleParagraphs.length > 0 ? rationaleParagraphs.map((p) => <p key={p}>{p}</p>) : undefined
      }
    />
  );
}

function VignetteSummaryView({
  overall,
  overconfidence,
}: {
  overall: AttemptResult;
  overconfidence: number;
}) {
  const pct = Math.round(overall.fraction * 100);
  const calibrationWords =
    overconfidence > 0.25
      ? 'You were more confident than your answers were right: slow down and check the matrix before you decide.'
      : overconfidence < -0.25
        ? 'You were right more often than you felt: trust your reading of the matrix a little more.'
        : 'Your confidence broadly matched how often you were right.';
  return (
    <div className="lw-player__summary" data-state={overall.passed ? 'passed' : 'not-passed'}>
      <p className="lw-player__score">
        You scored <strong>{pct}%</strong> on this case.
      </p>
      <p>{overall.verdict}</p>
      <p>{calibrationWords}</p>
    </div>
  );
}
