/**
 * `npm run extract`: read the five seed documents and write `data/<area>.json`, `data/concepts.json`
 * (the curated concepts resolved to indicator ids; full runs only) and `data/schema.json`.
 *
 *   npm run extract                 write every area that has a registered reader
 *   npm run extract -- sandwell     only the named area(s)
 *   npm run extract -- --check      write nothing; exit 1 if any committed file differs from a fresh run
 *
 * Seeds come from `../shared/seeds` beside the repository root, or from LEVELWISE_SEEDS.
 * Any structure a reader or the pipeline cannot place is an ExtractionError naming file and line, and a concept
 * fragment that names zero or several indicators is a FragmentResolutionError naming the concept: exit 2.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { jsonSchemaDocument } from '../json-schema.ts';
import type { AreaData } from '../schema.ts';
import {
  CONCEPTS_FILE,
  DATA_DIR,
  dataFilePath,
  defaultSeedsDir,
  extractArea,
  extractConcepts,
  registeredAreas,
  serialiseJson,
} from './extract-all.ts';
import { AREA_IDS, type AreaId, ExtractionError } from './reader-types.ts';
import { FragmentResolutionError } from './resolve-fragments.ts';

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const unknownOptions = argv.filter((a) => a.startsWith('-') && a !== '--check');
  if (unknownOptions.length > 0) {
    console.error(`Unknown option(s): ${unknownOptions.join(', ')}. Usage: extract [--check] [area…]`);
    return 64;
  }
  const named = argv.filter((a) => !a.startsWith('-'));
  for (const a of named) {
    if (!(AREA_IDS as readonly string[]).includes(a)) {
      console.error(`Unknown area "${a}". Areas: ${AREA_IDS.join(', ')}`);
      return 64;
    }
  }
  const registered = registeredAreas();
  const missing = AREA_IDS.filter((a) => !registered.includes(a));
  if (missing.length > 0) console.warn(`No reader registered yet for: ${missing.join(', ')}`);
  const areas = named.length > 0 ? (named as AreaId[]) : registered;

  const seeds = defaultSeedsDir();
  const outputs = new Map<string, string>();
  const extracted: Partial<Record<AreaId, AreaData>> = {};
  for (const area of areas) {
    const data = extractArea(area, seeds);
    extracted[area] = data;
    outputs.set(dataFilePath(area), serialiseJson(data));
    console.log(`${area}: ${data.indicators.length} indicators, ${data.dimensions.length} dimensions`);
  }
  // Concepts span all five areas, so they are resolved only on a full run.
  if (named.length === 0 && missing.length === 0) {
    const resolved = extractConcepts(extracted);
    outputs.set(CONCEPTS_FILE, serialiseJson(resolved));
    console.log(`concepts: ${resolved.concepts.length} resolved`);
  }
  outputs.set(`${DATA_DIR}/schema.json`, serialiseJson(jsonSchemaDocument()));

  let differing = 0;
  for (const [path, text] of outputs) {
    const rel = relative(process.cwd(), path);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (check) {
      if (current !== text) {
        differing++;
        console.error(`${rel}: ${current === undefined ? 'missing' : 'differs from a fresh extraction'}`);
      }
    } else if (current !== text) {
      mkdirSync(DATA_DIR, { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (check && differing > 0) return 1;
  if (check) console.log('committed data matches a fresh extraction');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ExtractionError || error instanceof FragmentResolutionError) {
    console.error(`Extraction failed: ${error.message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
