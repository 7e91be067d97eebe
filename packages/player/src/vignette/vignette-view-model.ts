import type { Framework } from '@levelwise/frameworks';
import {
  type AreaId,
  type ConsentDecision,
  DOMAIN_WORDS,
  type DraftAnswer,
  type EvidenceOption,
  type IndicatorCitation,
  type LevelOrdinal,
  type StageAnswer,
  type StageAreaKey,
  type StageResult,
  selectVignetteResume,
  type TriangleDomain,
  toDraftProgress,
  toStageProgress,
  type Vignette,
  type VignetteEvent,
  type VignetteMode,
  type VignetteProgress,
  type VignetteSnapshot,
  type VignetteStep,
  type VignetteViewProps,
} from '@levelwise/scenarios';
import type { ConsentOption } from '@levelwise/ui/consent-decision';
import type { EvidenceDomain, EvidenceChoice as PickerChoice } from '@levelwise/ui/evidence-picker';
import type { FeedbackIndicator, FeedbackPanelProps, FeedbackPart } from '@levelwise/ui/feedback-panel';
import type { ResponseOption } from '@levelwise/ui/response-picker';
import type { VignetteSentence, VignetteStage } from '@levelwise/ui/vignette-reader';

/**
 * Pure functions between the vignette machine's selectors and the ui components' props. Everything the
 * VignettePlayer shows is computed here (unit-tested in node), so the component only wires events.
 */

/** The decision steps of one stage, in order, with the words the step indicator uses. */
export const STAGE_STEPS = ['reading', 'evidence', 'level', 'response', 'consent', 'confidence'] as const;
export type StageStep = (typeof STAGE_STEPS)[number];

export const STEP_WORDS: Readonly<Record<StageStep, string>> = {
  reading: 'read the case',
  evidence: 'the evidence',
  level: 'level of need',
  response: 'what you do next',
  consent: 'consent and information sharing',
  confidence: 'how confident you are',
};

export function isStageStep(step: VignetteStep): step is StageStep {
  return (STAGE_STEPS as readonly string[]).includes(step);
}

/**
 * "Stage 1 of 2 · Step 3 of 6: level of need" while deciding; "Stage 1 of 2 · Feedback" after a practice stage;
 * words for the other screens.
 */
export function stepIndicator(view: Pick<VignetteViewProps, 'step' | 'stageNumber' | 'stageCount'>): string {
  const stage = `Stage ${view.stageNumber} of ${view.stageCount}`;
  if (isStageStep(view.step)) {
    const n = STAGE_STEPS.indexOf(view.step) + 1;
    return `${stage} · Step ${n} of ${STAGE_STEPS.length}: ${STEP_WORDS[view.step]}`;
  }
  switch (view.step) {
    case 'contentNote':
      return 'Before you start: a content note';
    case 'declined':
      return 'You chose not to continue';
    case 'stageFeedback':
      return `${stage} · Feedback`;
    case 'finalFeedback':
      return 'Feedback on the whole case';
    case 'summary':
      return 'Summary';
  }
}

/** The heading of each screen (the element focus moves to). */
export function stepHeading(
  view: Pick<VignetteViewProps, 'step' | 'stageNumber' | 'stageCount' | 'mode'>,
  stageTitle: string,
): string {
  switch (view.step) {
    case 'contentNote':
      return 'Content note';
    case 'declined':
      return 'You have left this case';
    case 'reading':
      return `Read stage ${view.stageNumber}: ${stageTitle}`;
    case 'evidence':
      return 'Which facts matter?';
    case 'level':
      return 'What level of need does the child have?';
    case 'response':
      return 'What should you do next?';
    case 'consent':
      return 'What will you do about consent?';
    case 'confidence':
      return 'How confident are you?';
    case 'stageFeedback':
      return `Feedback on stage ${view.stageNumber}: ${stageTitle}`;
    case 'finalFeedback':
      return 'Your feedback';
    case 'summary':
      return view.mode === 'assessment' ? 'Case complete' : 'Case summary';
  }
}

