import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixtureFrameworkLookup } from '../src/fixture-framework.ts';
import { validateVignette } from '../src/validate-vignette.ts';
import type { Vignette } from '../src/vignette.schema.ts';
import { parseVignetteSource, type VignetteIssue } from '../src/vignette-loader.ts';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Parses and validates YAML text against the fixture catalogue; returns the vignette or the issues. */
export function check(
  text: string,
  file = 'test.yaml',
): { vignette: Vignette | null; issues: VignetteIssue[] } {
  const result = parseVignetteSource(text, file);
  if (!result.ok) return { vignette: null, issues: result.issues };
  return {
    vignette: result.loaded.vignette,
    issues: validateVignette(result.loaded, fixtureFrameworkLookup),
  };
}

export function loadFixture(name: string): Vignette {
  const { vignette, issues } = check(fixtureText(name), name);
  if (!vignette || issues.length) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(issues)}`);
  return vignette;
}

/** Replaces exactly one occurrence, so that a test's mutation cannot silently miss. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one "${from}"`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line contains "${needle}"`);
  return index + 1;
}

/** The events of a graph path, without the initial `xstate.init` step, ready to replay on an actor. */
export function eventsOf<E extends { type: string }>(path: { steps: { event: E }[] }): E[] {
  return path.steps.map((s) => s.event).filter((e) => (e as { type: string }).type !== 'xstate.init');
}
