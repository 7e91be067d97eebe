import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { STOKE_OVERRIDES, type StokeOverride } from '../overrides/stoke-on-trent.ts';
import {
  AREA_SOURCE_FILES,
  type AreaMatrixReading,
  ExtractionError,
  type RawIndicator,
} from '../reader-types.ts';
import {
  createStokeMatrixReader,
  knownCountDifferences,
  readMatrix,
  STOKE_DIMENSIONS,
  segmentRunOn,
} from './stoke-on-trent.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const SEEDS = process.env.LEVELWISE_SEEDS ?? resolve(REPO_ROOT, '../shared/seeds');
const FILE = AREA_SOURCE_FILES['stoke-on-trent'];
const LINES: readonly string[] = readFileSync(resolve(SEEDS, FILE), 'utf8').split('\n');

/** source-notes §3.3.1, as the text attributes the items (literal dimension), L1..L4. */
const CURATED: Record<string, [number, number, number, number]> = {
  Health: [10, 14, 9, 19],
  'Education and Learning': [9, 8, 4, 1],
  'Emotional and Behavioural Development': [6, 7, 0, 0],
  'Emotional Development': [0, 0, 3, 4],
  'Behavioural Development': [0, 0, 5, 4],
  'Behavioural Development Continued': [0, 0, 0, 12],
  'Identity and Self-esteem': [3, 5, 2, 5],
  'Family and Social Relationships': [3, 5, 5, 6],
  'Social Presentation': [2, 2, 2, 1],
  'Self-care Skills': [1, 3, 2, 3],
  Exploitation: [0, 5, 4, 0],
  'Other Indicators': [0, 0, 0, 9],
  'Basic Care, Safety and Protection': [2, 9, 9, 9],
  'Emotional Warmth': [3, 3, 4, 3],
  'Guidance, Boundaries and Stimulation': [2, 7, 2, 5],
  'Family History and Functioning': [2, 10, 4, 5],
  'Housing, Employment and Finance': [3, 7, 2, 6],
  "Family's Social Integration": [1, 2, 3, 2],
  'Community Resources': [3, 2, 2, 1],
};

const literalOf = (i: RawIndicator) => i.flags.literalDimension ?? i.localDimension;
const texts = (items: RawIndicator[]) => items.map((i) => i.textVerbatim);
const opKinds = (i: RawIndicator) => i.ops.map((o) => o.op);

