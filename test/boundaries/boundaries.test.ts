/**
 * The import boundaries of docs/architecture.md are lint rules (biome.json, noRestrictedImports overrides).
 * This proves each rule fires, and that what is allowed stays allowed: probe files are written into a
 * scratch copy of the layout (never into the packages, where a concurrent lint would see them) and linted
 * with the repository's own biome.json.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const biome = path.join(root, 'node_modules/.bin/biome');

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string };
}

/** [file in the layout, source, the message the rule must give (null: must pass)]. */
const PROBES: [string, string, RegExp | null][] = [
  [
    'packages/ui/src/a.ts',
    "import { createMachine } from 'xstate';\nexport const a = createMachine({});\n",
    /ui is props-only: it never imports xstate/,
  ],
  [
    'packages/ui/src/b.tsx',
    "import { useMachine } from '@xstate/react';\nexport const b = useMachine;\n",
    /never imports @xstate\/react/,
  ],
  [
    'packages/ui/src/c.ts',
    "import { vignetteMachine } from '@levelwise/scenarios';\nexport const c = vignetteMachine;\n",
    /ui must not import scenarios/,
  ],
  [
    'packages/ui/src/d.ts',
    "import { x } from '../../scenarios/src/index.ts';\nexport const d = x;\n",
    /No relative imports into another package/,
  ],
  [
    'packages/ui/src/e.ts',
    "import type { Framework } from '@levelwise/frameworks';\nexport type E = Framework;\n",
    null,
  ],
  ['scenarios/src/f.ts', "import { useState } from 'react';\nexport const f = useState;\n", /react/i],
  ['scenarios/src/g.ts', "import { setup } from 'xstate';\nexport const g = setup;\n", null],
  [
    'packages/scorm/src/h.ts',
    "import { createActor } from 'xstate';\nexport const h = createActor;\n",
    /scorm is framework-free/,
  ],
  [
    'packages/scorm/src/i.ts',
    "import { useEffect } from 'react';\nexport const i = useEffect;\n",
    /scorm is framework-free/,
  ],
  [
    'packages/scorm/src/j.ts',
    "import { Scorm2004API } from 'scorm-again';\nexport const j = Scorm2004API;\n",
    /scorm-again/,
  ],
  [
    'packages/scorm/test/k.test.ts',
    "import { Scorm2004API } from 'scorm-again';\nexport const k = Scorm2004API;\n",
    null,
  ],
  [
    'packages/player/src/l.ts',
    "import { createScormSession } from '@levelwise/scorm';\nexport const l = createScormSession;\n",
    /player never talks to the LMS/,
  ],
  [
    'packages/player/src/m.ts',
    "import { LevelBadge } from '../../ui/src/level-badge/index.ts';\nexport const m = LevelBadge;\n",
    /No relative imports into another package/,
  ],
  [
    'packages/player/src/n.ts',
    "import { useMachine } from '@xstate/react';\nexport const n = useMachine;\n",
    null,
  ],
  [
    'stories/o.stories.tsx',
    "import { createScormSession } from '@levelwise/scorm';\nexport const o = createScormSession;\n",
    /Stories never import SCORM/,
  ],
  [
    'stories/p.stories.tsx',
    "import { LevelBadge } from '../packages/ui/src/level-badge/index.ts';\nexport const p = LevelBadge;\n",
    /never by relative path/,
  ],
  [
    'packages/frameworks/src/q.ts',
    "import { vignetteMachine } from '@levelwise/scenarios';\nexport const q = vignetteMachine;\n",
    /frameworks imports no other Levelwise/,
  ],
];

const scratch = path.join(os.tmpdir(), `levelwise-boundaries-${process.pid}`);
let diagnostics: Diagnostic[] = [];

beforeAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  copyFileSync(path.join(root, 'biome.json'), path.join(scratch, 'biome.json'));
  for (const [file, source] of PROBES) {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), source);
  }
  let out: string;
  try {
    out = execFileSync(
      biome,
      [
        'lint',
        '--vcs-enabled=false',
        '--max-diagnostics=500',
        '--reporter=json',
        '--only=style/noRestrictedImports',
        '.',
      ],
      {
        cwd: scratch,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (error) {
    // Biome exits 1 when it finds errors, which is what most probes expect.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  const json = out.slice(out.indexOf('{'));
  diagnostics = (JSON.parse(json) as { diagnostics: Diagnostic[] }).diagnostics;
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('import boundaries are enforced by lint', () => {
  for (const [file, source, expected] of PROBES) {
    const what = source.split('\n')[0];
    it(`${expected ? 'rejects' : 'allows'} in ${file}: ${what}`, () => {
      const found = diagnostics.filter((d) => d.location.path.replace(/\\/g, '/').endsWith(file));
      if (expected === null) {
        expect(found).toEqual([]);
      } else {
        expect(found.map((d) => d.category)).toContain('lint/style/noRestrictedImports');
        expect(found.map((d) => d.message).join('\n')).toMatch(expected);
      }
    });
  }
});
