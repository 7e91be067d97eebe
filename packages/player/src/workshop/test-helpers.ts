import { join } from 'node:path';
import type { Vignette } from '@levelwise/scenarios';
import { loadVignetteFile, VIGNETTES_DIR } from '@levelwise/scenarios/node';

/** A shipped vignette by id, for node tests (the two first vignettes are stable fixtures of this package's tests). */
export function shippedVignette(id: string): Vignette {
  const result = loadVignetteFile(join(VIGNETTES_DIR, `${id}.yaml`));
  if (!result.ok) throw new Error(`cannot load ${id}: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.loaded.vignette;
}
