import {
  CONSENT_DECISIONS,
  decodeProgress,
  emptyProgressRecord,
  encodeProgress,
  RESPONSE_KINDS,
  scoreStage,
  selectVignetteView,
  toVignetteResume,
  vignetteMachine,
  withVignetteProgress,
} from '@levelwise/scenarios';
import { responseOptionsFromFrontDoor } from '@levelwise/ui/response-picker';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  CONSENT_OPTIONS,
  childAgeWords,
  evidenceEvents,
  levelOptions,
  narrativeSentences,
  readerStages,
  responseOptionsFor,
  sentenceIdsForFacts,
  stageFeedbackProps,
  stepIndicator,
  vignetteProgress,
} from '../src/vignette/vignette-view-model.ts';
import { areas, correctAnswer, framework, keys, lookup, shipped, vignette } from './fixtures.ts';

describe('step indicator', () => {
  it('names the stage, the step and what it is about', () => {
    expect(stepIndicator({ step: 'level', stageNumber: 1, stageCount: 2 })).toBe(
      'Stage 1 of 2 · Step 3 of 6: level of need',
    );
    expect(stepIndicator({ step: 'confidence', stageNumber: 2, stageCount: 3 })).toBe(
      'Stage 2 of 3 · Step 6 of 6: how confident you are',
    );
    expect(stepIndicator({ step: 'stageFeedback', stageNumber: 2, stageCount: 3 })).toBe(
      'Stage 2 of 3 · Feedback',
    );
    expect(stepIndicator({ step: 'contentNote', stageNumber: 1, stageCount: 3 })).toBe(
      'Before you start: a content note',
    );
  });
});

describe('narrative for the reader', () => {
  it('splits paragraphs at blank lines and sentences at full stops, with stable ids', () => {
    const s = narrativeSentences('visit', 'You knock. Nobody answers!\n\n"Come in," she says. Mr Lee waits.');
    expect(s.map((x) => x.text)).toEqual([
      'You knock.',
      'Nobody answers!',
      '"Come in," she says.',
      'Mr Lee waits.',
    ]);
    expect(s.map((x) => x.id)).toEqual(['visit-1', 'visit-2', 'visit-3', 'visit-4']);
    expect(s.filter((x) => x.startsParagraph).map((x) => x.id)).toEqual(['visit-1', 'visit-3']);
  });

  it('finds a sentence for every fact of every shipped vignette (so chosen evidence can be highlighted)', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(2);
    for (const v of shipped) {
      const stages = readerStages(v);
      for (const fact of v.stages.flatMap((s) => s.facts)) {
        expect(sentenceIdsForFacts(v, stages, [fact.id]), `${v.id}: ${fact.id}`).not.toHaveLength(0);
      }
    }
  });

  it('keeps every word of the narrative', () => {
    for (const v of shipped) {
      readerStages(v).forEach((stage, i) => {
        const words = (t: string) => t.split(/\s+/).filter(Boolean);
        expect(stage.sentences.flatMap((s) => words(s.text))).toEqual(words(v.stages[i]!.narrative));
      });
    }
  });

  it('says the child’s age in words', () => {
    expect(childAgeWords({ name: 'A', age: { years: 0, months: 2 } })).toBe('2 months');
    expect(childAgeWords({ name: 'A', age: { years: 1, months: 1 } })).toBe('1 year 1 month');
    expect(childAgeWords({ name: 'A', age: { years: 14 } })).toBe('14 years');
    expect(childAgeWords({ name: 'A', unborn: { gestationWeeks: 28 } })).toBe(
      'unborn (28 weeks of pregnancy)',
    );
  });
});

describe('evidence picker ↔ machine events', () => {
  it('turns ticks, unticks and tags into TOGGLE_FACT and SET_FACT_DOMAIN', () => {
    expect(evidenceEvents([], [{ statementId: 'a', domainId: null }])).toEqual([
      { type: 'TOGGLE_FACT', id: 'a' },
    ]);
    expect(
      evidenceEvents(
        [{ statementId: 'a', domainId: null }],
        [{ statementId: 'a', domainId: 'parenting-capacity' }],
      ),
    ).toEqual([{ type: 'SET_FACT_DOMAIN', id: 'a', domain: 'parenting-capacity' }]);
    expect(evidenceEvents([{ statementId: 'a', domainId: 'parenting-capacity' }], [])).toEqual([
      { type: 'TOGGLE_FACT', id: 'a' },
    ]);
    expect(evidenceEvents([], [{ statementId: 'b', domainId: 'family-environment' }])).toEqual([
      { type: 'TOGGLE_FACT', id: 'b', domain: 'family-environment' },
    ]);
    // An unknown side is never sent to the machine.
    expect(
      evidenceEvents([{ statementId: 'a', domainId: null }], [{ statementId: 'a', domainId: 'nonsense' }]),
    ).toEqual([]);
  });
});

describe('the area’s own words', () => {
  it('offers the four levels in local names with a one-line definition, in every area', () => {
    for (const area of areas) {
      const options = levelOptions(framework(area));
      expect(options.map((o) => o.ordinal)).toEqual([1, 2, 3, 4]);
      options.forEach((o) => {
        expect(o.name).toBe(lookup.levelName(area, o.ordinal));
      });
    }
  });

  it('offers the five responses scenarios scores, naming the front door, in every area', () => {
    for (const area of areas) {
      const options = responseOptionsFor(
        responseOptionsFromFrontDoor,
        framework(area),
        area,
        lookup.areaName(area),
      );
      expect(options.map((o) => o.value)).toEqual([...RESPONSE_KINDS]);
      const referral = options.find((o) => o.value === 'front-door-referral')!;
      expect(referral.label).toContain(framework(area).rules.frontDoor.serviceName.trim());
    }
  });

  it('offers exactly the consent decisions scenarios scores', () => {
    expect(CONSENT_OPTIONS.map((o) => o.value).sort()).toEqual([...CONSENT_DECISIONS].sort());
  });
});

