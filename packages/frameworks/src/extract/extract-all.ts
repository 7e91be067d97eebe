/**
 * Node-side orchestration of the extraction: read the seeds, run the registered readers and the pipeline,
 * and serialise the results exactly as they are committed under `data/`. Shared by `run.ts` (which writes)
 * and the reproducibility test (which compares).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concepts } from '../concepts/concepts.ts';
import { type AreaData, type ConceptsData, ConceptsDataSchema } from '../schema.ts';
import { buildAreaData, EXTRACTOR_VERSION } from './pipeline.ts';
import { sha256Hex, splitLines } from './provenance.ts';
import { AREA_IDS, AREA_SOURCE_FILES, type AreaId, ExtractionError } from './reader-types.ts';
import { MATRIX_READERS } from './readers/index.ts';
import { resolveConcepts } from './resolve-concepts.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** `packages/frameworks/data`. */
export const DATA_DIR = resolve(here, '../../data');

/** The seeds folder: `LEVELWISE_SEEDS` if set, else `../shared/seeds` beside the repository root. */
export function defaultSeedsDir(): string {
  const fromEnv = process.env.LEVELWISE_SEEDS;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return resolve(fromEnv);
  return resolve(here, '../../../..', '../shared/seeds');
}

export interface SeedFile {
  file: string;
  lines: string[];
  sha256: string;
}

export function readSeed(seedsDir: string, area: AreaId): SeedFile {
  const file = AREA_SOURCE_FILES[area];
  const path = resolve(seedsDir, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ExtractionError(
      file,
      0,
      `cannot read seed ${path}: ${(error as Error).message} (set LEVELWISE_SEEDS)`,
    );
  }
  return { file, lines: splitLines(bytes.toString('utf8')), sha256: sha256Hex(bytes) };
}

/** Areas with a registered reader, in the canonical area order. */
export function registeredAreas(): AreaId[] {
  return AREA_IDS.filter((a) => MATRIX_READERS[a] !== undefined);
}

export function extractArea(area: AreaId, seedsDir = defaultSeedsDir()): AreaData {
  const reader = MATRIX_READERS[area];
  if (!reader) throw new Error(`no matrix reader is registered for ${area} (src/extract/readers/index.ts)`);
  const seed = readSeed(seedsDir, area);
  const reading = reader(seed.lines, seed.file);
  return buildAreaData({ reading, lines: seed.lines, sourceSha256: seed.sha256 });
}

/** The exact bytes committed for a data file: 2-space JSON with a final newline. */
export function serialiseJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function dataFilePath(area: AreaId): string {
  return resolve(DATA_DIR, `${area}.json`);
}

/** Resolve the curated concepts against extracted areas; the content of `data/concepts.json`. */
export function extractConcepts(areas: Readonly<Partial<Record<AreaId, AreaData>>>): ConceptsData {
  const data: ConceptsData = {
    schemaVersion: 1,
    extractorVersion: EXTRACTOR_VERSION,
    concepts: resolveConcepts(concepts, areas),
  };
  const parsed = ConceptsDataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`resolved concepts fail the schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return data;
}

export const CONCEPTS_FILE = resolve(DATA_DIR, 'concepts.json');
