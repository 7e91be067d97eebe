import {
  courseMachine,
  emptyProgressRecord,
  type ProgressRecord,
  scoreStage,
  selectCourseView,
  toStageProgress,
  type Vignette,
  withVignetteProgress,
} from '@levelwise/scenarios';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  assessmentCaseResults,
  assessmentOverall,
  confidenceRows,
  courseMinutes,
  courseProgressSteps,
  domainRows,
  durationWords,
  nextAssessmentVignette,
  practiceStatus,
  retakeWords,
  scoreRows,
  withoutMode,
} from '../src/course/course-view-model.ts';
import { correctAnswer, keys, vignette } from './fixtures.ts';

const modules = {
  continuum: { title: 'The continuum of need', minutes: 6 },
  triangle: { title: 'The assessment triangle', minutes: 6 },
  significantHarmAndConsent: { title: 'Significant harm and consent', minutes: 8 },
  escalation: { title: 'When you disagree', minutes: 5 },
};

const oskar = vignette('oskar-health-visitor');
const ruby = vignette('ruby-young-carer');
const area = 'telford-wrekin' as const;
const keysFor = (v: Vignette) => keys(v, area);

function assessed(
  levels: Partial<Record<number, 1 | 2 | 3 | 4>> = {},
  base: ProgressRecord = emptyProgressRecord(area),
) {
  const k = keysFor(oskar);
  const answers = k.map((key, i) => correctAnswer(oskar, key, levels[i] ?? key.level));
  return withVignetteProgress(base, {
    vignetteId: oskar.id,
    mode: 'assessment',
    complete: true,
    stages: answers.map((a, i) => toStageProgress(a, scoreStage(a, k[i]!), k[i]!.activeFactIds)),
  });
}

describe('welcome', () => {
  it('says how long the course takes', () => {
    expect(courseMinutes(modules, 2, 1)).toBe(25 + 16 + 10);
    expect(durationWords(51)).toBe('About 50 minutes');
    expect(durationWords(80)).toBe('About 1 hour 20 minutes');
    expect(durationWords(120)).toBe('About 2 hours');
  });
});

describe('progress tracker steps follow the course machine', () => {
  const start = () =>
    createActor(courseMachine, { input: { practiceVignetteIds: ['ruby-young-carer'] } }).start();

  it('welcome in progress; practice and assessment cannot start yet', () => {
    const view = selectCourseView(start().getSnapshot());
    const steps = courseProgressSteps(view, modules, 1, 1);
    expect(steps.map((s) => s.status)).toEqual([
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'locked',
      'locked',
      'locked',
    ]);
  });

  it('modules done one by one; then practice, then the assessment opens', () => {
    const actor = start();
    actor.send({ type: 'START' });
    actor.send({ type: 'COMPLETE_MODULE' });
    let steps = courseProgressSteps(selectCourseView(actor.getSnapshot()), modules, 1, 1);
    expect(steps[1]!.status).toBe('done');
    expect(steps[2]!.status).toBe('current');
    for (let i = 0; i < 3; i++) actor.send({ type: 'COMPLETE_MODULE' });
    steps = courseProgressSteps(selectCourseView(actor.getSnapshot()), modules, 1, 1);
    expect(steps[5]).toMatchObject({ id: 'practice', status: 'current', description: '0 of 1 done' });
    expect(steps[6]!.status).toBe('locked');
    actor.send({ type: 'VIGNETTE_COMPLETED', vignetteId: 'ruby-young-carer' });
    steps = courseProgressSteps(selectCourseView(actor.getSnapshot()), modules, 1, 1);
    expect(steps[6]!.status).toBe('upcoming');
    actor.send({ type: 'START_ASSESSMENT' });
    actor.send({ type: 'ASSESSMENT_SUBMITTED', score: 0.9, passed: true });
    steps = courseProgressSteps(selectCourseView(actor.getSnapshot()), modules, 1, 1);
    expect(steps.every((s) => s.status === 'done')).toBe(true);
  });
});

