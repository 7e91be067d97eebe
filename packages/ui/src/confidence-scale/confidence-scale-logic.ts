/** A point on the five-point confidence scale: 1 (not at all confident) to 5 (very confident). */
export type ConfidenceValue = 1 | 2 | 3 | 4 | 5;

export const CONFIDENCE_VALUES: readonly ConfidenceValue[] = [1, 2, 3, 4, 5];

/** The words for each point, lowest first. Plain, evenly spaced steps of one idea ("confident"). */
export const DEFAULT_CONFIDENCE_LABELS = [
  'Not at all confident',
  'Slightly confident',
  'Moderately confident',
  'Fairly confident',
  'Very confident',
] as const satisfies readonly string[];

export type ConfidenceLabels = readonly [string, string, string, string, string];

/** True for a whole number from 1 to 5. */
export function isConfidenceValue(value: unknown): value is ConfidenceValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * The sentence for a chosen point, e.g. "4 out of 5, Fairly confident": for a results table, a feedback
 * panel or an LMS interaction description, in the same words the scale showed.
 */
export function describeConfidence(
  value: ConfidenceValue,
  labels: ConfidenceLabels = DEFAULT_CONFIDENCE_LABELS,
): string {
  return `${value} out of 5, ${labels[value - 1]}`;
}
