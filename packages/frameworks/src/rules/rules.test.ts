import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../extract/normalise.ts';
import { AREA_IDS, AREA_SOURCE_FILES, type AreaId } from '../extract/reader-types.ts';
import { dayWindowIssues } from './escalation.ts';
import { rulesByArea } from './index.ts';
import { AreaRulesSchema, type EscalationLadder, type SourceRef } from './schema.ts';
import { checkRef, seedLines, seedsDir } from './seed-source.ts';
import { collectRefs } from './walk-refs.ts';

const areas = [...AREA_IDS];

it('has rules for all five areas', () => {
  expect(Object.keys(rulesByArea).sort()).toEqual([...AREA_IDS].sort());
});

/** Level names (1 → 4) from the table in shared/seeds/README.md, keyed by area. */
function readmeLevelNames(): Record<AreaId, string[]> {
  const readme = readFileSync(resolve(seedsDir(), 'README.md'), 'utf8');
  const out: Partial<Record<AreaId, string[]>> = {};
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = cells[1]?.replace(/`/g, '');
    const area = AREA_IDS.find((id) => AREA_SOURCE_FILES[id] === file);
    if (area && cells[4]) out[area] = cells[4].split('·').map((name) => name.trim());
  }
  return out as Record<AreaId, string[]>;
}

/** Case-, punctuation- and spacing-insensitive form of a level name ("Statutory / Specialist" ~ "Statutory/Specialist"). */
const looseName = (name: string) =>
  normaliseText(name)
    .toLowerCase()
    .replace(/[()•:]/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(areas)('rules for %s', (area) => {
  const rules = rulesByArea[area];

  it('validates against AreaRulesSchema', () => {
    const result = AreaRulesSchema.safeParse(rules);
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => `${area}.${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual([]);
  });

  it('cites its own seed file', () => {
    expect(rules.area).toBe(area);
    expect(rules.file).toBe(AREA_SOURCE_FILES[area]);
    const foreign = collectRefs(rules).filter(({ ref }) => ref.file !== rules.file);
    expect(foreign.map(({ path, ref }) => `${path}: ${ref.file}`)).toEqual([]);
  });

  it('has every quote inside its recorded lines', () => {
    const located = collectRefs(rules);
    expect(located.length).toBeGreaterThan(20);
    const failures = located
      .map(({ path, ref }) => checkRef(ref, `${area}.${path}`))
      .filter((f) => f !== null);
    expect(failures).toEqual([]);
  });

  it('has four levels 1-4 named as in the seeds README', () => {
    const expected = readmeLevelNames()[area];
    expect(expected).toHaveLength(4);
    expect(rules.levels.map((level) => level.ordinal)).toEqual([1, 2, 3, 4]);
    rules.levels.forEach((level, index) => {
      expect(looseName(level.localName), `${area} level ${level.ordinal}`).toBe(looseName(expected[index]!));
      // The name is printed where nameRef says (letter case aside, for capitalised banners).
      expect(normaliseText(level.nameRef.quote).toLowerCase()).toContain(
        normaliseText(level.localName).toLowerCase(),
      );
      expect(level.serviceResponses.length).toBeGreaterThan(0);
    });
  });

  it('has a front door with a phone, a referral instrument, a 999 instruction and an escalation entry', () => {
    expect(rules.frontDoor.phones.some((phone) => phone.purpose === 'front-door')).toBe(true);
    expect(rules.frontDoor.referralInstrument.name.length).toBeGreaterThan(0);
    expect(rules.frontDoor.emergency.instruction.quote.length).toBeGreaterThan(0);
    expect(rules.escalation.length).toBeGreaterThan(0);
    for (const phone of rules.frontDoor.phones) {
      expect(normaliseText(phone.ref.quote), `${area} phone ${phone.number}`).toContain(phone.number);
    }
  });
});

describe('consent ages', () => {
  const expected: Record<AreaId, number | null> = {
    'telford-wrekin': 12,
    sandwell: null,
    'stoke-on-trent': null,
    'nottingham-city': null,
    dudley: 13,
  };
  it.each(areas)('%s states the child-consent age the documents give', (area) => {
    const threshold = rulesByArea[area].consent.childAgeThreshold;
    expect(threshold?.age ?? null).toBe(expected[area]);
    if (threshold) expect(normaliseText(threshold.ref.quote)).toContain(String(threshold.age));
  });
});