describe('feedback panel props', () => {
  const oskar = vignette('oskar-health-visitor');
  const key = keys(oskar, 'telford-wrekin')[2]!;

  it('a right answer: full marks, the expected level in Telford’s words, the indicators marked as chosen', () => {
    const answer = correctAnswer(oskar, key);
    const props = stageFeedbackProps(scoreStage(answer, key), key, answer, 'Stage 3');
    expect(props.fraction).toBe(1);
    expect(props.expectedLevels).toEqual([{ ordinal: 4, name: 'Acute' }]);
    expect(props.chosenLevel).toEqual({ ordinal: 4, name: 'Acute' });
    expect(props.warnings).toEqual([]);
    expect(props.indicators!.length).toBeGreaterThan(0);
    expect(props.indicators!.every((i) => i.matched)).toBe(true);
    const marks = props.parts!.reduce((s, p) => s + p.points, 0);
    expect(marks).toBeCloseTo(10);
    expect(props.rationaleParagraphs.length).toBeGreaterThan(0);
  });

  it('an under-call of significant harm: the unsafe warning, whatever the other marks', () => {
    const answer = correctAnswer(oskar, key, 2);
    const props = stageFeedbackProps(scoreStage(answer, key), key, answer, 'Stage 3');
    expect(props.warnings!.map((w) => w.kind)).toContain('level-under-call');
    expect(props.chosenLevel).toEqual({ ordinal: 2, name: 'Vulnerable' });
    expect(props.fraction).toBeLessThan(1);
  });
});

describe('progress for the record', () => {
  it('keeps a stage in progress as a draft that resumes at the same question', () => {
    const ruby = vignette('ruby-young-carer');
    const k = keys(ruby, 'sandwell');
    const first = correctAnswer(ruby, k[0]!);
    const actor = createActor(vignetteMachine, {
      input: {
        vignetteId: ruby.id,
        stageCount: ruby.stages.length,
        mode: 'assessment',
        hasContentNote: false,
      },
    }).start();
    actor.send({ type: 'CONTINUE' });
    for (const f of first.facts) actor.send({ type: 'TOGGLE_FACT', id: f.id, domain: f.domain! });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SELECT_LEVEL', level: first.level });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SELECT_RESPONSE', response: first.response });
    actor.send({ type: 'CONTINUE' });
    const snapshot = actor.getSnapshot();
    expect(selectVignetteView(snapshot).step).toBe('consent');

    const progress = vignetteProgress(ruby.id, 'assessment', false, [], [], k, snapshot);
    expect(progress.draft?.step).toBe('consent');
    const text = encodeProgress(withVignetteProgress(emptyProgressRecord('sandwell'), progress));
    const back = decodeProgress(text, 'sandwell').record.vignettes[0]!;
    const resume = toVignetteResume(back, (i) => k[i]!.activeFactIds);
    expect(resume.step).toBe('consent');
    expect(resume.draft?.level).toBe(first.level);
    expect(resume.draft?.response).toBe(first.response);
    expect(new Set(resume.draft?.facts.map((f) => `${f.id}:${f.domain}`))).toEqual(
      new Set(first.facts.map((f) => `${f.id}:${f.domain}`)),
    );

    const resumed = createActor(vignetteMachine, {
      input: { vignetteId: ruby.id, stageCount: 2, mode: 'assessment', hasContentNote: false, resume },
    }).start();
    expect(selectVignetteView(resumed.getSnapshot()).step).toBe('consent');
  });

  it('completed stages keep their scores; a complete vignette has no draft', () => {
    const ruby = vignette('ruby-young-carer');
    const k = keys(ruby, 'sandwell');
    const answers = k.map((key) => correctAnswer(ruby, key));
    const results = answers.map((a, i) => scoreStage(a, k[i]!));
    const progress = vignetteProgress(ruby.id, 'practice', true, answers, results, k);
    expect(progress.stages.map((s) => s.score)).toEqual([100, 100]);
    expect(progress.draft).toBeUndefined();
  });
});

describe('every shipped vignette in every area', () => {
  it('the key’s own answer scores full marks with no warning; under-calling significant harm warns', () => {
    let underCalls = 0;
    for (const v of shipped) {
      for (const area of areas) {
        for (const [i, key] of keys(v, area).entries()) {
          const answer = correctAnswer(v, key);
          const props = stageFeedbackProps(scoreStage(answer, key), key, answer, `Stage ${i + 1}`);
          expect(props.fraction, `${v.id} ${area} stage ${i + 1}`).toBeCloseTo(1);
          expect(props.warnings).toEqual([]);
          expect(props.expectedLevels.map((l) => l.name)).toEqual(
            [...new Set(key.band)].map((l) => lookup.levelName(area, l)),
          );
          if (key.band[0] === 4) {
            underCalls++;
            const low = correctAnswer(v, key, 2);
            const warned = stageFeedbackProps(scoreStage(low, key), key, low, 'x');
            expect(warned.warnings!.map((w) => w.kind)).toContain('level-under-call');
          }
        }
      }
    }
    expect(underCalls).toBeGreaterThan(0);
  });
});
