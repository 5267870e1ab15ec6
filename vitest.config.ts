import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The timing-sensitive e2e file: it judges load times, so it runs alone, after everything else.
const BUDGETS = 'test/e2e/youth-budgets.test.ts';
// A page answers within seconds on a loaded machine, not always within `expect.poll`'s default
// second: the same condition, waited for as long as a locator's `waitFor` would.
const BROWSER_POLL = { poll: { timeout: 15_000 } };

// Five projects, all run by `npm test`; `--project <name>` runs one.
export default defineConfig({
  test: {
    // At least two files at once, even on two cores: most files wait on DynamoDB Local, the
    // local server or Chromium much of the time, and each file has its own table, server,
    // browser and ports, so no file sees another's data (README, « How the tests stay fast »).
    // Vitest's own default would be one file at a time on two cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'functions/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          // Building a whole stack takes seconds, more on a busy machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: [BUDGETS],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
          // A journey takes 10 to 30 s alone; beside another file on two cores, up to twice that.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: BROWSER_POLL,
        },
      },
      {
        test: {
          name: 'e2e-budgets',
          include: [BUDGETS],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: BROWSER_POLL,
          // Alone: Vitest runs a project of one worker after all the others have finished.
          fileParallelism: false,
        },
      },
    ],
    allowOnly: false,
    env: {
      // Quiet output: access logs at INFO are for AWS; the SDK's Node 20 notice is known.
      POWERTOOLS_LOG_LEVEL: 'WARN',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});
