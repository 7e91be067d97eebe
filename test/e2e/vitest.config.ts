import { defineConfig } from 'vitest/config';

/**
 * Runs test/e2e on its own (`npm exec -- vitest run --config e2e/vitest.config.ts` from test/). The same project
 * is requested in test/vitest.config.ts as `e2e`.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    globalSetup: ['global-setup.ts'],
  },
});