describe('escalation', () => {
  it.each(areas.filter((a) => ['telford-wrekin', 'sandwell', 'stoke-on-trent'].includes(a)))(
    '%s only points to a policy',
    (area) => {
      const kinds = rulesByArea[area].escalation.map((procedure) => procedure.kind);
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds)).toEqual(new Set(['policy-reference']));
    },
  );
});

const ladders = (area: AreaId): EscalationLadder[] =>
  rulesByArea[area].escalation.filter(
    (procedure): procedure is EscalationLadder => procedure.kind === 'ladder',
  );

describe('Dudley professional challenge ladder', () => {
  const [ladder, ...others] = ladders('dudley');

  it('is one ladder of four stages with day windows 1, 3-9, 9-14, 16-21', () => {
    expect(others).toEqual([]);
    expect(ladder!.stages.map((stage) => stage.window)).toEqual([
      { unit: 'days', from: 1, to: 1 },
      { unit: 'days', from: 3, to: 9 },
      { unit: 'days', from: 9, to: 14 },
      { unit: 'days', from: 16, to: 21 },
    ]);
  });

  it('documents exactly the gaps and overlap the windows imply', () => {
    const documented = ladder!.issues
      .filter((issue) => issue.kind === 'gap' || issue.kind === 'overlap')
      .map((issue) => ({ kind: issue.kind, from: issue.range?.from, to: issue.range?.to }));
    expect(documented).toEqual(dayWindowIssues(ladder!.stages));
    expect(documented.map((d) => `${d.kind}:${d.from}`)).toEqual(['gap:2', 'overlap:9', 'gap:15']);
  });

  it('takes each window from the stage heading printed in the seed', () => {
    for (const stage of ladder!.stages) {
      const heading = stage.name.match(/DAYS? (\d+)(?: TO (\d+))?/);
      expect(heading, stage.name).not.toBeNull();
      expect(stage.window?.from).toBe(Number(heading![1]));
      expect(stage.window?.to).toBe(Number(heading![2] ?? heading![1]));
      expect(seedLines(rulesByArea.dudley.file).some((line) => line.includes(stage.name))).toBe(true);
    }
  });
});

describe('Nottingham escalation', () => {
  const found = ladders('nottingham-city');

  it('has two ladders, timed in hours only', () => {
    expect(found.map((ladder) => ladder.id)).toEqual([
      'referral-not-accepted',
      'open-case-concern-not-shared',
    ]);
    for (const ladder of found) {
      const windows = [
        ...ladder.stages.map((s) => s.window),
        ...ladder.overallTargets.map((t) => t.window),
      ].filter((w) => w !== null);
      expect(windows.length).toBeGreaterThan(0);
      expect(windows.every((w) => w.unit === 'hours')).toBe(true);
    }
  });

  it('ends the first ladder with the Director and records that the text is truncated', () => {
    expect(found[0]!.stages.at(-1)!.actors).toContain("Director of Children's Integrated Services");
    expect(found[1]!.issues.map((issue) => issue.kind)).toContain('truncated');
  });
});

describe('front doors', () => {
  it('records which documents tell the reader to dial 999 (Nottingham does not)', () => {
    const call999 = Object.fromEntries(
      areas.map((area) => [area, rulesByArea[area].frontDoor.emergency.call999]),
    );
    expect(call999).toEqual({
      'telford-wrekin': true,
      sandwell: true,
      'stoke-on-trent': true,
      'nottingham-city': false,
      dudley: true,
    });
    const nottingham = seedLines(rulesByArea['nottingham-city'].file).join('\n');
    expect(nottingham.includes('999')).toBe(false);
  });

  it('gives an out-of-hours route everywhere except where the line is open 24 hours', () => {
    for (const area of areas) {
      const { hours, outOfHours } = rulesByArea[area].frontDoor;
      const open24 = hours !== null && /24 hour/i.test(hours.text);
      expect(outOfHours === null, area).toBe(open24);
      if (outOfHours?.phone) expect(normaliseText(outOfHours.ref.quote)).toContain(outOfHours.phone);
    }
    expect(rulesByArea['stoke-on-trent'].frontDoor.outOfHours?.phone).toBeNull();
  });

  it('keeps the MARF expansions distinct (referral in Sandwell, request in Nottingham)', () => {
    expect(rulesByArea.sandwell.frontDoor.referralInstrument.expansion).toBe('multi-agency referral form');
    expect(rulesByArea['nottingham-city'].frontDoor.referralInstrument.expansion).toBe(
      'Multi-Agency Request Form',
    );
    expect(rulesByArea['stoke-on-trent'].frontDoor.referralInstrument.expansion).toBeNull();
  });

  it('states submission deadlines as ISO durations', () => {
    const submit = (area: AreaId) =>
      rulesByArea[area].frontDoor.deadlines.find((d) => d.kind === 'submit-referral');
    expect(submit('sandwell')).toMatchObject({ iso: 'PT1H', working: false });
    expect(submit('telford-wrekin')).toMatchObject({ iso: 'P2D', working: true });
  });
});

