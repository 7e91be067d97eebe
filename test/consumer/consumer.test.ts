/**
 * Embeddability: a fresh Vite + React app installs the PACKED tarballs of @levelwise/frameworks and
 * @levelwise/ui (not the workspace links), typechecks against their published declarations, builds, and
 * renders WindscreenContinuum and ThresholdMatrix with real data in Chromium: no console errors, no request
 * to any other origin.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../lms/harness.ts';
import { serveStatic } from './serve-static.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const work = path.join(here, '.work/app');
const packDir = path.join(root, 'dist/pack');

function run(cmd: string, args: string[], cwd: string) {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
}

/** The version the workspace itself installed, so the partner app matches what we test against. */
const rootPackage = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

let server: Awaited<ReturnType<typeof serveStatic>> | undefined;

beforeAll(async () => {
  run(process.execPath, [path.join(root, 'scripts/pack-libraries.ts')], root);
  const tarball = (prefix: string) => {
    const file = readdirSync(packDir).find((f) => f.startsWith(prefix) && f.endsWith('.tgz'));
    if (!file) throw new Error(`No ${prefix}*.tgz in ${packDir}: the pack step did not produce it.`);
    return `file:${path.join(packDir, file)}`;
  };
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'src'), { recursive: true });
  const versions = Object.fromEntries(
    [
      'react',
      'react-dom',
      'vite',
      '@vitejs/plugin-react',
      'typescript',
      '@types/react',
      '@types/react-dom',
    ].map((name) => [name, rootPackage(name)]),
  );
  writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify(
      {
        name: 'levelwise-consumer-smoke',
        private: true,
        type: 'module',
        dependencies: {
          '@levelwise/frameworks': tarball('levelwise-frameworks-'),
          '@levelwise/ui': tarball('levelwise-ui-'),
          react: versions.react,
          'react-dom': versions['react-dom'],
        },
        devDependencies: {
          vite: versions.vite,
          '@vitejs/plugin-react': versions['@vitejs/plugin-react'],
          typescript: versions.typescript,
          '@types/react': versions['@types/react'],
          '@types/react-dom': versions['@types/react-dom'],
        },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    path.join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'preserve',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['vite/client'],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    path.join(work, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Consumer</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  writeFileSync(
    path.join(work, 'src/main.tsx'),
    `import '@levelwise/ui/theme.css';
import { getFramework } from '@levelwise/frameworks';
import { matrixFromFramework, ThresholdMatrix } from '@levelwise/ui/matrix';
import { WindscreenContinuum, windscreenLevelsFromFramework } from '@levelwise/ui/windscreen';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const telford = getFramework('telford-wrekin');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main className="lw-root">
      <h1>Partner app</h1>
      <WindscreenContinuum label="Telford & Wrekin continuum of need" levels={windscreenLevelsFromFramework(telford.rules.levels)} mode="interactive" />
      <ThresholdMatrix {...matrixFromFramework(telford)} label="Telford & Wrekin threshold matrix" />
    </main>
  </StrictMode>,
);
`,
  );
  writeFileSync(
    path.join(work, 'vite.config.ts'),
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()] });\n",
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], work);
  server = await serveStatic(path.join(work, 'dist'));
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('a partner app using the packed packages', () => {
  it('installs the tarballs, not workspace links', () => {
    const ui = path.join(work, 'node_modules/@levelwise/ui');
    const listing = readdirSync(ui);
    expect(listing).toContain('dist');
    expect(listing).not.toContain('src');
    expect(
      run(
        process.execPath,
        ['-p', "require('fs').lstatSync('node_modules/@levelwise/ui').isSymbolicLink()"],
        work,
      ).trim(),
    ).toBe('false');
  });

  it('typechecks against the published declarations', () => {
    expect(() => run(path.join(work, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], work)).not.toThrow();
  });

  it('builds and renders the windscreen and the full Telford matrix in Chromium, offline', async () => {
    run(path.join(work, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], work);
    await server?.close();
    server = await serveStatic(path.join(work, 'dist'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('request', (request) => {
        if (!request.url().startsWith(server!.url)) foreign.push(request.url());
      });
      await page.goto(server!.url);
      const radios = page
        .getByRole('radiogroup', { name: 'Telford & Wrekin continuum of need' })
        .getByRole('radio');
      await expect.poll(() => radios.count()).toBe(4);
      expect(await radios.nth(1).getAttribute('aria-label')).toBe('Level 2 of 4, Vulnerable');
      const table = page.getByRole('table');
      await expect.poll(() => table.count()).toBeGreaterThan(0);
      const indicators = await page.locator('[data-indicator-id]').count();
      expect(indicators).toBe(314);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
