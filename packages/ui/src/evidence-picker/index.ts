export { EvidencePicker, type EvidencePickerProps } from './EvidencePicker.tsx';
export {
  type EvidencePickerExample,
  evidencePickerExamples,
  HEALTH_VISITOR_STATEMENTS,
  TRIANGLE_DOMAINS,
} from './evidence-picker.examples.ts';
export {
  type EvidenceChoice,
  type EvidenceDomain,
  type EvidenceIssue,
  type EvidenceIssueCode,
  type EvidenceKind,
  type EvidenceStatement,
  setStatementKind,
  summariseEvidence,
  tagStatement,
  toggleStatement,
  validateEvidence,
} from './evidence-selection.ts';
