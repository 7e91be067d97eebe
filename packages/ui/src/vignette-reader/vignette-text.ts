/** Pure wording and structure for the VignetteReader, tested once. */

export interface VignetteSentence {
  /** Stable id, shared with the EvidencePicker and the scenario's fact keys. */
  id: string;
  text: string;
  /** This sentence begins a new paragraph (the first sentence of a stage always does). */
  startsParagraph?: boolean;
}

export interface VignetteStage {
  id: string;
  /** The stage's own title, lower-case after the colon: "the home visit". */
  title: string;
  sentences: readonly VignetteSentence[];
}

/** Groups a stage's sentences into paragraphs at each `startsParagraph`. */
export function groupParagraphs(sentences: readonly VignetteSentence[]): VignetteSentence[][] {
  const paragraphs: VignetteSentence[][] = [];
  for (const sentence of sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (!last || sentence.startsParagraph) paragraphs.push([sentence]);
    else last.push(sentence);
  }
  return paragraphs;
}

/** "Stage 2 of 3: the home visit". */
export function stageHeading(index: number, count: number, title: string): string {
  return `Stage ${index + 1} of ${count}: ${title}`;
}

/** What a screen reader hears when a stage arrives: "New information. Stage 2 of 3: the home visit." */
export function stageAnnouncement(index: number, count: number, title: string): string {
  return `New information. ${stageHeading(index, count, title)}.`;
}

/** "You are a school nurse." Adds "a" or "an" unless the role already starts with an article or "the". */
export function practitionerSentence(role: string): string {
  const r = role.trim();
  if (/^(a|an|the|one of)\s/i.test(r)) return `You are ${r}.`;
  // "an" before a vowel sound; initialisms read letter by letter ("an NHS…", "a GP") are the caller's to phrase.
  return `You are ${/^[aeiou]/i.test(r) ? 'an' : 'a'} ${r}.`;
}

/** Words in a stage, for the 150–400 word guideline. */
export function stageWordCount(stage: VignetteStage): number {
  return stage.sentences.reduce((n, s) => n + s.text.trim().split(/\s+/).filter(Boolean).length, 0);
}

/** The stage index clamped to the stages there are (0 when there are none). */
export function clampStageIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** Problems with a case (no stages, empty stages, duplicate sentence ids across stages), for a development warning. */
export function vignetteProblems(stages: readonly VignetteStage[]): string[] {
  const problems: string[] = [];
  if (stages.length === 0) problems.push('there are no stages');
  const seen = new Set<string>();
  for (const stage of stages) {
    if (stage.sentences.length === 0) problems.push(`stage "${stage.id}" has no sentences`);
    for (const s of stage.sentences) {
      if (seen.has(s.id)) problems.push(`the sentence id "${s.id}" is used twice`);
      seen.add(s.id);
    }
  }
  return problems;
}

/**
 * The key above a highlighted narrative: "Highlighted: facts you chose (3)", saying how many are in collapsed
 * earlier stages so a reader knows to open them: "Highlighted: facts you chose (3; 1 in an earlier stage)".
 */
export function highlightKey(label: string, total: number, inEarlier: number): string {
  const earlier =
    inEarlier > 0 ? `; ${inEarlier} in ${inEarlier === 1 ? 'an earlier stage' : 'earlier stages'}` : '';
  return `Highlighted: ${label} (${total}${earlier})`;
}
