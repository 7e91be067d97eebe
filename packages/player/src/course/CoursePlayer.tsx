import type { Framework } from '@levelwise/frameworks';
import {
  type AreaId,
  type CourseMachine,
  type CourseSnapshot,
  courseMachine,
  DEFAULT_SCORING_CONFIG,
  deriveVignetteKey,
  emptyProgressRecord,
  type FrameworkLookup,
  MODULES,
  type ModuleId,
  type ProgressRecord,
  type ScoringConfig,
  type StageAreaKey,
  selectCourseResumeState,
  selectCourseView,
  toCourseResumeState,
  toVignetteResume,
  type Vignette,
  type VignetteProgress,
  withCourseState,
  withVignetteProgress,
} from '@levelwise/scenarios';
import { ProgressTracker } from '@levelwise/ui/progress-tracker';
import { useActorRef, useSelector } from '@xstate/react';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LearningModuleEntry } from '../modules/index.ts';
import { LiveRegion, useAnnouncer } from '../shared/announcer.tsx';
import { useHeadingFocus } from '../shared/use-heading-focus.ts';
import type { VignetteCompletion, VignetteDecision } from '../vignette/VignettePlayer.tsx';
import { useCourseScreens } from './course-screens.ts';
import {
  assessmentCaseResults,
  assessmentOverall,
  courseMinutes,
  courseProgressSteps,
  durationWords,
  entryFor,
  isInProgress,
  nextAssessmentVignette,
  practiceStatus,
  retakeWords,
  withoutMode,
} from './course-view-model.ts';
import { MODULE_OUTLINE } from './module-outline.ts';
import '../shared/player.css';
import './course.css';

export type TextSize = 'standard' | 'large' | 'largest';

/** The learner's display choices from the welcome screen. */
export interface CoursePreferences {
  textSize: TextSize;
  highContrast: boolean;
  reduceMotion: boolean;
}

export const DEFAULT_PREFERENCES: CoursePreferences = {
  textSize: 'standard',
  highContrast: false,
  reduceMotion: false,
};

/** A stage decision, with the assessment attempt it belongs to (1 for practice and the first attempt). */
export interface CourseDecision extends VignetteDecision {
  attempt: number;
}

export interface CourseAssessmentResult {
  attempt: number;
  /** 0–1 over every stage of every assessment case. */
  fraction: number;
  points: number;
  maxPoints: number;
  passed: boolean;
  /** Why it passed or failed, in words. */
  verdict: string;
}

export interface CoursePlayerProps {
  area: AreaId;
  /** The area's framework (one area, so the app bundles one matrix). */
  framework: Framework;
  lookup: FrameworkLookup;
  /** The cases, read at build time: practice (feedback after each stage) and assessment (feedback with the results). */
  vignettes: { practice: readonly Vignette[]; assessment: readonly Vignette[] };
  /** For the certificate. */
  learnerName?: string;
  /** A course machine with the app's effects provided (`courseMachine.provide({ actions: … })`). */
  machine?: CourseMachine;
  /** The decoded progress record to resume from (`decodeProgress(...).record`). */
  resume?: ProgressRecord;
  /** Practice cases needed before the assessment opens (default: all). */
  requiredPractice?: number;
  /** Assessment attempts allowed (default 3). */
  maxAttempts?: number;
  scoring?: ScoringConfig;
  /** How progress is kept, said plainly on the welcome screen (in the LMS, or in this browser). */
  storageNote: ReactNode;
  /** A status to announce politely and show, e.g. "Progress saved." or a save problem, from the app. */
  statusMessage?: string;
  /** Level input in the cases. */
  levelInput?: 'picker' | 'windscreen';
  /** Display choices to start with (e.g. remembered by the app), and when they change. */
  defaultPreferences?: CoursePreferences;
  onPreferencesChange?: (preferences: CoursePreferences) => void;
  /** The updated compact progress record whenever something worth saving happens; `bookmark` names the place. */
  onProgressRecord?: (record: ProgressRecord, bookmark: string) => void;
  /** Each learner decision (a submitted stage), scored: one interaction each. */
  onDecision?: (decision: CourseDecision) => void;
  /** A case finished (not declined). */
  onVignetteComplete?: (completion: VignetteCompletion & { title: string; attempt: number }) => void;
  /** The assessment was submitted (its last case finished). */
  onAssessmentSubmitted?: (result: CourseAssessmentResult) => void;
  /** The course ended: passed, or every attempt used. Called once, not on resuming a finished course. */
  onCourseComplete?: (result: { passed: boolean }) => void;
  /** The progress tracker's heading (default "Your progress"). */
  progressTitle?: string;
  /**
   * The four learning modules (default: @levelwise/player's own, `learningModules`, loaded after the first
   * screen with the other course screens).
   */
  modules?: Readonly<Record<ModuleId, LearningModuleEntry>>;
  /** Date on the certificate (default: today). */
  certificateDate?: Date;
  id?: string;
}

