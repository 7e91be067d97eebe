import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'frameworks',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Several tests run the full extraction or spawn Node; on a shared 2-core machine 5 s is too tight.
    testTimeout: 60_000,
  },
});
