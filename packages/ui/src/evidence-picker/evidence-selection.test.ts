import { describe, expect, it } from 'vitest';
import {
  evidencePickerExamples,
  HEALTH_VISITOR_STATEMENTS,
  TRIANGLE_DOMAINS,
} from './evidence-picker.examples.ts';
import {
  type EvidenceChoice,
  idFragment,
  lowerFirst,
  setStatementKind,
  summariseEvidence,
  tagStatement,
  toggleStatement,
  validateEvidence,
} from './evidence-selection.ts';

const statements = HEALTH_VISITOR_STATEMENTS;
const domains = TRIANGLE_DOMAINS;

describe('toggleStatement, tagStatement, setStatementKind', () => {
  it('adds untagged choices in statement order, whatever order they are ticked in', () => {
    let value: EvidenceChoice[] = [];
    value = toggleStatement(value, 'flat', true, statements);
    value = toggleStatement(value, 'weight', true, statements);
    expect(value).toEqual([
      { statementId: 'weight', domainId: null },
      { statementId: 'flat', domainId: null },
    ]);
  });
  it('un-choosing forgets the tag; choosing twice changes nothing', () => {
    const tagged = tagStatement([{ statementId: 'weight', domainId: null }], 'weight', 'child-development');
    expect(tagged).toEqual([{ statementId: 'weight', domainId: 'child-development' }]);
    expect(toggleStatement(tagged, 'weight', true, statements)).toEqual(tagged);
    expect(toggleStatement(tagged, 'weight', false, statements)).toEqual([]);
    expect(toggleStatement(toggleStatement(tagged, 'weight', false), 'weight', true)).toEqual([
      { statementId: 'weight', domainId: null },
    ]);
  });
  it('tagging a statement that is not chosen chooses it, in order', () => {
    expect(
      tagStatement([{ statementId: 'gp', domainId: null }], 'feeds', 'parenting-capacity', statements),
    ).toEqual([
      { statementId: 'feeds', domainId: 'parenting-capacity' },
      { statementId: 'gp', domainId: null },
    ]);
  });
  it('sets the kind of a chosen statement only, without mutating the input', () => {
    const value: EvidenceChoice[] = [{ statementId: 'warmth', domainId: 'parenting-capacity' }];
    const next = setStatementKind(value, 'warmth', 'strength');
    expect(next).toEqual([{ statementId: 'warmth', domainId: 'parenting-capacity', kind: 'strength' }]);
    expect(value[0]).not.toHaveProperty('kind');
    expect(setStatementKind(value, 'gp', 'concern')).toEqual(value);
  });
});

describe('summariseEvidence', () => {
  it('counts per side of the triangle, in domain order, and the untagged ones', () => {
    const value: EvidenceChoice[] = [
      { statementId: 'flat', domainId: 'family-environment' },
      { statementId: 'feeds', domainId: 'parenting-capacity' },
      { statementId: 'warmth', domainId: 'parenting-capacity' },
      { statementId: 'gp', domainId: null },
    ];
    expect(summariseEvidence(value, domains)).toBe(
      '4 statements chosen: 2 parenting capacity, 1 family and environmental factors; 1 not yet tagged.',
    );
  });
  it('reads naturally with none, one, all untagged and a maximum', () => {
    expect(summariseEvidence([], domains)).toBe('No statements chosen yet.');
    expect(summariseEvidence([], domains, { max: 3 })).toBe(
      'No statements chosen yet. You can choose up to 3.',
    );
    expect(summariseEvidence([{ statementId: 'weight', domainId: 'child-development' }], domains)).toBe(
      "1 statement chosen: 1 child's developmental needs.",
    );
    expect(summariseEvidence([{ statementId: 'weight', domainId: null }], domains)).toBe(
      '1 statement chosen: 1 not yet tagged.',
    );
    expect(
      summariseEvidence(
        [
          { statementId: 'weight', domainId: 'child-development' },
          { statementId: 'gp', domainId: 'no-such-domain' },
        ],
        domains,
        { max: 2 },
      ),
    ).toBe(
      "2 of 2 statements chosen: 1 child's developmental needs; 1 not yet tagged. That is the most you can choose.",
    );
  });
  it('adds concerns and strengths when asked', () => {
    expect(
      summariseEvidence(
        [
          { statementId: 'warmth', domainId: 'parenting-capacity', kind: 'strength' },
          { statementId: 'weight', domainId: 'child-development', kind: 'concern' },
          { statementId: 'flat', domainId: 'family-environment' },
        ],
        domains,
        { askKind: true },
      ),
    ).toBe(
      "3 statements chosen: 1 child's developmental needs, 1 parenting capacity, 1 family and environmental factors. 1 concern, 1 strength, 1 not yet marked as a concern or a strength.",
    );
  });
});

