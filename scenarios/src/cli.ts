#!/usr/bin/env node
/**
 * levelwise-scenarios: validate vignettes, report catalogue statistics, print derived answer keys and
 * score a learner's answers with every rule explained. Run `levelwise-scenarios help`.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAnswerFile } from './answer-file.ts';
import { deriveVignetteKey, type StageAreaKey } from './answer-key.ts';
import { AREA_IDS, type AreaId, isAreaId } from './areas.ts';
import {
  checkVignetteFiles,
  defaultLookupFor,
  type LookupFor,
  listVignetteFiles,
  VIGNETTES_DIR,
} from './catalogue.ts';
import { calibration, combineResults, DEFAULT_SCORING_CONFIG, scoreStage } from './scoring.ts';
import { catalogueCoverage, catalogueStats } from './stats.ts';
import { vignetteJsonSchema } from './vignette.schema.ts';
import { formatIssue } from './vignette-loader.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage: levelwise-scenarios <command> [options]

Commands:
  validate [files...]                       Validate vignettes (default: every file in scenarios/vignettes).
  stats [--json]                            Counts by final level per area, ages, themes, step-up/down,
                                            cross-area differences.
  key <vignette> --area <area> [--json]     The derived answer key, stage by stage, with its indicators.
  score <vignette> --area <area> --answer <file.json> [--json]
                                            Score answers (a JSON array of stage answers) and explain it.
  schema [--out <file>]                     Write the vignette JSON Schema (default scenarios/vignette.schema.generated.json).

<vignette> is an id (a file in scenarios/vignettes) or a path. Areas: ${AREA_IDS.join(', ')}.
Exit status: 0 on success, 1 on invalid input or a failed validation, 2 on a usage error.`;

class UsageError extends Error {}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      area: { type: 'string' },
      answer: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function requireArea(value: string | undefined): AreaId {
  if (!value) throw new UsageError('--area is required');
  if (!isAreaId(value)) throw new UsageError(`unknown area "${value}"; use one of ${AREA_IDS.join(', ')}`);
  return value;
}

function resolveVignettePath(ref: string | undefined): string {
  if (!ref) throw new UsageError('name a vignette (its id or a path)');
  if (existsSync(ref)) return ref;
  const byId = join(VIGNETTES_DIR, `${ref}.yaml`);
  if (existsSync(byId)) return byId;
  throw new UsageError(`no vignette "${ref}" (looked for the path and for ${byId})`);
}

function loadValid(path: string, io: CliIo, lookupFor: LookupFor) {
  const [checked] = checkVignetteFiles([path], lookupFor);
  if (!checked?.loaded || checked.issues.length > 0) {
    for (const issue of checked?.issues ?? []) io.err(formatIssue(issue));
    return null;
  }
  return checked.loaded.vignette;
}

function keyText(stages: StageAreaKey[]): string {
  const lines: string[] = [];
  for (const s of stages) {
    const band = s.band[0] === s.band[1] ? '' : ` (contested: ${s.band.join(' or ')})`;
    lines.push(`Stage ${s.stageIndex + 1} ${s.stageId}: level ${s.level} ${s.levelName}${band}`);
    for (const step of s.steps) {
      lines.push(`  - ${step.rule}: ${step.explanation}`);
      for (const c of step.indicators) {
        lines.push(`      ${c.id} [${c.levelName}] ${c.text}`);
        for (const caveat of c.caveats ?? []) lines.push(`        note: ${caveat}`);
      }
    }
    lines.push(`  Evidence: ${s.relevantFactIds.join(', ')}`);
    lines.push(`  Response: ${s.response.acceptable.join(' or ')}. ${s.response.explanation}`);
    lines.push(`  Consent: ${s.consent.acceptable.join(' or ')}. ${s.consent.explanation}`);
    for (const note of s.consent.notes) lines.push(`    ${note}`);
  }
  return lines.join('\n');
}

export async function main(
  argv: string[],
  io: CliIo,
  lookupFor: LookupFor = defaultLookupFor,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    const { values, positionals } = parse(rest);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    switch (command) {
      case 'validate': {
        const files = positionals.length ? positionals : listVignetteFiles();
        if (files.length === 0) {
          io.err('no vignette files to validate');
          return 1;
        }
        const checked = checkVignetteFiles(files, lookupFor);
        let errors = 0;
        for (const c of checked) {
          for (const issue of c.issues) io.err(formatIssue(issue));
          errors += c.issues.length;
        }
        const drafts = checked.filter((c) => c.loaded?.vignette.draft).length;
        const summary = `${checked.length} file${checked.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}${drafts ? `, ${drafts} draft` : ''}`;
        if (errors) io.err(summary);
        else io.out(`ok: ${summary}`);
        return errors ? 1 : 0;
      }
      case 'stats': {
        const checked = checkVignetteFiles(positionals.length ? positionals : listVignetteFiles(), lookupFor);
        const invalid = checked.filter((c) => c.issues.length > 0);
        for (const c of invalid) for (const issue of c.issues) io.err(formatIssue(issue));
        const valid = checked.flatMap((c) => (c.loaded && c.issues.length === 0 ? [c.loaded.vignette] : []));
        const stats = catalogueStats(valid, lookupFor);
        const coverage = catalogueCoverage(valid, stats);
        if (values.json)
          io.out(JSON.stringify({ ...stats, coverage, invalidFiles: invalid.map((c) => c.file) }, null, 2));
        else {
          io.out(
            `${stats.vignettes} vignettes (${stats.drafts} draft), ${stats.stages} stages, ${stats.contestedStages} contested`,
          );
          for (const area of AREA_IDS) {
            const f = stats.finalLevels[area];
            const s = stats.steps[area];
            io.out(
              `${area}: final levels 1:${f[1]} 2:${f[2]} 3:${f[3]} 4:${f[4]}; step up ${s.up}, down ${s.down}, same ${s.same}`,
            );
          }
          io.out(
            `ages: ${Object.entries(stats.ages)
              .map(([k, v]) => `${k}:${v}`)
              .join(' ')}`,
          );
          io.out(
            `themes: ${Object.entries(stats.themes)
              .map(([k, v]) => `${k}:${v}`)
              .join(' ')}`,
          );
          io.out(`cross-area differences: ${stats.crossAreaDifferences.length}`);
          for (const d of stats.crossAreaDifferences) {
            io.out(
              `  ${d.vignetteId}/${d.stageId}: ${AREA_IDS.map((a) => `${a} ${d.levels[a]}`).join(', ')}`,
            );
          }
          const unmet = coverage.filter((c) => !c.met).length;
          io.out(`coverage: ${coverage.length - unmet} of ${coverage.length} requirements met`);
          for (const c of coverage)
            io.out(`  ${c.met ? 'met    ' : 'NOT MET'}  ${c.requirement} (${c.found})`);
        }
        return invalid.length ? 1 : 0;
      }
      case 'key': {
        const area = requireArea(values.area);
        const vignette = loadValid(resolveVignettePath(positionals[0]), io, lookupFor);
        if (!vignette) return 1;
        const { key } = deriveVignetteKey(vignette, area, lookupFor(vignette));
        io.out(values.json ? JSON.stringify(key, null, 2) : keyText(key.stages));
        return 0;
      }
      case 'score': {
        const area = requireArea(values.area);
        if (!values.answer) throw new UsageError('--answer <file.json> is required');
        const vignette = loadValid(resolveVignettePath(positionals[0]), io, lookupFor);
        if (!vignette) return 1;
        let text: string;
        try {
          text = readFileSync(values.answer, 'utf8');
        } catch (error) {
          io.err(`${values.answer}: cannot read file (${(error as Error).message})`);
          return 1;
        }
        const parsed = parseAnswerFile(text, values.answer);
        if (!parsed.ok) {
          for (const e of parsed.errors) io.err(e);
          return 1;
        }
        if (parsed.answers.length > vignette.stages.length) {
          io.err(
            `${values.answer}: ${parsed.answers.length} stage answers, but ${vignette.id} has ${vignette.stages.length} stages`,
          );
          return 1;
        }
        const { key } = deriveVignetteKey(vignette, area, lookupFor(vignette));
        const stages = parsed.answers.map((answer, i) =>
          scoreStage(answer, key.stages[i] as StageAreaKey, DEFAULT_SCORING_CONFIG),
        );
        const result = combineResults(stages, DEFAULT_SCORING_CONFIG);
        if (values.json) {
          io.out(
            JSON.stringify(
              {
                vignetteId: vignette.id,
                area,
                config: DEFAULT_SCORING_CONFIG,
                result,
                calibration: calibration(stages),
              },
              null,
              2,
            ),
          );
        } else {
          io.out(`${vignette.id} (${area}): ${result.verdict}`);
          for (const s of stages) {
            io.out(
              `Stage ${s.stageIndex + 1} ${s.stageId}: ${(s.points * 100).toFixed(1)} of ${(s.maxPoints * 100).toFixed(1)} points`,
            );
            for (const component of Object.values(s.components)) {
              for (const rule of component.rules) {
                io.out(
                  `  [${rule.rule}] ${rule.points ? `+${(rule.points * 100).toFixed(1)} ` : ''}${rule.explanation}`,
                );
                for (const c of rule.indicators) io.out(`      ${c.id} [${c.levelName}] ${c.text}`);
              }
            }
            for (const u of s.unsafe) io.out(`  UNSAFE ${u.kind}: ${u.message}`);
          }
        }
        return 0;
      }
      case 'schema': {
        const out =
          values.out ?? fileURLToPath(new URL('../vignette.schema.generated.json', import.meta.url));
        writeFileSync(out, `${JSON.stringify(vignetteJsonSchema(), null, 2)}\n`);
        io.out(`wrote ${out}`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`levelwise-scenarios: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
