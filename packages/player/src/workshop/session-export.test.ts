import type { SessionSummary } from '@levelwise/scenarios';
import { describe, expect, it } from 'vitest';
import {
  buildSessionExport,
  CSV_COLUMNS,
  csvField,
  csvKappa,
  csvPercent,
  exportFileName,
  neutraliseFormula,
  sessionToCsv,
  sessionToJson,
} from './session-export.ts';
import { shippedVignette } from './test-helpers.ts';

/** Splits RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function asRecords(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/*
 * Hand-computed session: three stages, four groups each.
 *   stage A votes [0,0,4,0]: agreeing pairs 4·3 / (4·3) = 1
 *   stage B votes [0,1,3,0]: (0 + 3·2) / 12 = 0.5
 *   stage C votes [0,0,1,3]: (0 + 3·2) / 12 = 0.5
 *   P̄ = (1 + 0.5 + 0.5) / 3 = 2/3
 *   pooled: level 2: 1, level 3: 8, level 4: 3 of 12 → P̄e = (1 + 64 + 9) / 144 = 37/72
 *   kappa = (2/3 − 37/72) / (1 − 37/72) = (11/72) / (35/72) = 11/35 = 0.3142857…
 */
const HAND = { pbar: 2 / 3, pe: 37 / 72, kappa: 11 / 35 };

const oskar = shippedVignette('oskar-health-visitor');

function handSummary(): SessionSummary {
  return {
    rounds: [
      {
        vignetteId: oskar.id,
        stageIndex: 0,
        votes: [0, 0, 4, 0],
        totalVotes: 4,
        modal: [3],
        agreement: 1,
        band: [2, 2],
        withinKey: 0,
        underCallsOfSignificantHarm: 0,
      },
      {
        vignetteId: oskar.id,
        stageIndex: 1,
        votes: [0, 1, 3, 0],
        totalVotes: 4,
        modal: [3],
        agreement: 0.5,
        band: [3, 3],
        withinKey: 0.75,
        underCallsOfSignificantHarm: 0,
      },
      {
        vignetteId: oskar.id,
        stageIndex: 2,
        votes: [0, 0, 1, 3],
        totalVotes: 4,
        modal: [4],
        agreement: 0.5,
        band: [4, 4],
        withinKey: 0.75,
        underCallsOfSignificantHarm: 1,
      },
    ],
    agreement: {
      itemsRated: 3,
      percentAgreement: HAND.pbar,
      fleissKappa: HAND.kappa,
      expectedAgreement: HAND.pe,
    },
    kappaReading: 'fair',
    withinKey: 0.5,
  };
}

function handSession(notes: Record<string, string> = {}) {
  return buildSessionExport({
    summary: handSummary(),
    area: 'telford-wrekin',
    areaName: 'Telford & Wrekin',
    levelNames: ['Universal', 'Vulnerable', 'Complex', 'Acute'],
    vignettes: [oskar],
    groupVotes: {
      'oskar-health-visitor/1': [
        { group: 1, level: 3 },
        { group: 2, level: 2 },
        { group: 3, level: 3 },
        { group: 4, level: 3 },
      ],
    },
    notes,
    exportedAt: new Date('2026-11-22T09:30:00Z'),
  });
}

