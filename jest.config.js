/**
 * Three kinds of tests, one run:
 *  - unit: `*.spec.ts` beside the code, no servers;
 *  - workflows: `test/workflows/*.test.ts`, each file on its own time-skipping test server
 *    (kept out of workflows/, which holds deterministic workflow code only);
 *  - integration: `test/**\/*.e2e.ts` against the real Temporal dev server and real
 *    PostgreSQL that test/support/global-setup.ts starts once for the run.
 * And one kind only `./mentorflow rehearsal` runs (MENTORFLOW_REHEARSAL): `test/rehearsal/*.rehearsal.ts`, on the same servers,
 * which need what CI does not build (the Temporal Web UI's server, from Go, about 5 minutes the first time).
 */
// tsconfig's isolatedModules makes ts-jest transpile only; `./mentorflow test` type-checks once up front.
const transform = { '^.+\\.ts$': 'ts-jest' };
const common = { testEnvironment: 'node', transform, moduleFileExtensions: ['ts', 'js', 'json'] };

const integration = {
  ...common,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{libs,apps,activities,scripts,bench}/**/*.spec.ts',
        '<rootDir>/test/workflows/*.spec.ts',
        '<rootDir>/test/support/*.spec.ts',
      ],
    },
    { ...common, displayName: 'workflows', testMatch: ['<rootDir>/test/workflows/*.test.ts'] },
    { ...integration, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.e2e.ts'] },
    ...(process.env.MENTORFLOW_REHEARSAL
      ? [{ ...integration, displayName: 'rehearsal', testMatch: ['<rootDir>/test/rehearsal/*.rehearsal.ts'] }]
      : []),
  ],
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
