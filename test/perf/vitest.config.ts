import { defineConfig } from 'vitest/config';

/**
 * Runs the course budgets on their own (`npm exec -- vitest run --config perf/vitest.config.ts` from test/); the
 * same project is requested in test/vitest.config.ts as `perf`. Builds through the e2e global setup.
 */
export default defineConfig({
  test: {
    name: 'perf',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    globalSetup: ['../e2e/global-setup.ts'],
  },
});
