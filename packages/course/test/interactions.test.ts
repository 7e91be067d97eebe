import {
  deriveVignetteKey,
  frameworksLookup,
  type StageAnswer,
  type StageAreaKey,
  type Vignette,
} from '@levelwise/scenarios';
import { loadVignetteFile, VIGNETTES_DIR } from '@levelwise/scenarios/node';
import { createScormSession } from '@levelwise/scorm';
import { describe, expect, it } from 'vitest';
import { createCourseTracking } from '../src/course/course-tracking.ts';
import { stageInteractions } from '../src/course/interactions.ts';
import { createLmsWindow } from './lms-fixture.ts';

function load(id: string): Vignette {
  const result = loadVignetteFile(`${VIGNETTES_DIR}${id}.yaml`);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.loaded.vignette;
}

const oskar = load('oskar-health-visitor');
const keys = deriveVignetteKey(oskar, 'sandwell', frameworksLookup()).key.stages;
const key = keys[2] as StageAreaKey;

const right: StageAnswer = {
  facts: key.relevantFactIds.map((id) => ({ id, domain: key.matches.find((m) => m.factId === id)!.domain })),
  level: key.level,
  response: key.response.kind,
  consent: key.consent.decision,
  confidence: 4,
};
const wrong: StageAnswer = {
  facts: [{ id: key.activeFactIds[0]! }],
  level: 1,
  response: 'continue-universal',
  consent: 'no-sharing-needed',
  confidence: 5,
};
const decision = (answer: StageAnswer) => ({
  vignetteId: oskar.id,
  vignetteTitle: oskar.title,
  mode: 'assessment' as const,
  stageIndex: 2,
  answer,
  key,
});

describe('stageInteractions: one interaction per learner decision', () => {
  it('gives evidence, sides of the triangle, level, response, consent and confidence, judged by the key', () => {
    const records = stageInteractions(decision(right));
    expect(records.map((r) => [r.id, r.type, r.result])).toEqual([
      ['oskar-health-visitor-s3-evidence', 'choice', 'correct'],
      ['oskar-health-visitor-s3-domains', 'matching', 'correct'],
      ['oskar-health-visitor-s3-level', 'choice', 'correct'],
      ['oskar-health-visitor-s3-response', 'choice', 'correct'],
      ['oskar-health-visitor-s3-consent', 'choice', 'correct'],
      ['oskar-health-visitor-s3-confidence', 'likert', 'neutral'],
    ]);
    const wrongRecords = stageInteractions(decision(wrong), 2);
    expect(wrongRecords.map((r) => [r.id, r.result])).toEqual([
      ['oskar-health-visitor-s3-evidence-2', 'incorrect'],
      ['oskar-health-visitor-s3-level-2', 'incorrect'],
      ['oskar-health-visitor-s3-response-2', 'incorrect'],
      ['oskar-health-visitor-s3-consent-2', 'incorrect'],
      ['oskar-health-visitor-s3-confidence-2', 'neutral'],
    ]);
    const level = wrongRecords.find((r) => r.id.includes('-level'))!;
    expect(level).toMatchObject({ response: ['level-1'], correct: [`level-${key.level}`] });
    expect(level.description).toMatch(/Oskar.*stage 3: level of need/);
  });

  it('accepts either level of a contested band', () => {
    const contested = { ...key, band: [3, 4] as [3, 4], level: 4 as const };
    const three = stageInteractions({ ...decision({ ...right, level: 3 }), key: contested });
    expect(three.find((r) => r.id.endsWith('-level'))).toMatchObject({
      result: 'correct',
      correct: ['level-3'],
    });
  });

  it.each(['1.2', '2004'] as const)(
    'are all accepted by a strict SCORM %s LMS, in its format',
    async (standard) => {
      const lms = createLmsWindow(standard);
      const session = createScormSession({
        courseId: 'levelwise-sandwell',
        passMark: 0.8,
        standardPreference: standard,
        ...lms.sessionOptions,
      });
      const errors: unknown[] = [];
      session.on('error', (e) => errors.push(e));
      await session.start();
      const tracking = createCourseTracking(session);
      tracking.recordStage(decision(right));
      tracking.recordStage(decision(wrong), 2);
      tracking.reportVignette({
        vignetteId: oskar.id,
        title: oskar.title,
        mode: 'assessment',
        fraction: 0.5,
        passed: false,
      });
      tracking.reportScore({ fraction: 0.5, passed: false });
      tracking.reportCompletion(false);
      session.terminate();
      expect(errors).toEqual([]);
      expect(tracking.problems).toEqual([]);
      expect(lms.strict.violations).toEqual([]);
      const interactions = lms.stored('cmi.interactions') as Record<string, Record<string, unknown>>;
      const list = Object.values(interactions).filter((i) => i && typeof i === 'object' && 'id' in i);
      expect(list).toHaveLength(11);
      if (standard === '2004') {
        expect(list[2]).toMatchObject({
          id: 'oskar-health-visitor-s3-level',
          type: 'choice',
          result: 'correct',
        });
        expect(lms.stored('cmi.success_status')).toBe('failed');
        expect(lms.stored('cmi.score.scaled')).toBe('0.5');
        const objectives = Object.values(lms.stored('cmi.objectives') as object).filter(
          (o) => o && typeof o === 'object' && 'id' in o,
        );
        expect(objectives[0]).toMatchObject({
          id: 'vignette-oskar-health-visitor',
          success_status: 'failed',
        });
      } else {
        // 1.2: choices become single characters, and "wrong" not "incorrect".
        expect(list[2]).toMatchObject({
          id: 'oskar-health-visitor-s3-level',
          type: 'choice',
          result: 'correct',
        });
        expect(list[6]).toMatchObject({ result: 'wrong' });
        expect(lms.stored('cmi.core.lesson_status')).toBe('failed');
        expect(lms.stored('cmi.core.score.raw')).toBe('50');
      }
    },
  );
});
