/**
 * Reviewed reading decisions for Dudley's "Level of need descriptors" matrix that no parser should guess.
 *
 * The converter sometimes gave the second half of a split bullet its own `- ` marker. The Dudley reader
 * notices such lines because they start with a lower-case letter, but it never decides on its own whether
 * one is a continuation or a bullet in its own right: each one must be settled here. Entries are keyed by
 * the verbatim text of the fragment (the line number is only a hint for people and error messages), so they
 * survive a re-conversion that moves lines. The reader throws if an entry matches no line, matches more
 * than one, or its `previousEndsWith` check fails: a stale override is a decision that needs a new review.
 *
 * Source: shared/docs/source-notes.md §0 counting rule 3 and §5.3.2.
 */

export interface DudleyFragmentOverride {
  id: string;
  lineHint: number;
  /** The fragment's whole text after its bullet marker, verbatim. */
  fragment: string;
  /** `merge`: append to the previous bullet with one space. `keep`: a bullet of its own. */
  decision: 'merge' | 'keep';
  /** For `merge`: the verbatim end of the bullet it continues (checked, so a moved fragment cannot merge into the wrong host). */
  previousEndsWith?: string;
  reason: string;
}

export const DUDLEY_OVERRIDES: readonly DudleyFragmentOverride[] = [
  {
    id: 'dudley-ebd-previous-pregnancy-age',
    lineHint: 389,
    fragment: 'under the age of 18 years old',
    decision: 'merge',
    previousEndsWith: 'I have had a previous pregnancy',
    reason:
      'Emotional & Behavioural Development / Level 2: "under the age of 18 years old" completes ' +
      '"I have had a previous pregnancy" on the line before; a line wrap became a bullet (source-notes §0 rule 3, §5.3.2).',
  },
  {
    id: 'dudley-risks-emerging-exploitation-needs',
    lineHint: 581,
    fragment: 'exploitation needs',
    decision: 'merge',
    previousEndsWith: 'this indicates that I have emerging',
    reason:
      'Risks outside of my home / Level 3: "exploitation needs" ends the screening-tool bullet that starts at ' +
      'L577 ("# • I have worked with a professional…") and continues at L579; one bullet over three lines ' +
      '(source-notes §0 rule 3, §5.3.2).',
  },
];