/** What a reader may remove: tags, bullet glyphs, markdown bullet markers, surrounding whitespace. */
function normaliseSource(line: string): string {
  return line
    .replace(/<[^>]+>/g, ' ')
    .replace(/•/g, ' ')
    .replace(/^\s*- /, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function withLines(edit: (lines: string[]) => void): string[] {
  const copy = [...LINES];
  edit(copy);
  return copy;
}

function lineOf(fragment: string): number {
  const index = LINES.findIndex((l) => l.includes(fragment));
  if (index < 0) throw new Error(`fixture: "${fragment}" not in the seed`);
  return index + 1;
}

function replaceOnLine(lines: string[], lineNo: number, from: string, to: string): void {
  const before = lines[lineNo - 1]!;
  if (!before.includes(from)) throw new Error(`fixture: "${from}" not on L${lineNo}`);
  lines[lineNo - 1] = before.replace(from, to);
}

function expectExtractionError(run: () => unknown, line: number, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ExtractionError);
  const error = caught as ExtractionError;
  expect(error.file).toBe(FILE);
  expect(error.line).toBe(line);
  expect(error.message).toMatch(message);
  expect(error.message.startsWith(`${FILE}:${line}: `)).toBe(true);
}

describe('Stoke-on-Trent matrix reader (seed 002)', () => {
  let reading: AreaMatrixReading;
  let all: RawIndicator[];
  const at = (level: number, dimension: string) =>
    all.filter((i) => i.level === level && i.localDimension === dimension);
  const literalAt = (level: number, dimension: string) =>
    all.filter((i) => i.level === level && literalOf(i) === dimension);
  const find = (text: string) => {
    const found = all.filter((i) => i.textVerbatim === text);
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(() => {
    reading = readMatrix(LINES, FILE);
    all = reading.indicators;
  });

  describe('counts', () => {
    it('finds the curated 296 indicators (50 / 89 / 62 / 95) and the mechanical 273 bullets', () => {
      expect(reading.area).toBe('stoke-on-trent');
      expect(reading.file).toBe(FILE);
      expect(all).toHaveLength(296);
      expect([1, 2, 3, 4].map((l) => all.filter((i) => i.level === l).length)).toEqual([50, 89, 62, 95]);
      expect(reading.mechanicalCount).toBe(273);
    });

    it('matches every curated (level, dimension) cell of source-notes §3.3.1 as the text attributes them', () => {
      expect(knownCountDifferences).toEqual([]);
      const actual: Record<string, number[]> = {};
      for (const i of all) {
        const row = actual[literalOf(i)] ?? [0, 0, 0, 0];
        row[i.level - 1]! += 1;
        actual[literalOf(i)] = row;
      }
      expect(actual).toEqual(CURATED);
    });

    it('matches the domain subtotals of Appendix A (literal attribution)', () => {
      const subtotal = (domain: string) =>
        [1, 2, 3, 4].map(
          (l) =>
            all.filter(
              (i) =>
                i.level === l && STOKE_DIMENSIONS.find((d) => d.label === literalOf(i))!.domain === domain,
            ).length,
        );
      expect(subtotal('child-development')).toEqual([34, 49, 36, 64]);
      expect(subtotal('parenting-capacity')).toEqual([7, 19, 15, 17]);
      expect(subtotal('family-environment')).toEqual([9, 21, 11, 14]);
    });

    it('moves 14 Level 4 items to their editorial dimensions without changing the level total', () => {
      const l4 = all.filter((i) => i.level === 4);
      const byDomain = (domain: string) => l4.filter((i) => i.domain === domain).length;
      expect([
        byDomain('child-development'),
        byDomain('parenting-capacity'),
        byDomain('family-environment'),
      ]).toEqual([58, 21, 16]);
      expect(l4.filter((i) => i.flags.literalDimension !== undefined)).toHaveLength(14);
      expect(at(4, 'Behavioural Development Continued')).toEqual([]);
      expect(at(4, 'Health')).toHaveLength(21);
      expect(at(4, 'Basic Care, Safety and Protection')).toHaveLength(13);
      expect(at(4, 'Other Indicators')).toHaveLength(13);
      expect(at(4, 'Family History and Functioning')).toHaveLength(7);
      expect(at(4, 'Education and Learning')).toHaveLength(2);
    });
  });

  describe('provenance', () => {
    it('finds every indicator text in its recorded line span after markup normalisation', () => {
      for (const i of all) {
        expect(i.spans.length).toBeGreaterThan(0);
        const source = i.spans
          .map((s) => {
            expect(s.file).toBe(FILE);
            expect(s.end).toBeGreaterThanOrEqual(s.start);
            return LINES.slice(s.start - 1, s.end)
              .map(normaliseSource)
              .join(' ');
          })
          .join(' ');
        expect(source, `L${i.spans[0]!.start}`).toContain(i.textVerbatim.replace(/\s+/g, ' '));
      }
    });

    it('accounts for every word of every matrix row: items plus printed headings rebuild the row', () => {
      const rows = new Map<number, RawIndicator[]>();
      for (const i of all) rows.set(i.spans[0]!.start, [...(rows.get(i.spans[0]!.start) ?? []), i]);
      for (const [lineNo, items] of rows) {
        const withoutHeadings = LINES[lineNo - 1]!.replace(/<(p|div)\b[^>]*>[^<]*<\/\1>/g, ' ');
        expect(items.map((i) => i.textVerbatim).join(' '), `L${lineNo}`).toBe(
          normaliseSource(withoutHeadings),
        );
      }
      expect([...rows.keys()].sort((a, b) => a - b)).toEqual([
        158, 162, 163, 164, 168, 169, 173, 180, 183, 186, 193, 196, 203, 206, 209,
      ]);
    });

    it('records strip_markup on every item and keeps the source wording, typos and dashes', () => {
      for (const i of all) {
        expect(i.area).toBe('stoke-on-trent');
        expect(opKinds(i)).toContain('strip_markup');
        expect(i.textVerbatim).toBe(i.textVerbatim.trim());
        expect(i.textVerbatim).not.toMatch(/[<>•]|^- /);
      }
      find('Unaccompanied refuge/asylum seeker');
      find('Few opportunities for play/socialization');
      find('Offending and anti-social behavior');
      find('Has an ability to express needs verbally and non- verbally');
      find('Severe disability – child/young person relies totally on other people to meet care needs');
    });

    it('keeps in-bullet parentheticals and the level-graded quirks of source-notes §3.3.3 where printed', () => {
      const missing3 = find('Incidents of missing from home (less than 3 incidents in 90 days)');
      expect([missing3.level, missing3.localDimension]).toEqual([3, 'Behavioural Development']);
      const missing4 = find(
        'Persistent and regular incidents of missing from home (three or more incidents in 90 days)',
      );
      expect([missing4.level, missing4.localDimension]).toEqual([4, 'Guidance, Boundaries and Stimulation']);
      const pnd = find('There may be low level post-natal depression');
      expect([pnd.level, pnd.localDimension, pnd.domain]).toEqual([
        1,
        'Emotional Warmth',
        'parenting-capacity',
      ]);
      expect(
        find("Child's physical needs are met (food, drink, clothing, medical and dental)").ops,
      ).not.toContainEqual(expect.objectContaining({ op: 'merge_parenthetical' }));
      for (const i of all) {
        for (const o of i.ops)
          expect(o.rule, i.textVerbatim).toMatch(/^(counting-rule-\d|stoke-|source-notes-|override:)/);
      }
    });

    it('numbers items 1..n in reading order within each (level, dimension) cell', () => {
      const cells = new Map<string, RawIndicator[]>();
      for (const i of all) {
        const key = `${i.level}|${i.localDimension}`;
        cells.set(key, [...(cells.get(key) ?? []), i]);
      }
      for (const [key, items] of cells) {
        expect(
          items.map((i) => i.orderInCell),
          key,
        ).toEqual(items.map((_, k) => k + 1));
        const lines = items.map((i) => i.spans[0]!.start);
        expect(lines, key).toEqual([...lines].sort((a, b) => a - b));
      }
      expect(at(1, 'Health')[0]!.textVerbatim).toBe(
        'Health and dietary needs are being met by universal services',
      );
      const health4 = at(4, 'Health');
      expect(texts(health4.slice(-2))).toEqual([
        'Disclosure from parent of abuse to child/young person',
        'Suspected/evidence of fabricated or induced illness',
      ]);
      expect(health4.map((i) => i.orderInCell).slice(-2)).toEqual([20, 21]);
    });
  });

  describe('structure', () => {
    it('reads the Level 1 child dimensions that overflowed the table as markdown', () => {
      expect(texts(at(1, 'Family and Social Relationships'))).toEqual([
        'Stable and affectionate relationships with caregivers',
        'Appropriate relationships with siblings',
        'Positive relationship with peers',
      ]);
      expect(at(1, 'Self-care Skills').map((i) => i.spans)).toEqual([[{ file: FILE, start: 173, end: 173 }]]);
      for (const i of [...at(1, 'Social Presentation'), ...at(1, 'Self-care Skills')]) {
        expect(i.ops.find((o) => o.op === 'strip_markup')!.note).toMatch(/markdown/);
        expect(i.domain).toBe('child-development');
      }
    });

    it('keeps the banner out of the items and switches the parents column to family factors', () => {
      expect(all.some((i) => i.textVerbatim.includes('Family and Environmental Factors'))).toBe(false);
      const beforeBanner = find('Lack of stimulation impacting on development');
      expect(beforeBanner.localDimension).toBe('Guidance, Boundaries and Stimulation');
      expect(beforeBanner.domain).toBe('parenting-capacity');
      expect(opKinds(beforeBanner)).toContain('drop_heading');
      expect(all.filter((i) => opKinds(i).includes('drop_heading'))).toHaveLength(4);
      for (const i of all.filter((x) => x.localDomain === 'Family and Environmental Factors')) {
        expect(i.domain).toBe('family-environment');
      }
      // L193 ends with the banner; L196's Parents cell starts under it on the next page.
      expect(at(3, 'Family History and Functioning')[0]!.domain).toBe('family-environment');
    });

    it('merges page continuations into the dimension begun on the previous page', () => {
      const continued = (level: number, dimension: string, line: number) =>
        at(level, dimension).filter(
          (i) => i.spans[0]!.start === line && opKinds(i).includes('merge_continuation'),
        ).length;
      expect(at(2, 'Family History and Functioning')).toHaveLength(10);
      expect(continued(2, 'Family History and Functioning', 183)).toBe(9);
      expect(at(2, 'Exploitation')).toHaveLength(5);
      expect(continued(2, 'Exploitation', 186)).toBe(4);
      expect(continued(4, 'Family History and Functioning', 206)).toBe(3);
      const identity4 = literalAt(4, 'Identity and Self-esteem');
      expect(texts(identity4.slice(-2))).toEqual([
        'Young person exhibiting extremist views, threats, suggestions or behaviour which meets PREVENT criteria',
        'Young person involved/closely associating with gangs',
      ]);
      expect(identity4.slice(-2).every((i) => opKinds(i).includes('merge_continuation'))).toBe(true);
      expect(all.filter((i) => opKinds(i).includes('merge_continuation'))).toHaveLength(18);
    });

    it('splits the unbulleted Level 3 row (L196) into the 24 hand-split statements', () => {
      const row = all.filter((i) => i.spans[0]!.start === 196);
      expect(row).toHaveLength(24);
      const cell = (dimension: string) => texts(row.filter((i) => i.localDimension === dimension));
      expect(cell('Family and Social Relationships')).toEqual([
        'Relationships with carers characterised by unpredictability',
        'At risk of family breakdown and in need of support',
        'Misses school consistently',
        'Previously had periods of Local Authority accommodation',
        'Young person is main carer for family member',
      ]);
      expect(cell('Social Presentation')).toEqual([
        'Appearance reflects unkempt appearance and hygiene related health concerns.',
        'Persistent presentation in unwashed/unsuitable clothing despite advice and support being offered',
      ]);
      expect(cell('Self-care Skills')).toEqual([
        'Disability prevents self-care in a significant range of tasks',
        'Child lacks a sense of safety and often puts him/herself in danger',
      ]);
      expect(cell('Exploitation')).toEqual([
        'Indication of coercive behaviour',
        'Medium risk of child exploitation – knowledge of a key risk that the child is currently being targeted but not actively involved/exploited e.g. sexual exploitation or criminal exploitation',
        'Signs of young person exhibiting extremism; and / or where a parent/carer is actively engaged in supporting interventions.',
        'Emerging concerns of online activity',
      ]);
      expect(cell('Family History and Functioning')).toEqual([
        'Family have serious physical and mental health difficulties impacting on their child, but the family are accepting of support.',
        'Community are hostile to family',
        'Emerging involvement in gang or other activities which risks future exploitation',
        'Young person displays physical violence towards parents',
      ]);
      expect(cell('Housing, Employment and Finance')).toHaveLength(2);
      expect(cell("Family's Social Integration")).toEqual([
        'Family is socially isolated/excluded',
        'Victimisation by others places child and family at risk',
        'Has poor relationship/s with extended family',
      ]);
      expect(cell('Community Resources')).toHaveLength(2);
      expect(opKinds(find('Misses school consistently'))).toContain('split_runon');
      const sentence = find('Appearance reflects unkempt appearance and hygiene related health concerns.');
      expect(opKinds(sentence)).toContain('split_sentence');
      expect(opKinds(sentence)).not.toContain('split_runon');
      expect(opKinds(find('Community are hostile to family'))).toEqual(
        expect.arrayContaining(['split_sentence', 'split_runon']),
      );
      for (const i of row) expect(i.ops.some((o) => o.rule === 'counting-rule-2')).toBe(true);
    });

    it('merges the converter-made gloss bullet into its host (counting rule 4)', () => {
      const host = find("Relationships with family experienced as negative ('low warmth, high criticism')");
      expect(host.spans).toEqual([{ file: FILE, start: 209, end: 209 }]);
      expect(host.ops).toContainEqual(
        expect.objectContaining({ op: 'merge_parenthetical', rule: 'counting-rule-4' }),
      );
      expect(all.some((i) => i.textVerbatim.startsWith('('))).toBe(false);
      expect(at(4, 'Family and Social Relationships')).toHaveLength(6);
    });

    it('keeps duplicates and near-duplicates at different levels', () => {
      const online = all.filter((i) => i.textVerbatim === 'Emerging concerns of online activity');
      expect(online.map((i) => [i.level, i.localDimension])).toEqual([
        [2, 'Exploitation'],
        [3, 'Exploitation'],
      ]);
      const slavery = all.filter(
        (i) =>
          i.textVerbatim.toLowerCase() ===
          'child at risk of modern slavery and/or human trafficking but parents are accessing support and services',
      );
      expect(slavery.map((i) => [i.level, i.localDimension])).toEqual([
        [2, 'Exploitation'],
        [3, 'Basic Care, Safety and Protection'],
      ]);
      expect(find('Registered with a GP').level).toBe(1);
      expect(find('Not registered with a GP').level).toBe(2);
    });

    it('is pure: frozen input, CRLF line endings and a second run give the same reading', () => {
      const frozen = Object.freeze([...LINES]);
      expect(readMatrix(frozen, FILE)).toEqual(reading);
      expect(
        readMatrix(
          LINES.map((l) => `${l}\r`),
          FILE,
        ),
      ).toEqual(reading);
    });

    it('has no cross-references, footnotes, inferred levels or strategy-discussion marks', () => {
      for (const i of all) {
        expect(i.flags.crossReference).toBeUndefined();
        expect(i.flags.levelInferred).toBeUndefined();
        expect(i.flags.strategyDiscussion).toBeUndefined();
        expect(opKinds(i)).not.toContain('drop_footnote');
        expect(opKinds(i)).not.toContain('infer_level_from_blank_line');
      }
      expect(
        all.some((i) => /this level|Children and young people at this level/i.test(i.textVerbatim)),
      ).toBe(false);
    });

    it('lists the dimensions with canonical labels, the variant spellings seen and the levels printed', () => {
      const dims = Object.fromEntries(reading.dimensions.map((d) => [d.label, d]));
      expect(Object.keys(dims)).toHaveLength(19);
      expect(dims['Basic Care, Safety and Protection']!.variants).toEqual([
        'Basic Care, safety and Protection',
      ]);
      expect(dims['Identity and Self-esteem']!.variants).toEqual(['Identity and Self-Esteem']);
      expect(dims['Self-care Skills']!.variants).toEqual(['Self-care skills']);
      expect(dims["Family's Social Integration"]!.variants).toEqual(['Family Social Integration']);
      expect(dims.Health!.variants).toEqual([]);
      expect(dims.Exploitation!.levels).toEqual([2, 3]);
      expect(dims['Other Indicators']!.levels).toEqual([4]);
      expect(dims['Emotional and Behavioural Development']!.levels).toEqual([1, 2]);
      expect(dims['Behavioural Development Continued']!.levels).toEqual([4]);
      expect(dims['Behavioural Development Continued']!.spans).toEqual([
        { file: FILE, start: 206, end: 206 },
      ]);
      expect(dims['Family and Social Relationships']!.spans[0]).toEqual({ file: FILE, start: 160, end: 164 });
      expect(dims['Community Resources']!.localDomain).toBe('Family and Environmental Factors');
      expect(dims['Emotional Warmth']!.domain).toBe('parenting-capacity');
      for (const i of all) {
        const dim = dims[i.localDimension]!;
        expect(dim.levels).toContain(i.level);
        expect(i.localDomain).toBe(dim.localDomain);
        expect(i.domain).toBe(dim.domain);
      }
    });
  });

  describe('editorial reading (reviewed overrides)', () => {
    it('reattributes every "Behavioural Development Continued" item and keeps the literal heading', () => {
      const bdc = all.filter((i) => i.flags.literalDimension === 'Behavioural Development Continued');
      expect(bdc).toHaveLength(12);
      for (const i of bdc) {
        expect(i.localDimension).not.toBe('Behavioural Development Continued');
        expect(i.ops).toContainEqual(expect.objectContaining({ op: 'reattribute_dimension' }));
        expect(i.ops).toContainEqual(
          expect.objectContaining({ op: 'override', rule: expect.stringMatching(/^override:/) }),
        );
      }
      const parental = find('Parents/carers involved in violent or serious crime, or crime against children');
      expect([parental.localDimension, parental.localDomain, parental.domain]).toEqual([
        'Family History and Functioning',
        'Family and Environmental Factors',
        'family-environment',
      ]);
      expect(find('Continuous patterns of domestic abuse').flags.literalDimension).toBe(
        'Behavioural Development',
      );
      const eso = find(
        'Failed Education Supervision Order – three prosecutions for non-attendance; family refusing to engage',
      );
      expect([eso.localDimension, eso.flags.literalDimension]).toEqual([
        'Education and Learning',
        'Identity and Self-esteem',
      ]);
    });

    it('without overrides keeps the literal attribution for every item', () => {
      const literal = createStokeMatrixReader([])(LINES, FILE).indicators;
      expect(literal).toHaveLength(296);
      expect(literal.filter((i) => i.localDimension === 'Behavioural Development Continued')).toHaveLength(
        12,
      );
      expect(literal.some((i) => i.flags.literalDimension !== undefined)).toBe(false);
      expect(literal.some((i) => opKinds(i).includes('override'))).toBe(false);
    });

    it('flags the items whose level depends on parental protectiveness', () => {
      const flagged = all
        .filter((i) => i.flags.conditionalOnProtectiveness)
        .map((i) => [i.level, i.textVerbatim]);
      expect(flagged).toEqual([
        [
          2,
          'Child at risk of modern slavery and/or human trafficking but parents are accessing support and services',
        ],
        [
          3,
          'Domestic abuse, coercion or control in the home, where the protective parent is accepting of support.',
        ],
        [
          3,
          "Parent's mental health problems or substance misuse affect care of child/young person, but parents are accepting of support.",
        ],
        [
          3,
          'Child at risk of Female Genital Mutilation and other harmful traditional/cultural practices e.g. forced marriage or honour based abuse where a protective parent is engaging with targeted services to seek protection',
        ],
        [
          3,
          'Child at risk of Modern Slavery and/or human trafficking but parents are accessing support and services',
        ],
        [
          3,
          'Medium risk of child exploitation – knowledge of a key risk that the child is currently being targeted but not actively involved/exploited e.g. sexual exploitation or criminal exploitation',
        ],
        [
          3,
          'Signs of young person exhibiting extremism; and / or where a parent/carer is actively engaged in supporting interventions.',
        ],
        [
          3,
          'Family have serious physical and mental health difficulties impacting on their child, but the family are accepting of support.',
        ],
        [4, 'Forced marriage or honour based abuse with family who lack willingness to protect'],
        [
          4,
          'Medium risk of child exploitation and parents/carers lack willingness to protect e.g. sexual exploitation, criminal exploitation',
        ],
        [4, 'Child experiencing modern slavery and/or human trafficking without parental support'],
        [4, 'Trafficked child with no family support or protection'],
      ]);
      const medium3 = all.find((i) => i.level === 3 && i.textVerbatim.startsWith('Medium risk'))!;
      expect(medium3.ops).toContainEqual(
        expect.objectContaining({ op: 'override', rule: 'override:stoke-l3-medium-risk-ce-conditional' }),
      );
    });

    it('applies every reviewed override exactly once, at its hint line', () => {
      for (const o of STOKE_OVERRIDES) {
        const hits = all.filter((i) => i.ops.some((op) => op.rule === `override:${o.id}`));
        expect(hits, o.id).toHaveLength(1);
        expect(hits[0]!.spans[0]!.start, o.id).toBe(o.lineHint);
        expect(hits[0]!.textVerbatim, o.id).toContain(o.match);
        expect(o.reason.length, o.id).toBeGreaterThan(20);
      }
    });

    it('rejects overrides that no longer match, match twice, or point outside the level', () => {
      const base = STOKE_OVERRIDES[0]!;
      const run = (o: StokeOverride) => () => createStokeMatrixReader([o])(LINES, FILE);
      expectExtractionError(
        run({ ...base, match: 'no such text anywhere' }),
        base.lineHint,
        /matches 0 indicators/,
      );
      expectExtractionError(
        run({ ...base, match: 'Parents/carers' }),
        base.lineHint,
        /matches \d+ indicators/,
      );
      expectExtractionError(run({ ...base, literalDimension: 'Health' }), 206, /printed under "Behavioural/);
      expectExtractionError(
        run({ ...base, action: { kind: 'reattribute', dimension: 'Exploitation' } }),
        base.lineHint,
        /"Exploitation" is not printed at Level 4/,
      );
      expectExtractionError(
        run({ ...base, action: { kind: 'reattribute', dimension: 'Parenting' } }),
        base.lineHint,
        /unknown dimension "Parenting"/,
      );
    });
  });

  describe('unparseable structure', () => {
    it('rejects an unknown dimension heading', () => {
      const lines = withLines((l) =>
        replaceOnLine(l, 180, '<p>Education and Learning</p>', '<p>Educaton</p>'),
      );
      expectExtractionError(() => readMatrix(lines, FILE), 180, /unknown dimension heading "Educaton"/);
    });

    it('rejects a row with a third column', () => {
      const lines = withLines((l) =>
        replaceOnLine(l, 203, '<p>Emotional Warmth</p>', '\t<p>Emotional Warmth</p>'),
      );
      expectExtractionError(() => readMatrix(lines, FILE), 203, /3 cells/);
    });

    it('rejects markup it does not know', () => {
      const lines = withLines((l) => replaceOnLine(l, 193, '• Lack of food', '<li>Lack of food</li>'));
      expectExtractionError(() => readMatrix(lines, FILE), 193, /unexpected markup <li>/);
    });

    it('rejects a stray line inside the matrix', () => {
      const lines = withLines((l) => {
        l[181 - 1] = 'Continued overleaf';
      });
      expectExtractionError(() => readMatrix(lines, FILE), 181, /unrecognised line inside the matrix/);
    });

    it('rejects items with no dimension to belong to', () => {
      const lines = withLines((l) => {
        l[180 - 1] = '';
      });
      expectExtractionError(() => readMatrix(lines, FILE), 183, /before any dimension heading at Level 2/);
    });

    it('rejects an empty bullet and a heading with no items', () => {
      const empty = withLines((l) => replaceOnLine(l, 203, '• Sexual abuse', '• • Sexual abuse'));
      expectExtractionError(() => readMatrix(empty, FILE), 203, /empty • item under "Health"/);
      const bare = withLines((l) =>
        replaceOnLine(l, 158, '• The family have social and friendship networks ', ''),
      );
      expectExtractionError(
        () => readMatrix(bare, FILE),
        158,
        /"Family's Social Integration" at Level 1 has no items/,
      );
    });

    it('rejects a family heading in the parents part of the cell (banner lost)', () => {
      const lines = withLines((l) =>
        replaceOnLine(l, 180, '<p style="text-align: center;">Family and Environmental Factors</p>', ''),
      );
      expectExtractionError(
        () => readMatrix(lines, FILE),
        180,
        /"Family History and Functioning".*parenting-capacity/,
      );
    });

    it('rejects a banner in the child column', () => {
      const lines = withLines((l) =>
        replaceOnLine(l, 193, '<p>Emotional Development</p>', '<p>Family and Environmental Factors</p>'),
      );
      expectExtractionError(() => readMatrix(lines, FILE), 193, /banner outside the Parents and Carers cell/);
    });

    it('rejects missing or out-of-order levels and a matrix without its end', () => {
      const noLevel3 = withLines((l) => {
        l[lineOf('LEVEL 3: Targeted Early Help') - 1] = '';
      });
      // Without its heading the Level 3 descriptor paragraph is an unrecognised line in Level 2.
      expectExtractionError(() => readMatrix(noLevel3, FILE), 190, /unrecognised line/);
      const swapped = withLines((l) => {
        l[lineOf('LEVEL 3: Targeted Early Help') - 1] = 'Level 4: Targeted Early Help';
      });
      expectExtractionError(() => readMatrix(swapped, FILE), 188, /found Level 4 heading; expected Level 3/);
      const noEnd = withLines((l) => {
        l[211 - 1] = 'Consent';
      });
      expectExtractionError(() => readMatrix(noEnd, FILE), 153, /no end/);
      expectExtractionError(() => readMatrix(['Introduction', ''], FILE), 1, /no "Level 1:" heading/);
    });

    it('rejects a missing header row and text outside a list', () => {
      const noHeader = withLines((l) => {
        l[192 - 1] = '';
      });
      expectExtractionError(() => readMatrix(noHeader, FILE), 193, /expected the column header row/);
      const outside = withLines((l) =>
        replaceOnLine(l, 209, '<ul style="list-style-type: none"> • Young', 'Young'),
      );
      expectExtractionError(() => readMatrix(outside, FILE), 209, /text outside a list/);
    });

    it('rejects a gloss bullet with no item before it', () => {
      const lines = withLines((l) =>
        replaceOnLine(l, 209, '• Relationships with family experienced as negative ', ''),
      );
      expectExtractionError(() => readMatrix(lines, FILE), 209, /gloss .* has no item before it/);
    });
  });
});

describe('segmentRunOn (counting rule 2)', () => {
  const split = (text: string) => segmentRunOn(text).map((s) => s.text);

  it('splits where a full stop was lost and at full stops', () => {
    expect(split('Misses school consistently Previously had periods')).toEqual([
      'Misses school consistently',
      'Previously had periods',
    ]);
    expect(segmentRunOn('One thing. Another thing').map((s) => s.boundaryBefore)).toEqual([
      undefined,
      'sentence',
    ]);
    expect(segmentRunOn('one thing Another thing').map((s) => s.boundaryBefore)).toEqual([
      undefined,
      'capital',
    ]);
  });

  it('does not split inside proper nouns, after function words, acronyms or abbreviations', () => {
    expect(split('Previously had periods of Local Authority accommodation')).toHaveLength(1);
    expect(split('Registered with a GP')).toHaveLength(1);
    expect(split('Mental health issues e.g. ADHD or anxiety')).toHaveLength(1);
    expect(split('Known risk e.g. Sexual exploitation')).toHaveLength(1);
    expect(split('Has ADHD diagnosis')).toHaveLength(1);
  });

  it('keeps parentheticals and qualifier sentences with their host', () => {
    const parenthetical = segmentRunOn(
      'Poor housing. (See wider family and environmental factors). Next item',
    );
    expect(parenthetical.map((s) => s.text)).toEqual([
      'Poor housing. (See wider family and environmental factors).',
      'Next item',
    ]);
    expect(parenthetical[0]!.kept).toEqual(['(See']);
    const qualifier = segmentRunOn('Missed appointments. However appointment are booked again and attended.');
    expect(qualifier).toHaveLength(1);
    expect(qualifier[0]!.kept).toEqual(['However']);
  });

  it('returns nothing for blank text', () => {
    expect(segmentRunOn('   ')).toEqual([]);
  });
});
