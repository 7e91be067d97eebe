/**
 * Bundles fixtures/runtime-sco (the real @levelwise/scorm runtime) with Vite into .work/runtime-sco, which is
 * git-ignored, before the LMS tests run. The raw-sco fixture needs no build.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { FIXTURES_DIR, LMS_DIR } from './server.ts';

export const WORK_DIR = join(LMS_DIR, '.work');
export const RUNTIME_SCO_DIR = join(WORK_DIR, 'runtime-sco');

export async function buildRuntimeSco(outDir = RUNTIME_SCO_DIR): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root: join(FIXTURES_DIR, 'runtime-sco'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      reportCompressedSize: false,
    },
  });
}

export default async function setup(): Promise<void> {
  await buildRuntimeSco();
}
