/**
 * Three kinds of tests, one run:
 *  - unit: `*.spec.ts` beside the code, no servers;
 *  - workflows: `test/workflows/*.test.ts`, each file on its own time-skipping test server
 *    (kept out of workflows/, which holds deterministic workflow code only);
 *  - integration: `test/**\/*.e2e.ts` against the real Temporal dev server and real
 *    PostgreSQL that test/support/global-setup.ts starts once for the run.
 */
// tsconfig's isolatedModules makes ts-jest transpile only; `./mentorflow test` type-checks once up front.
const transform = { '^.+\\.ts$': 'ts-jest' };
const common = { testEnvironment: 'node', transform, moduleFileExtensions: ['ts', 'js', 'json'] };

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{libs,apps,activities,scripts,bench}/**/*.spec.ts', '<rootDir>/test/workflows/*.spec.ts'],
    },
    { ...common, displayName: 'workflows', testMatch: ['<rootDir>/test/workflows/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.e2e.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
