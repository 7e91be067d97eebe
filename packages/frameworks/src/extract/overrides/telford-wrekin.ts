/**
 * Reviewed reading decisions for the Telford & Wrekin threshold matrix that no sentence segmenter should
 * guess. Each entry is keyed by a verbatim fragment of the source text (the line number is only a hint for
 * people and error messages), so it survives a re-conversion that moves lines. The reader throws if an
 * entry no longer matches exactly once: a stale override is a reading decision that needs a new review.
 *
 * Source: shared/docs/source-notes.md §0 counting rule 2 and §1.3.2–1.3.3.
 */

/** Two statements run together because the PDF lost the full stop: split between `before` and `after`. */
export interface SplitRunOnOverride {
  kind: 'split_runon';
  id: string;
  lineHint: number;
  /** Verbatim end of the first statement (directly before the lost full stop). */
  before: string;
  /** Verbatim start of the second statement. */
  after: string;
  reason: string;
}

/** A qualifier sentence that cannot stand alone: merged into the item before it in the same cell. */
export interface MergeQualifierOverride {
  kind: 'merge_qualifier';
  id: string;
  lineHint: number;
  /** The whole qualifier sentence, verbatim. */
  sentence: string;
  reason: string;
}

/** An item that is a cross-reference although it does not say "refer to …". */
export interface CrossReferenceOverride {
  kind: 'cross_reference';
  id: string;
  lineHint: number;
  /** The whole indicator text, verbatim. */
  text: string;
  target: string;
  reason: string;
}

export type TelfordOverride = SplitRunOnOverride | MergeQualifierOverride | CrossReferenceOverride;

export const TELFORD_WREKIN_OVERRIDES: readonly TelfordOverride[] = [
  {
    kind: 'split_runon',
    id: 'telford-gbs-v-antisocial-runon',
    lineHint: 218,
    before: 'Anti social behaviour starting to occur',
    after: 'Parental conflict is evident occasionally',
    reason:
      'Guidance Boundaries and Stimulation / Vulnerable: the full stop after "starting to occur" was lost; ' +
      'anti-social behaviour and parental conflict are two separate indicators (source-notes §1.3.2).',
  },
  {
    kind: 'split_runon',
    id: 'telford-health-u-wellbeing-runon',
    lineHint: 248,
    before: 'Health and wellbeing supported when required',
    after: 'Developmental milestones appropriate',
    reason:
      'Health / Universal: the full stop after "when required" was lost; wellbeing support and developmental ' +
      'milestones are two indicators (source-notes §1.3.2).',
  },
  {
    kind: 'split_runon',
    id: 'telford-le-c-benchmarks-runon',
    lineHint: 241,
    before: 'Not achieving key stage benchmarks despite significant intervention',
    after: 'Statutory education age, child not accessing education',
    reason:
      'Learning/Education / Complex: the full stop after "significant intervention" was lost; attainment and ' +
      'not accessing education are two indicators (source-notes §1.3.2).',
  },
  {
    kind: 'split_runon',
    id: 'telford-sci-v-contraception-runon',
    lineHint: 267,
    before: 'sexually active young person (15+)',
    after: 'Inconsistent use of contraception.',
    reason:
      'Self-care and Independence / Vulnerable: the full stop after "(15+)" was lost; early sexual activity ' +
      'and inconsistent contraception are two indicators (source-notes §1.3.2; Sandwell keeps them as one ' +
      'bullet joined by "with risk taking behaviours e.g.", which is a different wording).',
  },
  {
    kind: 'merge_qualifier',
    id: 'telford-health-v-appointments-qualifier',
    lineHint: 248,
    sentence: 'However appointment are booked again and attended.',
    reason:
      'Health / Vulnerable: "However …" qualifies the missed-appointments sentence before it and cannot ' +
      'stand alone (source-notes §0 counting rule 2).',
  },
  {
    kind: 'merge_qualifier',
    id: 'telford-le-c-parents-engaging-qualifier',
    lineHint: 241,
    sentence: 'Parents are engaging with professionals to address this matter.',
    reason:
      'Learning/Education / Complex: "this matter" refers to the child not accessing education in the ' +
      'sentence before; it is the condition that keeps the item at Complex rather than Acute (compare the ' +
      'Acute "parents not engaging with professionals to address this matter") (source-notes §1.3.2).',
  },
  {
    kind: 'cross_reference',
    id: 'telford-sebi-a-exploitation-truncated-xref',
    lineHint: 260,
    text: 'ACUTE needs of exploitation identified. .',
    target: 'CE section',
    reason:
      'Social, Emotional, Behavioural, Identity / Acute: the same phrasing as the other ACUTE child-exploitation ' +
      'bullets, whose tail ", refer to CE section" is lost here (the stray " ." remains); source-notes §1.3.3 ' +
      'lists it among the 7 cross-references.',
  },
];
