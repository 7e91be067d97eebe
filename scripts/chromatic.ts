/**
 * Publishes Storybook to Chromatic for teams that have a project. The token comes from the
 * environment (CHROMATIC_PROJECT_TOKEN) and is never committed; CI does not need it, because the
 * local visual test (npm run test:visual) covers the same stories with committed baselines.
 */
import { spawnSync } from 'node:child_process';

const token = process.env.CHROMATIC_PROJECT_TOKEN;
if (!token) {
  console.error(
    'chromatic: set CHROMATIC_PROJECT_TOKEN to your Chromatic project token (Chromatic → Manage → Configure) and run again.\n' +
      'Nothing was uploaded. The local visual tests need no token: npm run test:visual.',
  );
  process.exit(2);
}
const result = spawnSync(
  'npx',
  ['--no', 'chromatic', '--config-file', 'chromatic.config.json', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMATIC_PROJECT_TOKEN: token },
  },
);
process.exit(result.status ?? 1);
