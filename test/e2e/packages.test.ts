/**
 * The ten course packages `npm run package` wrote (in the global setup): each validates against the SCORM
 * schemas with xmllint and the semantic checks (test/package/validate-zip.ts), holds one launch file with the
 * standard stamped on it, and carries only its own area's matrix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS, STANDARDS } from '@levelwise/course/build';
import { describe, expect, it } from 'vitest';
import { validatePackageZip } from '../package/validate-zip.ts';
import { contentFolder, readBuilds } from './global-setup.ts';

const builds = readBuilds();

describe.each(AREAS)('%s', (area) => {
  it.each(STANDARDS)('SCORM %s: a valid package with only this area’s matrix', (standard) => {
    const zip = builds[area].zips[standard];
    const result = validatePackageZip(zip.file);
    expect(result.problems ?? [], JSON.stringify(result)).toEqual([]);
    const folder = contentFolder(area, standard);
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(html).toContain(`data-scorm="${standard}"`);
    expect(html.match(/data-scorm=/g)).toHaveLength(1);
    const js = readdirSync(join(folder, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(folder, 'assets', f), 'utf8'))
      .join('\n');
    // A matrix indicator is bundled as { id, area, level, … } (vignettes key other areas' ids, but not like this).
    for (const other of AREAS) {
      const q = '["\'`]';
      const found = new RegExp(`${q}?area${q}?:\\s*${q}${other}${q}\\s*,\\s*${q}?level${q}?:`).test(js);
      expect(found, `${other}'s matrix in ${area}'s bundle`).toBe(other === area);
    }
  });
});
