#!/usr/bin/env node
/**
 * levelwise-frameworks: inspect the shipped threshold matrices from a terminal.
 *
 *   levelwise-frameworks list
 *   levelwise-frameworks show <area> [--level N] [--dimension D]
 *   levelwise-frameworks compare <concept>
 *   levelwise-frameworks stats [--json]
 *   levelwise-frameworks export <area> --json
 *
 * Exit codes: 0 success, 1 nothing found, 2 usage error (unknown command, area or option).
 */
import { type ConceptComparison, compareConcept, concepts, ruleDifferences } from './compare.ts';
import {
  AREA_IDS,
  type AreaId,
  findIndicators,
  frameworks,
  getFramework,
  getStats,
  type Indicator,
  isAreaId,
  levelName,
} from './index.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage:
  levelwise-frameworks list
  levelwise-frameworks show <area> [--level N] [--dimension D]
  levelwise-frameworks compare <concept>
  levelwise-frameworks stats [--json]
  levelwise-frameworks export <area> --json

Areas: ${AREA_IDS.join(', ')}`;

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

/** Parse `--name value`, `--name=value` and boolean `--flag`s, rejecting options the command does not take. */
function parse(args: readonly string[], valued: readonly string[], flags: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`Unknown option "${arg}".`);
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`Option --${name} needs a value.`);
      options.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      options.set(name, true);
    } else {
      throw new UsageError(`Unknown option "--${name}".`);
    }
  }
  return { positional, options };
}

function requireArea(value: string | undefined, command: string): AreaId {
  if (value === undefined) throw new UsageError(`"${command}" needs an area: ${AREA_IDS.join(', ')}.`);
  if (!isAreaId(value)) throw new UsageError(`Unknown area "${value}". Areas: ${AREA_IDS.join(', ')}.`);
  return value;
}

function table(rows: readonly (readonly string[])[], header: readonly string[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    if (current.length > 0 && current.length + 1 + w.length > width) {
      lines.push(current);
      current = w;
    } else current = current.length > 0 ? `${current} ${w}` : w;
  }
  if (current.length > 0) lines.push(current);
  return lines.join(`\n${indent}`);
}

function cmdList(args: readonly string[], io: CliIo): number {
  const { positional } = parse(args, [], []);
  if (positional.length > 0) throw new UsageError(`"list" takes no arguments (got "${positional[0]}").`);
  const rows = frameworks.map((f) => [
    f.id,
    f.source.partnership.name,
    f.source.statedDate?.text ?? `undated, ${f.source.inferredDate.text.split(' (')[0]}`,
    ([1, 2, 3, 4] as const).map((l) => levelName(f.id, l)).join(' · '),
    String(f.indicators.length),
  ]);
  io.out(table(rows, ['area', 'partnership', 'date', 'levels 1 → 4', 'indicators']));
  return 0;
}

function parseLevel(value: string | true | undefined): 1 | 2 | 3 | 4 | undefined {
  if (value === undefined) return undefined;
  if (value === '1' || value === '2' || value === '3' || value === '4') return Number(value) as 1 | 2 | 3 | 4;
  throw new UsageError(`--level must be 1, 2, 3 or 4 (got "${String(value)}").`);
}

function cmdShow(args: readonly string[], io: CliIo): number {
  const { positional, options } = parse(args, ['level', 'dimension'], []);
  const area = requireArea(positional[0], 'show');
  if (positional.length > 1) throw new UsageError(`Unexpected argument "${positional[1]}".`);
  const level = parseLevel(options.get('level'));
  const dimension = options.get('dimension') as string | undefined;
  const f = getFramework(area);
  if (dimension !== undefined) {
    const known = findIndicators({ area, dimension });
    if (known.length === 0) {
      const names = f.dimensions.map((d) => `${d.id} ("${d.label}")`).join(', ');
      throw new UsageError(`Unknown dimension "${dimension}" for ${area}. Dimensions: ${names}.`);
    }
  }
  const found = findIndicators({
    area,
    ...(level !== undefined ? { level } : {}),
    ...(dimension !== undefined ? { dimension } : {}),
  });
  if (found.length === 0) {
    io.err(
      `No indicators for ${area}${level ? ` at level ${level}` : ''}${dimension ? ` in "${dimension}"` : ''}.`,
    );
    return 1;
  }
  const width = idWidth(found);
  const out: string[] = [`${f.source.partnership.name}: ${found.length} indicator(s)`];
  let cell = '';
  for (const ind of found) {
    const key = `${ind.level}|${ind.dimensionId}`;
    if (key !== cell) {
      cell = key;
      const count = found.filter((i) => `${i.level}|${i.dimensionId}` === key).length;
      out.push('', `Level ${ind.level} ${levelName(area, ind.level)} · ${ind.dimension} (${count})`);
      out.push(`  ${'#'.padStart(2)}  ${'id'.padEnd(width)}  text`);
    }
    out.push(
      `  ${String(ind.orderInCell).padStart(2)}  ${ind.id.padEnd(width)}  ${wrap(describeIndicator(ind), 70, ' '.repeat(width + 8))}`,
    );
  }
  io.out(out.join('\n'));
  return 0;
}

const idWidth = (list: readonly Indicator[]) => Math.max(2, ...list.map((i) => i.id.length));

function describeIndicator(ind: Indicator): string {
  const marks: string[] = [];
  if (ind.flags.strategyDiscussion) marks.push('strategy discussion');
  if (ind.flags.crossReference) marks.push(`see ${ind.flags.crossReference}`);
  if (ind.flags.duplicateOf) marks.push(`duplicate of ${ind.flags.duplicateOf}`);
  if (ind.flags.levelInferred) marks.push('level inferred');
  if (ind.flags.conditionalOnProtectiveness) marks.push('depends on protectiveness');
  if (ind.flags.literalDimension) marks.push(`printed under "${ind.flags.literalDimension}"`);
  return marks.length > 0 ? `${ind.textNormalised} [${marks.join('; ')}]` : ind.textNormalised;
}

function renderComparison(c: ConceptComparison): string {
  const label =
    c.kind === 'curated'
      ? `(curated concept ${c.id})`
      : c.kind === 'rule-difference'
        ? `(curated rule difference ${c.id})`
        : '(text match: not a curated concept)';
  const out = [c.title, label];
  if (c.summary) out.push(wrap(c.summary, 100, ''));
  if (c.difference) out.push(wrap(`Difference: ${c.difference}`, 100, '  '));
  for (const row of c.areas) {
    if (row.positions) {
      out.push('', `${row.area}:${row.positions.length === 0 ? ' no position recorded' : ''}`);
      for (const p of row.positions) {
        const where = p.level === null ? 'all levels' : `L${p.level} ${levelName(row.area, p.level)}`;
        out.push(`  ${where}: ${wrap(p.statement, 90, '    ')}`);
      }
      continue;
    }
    const found = row.members.length === 0 ? 'no indicator' : `levels ${row.levels.join(', ')}`;
    out.push('', `${row.area}: ${found}`);
    for (const m of row.members) {
      const rel = m.relation ? ` {${m.relation}}` : '';
      out.push(`  L${m.level} ${levelName(row.area, m.level)}${rel}  ${m.id}`);
      out.push(`      ${wrap(m.text, 90, '      ')}`);
      if (m.note) out.push(`      note: ${wrap(m.note, 84, '            ')}`);
    }
  }
  return out.join('\n');
}

function cmdCompare(args: readonly string[], io: CliIo): number {
  const { positional } = parse(args, [], []);
  if (positional.length === 0) {
    throw new UsageError(
      `"compare" needs a concept id or some words. Concepts: ${concepts.map((c) => c.id).join(', ')}. Rule differences: ${ruleDifferences.map((r) => r.id).join(', ')}.`,
    );
  }
  const comparison = compareConcept(positional.join(' '));
  if (comparison.kind === 'text-match' && comparison.areas.every((a) => a.members.length === 0)) {
    io.err(`No concept or indicator matches "${positional.join(' ')}".`);
    return 1;
  }
  io.out(renderComparison(comparison));
  return 0;
}

function cmdStats(args: readonly string[], io: CliIo): number {
  const { positional, options } = parse(args, [], ['json']);
  if (positional.length > 0) throw new UsageError(`"stats" takes no arguments (got "${positional[0]}").`);
  const stats = AREA_IDS.map((a) => getStats(a));
  if (options.has('json')) {
    const total = stats.reduce((n, s) => n + s.indicators.total, 0);
    const tables = { concepts: concepts.length, ruleDifferences: ruleDifferences.length };
    io.out(JSON.stringify({ total, tables, areas: stats }, null, 2));
    return 0;
  }
  const rows = stats.map((s) => [
    s.area,
    String(s.indicators.total),
    ...([1, 2, 3, 4] as const).map((l) => String(s.indicators.byLevel[l] ?? 0)),
    String(s.dimensions),
    String(s.duplicates),
    String(s.mechanicalCount),
  ]);
  io.out(table(rows, ['area', 'total', 'L1', 'L2', 'L3', 'L4', 'dimensions', 'duplicates', 'mechanical']));
  return 0;
}

function cmdExport(args: readonly string[], io: CliIo): number {
  const { positional, options } = parse(args, [], ['json']);
  const area = requireArea(positional[0], 'export');
  if (positional.length > 1) throw new UsageError(`Unexpected argument "${positional[1]}".`);
  if (!options.has('json')) throw new UsageError('"export" writes JSON only: add --json.');
  const rows = getFramework(area).indicators.map((i) => ({
    id: i.id,
    level: i.level,
    domain: i.domain,
    dimension: i.dimension,
    text: i.textVerbatim,
    sourceFile: i.provenance.spans[0]!.file,
    lines: i.provenance.spans.map((s) => ({ start: s.start, end: s.end })),
  }));
  io.out(JSON.stringify(rows, null, 2));
  return 0;
}

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => number>> = {
  list: cmdList,
  show: cmdShow,
  compare: cmdCompare,
  stats: cmdStats,
  export: cmdExport,
};

/** Run the CLI on `argv` (without the node and script paths); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || argv.includes('--help') || argv.includes('-h')) {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`Unknown command "${command}".`);
    return run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.main) {
  // A closed pipe (`… | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  });
}
