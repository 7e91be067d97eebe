import type { Vignette } from '@levelwise/scenarios';
import type { VignetteStage } from '@levelwise/ui/vignette-reader';

/**
 * A vignette's narrative as VignetteReader stages: paragraphs are the YAML narrative's line breaks, sentences are
 * split after . ! ? (or a closing quote after one) followed by a space and a capital or an opening quote.
 * Sentence ids are stable for a vignette: `<stage id>-<n>`.
 */
export function readerStages(vignette: Vignette): VignetteStage[] {
  return vignette.stages.map((stage) => {
    const sentences: { id: string; text: string; startsParagraph?: boolean }[] = [];
    const paragraphs = stage.narrative
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const paragraph of paragraphs) {
      splitSentences(paragraph).forEach((text, i) => {
        sentences.push({
          id: `${stage.id}-${sentences.length + 1}`,
          text,
          ...(i === 0 ? { startsParagraph: true } : {}),
        });
      });
    }
    return { id: stage.id, title: lowerFirst(stage.title), sentences };
  });
}

/** Splits a paragraph into sentences, keeping punctuation and closing quotes with their sentence. */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "The autumn term" → "the autumn term" for "Stage 1 of 2: the autumn term"; acronyms ("GP visit") stay. */
export function lowerFirst(title: string): string {
  if (/^[A-Z]{2,}/.test(title)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** The child's age in words for the reader: "14 years", "7 months", "1 year 3 months", "unborn (28 weeks of pregnancy)". */
export function childAgeWords(vignette: Vignette): string {
  const { age, unborn } = vignette.child;
  if (unborn) return `unborn (${unborn.gestationWeeks} weeks of pregnancy)`;
  if (!age) return 'not stated';
  const years = age.years;
  const months = age.months ?? 0;
  const y = years === 1 ? '1 year' : `${years} years`;
  const mo = months === 1 ? '1 month' : `${months} months`;
  if (years === 0) return mo;
  return months > 0 ? `${y} ${mo}` : y;
}