describe('list blocks match the counts in source-notes', () => {
  const count = (area: AreaId, id: string) =>
    rulesByArea[area].lists.find((list) => list.id === id)?.items.length;
  it.each([
    ['telford-wrekin', 'harm-factors', 14],
    ['telford-wrekin', 'parental-substance-misuse-effects', 8],
    ['telford-wrekin', 'warning-signs', 6],
    ['telford-wrekin', 'protective-factors', 8],
    ['telford-wrekin', 'help-and-support-questions', 7],
    ['telford-wrekin', 'exposed-to-harm', 3],
    ['telford-wrekin', 'in-need-of-help-and-support', 6],
    ['telford-wrekin', 'eha-when', 12],
    ['telford-wrekin', 'eha-outcomes', 4],
    ['telford-wrekin', 'step-down-questions', 8],
    ['telford-wrekin', 'significant-harm-severity', 4],
    ['telford-wrekin', 'significant-harm-factors', 6],
    ['sandwell', 'ce-vulnerabilities', 15],
    ['sandwell', 'ce-signs', 14],
    ['sandwell', 'radicalisation-signs', 9],
    ['stoke-on-trent', 'troubled-families-criteria', 6],
    ['stoke-on-trent', 'statutory-categories', 4],
    ['stoke-on-trent', 'neglect-signs', 7],
    ['nottingham-city', 'eha-when', 15],
    ['nottingham-city', 'immediate-referral-indicators', 10],
    ['dudley', 'key-principles', 9],
    ['dudley', 'restorative-questions', 7],
    ['dudley', 'significant-harm-severity', 4],
    ['dudley', 'significant-harm-factors', 6],
  ] as const)('%s %s has %i items', (area, id, expected) => {
    expect(count(area, id)).toBe(expected);
  });

  it("keeps Nottingham's 5 immediate-referral sub-items nested", () => {
    const list = rulesByArea['nottingham-city'].lists.find((l) => l.id === 'immediate-referral-indicators')!;
    expect(list.items.flatMap((item) => item.subItems ?? []).length).toBe(5);
  });

  it('has the Telford step-up/step-down principles (source-notes: 11; 12 + 6; 5; 4; 8)', () => {
    const steps = (id: string) =>
      rulesByArea['telford-wrekin'].stepUpDown.find((rule) => rule.id === id)!.steps;
    expect(steps('step-up-without-early-help')).toHaveLength(11);
    // source-notes §1.4 says 12, but L715-731 hold 11 top-level "- " bullets and 6 indented " - " ones.
    const block = seedLines(rulesByArea['telford-wrekin'].file).slice(714, 731);
    expect(block.filter((line) => line.startsWith('- ')).length).toBe(11);
    expect(block.filter((line) => line.startsWith(' - ')).length).toBe(6);
    expect(steps('step-up-within-early-help')).toHaveLength(11);
    expect(steps('step-up-within-early-help').flatMap((s) => s.subItems ?? [])).toHaveLength(6);
    expect(steps('step-down-without-early-help')).toHaveLength(5);
    expect(steps('step-down-within-early-help')).toHaveLength(4);
    expect(steps('step-down-end-of-child-protection-plan')).toHaveLength(8);
  });
});

