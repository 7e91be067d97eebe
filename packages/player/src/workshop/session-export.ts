import type { AreaId, LevelOrdinal, SessionSummary, Vignette } from '@levelwise/scenarios';
import type { GroupVote, WorkshopRoundExport, WorkshopSessionExport } from './types.ts';

/** The key under which per-stage app state (group votes, notes) is kept: `<vignette id>/<stage index>`. */
export function roundKey(item: { vignetteId: string; stageIndex: number }): string {
  return `${item.vignetteId}/${item.stageIndex}`;
}

export interface SessionExportInput {
  summary: SessionSummary;
  area: AreaId;
  areaName: string;
  levelNames: readonly string[];
  vignettes: readonly Vignette[];
  /** Per round key: each group's vote (groups mode). */
  groupVotes: Readonly<Record<string, readonly GroupVote[]>>;
  /** Per round key: the trainer's notes. */
  notes: Readonly<Record<string, string>>;
  exportedAt: Date;
}

/** The session as one record: the figures of `selectSessionSummary` with titles, level names, votes and notes. */
export function buildSessionExport(input: SessionExportInput): WorkshopSessionExport {
  const { summary, levelNames } = input;
  const byId = new Map(input.vignettes.map((v) => [v.id, v]));
  const names = [1, 2, 3, 4].map((l) => levelNames[l - 1] ?? `Level ${l}`) as [
    string,
    string,
    string,
    string,
  ];
  const rounds: WorkshopRoundExport[] = summary.rounds.map((round) => {
    const vignette = byId.get(round.vignetteId);
    const key = roundKey(round);
    const band = round.band ? ([round.band[0], round.band[1]] as [LevelOrdinal, LevelOrdinal]) : null;
    const keyLevelNames: string[] = band
      ? band[0] === band[1]
        ? [names[band[0] - 1]!]
        : [names[band[0] - 1]!, names[band[1] - 1]!]
      : [];
    return {
      vignetteId: round.vignetteId,
      vignetteTitle: vignette?.title ?? round.vignetteId,
      stageNumber: round.stageIndex + 1,
      stageTitle: vignette?.stages[round.stageIndex]?.title ?? '',
      votes: [...round.votes] as [number, number, number, number],
      totalVotes: round.totalVotes,
      modalLevels: [...round.modal],
      keyBand: band,
      keyLevelNames,
      withinKey: round.withinKey,
      agreement: round.agreement,
      underCallsOfSignificantHarm: round.underCallsOfSignificantHarm,
      groupVotes: (input.groupVotes[key] ?? []).map((g) => ({ group: g.group, level: g.level })),
      notes: input.notes[key] ?? '',
    };
  });
  return {
    format: 'levelwise-workshop-session',
    version: 1,
    exportedAt: input.exportedAt.toISOString(),
    area: input.area,
    areaName: input.areaName,
    levelNames: names,
    rounds,
    agreement: {
      itemsRated: summary.agreement.itemsRated,
      percentAgreement: summary.agreement.percentAgreement,
      fleissKappa: summary.agreement.fleissKappa,
      expectedAgreement: summary.agreement.expectedAgreement,
      kappaReading: summary.kappaReading,
    },
    withinKey: summary.withinKey,
  };
}

