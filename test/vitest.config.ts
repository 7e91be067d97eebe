import { defineConfig } from 'vitest/config';

/**
 * Cross-package tests. One Vitest project per folder; `npm test` in test/ runs them all, and
 * `npm test -- --project=lms` runs one. The performance budgets (perf/) run on their own, on a quiet machine:
 * `npm run test:perf` at the root.
 */
export default defineConfig({
  test: {
    projects: [
      // The built course in the stand-in LMS for both standards (builds every area once in its global setup).
      'e2e/vitest.config.ts',
      {
        test: {
          name: 'package',
          environment: 'node',
          include: ['package/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'lms',
          environment: 'node',
          include: ['lms/**/*.test.ts'],
          // Real Chromium driven by Playwright on a 2-core machine shared with other jobs.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: the files share nothing, but parallel Chromiums starve each other here.
          fileParallelism: false,
          // Bundles the runtime SCO fixture with Vite into lms/.work/ (git-ignored).
          globalSetup: ['lms/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'boundaries',
          environment: 'node',
          include: ['boundaries/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'workshop',
          environment: 'node',
          include: ['workshop/**/*.e2e.test.ts'],
          // Builds test/workshop/page with Vite into workshop/.work (git-ignored), then drives a session in Chromium.
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'consumer',
          environment: 'node',
          include: ['consumer/**/*.test.ts'],
          // Packs the libraries, npm-installs the tarballs into a fresh app, builds it and opens it in Chromium.
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