describe('results from the record', () => {
  it('right answers pass, with full marks by case and by side of the triangle', () => {
    const cases = assessmentCaseResults(assessed(), [oskar], keysFor);
    const overall = assessmentOverall(cases);
    expect(overall.passed).toBe(true);
    expect(overall.fraction).toBeCloseTo(1);
    const [row] = scoreRows(cases);
    expect(row).toMatchObject({ points: 30, maxPoints: 30, chosenLevel: { ordinal: 4, name: 'Acute' } });
    expect(row!.unsafe).toBeUndefined();
    const domains = domainRows(cases);
    expect(domains.length).toBeGreaterThanOrEqual(3);
    for (const d of domains) expect(d.points).toBe(d.maxPoints);
    expect(confidenceRows(cases)).toEqual([
      { confidence: 4, correct: true },
      { confidence: 4, correct: true },
      { confidence: 4, correct: true },
    ]);
  });

  it('an under-call of significant harm fails the assessment whatever the score, and says so in the row', () => {
    const cases = assessmentCaseResults(assessed({ 2: 2 }), [oskar], keysFor);
    const overall = assessmentOverall(cases);
    expect(overall.fraction).toBeGreaterThan(0.7);
    expect(overall.passed).toBe(false);
    expect(overall.verdict).toMatch(/unsafe/);
    expect(scoreRows(cases)[0]!.unsafe).toBe(true);
    expect(confidenceRows(cases).map((c) => c.correct)).toEqual([true, true, false]);
  });

  it('evidence on the wrong side earns half a mark on its side', () => {
    const k = keysFor(ruby);
    const answers = k.map((key) => {
      const a = correctAnswer(ruby, key);
      return { ...a, facts: a.facts.map((f) => ({ id: f.id })) };
    });
    const record = withVignetteProgress(emptyProgressRecord(area), {
      vignetteId: ruby.id,
      mode: 'assessment',
      complete: true,
      stages: answers.map((a, i) => toStageProgress(a, scoreStage(a, k[i]!), k[i]!.activeFactIds)),
    });
    const domains = domainRows(assessmentCaseResults(record, [ruby], keysFor));
    for (const d of domains) expect(d.points).toBe(d.maxPoints / 2);
  });

  it('the next assessment case is the first not finished; a retake starts afresh', () => {
    const record = assessed();
    expect(nextAssessmentVignette(record, [oskar, ruby])?.id).toBe(ruby.id);
    expect(nextAssessmentVignette(record, [oskar])).toBeNull();
    expect(nextAssessmentVignette(withoutMode(record, 'assessment'), [oskar])?.id).toBe(oskar.id);
  });

  it('practice status: done, started (an answer or a draft), not started', () => {
    const record = withVignetteProgress(emptyProgressRecord(area), {
      vignetteId: ruby.id,
      mode: 'practice',
      complete: false,
      stages: [],
      draft: { step: 'level', level: null, response: null, consent: null, confidence: null, evidence: 5n },
    });
    expect(practiceStatus(record, ruby.id, [])).toBe('in-progress');
    expect(practiceStatus(record, ruby.id, [ruby.id])).toBe('done');
    expect(practiceStatus(record, oskar.id, [])).toBe('not-started');
  });

  it('states the retake rule', () => {
    expect(retakeWords({ attemptsLeft: 2, passed: false, complete: false }, 0.8)).toMatch(
      /80%.*2 attempts left/,
    );
    expect(retakeWords({ attemptsLeft: 1, passed: false, complete: false }, 0.8)).toMatch(/1 attempt left/);
    expect(retakeWords({ attemptsLeft: 0, passed: false, complete: true }, 0.8)).toMatch(
      /used every attempt/,
    );
    expect(retakeWords({ attemptsLeft: 2, passed: true, complete: true }, 0.8)).toMatch(/^You passed/);
  });
});

describe('module outline (the welcome screen and tracker, without loading the modules)', () => {
  it('matches the modules’ own titles, summaries and lengths', async () => {
    const { learningModules } = await import('../src/modules/index.ts');
    const { MODULE_OUTLINE } = await import('../src/course/module-outline.ts');
    for (const id of Object.keys(learningModules) as (keyof typeof learningModules)[]) {
      const { title, summary, minutes } = learningModules[id];
      expect(MODULE_OUTLINE[id], id).toEqual({ title, summary, minutes });
    }
    expect(Object.keys(MODULE_OUTLINE).sort()).toEqual(Object.keys(learningModules).sort());
  });
});
