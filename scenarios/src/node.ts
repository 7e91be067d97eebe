/**
 * @levelwise/scenarios/node: file-system helpers for tools and tests (loading vignette files, the
 * shipped catalogue, the CLI entry point). Not for browser bundles.
 */
export {
  type CheckedFile,
  checkVignetteFiles,
  defaultLookupFor,
  type LookupFor,
  listVignetteFiles,
  loadVignetteFile,
  VIGNETTES_DIR,
} from './catalogue.ts';
export { type CliIo, main as runCli } from './cli.ts';