describe('lowerFirst', () => {
  it('lowers the first letter of a sentence-case label and leaves capitals alone', () => {
    expect(lowerFirst('Parenting capacity')).toBe('parenting capacity');
    expect(lowerFirst("Child's developmental needs")).toBe("child's developmental needs");
    expect(lowerFirst('PARENTS AND CARERS')).toBe('PARENTS AND CARERS');
    expect(lowerFirst('')).toBe('');
  });
});

describe('validateEvidence', () => {
  it('passes a complete selection', () => {
    expect(validateEvidence([{ statementId: 'weight', domainId: 'child-development' }], statements)).toEqual(
      [],
    );
  });
  it('asks for at least one statement, and for no more than the maximum', () => {
    expect(validateEvidence([], statements).map((i) => i.message)).toEqual([
      'Choose at least one statement to use as evidence',
    ]);
    expect(validateEvidence([], statements, { min: 0 })).toEqual([]);
    expect(validateEvidence([], statements, { min: 2 })[0]?.message).toBe(
      'Choose at least 2 statements to use as evidence',
    );
    const three = ['weight', 'feeds', 'gp'].map((statementId) => ({
      statementId,
      domainId: 'child-development',
    }));
    expect(validateEvidence(three, statements, { max: 2 }).map((i) => i.code)).toEqual(['too-many']);
  });
  it('names each untagged statement by its number, in reading order', () => {
    const issues = validateEvidence(
      [
        { statementId: 'gp', domainId: null },
        { statementId: 'feeds', domainId: null },
        { statementId: 'weight', domainId: 'gone' },
      ],
      statements,
      { domains },
    );
    expect(issues).toEqual([
      {
        code: 'untagged',
        statementId: 'weight',
        message: 'Choose which side of the triangle statement 1 is evidence for',
      },
      {
        code: 'untagged',
        statementId: 'feeds',
        message: 'Choose which side of the triangle statement 2 is evidence for',
      },
      {
        code: 'untagged',
        statementId: 'gp',
        message: 'Choose which side of the triangle statement 5 is evidence for',
      },
    ]);
  });
  it('asks for concern or strength only when askKind is on', () => {
    const value: EvidenceChoice[] = [{ statementId: 'warmth', domainId: 'parenting-capacity' }];
    expect(validateEvidence(value, statements)).toEqual([]);
    expect(validateEvidence(value, statements, { askKind: true })).toEqual([
      {
        code: 'no-kind',
        statementId: 'warmth',
        message: 'Say whether statement 3 is a concern or a strength',
      },
    ]);
  });
});

describe('idFragment', () => {
  it('keeps ids safe for use in element ids', () => {
    expect(idFragment('s 1/â')).toBe('s_1__');
    expect(idFragment('ok-id_2')).toBe('ok-id_2');
  });
});

describe('evidencePickerExamples', () => {
  it('have unique names, use only known statements and domains, and cover the states', () => {
    const names = evidencePickerExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const example of evidencePickerExamples) {
      for (const choice of example.props.defaultValue ?? []) {
        expect(example.props.statements.some((s) => s.id === choice.statementId)).toBe(true);
        if (choice.domainId) expect(example.props.domains.some((d) => d.id === choice.domainId)).toBe(true);
      }
    }
    expect(evidencePickerExamples.some((e) => e.props.showErrors)).toBe(true);
    expect(evidencePickerExamples.some((e) => e.props.askKind)).toBe(true);
    expect(evidencePickerExamples.some((e) => e.props.max)).toBe(true);
    expect(evidencePickerExamples.some((e) => e.props.disabled)).toBe(true);
  });
});