/**
 * The learner's course: welcome, the four learning modules, practice cases, the assessment and the results
 * with a printable certificate. Binds scenarios' course machine (and a VignettePlayer per case) to the ui, keeps
 * the compact progress record, and resumes exactly where the learner left, mid-case included.
 */
export function CoursePlayer({
  area,
  framework,
  lookup,
  vignettes,
  learnerName,
  machine = courseMachine,
  resume,
  requiredPractice,
  maxAttempts,
  scoring = DEFAULT_SCORING_CONFIG,
  storageNote,
  statusMessage,
  levelInput,
  defaultPreferences = DEFAULT_PREFERENCES,
  onPreferencesChange,
  onProgressRecord,
  onDecision,
  onVignetteComplete,
  onAssessmentSubmitted,
  onCourseComplete,
  certificateDate,
  modules,
  progressTitle = 'Your progress',
  id,
}: CoursePlayerProps) {
  const reactId = useId();
  const base = id ?? `lw-course-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const areaName = lookup.areaName(area);
  const practiceIds = useMemo(() => vignettes.practice.map((v) => v.id), [vignettes.practice]);
  const required = requiredPractice ?? practiceIds.length;

  // The progress record: the source of truth for answers; the course machine keeps the course's place.
  const initialRecord = useMemo(
    () => (resume && (resume.area === null || resume.area === area) ? resume : emptyProgressRecord(area)),
    [resume, area],
  );
  const [record, setRecordState] = useState<ProgressRecord>(initialRecord);
  const recordRef = useRef(record);
  const callbacks = useRef({
    onProgressRecord,
    onDecision,
    onVignetteComplete,
    onAssessmentSubmitted,
    onCourseComplete,
  });
  callbacks.current = {
    onProgressRecord,
    onDecision,
    onVignetteComplete,
    onAssessmentSubmitted,
    onCourseComplete,
  };
  const setRecord = useCallback((next: ProgressRecord, bookmark: string) => {
    recordRef.current = next;
    setRecordState(next);
    callbacks.current.onProgressRecord?.(next, bookmark);
  }, []);

  const actor = useActorRef(machine, {
    input: {
      practiceVignetteIds: practiceIds,
      requiredPractice: required,
      ...(maxAttempts !== undefined ? { maxAttempts } : {}),
      resume: toCourseResumeState(initialRecord),
    },
  });
  const snapshot = useSelector(actor, (s) => s);
  const view = selectCourseView(snapshot);
  const attempt = view.step === 'assessment' ? view.attempts + 1 : Math.max(1, view.attempts);

  // Keep the course's place in the record whenever the machine moves.
  const courseState = JSON.stringify(selectCourseResumeState(snapshot));
  const lastCourseState = useRef(courseState);
  useEffect(() => {
    if (courseState === lastCourseState.current) return;
    lastCourseState.current = courseState;
    setRecord(
      withCourseState(recordRef.current, selectCourseResumeState(actor.getSnapshot())),
      placeOf(actor.getSnapshot()),
    );
  }, [courseState, actor, setRecord]);

  // The end of the course, once (a course resumed already finished does not end again).
  const wasComplete = useRef(view.complete);
  useEffect(() => {
    if (view.complete && !wasComplete.current) callbacks.current.onCourseComplete?.({ passed: view.passed });
    wasComplete.current = view.complete;
  }, [view.complete, view.passed]);

  // Keys per vignette, derived once.
  const keyCache = useRef(new Map<string, readonly StageAreaKey[]>());
  const keysFor = useCallback(
    (vignette: Vignette) => {
      let keys = keyCache.current.get(vignette.id);
      if (!keys) {
        keys = deriveVignetteKey(vignette, area, lookup).key.stages;
        keyCache.current.set(vignette.id, keys);
      }
      return keys;
    },
    [area, lookup],
  );

  // A mid-assessment resume (or a retake in progress) goes straight back into the assessment.
  const resumedIntoAssessment = useRef(false);
  useEffect(() => {
    if (resumedIntoAssessment.current) return;
    resumedIntoAssessment.current = true;
    const assessed = vignettes.assessment.map((v) => entryFor(initialRecord, v.id, 'assessment'));
    const started = assessed.some((e) => e && (e.complete || isInProgress(e)));
    const finished = assessed.every((e) => e?.complete);
    if (!started) return;
    const s = actor.getSnapshot();
    if (s.can({ type: 'START_ASSESSMENT' }) && initialRecord.attempts === 0)
      actor.send({ type: 'START_ASSESSMENT' });
    else if (s.can({ type: 'RETAKE' }) && !finished) actor.send({ type: 'RETAKE' });
  }, [actor, initialRecord, vignettes.assessment]);

  // Practice: which case is open (a case left mid-way opens again on resume).
  const [openPractice, setOpenPractice] = useState<string | null>(() =>
    view.step === 'practice'
      ? (vignettes.practice.find((v) => isInProgress(entryFor(initialRecord, v.id, 'practice')))?.id ?? null)
      : null,
  );
  const [practiceRun, setPracticeRun] = useState(0);

  const [preferences, setPreferences] = useState(defaultPreferences);
  const updatePreferences = (next: Partial<CoursePreferences>) => {
    const merged = { ...preferences, ...next };
    setPreferences(merged);
    onPreferencesChange?.(merged);
  };

  // Modules, cases and results arrive in a chunk of their own, loading while the welcome screen is read.
  const screens = useCourseScreens();
  const outline = modules ?? MODULE_OUTLINE;
  const loading = (
    <p className="lw-course__loading" role="status">
      Loading…
    </p>
  );

  const { announce, message } = useAnnouncer();
  useEffect(() => {
    if (statusMessage) announce(statusMessage);
  }, [statusMessage, announce]);

  const practiceVignette = openPractice ? vignettes.practice.find((v) => v.id === openPractice) : undefined;
  const assessmentVignette =
    view.step === 'assessment' ? nextAssessmentVignette(record, vignettes.assessment) : null;
  const inCase =
    (view.step === 'practice' && !!practiceVignette) || (view.step === 'assessment' && !!assessmentVignette);
  const screenKey = `${view.step}:${view.module ?? ''}:${openPractice ?? ''}:${view.attempts}`;
  const headingRef = useHeadingFocus(screenKey, { when: !inCase });

  const progress = (p: VignetteProgress) => {
    // A practice case already done and being tried again stays done in the record (the course's progress is
    // never lost by a retry left half-way); only a first run is resumed mid-case.
    const retry =
      p.mode === 'practice' &&
      !p.complete &&
      selectCourseView(actor.getSnapshot()).practiceDone.includes(p.vignetteId);
    const entry: VignetteProgress = retry
      ? { vignetteId: p.vignetteId, mode: p.mode, complete: true, stages: p.stages }
      : p;
    setRecord(withVignetteProgress(recordRef.current, entry), `${p.mode}:${p.vignetteId}`);
  };

  const decision = (d: VignetteDecision) =>
    callbacks.current.onDecision?.({ ...d, attempt: d.mode === 'assessment' ? attempt : 1 });

  const resumeFor = (vignette: Vignette, mode: 'practice' | 'assessment') => {
    const entry = entryFor(recordRef.current, vignette.id, mode);
    if (!isInProgress(entry) || !entry) return undefined;
    const keys = keysFor(vignette);
    return toVignetteResume(entry, (i) => keys[i]?.activeFactIds ?? []);
  };

  const submitAssessment = () => {
    const cases = assessmentCaseResults(recordRef.current, vignettes.assessment, keysFor, scoring);
    const overall = assessmentOverall(cases, scoring);
    callbacks.current.onAssessmentSubmitted?.({
      attempt,
      fraction: overall.fraction,
      points: overall.points,
      maxPoints: overall.maxPoints,
      passed: overall.passed,
      verdict: overall.verdict,
    });
    actor.send({ type: 'ASSESSMENT_SUBMITTED', score: overall.fraction, passed: overall.passed });
  };

  let title = '';
  let body: ReactNode = null;
  switch (view.step) {
    case 'welcome': {
      const minutes = courseMinutes(outline, vignettes.practice.length, vignettes.assessment.length);
      title = `Deciding a child’s level of need in ${areaName}`;
      body = (
        <Welcome
          base={base}
          areaName={areaName}
          duration={durationWords(minutes)}
          practiceCount={vignettes.practice.length}
          assessmentCount={vignettes.assessment.length}
          storageNote={storageNote}
          preferences={preferences}
          onPreferences={updatePreferences}
          onStart={() => actor.send({ type: 'START' })}
        />
      );
      break;
    }
    case 'module': {
      const moduleId = view.module ?? MODULES[0];
      const index = MODULES.indexOf(moduleId);
      title = `Module ${index + 1} of ${MODULES.length}: ${outline[moduleId].title}`;
      body = (
        <>
          {screens ? (
            <screens.ModuleScreen
              moduleId={moduleId}
              modules={modules}
              framework={framework}
              lookup={lookup}
              headingLevel={2}
              onComplete={() => actor.send({ type: 'COMPLETE_MODULE' })}
            />
          ) : (
            loading
          )}
          {snapshot.can({ type: 'PREVIOUS_MODULE' }) ? (
            <div className="lw-player__actions" data-print="hide">
              <button
                type="button"
                className="lw-player__button lw-player__button--secondary"
                onClick={() => actor.send({ type: 'PREVIOUS_MODULE' })}
              >
                Back to module {index}
              </button>
            </div>
          ) : null}
        </>
      );
      break;
    }
    case 'practice': {
      if (practiceVignette) {
        const n = vignettes.practice.indexOf(practiceVignette) + 1;
        title = `Practice case ${n} of ${vignettes.practice.length}`;
        body = !screens ? (
          loading
        ) : (
          <screens.VignettePlayer
            key={`${practiceVignette.id}:${practiceRun}`}
            id={`${base}-case`}
            vignette={practiceVignette}
            area={area}
            lookup={lookup}
            framework={framework}
            mode="practice"
            scoring={scoring}
            {...(levelInput ? { levelInput } : {})}
            {...(() => {
              const r = resumeFor(practiceVignette, 'practice');
              return r ? { resume: r } : {};
            })()}
            onDecision={decision}
            onProgress={progress}
            onComplete={(c) => {
              progress(c.progress);
              if (c.declined) return;
              callbacks.current.onVignetteComplete?.({ ...c, title: practiceVignette.title, attempt: 1 });
              actor.send({ type: 'VIGNETTE_COMPLETED', vignetteId: c.vignetteId });
            }}
            summaryActions={
              <button type="button" className="lw-player__button" onClick={() => setOpenPractice(null)}>
                Back to the practice cases
              </button>
            }
          />
        );
      } else {
        title = 'Practice cases';
        body = (
          <PracticeList
            base={base}
            vignettes={vignettes.practice}
            record={record}
            done={view.practiceDone}
            required={required}
            canStartAssessment={view.canStartAssessment}
            assessmentCount={vignettes.assessment.length}
            passMark={scoring.passMark}
            onOpen={(vignetteId) => {
              // A finished case opens afresh; one left mid-way opens where it was left.
              const entry = entryFor(recordRef.current, vignetteId, 'practice');
              if (entry?.complete)
                setRecord(
                  { ...recordRef.current, vignettes: recordRef.current.vignettes.filter((v) => v !== entry) },
                  `practice:${vignetteId}`,
                );
              setPracticeRun((n) => n + 1);
              setOpenPractice(vignetteId);
            }}
            onStartAssessment={() => {
              setRecord(withoutMode(recordRef.current, 'assessment'), 'assessment');
              actor.send({ type: 'START_ASSESSMENT' });
            }}
          />
        );
      }
      break;
    }
    case 'assessment': {
      if (assessmentVignette) {
        const n = vignettes.assessment.indexOf(assessmentVignette) + 1;
        title = `Assessment case ${n} of ${vignettes.assessment.length}`;
        const last = n === vignettes.assessment.length;
        body = !screens ? (
          loading
        ) : (
          <screens.VignettePlayer
            key={`${assessmentVignette.id}:attempt-${attempt}`}
            id={`${base}-case`}
            vignette={assessmentVignette}
            area={area}
            lookup={lookup}
            framework={framework}
            mode="assessment"
            deferFeedback
            scoring={scoring}
            {...(levelInput ? { levelInput } : {})}
            {...(() => {
              const r = resumeFor(assessmentVignette, 'assessment');
              return r ? { resume: r } : {};
            })()}
            onDecision={decision}
            onProgress={progress}
            onComplete={(c) => {
              progress(c.progress);
              if (!c.declined)
                callbacks.current.onVignetteComplete?.({ ...c, title: assessmentVignette.title, attempt });
              if (last) submitAssessment();
            }}
          />
        );
      } else {
        // Every case answered but not yet submitted (left just before the end): submit now.
        title = 'Assessment';
        body = (
          <div className="lw-player__actions">
            <button type="button" className="lw-player__button" onClick={submitAssessment}>
              See your results
            </button>
          </div>
        );
      }
      break;
    }
    case 'results': {
      const cases = assessmentCaseResults(record, vignettes.assessment, keysFor, scoring);
      title = view.complete && view.passed ? 'You have passed' : 'Your results';
      body = !screens ? (
        loading
      ) : (
        <screens.Results
          base={base}
          areaName={areaName}
          cases={cases}
          passMark={scoring.passMark}
          passed={view.passed}
          complete={view.complete}
          canRetake={view.canRetake}
          retakeText={retakeWords(view, scoring.passMark)}
          learnerName={learnerName}
          certificateDate={certificateDate ?? new Date()}
          bestScore={view.bestScore}
          scoring={scoring}
          onRetake={() => {
            setRecord(withoutMode(recordRef.current, 'assessment'), 'assessment');
            actor.send({ type: 'RETAKE' });
          }}
          onRevisitPractice={() => actor.send({ type: 'REVISIT_PRACTICE' })}
        />
      );
      break;
    }
  }

  const steps = courseProgressSteps(view, outline, vignettes.practice.length, required);
  return (
    <div
      id={base}
      className="lw-root lw-course"
      // Only the learner's high-contrast choice is set here; otherwise the host's theme (an ancestor's) applies.
      data-lw-theme={preferences.highContrast ? 'high-contrast' : undefined}
      data-lw-text-size={preferences.textSize}
      data-lw-motion={preferences.reduceMotion ? 'reduce' : 'user'}
      data-step={view.step}
    >
      <div className="lw-course__layout">
        <div className="lw-course__screen">
          <h1 id={`${base}-title`} className="lw-course__title" tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          {statusMessage ? (
            <p className="lw-course__status" data-print="hide">
              {statusMessage}
            </p>
          ) : null}
          {body}
        </div>
        <div className="lw-course__progress" data-print="hide">
          <ProgressTracker id={`${base}-progress`} title={progressTitle} steps={steps} headingLevel={2} />
        </div>
      </div>
      <LiveRegion id={`${base}-announcer`} message={message} />
    </div>
  );
}

/** The bookmark for a course snapshot: where the learner is, in words a support person can read. */
function placeOf(snapshot: CourseSnapshot): string {
  const view = selectCourseView(snapshot);
  return view.module ? `module:${view.module}` : view.step;
}

function Welcome({
  base,
  areaName,
  duration,
  practiceCount,
  assessmentCount,
  storageNote,
  preferences,
  onPreferences,
  onStart,
}: {
  base: string;
  areaName: string;
  duration: string;
  practiceCount: number;
  assessmentCount: number;
  storageNote: ReactNode;
  preferences: CoursePreferences;
  onPreferences: (next: Partial<CoursePreferences>) => void;
  onStart: () => void;
}) {
  const sizes: { value: TextSize; label: string }[] = [
    { value: 'standard', label: 'Standard' },
    { value: 'large', label: 'Large' },
    { value: 'largest', label: 'Largest' },
  ];
  return (
    <div className="lw-course__welcome">
      <p className="lw-course__lede">
        This course is about using {areaName}’s threshold guidance to decide what help a child needs, and whom
        to contact.
      </p>
      <h2>How long it takes</h2>
      <p>
        {duration}. You do not have to finish in one go. There are four short modules, {practiceCount}{' '}
        practice case
        {practiceCount === 1 ? '' : 's'} with feedback after every stage, and an assessment of{' '}
        {assessmentCount} case
        {assessmentCount === 1 ? '' : 's'}, with feedback at the end.
      </p>
      <h2>How your progress is saved</h2>
      <div>{storageNote}</div>
      <h2>Make the course easier to use</h2>
      <p>These choices apply straight away and you can change them at any time on this page.</p>
      <fieldset className="lw-course__option">
        <legend>Text size</legend>
        {sizes.map((s) => (
          <label key={s.value} className="lw-course__choice">
            <input
              type="radio"
              name={`${base}-text-size`}
              value={s.value}
              checked={preferences.textSize === s.value}
              onChange={() => onPreferences({ textSize: s.value })}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <div className="lw-course__option">
        <label className="lw-course__choice">
          <input
            type="checkbox"
            checked={preferences.highContrast}
            onChange={(e) => onPreferences({ highContrast: e.currentTarget.checked })}
            aria-describedby={`${base}-contrast-hint`}
          />
          High-contrast colours
        </label>
        <p id={`${base}-contrast-hint`} className="lw-course__hint">
          Black and white, with thicker borders. Windows high-contrast mode also works.
        </p>
      </div>
      <div className="lw-course__option">
        <label className="lw-course__choice">
          <input
            type="checkbox"
            checked={preferences.reduceMotion}
            onChange={(e) => onPreferences({ reduceMotion: e.currentTarget.checked })}
            aria-describedby={`${base}-motion-hint`}
          />
          Stop animations
        </label>
        <p id={`${base}-motion-hint`} className="lw-course__hint">
          Turns off the course’s transitions. If your device is set to reduce motion, the course already
          follows it.
        </p>
      </div>
      <p>You can use the whole course with a keyboard alone or a screen reader, and zoom to 200% or more.</p>
      <div className="lw-player__actions">
        <button type="button" className="lw-player__button" onClick={onStart}>
          Start the course
        </button>
      </div>
    </div>
  );
}

const STATUS_WORDS = { done: 'Done', 'in-progress': 'Started', 'not-started': 'Not started' } as const;

function PracticeList({
  base,
  vignettes,
  record,
  done,
  required,
  canStartAssessment,
  assessmentCount,
  passMark,
  onOpen,
  onStartAssessment,
}: {
  base: string;
  vignettes: readonly Vignette[];
  record: ProgressRecord;
  done: readonly string[];
  required: number;
  canStartAssessment: boolean;
  assessmentCount: number;
  passMark: number;
  onOpen: (id: string) => void;
  onStartAssessment: () => void;
}) {
  const remaining = Math.max(0, required - done.length);
  return (
    <div className="lw-course__practice">
      <p>
        Work through each case as if it were yours. After each stage you get feedback: the level the matrix
        points to, the indicators behind it and what to do next. Practice does not count towards your result.
      </p>
      <ol className="lw-course__cases">
        {vignettes.map((v) => {
          const status = practiceStatus(record, v.id, done);
          const action = status === 'done' ? 'Try again' : status === 'in-progress' ? 'Continue' : 'Start';
          return (
            <li key={v.id} className="lw-course__case" data-state={status}>
              <h2 className="lw-course__case-title" id={`${base}-case-${v.id}`}>
                {v.title}
              </h2>
              <p className="lw-course__case-meta">
                You are the {v.role.toLocaleLowerCase('en-GB')}. {v.stages.length} stage
                {v.stages.length === 1 ? '' : 's'}.{' '}
                <strong className="lw-course__tag" data-state={status}>
                  {STATUS_WORDS[status]}
                </strong>
              </p>
              <button
                type="button"
                className={`lw-player__button${status === 'done' ? ' lw-player__button--secondary' : ''}`}
                aria-describedby={`${base}-case-${v.id}`}
                onClick={() => onOpen(v.id)}
              >
                {action}
                <span className="lw-visually-hidden"> case: {v.title}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <h2>The assessment</h2>
      {canStartAssessment ? (
        <p>
          {assessmentCount} case{assessmentCount === 1 ? '' : 's'}, answered without feedback until the end.
          You need {Math.round(passMark * 100)}% of the marks and no under-call of significant harm to pass.
        </p>
      ) : (
        <p>
          Do {remaining} more practice case{remaining === 1 ? '' : 's'} to open the assessment.
        </p>
      )}
      {canStartAssessment ? (
        <div className="lw-player__actions">
          <button type="button" className="lw-player__button" onClick={onStartAssessment}>
            Start the assessment
          </button>
        </div>
      ) : null}
    </div>
  );
}