describe('sessionToCsv', () => {
  it('writes one row per stage and a session row with the hand-computed agreement', () => {
    const records = asRecords(sessionToCsv(handSession()));
    expect(records).toHaveLength(4);
    expect(records.map((r) => r.record)).toEqual(['round', 'round', 'round', 'session']);
    expect(records.map((r) => r.agreement_percent)).toEqual(['100.0', '50.0', '50.0', '66.7']);
    const session = records[3]!;
    expect(session.fleiss_kappa).toBe('0.314');
    expect(session.chance_agreement_percent).toBe('51.4');
    expect(session.kappa_reading).toBe('fair');
    expect(session.stages_rated).toBe('3');
    expect([
      session.votes_level_1,
      session.votes_level_2,
      session.votes_level_3,
      session.votes_level_4,
    ]).toEqual(['0', '1', '8', '3']);
    expect(session.total_votes).toBe('12');
    expect(session.under_calls_of_significant_harm).toBe('1');
    expect(session.within_key_percent).toBe('50.0');
  });

  it('names the stage, the key band in local words, and each group’s vote', () => {
    const [, second] = asRecords(sessionToCsv(handSession()));
    expect(second).toMatchObject({
      area: 'telford-wrekin',
      vignette_id: 'oskar-health-visitor',
      vignette_title: oskar.title,
      stage: '2',
      stage_title: oskar.stages[1]!.title,
      votes_level_2: '1',
      votes_level_3: '3',
      modal_levels: '3',
      key_band: '3',
      key_level_names: 'Complex',
      within_key_percent: '75.0',
      group_votes: 'Group 1: 3; Group 2: 2; Group 3: 3; Group 4: 3',
    });
  });

  it('has the documented header, CRLF line ends and a final line break', () => {
    const csv = sessionToCsv(handSession());
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('quotes commas, quotes and line breaks in notes and neutralises formulas', () => {
    const csv = sessionToCsv(
      handSession({
        'oskar-health-visitor/0': 'Group 2 said "it\'s neglect", then changed their mind,\nafter discussion',
        'oskar-health-visitor/1': '=HYPERLINK("http://example.invalid")',
      }),
    );
    const [first, second] = asRecords(csv);
    expect(first!.notes).toBe('Group 2 said "it\'s neglect", then changed their mind,\nafter discussion');
    expect(second!.notes).toBe('\'=HYPERLINK("http://example.invalid")');
  });

  it('leaves undefined figures empty (one vote per stage: no agreement)', () => {
    const summary: SessionSummary = {
      rounds: [
        { ...handSummary().rounds[0]!, votes: [0, 0, 1, 0], totalVotes: 1, agreement: null, withinKey: null },
      ],
      agreement: { itemsRated: 0, percentAgreement: null, fleissKappa: null, expectedAgreement: null },
      kappaReading: 'not defined',
      withinKey: null,
    };
    const session = buildSessionExport({
      summary,
      area: 'dudley',
      areaName: 'Dudley',
      levelNames: ['a', 'b', 'c', 'd'],
      vignettes: [oskar],
      groupVotes: {},
      notes: {},
      exportedAt: new Date(0),
    });
    const [round, total] = asRecords(sessionToCsv(session));
    expect(round!.agreement_percent).toBe('');
    expect(total!.fleiss_kappa).toBe('');
    expect(total!.kappa_reading).toBe('not defined');
  });
});

describe('sessionToJson', () => {
  it('round-trips the full-precision figures', () => {
    const parsed = JSON.parse(sessionToJson(handSession()));
    expect(parsed.format).toBe('levelwise-workshop-session');
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe('2026-11-22T09:30:00.000Z');
    expect(parsed.agreement.fleissKappa).toBeCloseTo(HAND.kappa, 12);
    expect(parsed.agreement.percentAgreement).toBeCloseTo(HAND.pbar, 12);
    expect(parsed.agreement.expectedAgreement).toBeCloseTo(HAND.pe, 12);
    expect(parsed.rounds).toHaveLength(3);
    expect(parsed.rounds[1].groupVotes).toEqual([
      { group: 1, level: 3 },
      { group: 2, level: 2 },
      { group: 3, level: 3 },
      { group: 4, level: 3 },
    ]);
    expect(parsed.levelNames).toEqual(['Universal', 'Vulnerable', 'Complex', 'Acute']);
    expect(parsed.rounds[2].keyLevelNames).toEqual(['Acute']);
  });
});

describe('formatting helpers', () => {
  it('formats percentages and kappa', () => {
    expect(csvPercent(2 / 3)).toBe('66.7');
    expect(csvPercent(0)).toBe('0.0');
    expect(csvPercent(1)).toBe('100.0');
    expect(csvPercent(null)).toBe('');
    expect(csvKappa(-5 / 51)).toBe('-0.098');
    expect(csvKappa(-0.0001)).toBe('0.000');
    expect(csvKappa(null)).toBe('');
  });

  it('quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises text that a spreadsheet would run', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseFormula(`${lead}1`)).toBe(`'${lead}1`);
    expect(neutraliseFormula('Level 3')).toBe('Level 3');
  });

  it('names the files by area and UTC time', () => {
    const session = handSession();
    expect(exportFileName(session, 'csv')).toBe('levelwise-workshop-telford-wrekin-2026-11-22-0930.csv');
    expect(exportFileName(session, 'json')).toBe('levelwise-workshop-telford-wrekin-2026-11-22-0930.json');
  });
});
