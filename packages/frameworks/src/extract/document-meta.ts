/**
 * Reviewed identity facts for each source document (source-notes §1.1, 2.1, 3.1, 4.1, 5.1).
 * Every fact is a verbatim quote with the line(s) it is on; the pipeline checks that the quote really occurs
 * there (after `normaliseText`) and records a span with a content hash, so a re-converted seed that moves the
 * text fails loudly instead of shipping a stale line number.
 */
import type { AreaId } from './reader-types.ts';

export interface QuoteRef {
  /** 1-based first line. */
  line: number;
  /** 1-based last line (defaults to `line`). */
  endLine?: number;
  text: string;
}

export interface DocumentMetaInput {
  partnership: { name: string; acronym?: string; evidence: QuoteRef };
  title: QuoteRef;
  statedDate?: QuoteRef;
  inferredDate: { text: string; evidence: QuoteRef[] };
}

export const DOCUMENT_META: Readonly<Record<AreaId, DocumentMetaInput>> = {
  'telford-wrekin': {
    partnership: {
      name: 'Telford & Wrekin Safeguarding Partnership',
      evidence: {
        line: 48,
        text: 'Telford & Wrekin Safeguarding Partnership endorses and actively promotes',
      },
    },
    title: {
      line: 13,
      endLine: 16,
      text: 'TELFORD & WREKIN PARTNERSHIP THRESHOLD GUIDANCE A partnership framework for assessment and support Right Help at the Right Time',
    },
    inferredDate: {
      text: 'c. 2022–23 (undated; links the 2022–2023 escalation policy)',
      evidence: [{ line: 366, text: 'escalation-policy-2022-2023.docx' }],
    },
  },
  sandwell: {
    partnership: {
      name: "Sandwell Children's Safeguarding Partnership",
      acronym: 'SCSP',
      evidence: { line: 30, text: 'Sandwell Children Safeguarding Partnership (SCSP)' },
    },
    title: { line: 3, text: 'Multi-agency Thresholds Document' },
    statedDate: { line: 10, text: 'REVIEW DATE: APRIL 2021' },
    inferredDate: {
      text: 'c. 2019–20 (review date April 2021; cites advice updated 4 July 2018)',
      evidence: [
        { line: 10, text: 'REVIEW DATE: APRIL 2021' },
        { line: 174, text: 'Updated 4 July 2018' },
      ],
    },
  },
  'stoke-on-trent': {
    partnership: {
      name: 'Stoke-on-Trent Safeguarding Children Partnership',
      acronym: 'SOTSCP',
      evidence: { line: 13, endLine: 15, text: 'Stoke-on-Trent Safeguarding Children Partnership (SOTSCP)' },
    },
    title: { line: 17, text: "Threshold Framework: 'Accessing the Right Help at the Right Time'" },
    statedDate: { line: 21, text: 'March 2021' },
    inferredDate: {
      text: 'March 2021',
      evidence: [
        { line: 21, text: 'March 2021' },
        {
          line: 23,
          text: 'This is the current operating version for Stoke-on-Trent, please use this version.',
        },
      ],
    },
  },
  'nottingham-city': {
    partnership: {
      name: 'Nottingham City Safeguarding Children Partnership',
      evidence: {
        line: 38,
        text: 'Nottingham City Safeguarding Children Board will become the Nottingham City Safeguarding Children Partnership on 1st April 2019',
      },
    },
    title: { line: 4, text: 'Threshold for Support and Safeguarding' },
    statedDate: { line: 837, text: '2018/20' },
    inferredDate: {
      text: 'c. 2018–19 (pathway 2018/20; board becomes a partnership on 1 April 2019)',
      evidence: [
        { line: 14, text: "The Nottingham City's Family Support Pathway 2018/20" },
        {
          line: 38,
          text: 'will become the Nottingham City Safeguarding Children Partnership on 1st April 2019',
        },
      ],
    },
  },
  dudley: {
    partnership: {
      name: 'Dudley Safeguarding People Partnership',
      acronym: 'DSPP',
      evidence: { line: 30, text: 'Dudley Safeguarding People Partnership (DSPP)' },
    },
    title: { line: 1, text: "Dudley's Continuum of Help and Support" },
    inferredDate: {
      text: 'c. late 2024 (undated; cites Working Together 2023; procedures move to Tri-X early in 2025)',
      evidence: [
        { line: 58, text: 'Working Together 2023' },
        { line: 102, text: 'will be transferred to Tri-X early in 2025' },
      ],
    },
  },
};