/** "Telford": "The eight-week visit" → "the eight-week visit"; an acronym or a name-like second letter stays. */
export function lowerFirst(text: string): string {
  if (text.length > 1 && /[A-Z]/.test(text[1] ?? '')) return text;
  return text.charAt(0).toLocaleLowerCase('en-GB') + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/** The child's age in words: "2 months", "14 years", "unborn (28 weeks of pregnancy)". */
export function childAgeWords(child: Vignette['child']): string {
  if (child.unborn) return `unborn (${child.unborn.gestationWeeks} weeks of pregnancy)`;
  const years = child.age?.years ?? 0;
  const months = child.age?.months ?? 0;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (years === 0) return plural(months, 'month');
  if (years < 2 && months > 0) return `${plural(years, 'year')} ${plural(months, 'month')}`;
  return plural(years, 'year');
}

const SENTENCE_END = /(?<=[.!?][”’"')]?)\s+(?=[“‘"'(]?[A-Z0-9])/u;

/** A narrative's paragraphs (blank lines) and sentences, with ids `<stage id>-<n>` shared by the reader and highlighting. */
export function narrativeSentences(stageId: string, narrative: string): VignetteSentence[] {
  const sentences: VignetteSentence[] = [];
  const paragraphs = narrative
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  for (const paragraph of paragraphs) {
    paragraph.split(SENTENCE_END).forEach((text, i) => {
      const trimmed = text.trim();
      if (!trimmed) return;
      sentences.push({
        id: `${stageId}-${sentences.length + 1}`,
        text: trimmed,
        ...(i === 0 ? { startsParagraph: true } : {}),
      });
    });
  }
  return sentences;
}

/** The reader's stages for a vignette, titles lower-cased after the colon ("Stage 1 of 3: the drop-in"). */
export function readerStages(vignette: Vignette): VignetteStage[] {
  return vignette.stages.map((stage) => ({
    id: stage.id,
    title: lowerFirst(stage.title),
    sentences: narrativeSentences(stage.id, stage.narrative),
  }));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The sentences of the reader that hold the chosen facts' quotes, for highlighting. A quote that spans
 * sentences highlights each sentence it covers.
 */
export function sentenceIdsForFacts(
  vignette: Vignette,
  stages: readonly VignetteStage[],
  factIds: readonly string[],
): string[] {
  const wanted = new Set(factIds);
  const out: string[] = [];
  vignette.stages.forEach((stage, i) => {
    const sentences = stages[i]?.sentences ?? [];
    for (const fact of stage.facts) {
      if (!wanted.has(fact.id)) continue;
      const quote = squash(fact.quote);
      for (const s of sentences) {
        const text = squash(s.text);
        if ((text.includes(quote) || quote.includes(text)) && !out.includes(s.id)) out.push(s.id);
      }
    }
  });
  return out;
}

/** The sides of the triangle a fact can be put on (harm outside the home as the fourth, as scenarios scores it). */
export const EVIDENCE_DOMAINS: readonly (EvidenceDomain & { id: TriangleDomain })[] = [
  { id: 'child-development', label: 'Child’s developmental needs' },
  { id: 'parenting-capacity', label: 'Parenting capacity' },
  { id: 'family-environment', label: 'Family and environmental factors' },
  { id: 'extra-familial', label: 'Harm outside the home' },
];

/** Statements for the EvidencePicker: each active fact's quote, marked with its stage when it is from an earlier one. */
export function evidenceStatements(options: readonly EvidenceOption[], stageIndex: number) {
  return options.map((o) => ({
    id: o.id,
    text: o.stageIndex < stageIndex ? `From stage ${o.stageIndex + 1}: ${o.quote}` : upperFirst(o.quote),
  }));
}

/** The machine's draft facts as the picker's value. */
export function pickerValue(draft: DraftAnswer): PickerChoice[] {
  return draft.facts.map((f) => ({ statementId: f.id, domainId: f.domain ?? null }));
}

const isDomain = (id: string | null): id is TriangleDomain =>
  id !== null && EVIDENCE_DOMAINS.some((d) => d.id === id);

/** The machine events that turn the draft's facts into the picker's new value (ticks, unticks, tags). */
export function evidenceEvents(
  previous: readonly PickerChoice[],
  next: readonly PickerChoice[],
): VignetteEvent[] {
  const before = new Map(previous.map((c) => [c.statementId, c.domainId]));
  const after = new Map(next.map((c) => [c.statementId, c.domainId]));
  const events: VignetteEvent[] = [];
  for (const [id] of before) if (!after.has(id)) events.push({ type: 'TOGGLE_FACT', id });
  for (const [id, domain] of after) {
    if (!before.has(id)) {
      events.push(isDomain(domain) ? { type: 'TOGGLE_FACT', id, domain } : { type: 'TOGGLE_FACT', id });
    } else if (before.get(id) !== domain && isDomain(domain)) {
      events.push({ type: 'SET_FACT_DOMAIN', id, domain });
    }
  }
  return events;
}

/** The level picker's options: local names and the first sentence of each definition, from the area's rules. */
export function levelOptions(framework: Pick<Framework, 'rules'>) {
  return [...framework.rules.levels]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((level) => {
      const quote = level.definitions?.[0]?.quote;
      return {
        ordinal: level.ordinal as LevelOrdinal,
        name: level.localName,
        ...(quote ? { definition: firstSentence(quote) } : {}),
      };
    });
}

function firstSentence(text: string, maxLength = 160): string {
  const clean = squash(text.replace(/<[^>]+>/g, ' ').replace(/[*_`#]/g, ''));
  const sentence = clean.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? clean;
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** The consent answers, worded for people who are not social workers, with the values scenarios scores. */
export const CONSENT_OPTIONS: readonly (ConsentOption & { value: ConsentDecision })[] = [
  {
    value: 'seek-consent',
    label: 'Ask the parents or carers for permission first, and share only if they agree',
    hint: 'For help the family can choose to accept, such as an Early Help Assessment. Early help is voluntary: it only goes ahead if the family agrees.',
  },
  {
    value: 'share-and-inform',
    label: 'Share without waiting for permission, and tell the parents or carers',
    hint: 'For when you think the child is suffering, or likely to suffer, significant harm (serious harm to their health or development). Asking must not delay the referral. Tell the parents what you are sharing, who with and why.',
  },
  {
    value: 'share-without-informing',
    label: 'Share without permission, and do not tell the parents or carers yet',
    hint: 'Only when telling them could put the child at greater risk, put someone else in danger, or get in the way of a police investigation. Write down why, and give the reason in your referral.',
  },
  {
    value: 'no-sharing-needed',
    label: 'There is no need to share information with anyone else',
    hint: 'The services the child already uses, such as school or the GP, can meet their needs. Keep talking with the family and keep a note.',
  },
];

export function isConsentDecision(value: string | null): value is ConsentDecision {
  return CONSENT_OPTIONS.some((o) => o.value === value);
}

/** Where an area's front door takes a call rather than a form, how to refer (Stoke-on-Trent's ChAD). */
const REFERRAL_ROUTES: Partial<Record<AreaId, string>> = {
  'stoke-on-trent':
    'phone for a consultation with a social worker (a written referral form only in exceptional circumstances)',
};

export type ResponseOptionsBuilder = (
  frontDoor: Framework['rules']['frontDoor'],
  areaName: string,
  overrides?: { route?: string },
) => ResponseOption[];

/** The response options naming the area's front door, its form and its deadline. */
export function responseOptionsFor(
  build: ResponseOptionsBuilder,
  framework: Pick<Framework, 'rules'>,
  area: AreaId,
  areaName: string,
): ResponseOption[] {
  const route = REFERRAL_ROUTES[area];
  return build(framework.rules.frontDoor, areaName, route ? { route } : {});
}

/** A stage is worth 10 marks on screen (the scoring weights sum to 1). */
export const MARKS_PER_STAGE = 10;

const COMPONENT_LABELS: Readonly<Record<keyof StageResult['components'], string>> = {
  level: 'Level of need',
  evidence: 'Evidence',
  response: 'What you do next',
  consent: 'Consent and information sharing',
};

function stageMaxPoints(result: StageResult): number {
  return result.maxPoints === 0 ? 1 : result.maxPoints;
}

function toIndicator(c: IndicatorCitation, chosen: ReadonlySet<string>): FeedbackIndicator {
  return {
    id: c.id,
    text: c.text,
    level: { ordinal: c.level, name: c.levelName },
    dimension: c.localDimension,
    matched: chosen.has(c.factId),
  };
}

/** The indicators that decide the key, each once, in derivation order. */
export function decidingIndicators(key: StageAreaKey): IndicatorCitation[] {
  const seen = new Set<string>();
  return key.steps
    .flatMap((s) => s.indicators)
    .filter((c) => {
      if (seen.has(c.id)) return false;
      seen.add(c.id);
      return true;
    });
}

/** The expert rationale: how the key was derived, then the response and the consent decision, with local notes. */
export function rationaleText(key: StageAreaKey): string[] {
  return [
    ...key.steps.map((s) => s.explanation),
    key.response.explanation,
    key.consent.explanation,
    ...key.consent.notes,
  ].filter((s) => s.trim() !== '');
}

/** FeedbackPanel props for one scored stage. */
export function stageFeedbackProps(
  result: StageResult,
  key: StageAreaKey,
  answer: StageAnswer,
  title: string,
): Omit<FeedbackPanelProps, 'rationale'> & { rationaleParagraphs: string[] } {
  const scale = MARKS_PER_STAGE / stageMaxPoints(result);
  const parts: FeedbackPart[] = (['level', 'evidence', 'response', 'consent'] as const).map((id) => {
    const c = result.components[id];
    return {
      id,
      label: COMPONENT_LABELS[id],
      points: c.points * scale,
      maxPoints: c.maxPoints * scale,
      explanations: c.rules.filter((r) => r.explanation.trim() !== '').map((r) => r.explanation),
    };
  });
  const chosen = new Set(answer.facts.map((f) => f.id));
  const expected = [...new Set([key.band[0], key.band[1]])].map((ordinal) => ({
    ordinal,
    name: key.levelNames[ordinal],
  }));
  return {
    title,
    fraction: result.fraction,
    chosenLevel: { ordinal: answer.level, name: key.levelNames[answer.level] },
    expectedLevels: expected,
    parts,
    indicators: decidingIndicators(key).map((c) => toIndicator(c, chosen)),
    warnings: result.unsafe.map((u) => ({ kind: u.kind, message: u.message })),
    areaName: key.areaName,
    // The expert view adds what the marks do not already say (the derivation steps are in the level's marks).
    rationaleParagraphs: rationaleText(key).filter(
      (p) => !parts.some((part) => part.explanations.includes(p)),
    ),
  };
}

/** What a screen reader hears when feedback appears: the verdict, the score and any unsafe error. */
export function feedbackAnnouncement(results: readonly StageResult[], heading: string): string {
  const points = results.reduce((s, r) => s + r.points, 0);
  const max = results.reduce((s, r) => s + r.maxPoints, 0);
  const fraction = max === 0 ? 0 : points / max;
  const pct = Math.round(fraction * 100);
  const verdict = fraction >= 0.999 ? 'Correct' : fraction <= 0 ? 'Not correct' : 'Partly correct';
  const unsafe = results.some((r) => r.unsafe.length > 0)
    ? ' Warning: significant harm was under-called.'
    : '';
  return `${heading}. ${verdict}: ${pct}% of the marks.${unsafe}`;
}

/**
 * The submitted answers, one per completed stage. A selector (pure, snapshot in, plain data out) kept in the
 * player because scenarios' feedback selector returns scores, not the answers they score.
 */
export function selectSubmittedAnswers(snapshot: VignetteSnapshot): readonly StageAnswer[] {
  return snapshot.context.answers;
}

/**
 * The vignette's progress for the compact record (scenarios' progress record), from its answers and scores;
 * with a snapshot mid-stage, the unfinished stage as a draft so the learner comes back to the same question.
 */
export function vignetteProgress(
  vignetteId: string,
  mode: VignetteMode,
  complete: boolean,
  answers: readonly StageAnswer[],
  results: readonly StageResult[],
  keys: readonly StageAreaKey[],
  snapshot?: VignetteSnapshot,
): VignetteProgress {
  const progress: VignetteProgress = {
    vignetteId,
    mode,
    complete,
    stages: answers.flatMap((answer, i) => {
      const result = results[i];
      const key = keys[i];
      return result && key ? [toStageProgress(answer, result, key.activeFactIds)] : [];
    }),
  };
  if (!complete && snapshot) {
    const resume = selectVignetteResume(snapshot);
    const key = keys[answers.length];
    if (resume.step && resume.draft && key) {
      progress.draft = toDraftProgress(resume.draft, resume.step, key.activeFactIds);
    }
  }
  return progress;
}

/** A comparable string of a progress entry (bigints included), to tell whether anything worth saving changed. */
export function progressSignature(progress: VignetteProgress): string {
  return JSON.stringify(progress, (_, v) => (typeof v === 'bigint' ? v.toString(36) : v));
}

/** The words for a side of the triangle, for summaries. */
export function domainWords(domain: TriangleDomain): string {
  return DOMAIN_WORDS[domain];
}
