import {
  type AttemptResult,
  type CourseViewProps,
  combineResults,
  DEFAULT_SCORING_CONFIG,
  type LevelOrdinal,
  MODULES,
  type ModuleId,
  type ProgressRecord,
  type ScoringConfig,
  type StageAnswer,
  type StageAreaKey,
  type StageResult,
  scoreStage,
  type TriangleDomain,
  toStageAnswer,
  type Vignette,
  type VignetteProgress,
} from '@levelwise/scenarios';
import type { ProgressStep } from '@levelwise/ui/progress-tracker';
import type { ScoreDomain, ScoreVignette } from '@levelwise/ui/score-summary';
import { EVIDENCE_DOMAINS, MARKS_PER_STAGE } from '../vignette/vignette-view-model.ts';

/**
 * Pure functions behind the CoursePlayer: the progress tracker's steps, the course's place in the compact
 * progress record, and the results (score by case and by side of the triangle, confidence calibration), all
 * from the course machine's selectors and the record. Unit-tested in node.
 */

export interface ModuleSummary {
  title: string;
  minutes: number;
}

/** Minutes the course takes, for the welcome screen: the modules, about 8 minutes a practice case, 10 an assessed one. */
export function courseMinutes(
  modules: Readonly<Record<ModuleId, ModuleSummary>>,
  practiceCount: number,
  assessmentCount: number,
): number {
  const moduleMinutes = MODULES.reduce((sum, id) => sum + modules[id].minutes, 0);
  return moduleMinutes + practiceCount * 8 + assessmentCount * 10;
}

/** "About 1 hour 20 minutes", "About 45 minutes". */
export function durationWords(minutes: number): string {
  const rounded = Math.max(5, Math.round(minutes / 5) * 5);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const h = hours === 0 ? '' : `${hours} hour${hours === 1 ? '' : 's'}`;
  const m = rest === 0 ? '' : `${rest} minutes`;
  return `About ${[h, m].filter(Boolean).join(' ')}`;
}

/** The course's steps for the ProgressTracker, each with its status in the course machine's terms. */
export function courseProgressSteps(
  view: CourseViewProps,
  modules: Readonly<Record<ModuleId, ModuleSummary>>,
  practiceCount: number,
  requiredPractice: number,
): ProgressStep[] {
  const allModules = view.modulesDone.length === MODULES.length;
  const finished = view.complete;
  const steps: ProgressStep[] = [
    { id: 'welcome', title: 'Welcome', status: view.step === 'welcome' ? 'current' : 'done' },
    ...MODULES.map((id, i): ProgressStep => {
      const status = view.modulesDone.includes(id) ? 'done' : view.module === id ? 'current' : 'upcoming';
      return {
        id: `module-${id}`,
        title: `Module ${i + 1}: ${modules[id].title}`,
        status: view.module === id ? 'current' : status,
        description: `About ${modules[id].minutes} minutes`,
      };
    }),
    {
      id: 'practice',
      title: 'Practice cases',
      status:
        view.step === 'practice'
          ? 'current'
          : !allModules
            ? 'locked'
            : view.practiceDone.length >= requiredPractice && view.step !== 'welcome'
              ? 'done'
              : 'upcoming',
      description:
        practiceCount === 0
          ? 'No practice cases'
          : `${view.practiceDone.length} of ${practiceCount} done${allModules ? '' : ': after the four modules'}`,
    },
    {
      id: 'assessment',
      title: 'Assessment',
      status:
        view.step === 'assessment'
          ? 'current'
          : view.attempts > 0
            ? 'done'
            : view.canStartAssessment
              ? 'upcoming'
              : 'locked',
      description:
        view.attempts > 0
          ? `${view.attempts} attempt${view.attempts === 1 ? '' : 's'} so far`
          : `Opens when you have done ${requiredPractice === practiceCount ? 'the' : `${requiredPractice}`} practice cases`,
    },
    {
      id: 'results',
      title: 'Results and certificate',
      status: finished ? 'done' : view.step === 'results' ? 'current' : 'locked',
    },
  ];
  return steps;
}

/** The record without a given mode's entries (a retake starts the assessment afresh). */
export function withoutMode(record: ProgressRecord, mode: VignetteProgress['mode']): ProgressRecord {
  return { ...record, vignettes: record.vignettes.filter((v) => v.mode !== mode) };
}

export function entryFor(
  record: ProgressRecord,
  vignetteId: string,
  mode: VignetteProgress['mode'],
): VignetteProgress | undefined {
  return record.vignettes.find((v) => v.vignetteId === vignetteId && v.mode === mode);
}

/** Started but not finished: some stage answered, or a draft. */
export function isInProgress(entry: VignetteProgress | undefined): boolean {
  return !!entry && !entry.complete && (entry.stages.length > 0 || entry.draft !== undefined);
}

/** The assessment case to show now: the first not complete in this attempt, or null when all are done. */
export function nextAssessmentVignette(
  record: ProgressRecord,
  assessment: readonly Vignette[],
): Vignette | null {
  return assessment.find((v) => !entryFor(record, v.id, 'assessment')?.complete) ?? null;
}