describe('question lists', () => {
  it('Sandwell has six good-referral questions numbered 1-6', () => {
    expect(rulesByArea.sandwell.goodReferralQuestions?.questions.map((q) => q.number)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });
  it("Nottingham's Signs of Safety has the four questions", () => {
    expect(rulesByArea['nottingham-city'].signsOfSafety?.questions.map((q) => q.question)).toEqual([
      "What's working well?",
      'What are we worried about?',
      'How worried are we?',
      'What needs to happen?',
    ]);
  });
});

describe('Telford child exploitation risk table', () => {
  const table = rulesByArea['telford-wrekin'].riskMatrices[0]!;

  it('keeps every raw cell exactly as the third tab cell of its seed line', () => {
    const lines = seedLines(rulesByArea['telford-wrekin'].file);
    for (const category of table.categories) {
      for (const cell of category.cells) {
        expect(cell.ref.start).toBe(cell.ref.end);
        const seedCells = (lines[cell.ref.start - 1] ?? '').split('\t');
        expect(seedCells[1], `line ${cell.ref.start}`).toBe(cell.level);
        expect(seedCells[2], `line ${cell.ref.start}`).toBe(cell.raw);
      }
    }
  });

  it('has 10 categories x Vulnerable/Complex/Acute', () => {
    expect(table.categories.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const category of table.categories) {
      expect(category.cells.map((cell) => cell.level)).toEqual(['Vulnerable', 'Complex', 'Acute']);
    }
  });

  it('splits into about 146 items (source-notes §1.3.4: 31 / 56 / 59, ±15%)', () => {
    const count = (level: string) =>
      table.categories
        .flatMap((c) => c.cells.filter((cell) => cell.level === level))
        .flatMap((cell) => cell.items).length;
    const counts = [count('Vulnerable'), count('Complex'), count('Acute')];
    expect(counts).toEqual([31, 56, 59]);
    expect(Math.abs(counts.reduce((a, b) => a + b, 0) - 146)).toBeLessThanOrEqual(146 * 0.15);
  });

  it('marks the question-form category as a low-confidence split', () => {
    const questions = table.categories.find((c) => c.number === 10)!;
    expect(questions.cells.every((cell) => cell.splitConfidence === 'low')).toBe(true);
    const missing = table.categories.find((c) => c.number === 1)!;
    expect(missing.cells[0]!.splitConfidence).toBe('high');
  });
});

describe('seed location', () => {
  it('defaults to ../shared/seeds beside the checkout and honours LEVELWISE_SEEDS', () => {
    const saved = process.env.LEVELWISE_SEEDS;
    try {
      delete process.env.LEVELWISE_SEEDS;
      const fallback = seedsDir();
      expect(fallback.endsWith(`${sep}shared${sep}seeds`)).toBe(true);
      expect(readFileSync(resolve(fallback, 'README.md'), 'utf8')).toContain('Source documents');
      process.env.LEVELWISE_SEEDS = resolve(fallback, 'no-such-folder');
      expect(seedsDir()).toBe(resolve(fallback, 'no-such-folder'));
      expect(() => seedLines('000_cbc55e4a064da141.txt')).toThrow(
        /Cannot read seed file .*no-such-folder.*Set LEVELWISE_SEEDS/,
      );
    } finally {
      if (saved === undefined) delete process.env.LEVELWISE_SEEDS;
      else process.env.LEVELWISE_SEEDS = saved;
    }
  });
});

describe('provenance checks can fail', () => {
  const file = AREA_SOURCE_FILES['telford-wrekin'];
  it('rejects a quote recorded on the wrong line and says where it is', () => {
    const ref: SourceRef = { file, start: 170, end: 170, quote: 'always dial 999' };
    expect(checkRef(ref, 'probe')).toMatch(
      /quote not found in 000_cbc55e4a064da141\.txt:170-170 \(it does occur at line\(s\) 171\)/,
    );
  });
  it('rejects a line span outside the file', () => {
    const ref: SourceRef = { file, start: 5000, end: 5001, quote: 'x' };
    expect(checkRef(ref, 'probe')).toMatch(/outside the file/);
  });
  it('accepts a quote across markup and spacing differences', () => {
    const ref: SourceRef = {
      file: AREA_SOURCE_FILES.sandwell,
      start: 275,
      end: 275,
      quote: 'Family & Social Relationships and Family Well-Being',
    };
    expect(checkRef(ref, 'probe')).toBeNull();
  });
});

describe('dayWindowIssues', () => {
  const stage = (order: number, from: number, to: number) => ({
    order,
    name: `Stage ${order}`,
    actors: ['a'],
    window: { unit: 'days' as const, from, to },
    action: { file: 'x', start: 1, end: 1, quote: 'x' },
  });
  it('finds gaps and overlaps between consecutive day windows', () => {
    expect(dayWindowIssues([stage(1, 1, 1), stage(2, 3, 9), stage(3, 9, 14), stage(4, 16, 21)])).toEqual([
      { kind: 'gap', from: 2, to: 2 },
      { kind: 'overlap', from: 9, to: 9 },
      { kind: 'gap', from: 15, to: 15 },
    ]);
  });
  it('finds nothing in a contiguous ladder', () => {
    expect(dayWindowIssues([stage(1, 1, 2), stage(2, 3, 5)])).toEqual([]);
  });
});
