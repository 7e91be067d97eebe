import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/**
 * Debian's Chromium (browsers cannot be downloaded here). LEVELWISE_CHROMIUM points elsewhere on
 * machines that have another build.
 */
export const chromiumPath = process.env.LEVELWISE_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, deterministic headless Chromium on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--force-color-profile=srgb',
  '--font-render-hinting=none',
  '--hide-scrollbars',
];

const browserProvider = playwright({
  launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  contextOptions: { deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light', locale: 'en-GB' },
});

export default defineConfig({
  // @vitejs/plugin-react is required here: without it React's default export fails to load in browser mode.
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          // Keyboard-only walk-throughs of a whole vignette or course take several seconds alone; on two busy
          // cores they can pass Vitest's default 15 s.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: browserProvider,
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'visual',
          include: ['test/visual/**/*.visual.test.tsx'],
          setupFiles: ['test/visual/setup.ts'],
          globalSetup: ['test/visual/global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: browserProvider,
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 800 },
            screenshotFailures: false,
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // Exact: any pixel that moves is a change to review (baselines are made in this same Chromium).
                comparatorOptions: { threshold: 0, allowedMismatchedPixels: 0 },
                resolveScreenshotPath: ({ arg, browserName, ext, root }) =>
                  path.join(root, 'test/visual/__screenshots__', `${arg}-${browserName}${ext}`),
                resolveDiffPath: ({ arg, browserName, ext, root }) =>
                  path.join(root, 'test/visual/.review', `${arg}-${browserName}${ext}`),
              },
            },
          },
        },
      },
    ],
  },
});