export type PracticeStatus = 'done' | 'in-progress' | 'not-started';

export function practiceStatus(
  record: ProgressRecord,
  vignetteId: string,
  done: readonly string[],
): PracticeStatus {
  if (done.includes(vignetteId)) return 'done';
  return isInProgress(entryFor(record, vignetteId, 'practice')) ? 'in-progress' : 'not-started';
}

/** One assessed case, re-scored from the record (answers with their sides of the triangle). */
export interface CaseResult {
  vignette: Vignette;
  keys: readonly StageAreaKey[];
  answers: StageAnswer[];
  results: StageResult[];
  overall: AttemptResult;
}

/** Every assessment case in the record, scored against the area's keys, in course order. */
export function assessmentCaseResults(
  record: ProgressRecord,
  assessment: readonly Vignette[],
  keysFor: (vignette: Vignette) => readonly StageAreaKey[],
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): CaseResult[] {
  return assessment.flatMap((vignette) => {
    const entry = entryFor(record, vignette.id, 'assessment');
    if (!entry || entry.stages.length === 0) return [];
    const keys = keysFor(vignette);
    const answers: StageAnswer[] = [];
    const results: StageResult[] = [];
    entry.stages.forEach((stage, i) => {
      const key = keys[i];
      if (!key) return;
      const answer = toStageAnswer(stage, key.activeFactIds);
      answers.push(answer);
      results.push(scoreStage(answer, key, config));
    });
    return [{ vignette, keys, answers, results, overall: combineResults(results, config) }];
  });
}

/** The whole assessment: every stage of every case against the pass mark (an unsafe under-call fails it). */
export function assessmentOverall(
  cases: readonly CaseResult[],
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
) {
  return combineResults(
    cases.flatMap((c) => c.results),
    config,
  );
}

const levelRef = (key: StageAreaKey, level: LevelOrdinal) => ({
  ordinal: level,
  name: key.levelNames[level],
});

/** The ScoreSummary's rows: one per case, the last stage's level against its key, marks out of 10 a stage. */
export function scoreRows(cases: readonly CaseResult[]): ScoreVignette[] {
  return cases.map((c) => {
    const lastKey = c.keys[c.answers.length - 1];
    const lastAnswer = c.answers.at(-1);
    const points = c.results.reduce((s, r) => s + r.fraction, 0) * MARKS_PER_STAGE;
    const unsafe = c.results.some((r) => r.unsafe.some((u) => u.kind === 'level-under-call'));
    return {
      id: c.vignette.id,
      title: c.vignette.title,
      chosenLevel: lastKey && lastAnswer ? levelRef(lastKey, lastAnswer.level) : null,
      expectedLevels: lastKey ? [...new Set(lastKey.band)].map((l) => levelRef(lastKey, l)) : [],
      points,
      maxPoints: c.results.length * MARKS_PER_STAGE,
      ...(unsafe ? { unsafe: true } : {}),
    };
  });
}

/**
 * Score by side of the triangle: each fact that matters is one mark on its side; choosing it on the right side
 * earns the mark, choosing it without the right side earns half. Sides with nothing to find are left out.
 */
export function domainRows(cases: readonly CaseResult[]): ScoreDomain[] {
  const totals = new Map<TriangleDomain, { points: number; maxPoints: number }>();
  for (const c of cases) {
    const facts = new Map(c.vignette.stages.flatMap((s) => s.facts).map((f) => [f.id, f]));
    c.answers.forEach((answer, i) => {
      const key = c.keys[i];
      if (!key) return;
      const chosen = new Map(answer.facts.map((f) => [f.id, f.domain]));
      for (const id of key.relevantFactIds) {
        const fact = facts.get(id);
        if (!fact) continue;
        const row = totals.get(fact.domain) ?? { points: 0, maxPoints: 0 };
        row.maxPoints += 1;
        if (chosen.has(id)) row.points += chosen.get(id) === fact.domain ? 1 : 0.5;
        totals.set(fact.domain, row);
      }
    });
  }
  return EVIDENCE_DOMAINS.flatMap((d) => {
    const row = totals.get(d.id);
    return row ? [{ id: d.id, label: d.label, ...row }] : [];
  });
}

/** Every assessed decision's confidence and whether its level was right, for the calibration table. */
export function confidenceRows(cases: readonly CaseResult[]) {
  return cases.flatMap((c) => c.results.map((r) => ({ confidence: r.confidence, correct: r.levelCorrect })));
}

/** The retake rule in words. */
export function retakeWords(
  view: Pick<CourseViewProps, 'attemptsLeft' | 'passed' | 'complete'>,
  passMark: number,
) {
  const mark = Math.round(passMark * 100);
  if (view.passed) return `You passed. The pass mark is ${mark}%, with no under-call of significant harm.`;
  if (view.attemptsLeft === 0)
    return 'You have used every attempt at the assessment. Talk to your trainer or safeguarding lead about what to do next.';
  return `To pass you need ${mark}% of the marks and no under-call of significant harm. You can take the assessment again: ${view.attemptsLeft} attempt${view.attemptsLeft === 1 ? '' : 's'} left. The cases are the same; look again at the feedback and the matrix first.`;
}
