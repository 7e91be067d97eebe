import { describe, expect, it } from 'vitest';
import { ellisStages, ioanaStages, vignetteReaderExamples } from './vignette-reader.examples.ts';
import {
  clampStageIndex,
  groupParagraphs,
  highlightKey,
  practitionerSentence,
  stageAnnouncement,
  stageHeading,
  stageWordCount,
  vignetteProblems,
} from './vignette-text.ts';

describe('wording', () => {
  it('heads and announces a stage out of the count', () => {
    expect(stageHeading(1, 3, 'the home visit')).toBe('Stage 2 of 3: the home visit');
    expect(stageAnnouncement(1, 3, 'the home visit')).toBe('New information. Stage 2 of 3: the home visit.');
  });
  it('keys the highlighting, pointing to earlier stages', () => {
    expect(highlightKey('facts you chose', 3, 0)).toBe('Highlighted: facts you chose (3)');
    expect(highlightKey('facts you chose', 3, 1)).toBe(
      'Highlighted: facts you chose (3; 1 in an earlier stage)',
    );
  });
  it('states the practitioner role with the right article', () => {
    expect(practitionerSentence('school nurse')).toBe('You are a school nurse.');
    expect(practitionerSentence('early years practitioner')).toBe('You are an early years practitioner.');
    expect(practitionerSentence('the designated safeguarding lead')).toBe(
      'You are the designated safeguarding lead.',
    );
    expect(practitionerSentence('an NHS midwife')).toBe('You are an NHS midwife.');
  });
});

describe('structure', () => {
  it('groups sentences into paragraphs at each startsParagraph', () => {
    const p = groupParagraphs([
      { id: 'a', text: 'A.' },
      { id: 'b', text: 'B.' },
      { id: 'c', text: 'C.', startsParagraph: true },
    ]);
    expect(p.map((para) => para.map((s) => s.id))).toEqual([['a', 'b'], ['c']]);
    expect(groupParagraphs([])).toEqual([]);
  });
  it('clamps the stage index', () => {
    expect(clampStageIndex(5, 3)).toBe(2);
    expect(clampStageIndex(-1, 3)).toBe(0);
    expect(clampStageIndex(1.7, 3)).toBe(1);
    expect(clampStageIndex(0, 0)).toBe(0);
  });
  it('reports empty cases and duplicate sentence ids across stages', () => {
    expect(vignetteProblems([])).toEqual(['there are no stages']);
    expect(
      vignetteProblems([
        { id: 's1', title: 'one', sentences: [{ id: 'x', text: 'X.' }] },
        { id: 's2', title: 'two', sentences: [{ id: 'x', text: 'Y.' }] },
        { id: 's3', title: 'three', sentences: [] },
      ]),
    ).toEqual(['the sentence id "x" is used twice', 'stage "s3" has no sentences']);
  });
});

describe('example narratives', () => {
  it('are 150–400 words per stage, as the vignette rules require', () => {
    for (const stage of [...ioanaStages, ...ellisStages]) {
      const words = stageWordCount(stage);
      expect(words, stage.id).toBeGreaterThanOrEqual(150);
      expect(words, stage.id).toBeLessThanOrEqual(400);
    }
  });
  it('have unique sentence ids and no problems', () => {
    expect(vignetteProblems(ioanaStages)).toEqual([]);
    expect(vignetteProblems(ellisStages)).toEqual([]);
  });
  it('highlight only ids that exist, and every example has a unique id', () => {
    const ids = vignetteReaderExamples.map((e) => e.props.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const example of vignetteReaderExamples) {
      const known = new Set(example.props.stages.flatMap((s) => s.sentences.map((x) => x.id)));
      for (const id of example.props.highlightedSentenceIds ?? []) expect(known.has(id), id).toBe(true);
    }
  });
});