export const CSV_COLUMNS = [
  'record',
  'area',
  'vignette_id',
  'vignette_title',
  'stage',
  'stage_title',
  'votes_level_1',
  'votes_level_2',
  'votes_level_3',
  'votes_level_4',
  'total_votes',
  'modal_levels',
  'key_band',
  'key_level_names',
  'within_key_percent',
  'agreement_percent',
  'chance_agreement_percent',
  'fleiss_kappa',
  'kappa_reading',
  'stages_rated',
  'under_calls_of_significant_harm',
  'group_votes',
  'notes',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** A share 0–1 as a percentage with one decimal ("58.3"); '' when undefined. */
export function csvPercent(share: number | null): string {
  return share === null ? '' : (Math.round(share * 1000) / 10).toFixed(1);
}

/** Kappa with three decimals ("0.222", "-0.125"); '' when undefined. */
export function csvKappa(kappa: number | null): string {
  if (kappa === null) return '';
  const fixed = kappa.toFixed(3);
  return fixed === '-0.000' ? '0.000' : fixed;
}

/**
 * Text a trainer typed is neutralised so a spreadsheet never runs it as a formula (OWASP CSV injection): a
 * leading = + - @ tab or carriage return gets an apostrophe in front.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function bandText(band: readonly [number, number] | null): string {
  if (!band) return '';
  return band[0] === band[1] ? `${band[0]}` : `${band[0]}-${band[1]}`;
}

function groupVotesText(votes: readonly GroupVote[]): string {
  return votes.map((g) => `Group ${g.group}: ${g.level === null ? 'no vote' : g.level}`).join('; ');
}

/**
 * The session as CSV (RFC 4180, CRLF): one `round` row per stage voted on, then one `session` row with the
 * agreement over the whole session (Fleiss' kappa and percentage agreement over every stage with two or more
 * votes). Percentages have one decimal, kappa three.
 */
export function sessionToCsv(session: WorkshopSessionExport): string {
  const rows: CsvRow[] = session.rounds.map((r) => ({
    record: 'round',
    area: session.area,
    vignette_id: r.vignetteId,
    vignette_title: neutraliseFormula(r.vignetteTitle),
    stage: `${r.stageNumber}`,
    stage_title: neutraliseFormula(r.stageTitle),
    votes_level_1: `${r.votes[0]}`,
    votes_level_2: `${r.votes[1]}`,
    votes_level_3: `${r.votes[2]}`,
    votes_level_4: `${r.votes[3]}`,
    total_votes: `${r.totalVotes}`,
    modal_levels: r.modalLevels.join(' '),
    key_band: bandText(r.keyBand),
    key_level_names: neutraliseFormula(r.keyLevelNames.join(' or ')),
    within_key_percent: csvPercent(r.withinKey),
    agreement_percent: csvPercent(r.agreement),
    chance_agreement_percent: '',
    fleiss_kappa: '',
    kappa_reading: '',
    stages_rated: '',
    under_calls_of_significant_harm: `${r.underCallsOfSignificantHarm}`,
    group_votes: groupVotesText(r.groupVotes),
    notes: neutraliseFormula(r.notes),
  }));
  const totals = [0, 1, 2, 3].map((i) => session.rounds.reduce((sum, r) => sum + (r.votes[i] ?? 0), 0));
  rows.push({
    record: 'session',
    area: session.area,
    vignette_id: '',
    vignette_title: '',
    stage: '',
    stage_title: '',
    votes_level_1: `${totals[0]}`,
    votes_level_2: `${totals[1]}`,
    votes_level_3: `${totals[2]}`,
    votes_level_4: `${totals[3]}`,
    total_votes: `${totals.reduce((a, b) => a + b, 0)}`,
    modal_levels: '',
    key_band: '',
    key_level_names: '',
    within_key_percent: csvPercent(session.withinKey),
    agreement_percent: csvPercent(session.agreement.percentAgreement),
    chance_agreement_percent: csvPercent(session.agreement.expectedAgreement),
    fleiss_kappa: csvKappa(session.agreement.fleissKappa),
    kappa_reading: session.agreement.kappaReading,
    stages_rated: `${session.agreement.itemsRated}`,
    under_calls_of_significant_harm: `${session.rounds.reduce((sum, r) => sum + r.underCallsOfSignificantHarm, 0)}`,
    group_votes: '',
    notes: '',
  });
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((c) => csvField(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The session as pretty-printed JSON (full precision). */
export function sessionToJson(session: WorkshopSessionExport): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/** "levelwise-workshop-telford-wrekin-2026-11-22-0930" (UTC time of the export). */
export function exportFileName(session: WorkshopSessionExport, extension: 'csv' | 'json'): string {
  const stamp = session.exportedAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `levelwise-workshop-${session.area}-${stamp}.${extension}`;
}
