import { describe, expect, it } from 'vitest';
import { vignetteJsonSchema } from '../src/vignette.schema.ts';
import { formatIssue } from '../src/vignette-loader.ts';
import { check, fixtureText, lineOf, replaceOnce } from './helpers.ts';

const OSKAR = fixtureText('oskar-health-visitor.yaml');
const RUBY = fixtureText('ruby-young-carer.yaml');

describe('vignette validation: valid files', () => {
  it('accepts both fixture vignettes against the fixture catalogue', () => {
    expect(check(OSKAR).issues).toEqual([]);
    expect(check(RUBY).issues).toEqual([]);
  });
});

describe('vignette validation: a corrupted file gives clear errors with file, line and field', () => {
  it('reports a YAML syntax error with its line', () => {
    const broken = replaceOnce(OSKAR, 'title: Oskar, from low mood to a bruise', 'title: [Oskar');
    const { issues } = check(broken, 'vignettes/oskar.yaml');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.file).toBe('vignettes/oskar.yaml');
    expect(issues[0]?.message).toMatch(/^YAML syntax/);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(lineOf(OSKAR, 'title: Oskar'));
  });

  it('names a missing required field, located at the start of the object that lacks it', () => {
    const broken = replaceOnce(OSKAR, 'role: Health visitor\n', '');
    const { issues } = check(broken, 'oskar.yaml');
    expect(issues.map(formatIssue)).toEqual([
      `oskar.yaml:${lineOf(broken, 'id: oskar-health-visitor')}:1: role: missing required field (expected string)`,
    ]);
  });

  it('points at an unknown field on its own line', () => {
    const broken = replaceOnce(
      OSKAR,
      '        kind: concern\n        domain: child-development\n        keys:\n          telford-wrekin: { indicators: [tw-2-health-draft-immunisations] }',
      '        kind: concern\n        domain: child-development\n        levle: 2\n        keys:\n          telford-wrekin: { indicators: [tw-2-health-draft-immunisations] }',
    );
    const { issues } = check(broken, 'oskar.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      line: lineOf(broken, 'levle: 2'),
      field: 'stages[1].facts[0].levle',
      message: 'unknown field `levle`',
    });
  });

  it('rejects an indicator id that does not exist, naming the area and the line', () => {
    const broken = replaceOnce(
      OSKAR,
      'sandwell: { indicators: [sa-2-health-draft-weight] }',
      'sandwell: { indicators: [sa-2-health-draft-wieght] }',
    );
    const { issues } = check(broken, 'oskar.yaml');
    const issue = issues.find((i) => i.message.includes('sa-2-health-draft-wieght'));
    expect(issue).toBeDefined();
    expect(issue).toMatchObject({
      line: lineOf(broken, 'sa-2-health-draft-wieght'),
      field: 'stages[1].facts[1].keys.sandwell.indicators[0]',
    });
    expect(issue?.message).toMatch(/does not exist in Sandwell \(fixture catalogue/);
    // Five level-2 concerns remain in Sandwell, so the multiplicity modifier still holds: one error only.
    expect(issues).toHaveLength(1);
  });

  it('rejects a quote that is not in the narrative', () => {
    const broken = replaceOnce(OSKAR, 'quote: sees Oskar at weekends', 'quote: sees Oskar every weekend');
    const { issues } = check(broken, 'oskar.yaml');
    expect(issues).toEqual([
      expect.objectContaining({
        line: lineOf(broken, 'quote: sees Oskar every weekend'),
        field: 'stages[1].facts[6].quote',
        message: 'the quote does not appear verbatim in this stage’s narrative',
      }),
    ]);
  });

  it('rejects a fact that matters but has no key for an area', () => {
    const broken = replaceOnce(
      OSKAR,
      '          dudley: { none: "Dudley\'s matrix has no level-2 money indicator; serious debt that affects care is level 3, and this is not yet that." }\n',
      '',
    );
    const { issues } = check(broken, 'oskar.yaml');
    expect(issues.map((i) => i.field)).toContain('stages[1].facts[3].keys.dudley');
  });

  it('fails when a declared expectation cannot be derived from the keys', () => {
    const broken = replaceOnce(
      OSKAR,
      '    expected:\n      telford-wrekin: { level: 2 }',
      '    expected:\n      telford-wrekin: { level: 3 }',
    );
    const { issues } = check(broken, 'oskar.yaml');
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'stages[0].expected.telford-wrekin',
        line: lineOf(broken, 'telford-wrekin: { level: 3 }'),
        message:
          'declared level 3 cannot be derived from the keys in Telford & Wrekin: they give 2 (Vulnerable)',
      }),
    ]);
  });

  it('fails when a multiplicity modifier is declared without enough lower-level factors', () => {
    const broken = replaceOnce(
      OSKAR,
      'facts: [kasia-low-mood, missed-immunisations, weight-dropped, parents-separated, cannot-afford-heating, drinking-to-sleep]',
      'facts: [kasia-low-mood, missed-immunisations]',
    );
    const { issues } = check(broken, 'oskar.yaml');
    expect(
      issues.some(
        (i) =>
          i.field === 'stages[1].modifiers[0]' &&
          /needs at least 3 concerns at level 2 across 2 triangle domains, found 2/.test(i.message),
      ),
    ).toBe(true);
  });

  it('fails when multiplicity is applied where a higher indicator already sets the level (Stoke)', () => {
    const broken = replaceOnce(
      OSKAR,
      '        areas: [telford-wrekin, sandwell, nottingham-city, dudley]\n',
      '',
    );
    const { issues } = check(broken, 'oskar.yaml');
    // Stoke keys a level-3 indicator, so only one concern sits at its starting level.
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'stages[1].modifiers[0]',
        line: lineOf(broken, '- type: multiplicity'),
        message:
          'multiplicity cannot be derived in Stoke-on-Trent: it needs at least 3 concerns at level 3 across 2 triangle domains, found 1 across 1',
      }),
    ]);
  });

  it('rejects a second modifier of the same type (it would move the level twice)', () => {
    const broken = replaceOnce(
      OSKAR,
      '    expected:\n      telford-wrekin: { level: 3 }',
      '      - type: multiplicity\n        areas: [telford-wrekin]\n        rationale: Again.\n    expected:\n      telford-wrekin: { level: 3 }',
    );
    const { issues } = check(broken);
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'stages[1].modifiers[1]',
        line: lineOf(broken, 'rationale: Again.') - 2,
        message: 'a stage declares at most one multiplicity modifier in Telford & Wrekin',
      }),
    ]);
  });

  it('rejects a contested band that does not contain the derived level, or is not adjacent', () => {
    const wide = check(
      replaceOnce(RUBY, 'band: [3, 4]\n        trainerNote', 'band: [2, 4]\n        trainerNote'),
      'ruby.yaml',
    );
    expect(
      wide.issues.some(
        (i) => i.field === 'stages[0].modifiers[0].band' && /two adjacent levels/.test(i.message),
      ),
    ).toBe(true);
    const low = check(
      replaceOnce(RUBY, 'band: [3, 4]\n        trainerNote', 'band: [2, 3]\n        trainerNote'),
      'ruby.yaml',
    );
    expect(low.issues.some((i) => /does not contain the derived level 4/.test(i.message))).toBe(true);
  });

  it('rejects a narrative outside 150–400 words', () => {
    const tooShort = RUBY.replace(
      /(narrative: >-\n)([\s\S]*?)(\n {4}facts:)/,
      '$1      Ruby is fourteen. She helps her mum shower and dress every morning.$3',
    );
    const { issues } = check(tooShort);
    expect(
      issues.some(
        (i) => i.field === 'stages[0].narrative' && /narrative has \d+ words; write 150–400/.test(i.message),
      ),
    ).toBe(true);
  });

  it('rejects retiring a fact that no earlier stage has', () => {
    const broken = replaceOnce(RUBY, 'retires: [attendance-84,', 'retires: [attendance-85,');
    const { issues } = check(broken);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'stages[1].retires[0]',
          message: '`attendance-85` is not a fact of an earlier stage',
        }),
      ]),
    );
  });

  it('blocks protective factors from lowering a level-4 indicator', () => {
    const broken = replaceOnce(
      OSKAR,
      '    retires: [drinking-to-sleep]\n',
      '    retires: [drinking-to-sleep]\n    modifiers:\n      - type: protective\n        facts: [settles-with-kasia]\n        rationale: She is warm with him.\n',
    );
    const { issues } = check(broken);
    expect(
      issues.some((i) => /protective factors cannot lower a matched level-4 indicator/.test(i.message)),
    ).toBe(true);
  });

  it('reports a non-mapping file and an empty file without crashing', () => {
    expect(check('- just\n- a list\n').issues[0]?.message).toMatch(/must be a YAML mapping/);
    expect(check('').issues[0]?.message).toMatch(/must be a YAML mapping/);
  });
});

describe('JSON Schema export', () => {
  it('describes the vignette fields for editor completion', () => {
    const schema = vignetteJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'child',
        'setting',
        'role',
        'contentNote',
        'trainerNotes',
        'discussionPrompts',
        'stages',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'stages']));
    expect(JSON.stringify(schema)).toContain('multiplicity');
  });
});
