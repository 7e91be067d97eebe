/**
 * Pure logic of the EvidencePicker: the value is the list of statements the learner chose, each tagged with a
 * side of the triangle (and, optionally, as a concern or a strength). Kept out of the component so every rule
 * (order, wording, validation) is unit-tested and can be reused by a host, e.g. to check an answer on submit.
 */

export type EvidenceKind = 'concern' | 'strength';

export interface EvidenceChoice {
  statementId: string;
  /** The triangle domain the statement is evidence for; null until the learner tags it. */
  domainId: string | null;
  /** Whether it is a concern or a strength (only asked when `askKind` is on); null or absent until chosen. */
  kind?: EvidenceKind | null;
}

export interface EvidenceStatement {
  id: string;
  text: string;
}

export interface EvidenceDomain {
  id: string;
  label: string;
}

/** Keeps choices in the order the statements appear in the case, whatever order they were ticked in. */
function inStatementOrder(
  value: readonly EvidenceChoice[],
  statements: readonly EvidenceStatement[] | undefined,
): EvidenceChoice[] {
  if (!statements) return [...value];
  const position = new Map(statements.map((s, i) => [s.id, i]));
  return [...value].sort(
    (a, b) => (position.get(a.statementId) ?? Infinity) - (position.get(b.statementId) ?? Infinity),
  );
}

/** Chooses or un-chooses a statement. Un-choosing forgets its tag; choosing again starts untagged. */
export function toggleStatement(
  value: readonly EvidenceChoice[],
  statementId: string,
  chosen: boolean,
  statements?: readonly EvidenceStatement[],
): EvidenceChoice[] {
  const without = value.filter((c) => c.statementId !== statementId);
  if (!chosen) return without;
  if (without.length !== value.length) return [...value];
  return inStatementOrder([...without, { statementId, domainId: null }], statements);
}

/** Tags a chosen statement with a domain; a statement that is not chosen is chosen and tagged at once. */
export function tagStatement(
  value: readonly EvidenceChoice[],
  statementId: string,
  domainId: string | null,
  statements?: readonly EvidenceStatement[],
): EvidenceChoice[] {
  const existing = value.find((c) => c.statementId === statementId);
  if (!existing) return inStatementOrder([...value, { statementId, domainId }], statements);
  return value.map((c) => (c.statementId === statementId ? { ...c, domainId } : c));
}

/** Marks a chosen statement as a concern or a strength. */
export function setStatementKind(
  value: readonly EvidenceChoice[],
  statementId: string,
  kind: EvidenceKind | null,
): EvidenceChoice[] {
  return value.map((c) => (c.statementId === statementId ? { ...c, kind } : c));
}

/** "Parenting capacity" → "parenting capacity", but an all-capitals or acronym label is left alone. */
export function lowerFirst(label: string): string {
  if (label.length > 1 && label[1] === label[1]?.toUpperCase() && /[A-Z]/.test(label[1] ?? '')) return label;
  return label.charAt(0).toLocaleLowerCase('en-GB') + label.slice(1);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The running summary, e.g. "3 statements chosen: 2 parenting capacity, 1 family and environmental factors;
 * 1 not yet tagged." Domains are counted in the order given; a tag that names no domain counts as not tagged.
 */
export function summariseEvidence(
  value: readonly EvidenceChoice[],
  domains: readonly EvidenceDomain[],
  { max, askKind = false }: { max?: number; askKind?: boolean } = {},
): string {
  const n = value.length;
  if (n === 0) {
    return max ? `No statements chosen yet. You can choose up to ${max}.` : 'No statements chosen yet.';
  }
  const known = new Set(domains.map((d) => d.id));
  const parts = domains
    .map((d) => ({ d, k: value.filter((c) => c.domainId === d.id).length }))
    .filter(({ k }) => k > 0)
    .map(({ d, k }) => `${k} ${lowerFirst(d.label)}`);
  const untagged = value.filter((c) => c.domainId === null || !known.has(c.domainId)).length;
  const head = max ? `${n} of ${max} statements chosen` : `${count(n, 'statement', 'statements')} chosen`;
  let sentence = head;
  if (parts.length) sentence += `: ${parts.join(', ')}`;
  if (untagged) sentence += `${parts.length ? ';' : ':'} ${untagged} not yet tagged`;
  sentence += '.';
  if (askKind) {
    const concerns = value.filter((c) => c.kind === 'concern').length;
    const strengths = value.filter((c) => c.kind === 'strength').length;
    const unmarked = n - concerns - strengths;
    const kinds = [
      concerns ? count(concerns, 'concern', 'concerns') : '',
      strengths ? count(strengths, 'strength', 'strengths') : '',
      unmarked ? `${unmarked} not yet marked as a concern or a strength` : '',
    ].filter(Boolean);
    sentence += ` ${kinds.join(', ').replace(/^./, (c) => c.toUpperCase())}.`;
  }
  if (max && n >= max) sentence += ' That is the most you can choose.';
  return sentence;
}

export type EvidenceIssueCode = 'none-chosen' | 'too-many' | 'untagged' | 'no-kind';

export interface EvidenceIssue {
  code: EvidenceIssueCode;
  /** The statement the issue is about (untagged, no-kind). */
  statementId?: string;
  /** A message in the GOV.UK style: what to do, not what went wrong. */
  message: string;
}

/**
 * Checks a selection before the learner moves on. Returns the issues in reading order, empty when the
 * selection can be submitted. Statement numbers in messages are 1-based positions in `statements`.
 */
export function validateEvidence(
  value: readonly EvidenceChoice[],
  statements: readonly EvidenceStatement[],
  {
    domains,
    max,
    min = 1,
    askKind = false,
  }: { domains?: readonly EvidenceDomain[]; max?: number; min?: number; askKind?: boolean } = {},
): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  if (value.length < min) {
    issues.push({
      code: 'none-chosen',
      message:
        min === 1
          ? 'Choose at least one statement to use as evidence'
          : `Choose at least ${min} statements to use as evidence`,
    });
  }
  if (max !== undefined && value.length > max) {
    issues.push({ code: 'too-many', message: `Choose no more than ${max} statements` });
  }
  const known = domains ? new Set(domains.map((d) => d.id)) : undefined;
  const number = (id: string) => statements.findIndex((s) => s.id === id) + 1;
  for (const choice of inStatementOrder(value, statements)) {
    const n = number(choice.statementId);
    const which = n > 0 ? `statement ${n}` : 'this statement';
    if (choice.domainId === null || (known && !known.has(choice.domainId))) {
      issues.push({
        code: 'untagged',
        statementId: choice.statementId,
        message: `Choose which side of the triangle ${which} is evidence for`,
      });
    }
    if (askKind && !choice.kind) {
      issues.push({
        code: 'no-kind',
        statementId: choice.statementId,
        message: `Say whether ${which} is a concern or a strength`,
      });
    }
  }
  return issues;
}

/** A safe fragment of an id from any statement or domain id. */
export function idFragment(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '_');
}
