// @ts-check
// Mutation testing of the pure domain logic (npm run test:mutation; not part of npm test). Each mutant runs only
// the domain tests that cover it, in Node (vitest.domain.config.ts). Results: docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.domain.config.ts', related: true },
  // TypeScript 7 has no compiler API for Stryker's tsconfig step to call: a path that does not exist skips it.
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  coverageAnalysis: 'perTest',
  // A mutant in module-level data (a label, a lookup table) is "static": testing it reloads and reruns every related
  // test file, a minute each here. They are left out of the score (docs/testing.md says which tests cover them).
  ignoreStatic: true,
  mutate: [
    // parsing
    'src/domain/parse-number.ts',
    'src/domain/parse-parameters.ts',
    'src/domain/parse-percent.ts',
    'src/domain/parse-compute.ts',
    'src/domain/parse-date.ts',
    'src/domain/cost-tier.ts',
    'src/domain/measured.ts',
    // the shared view read from a link, and a built-in data file checked when it arrives
    'src/domain/view-state.ts',
    'src/domain/datasets/read-payload.ts',
    // metrics
    'src/domain/fields.ts',
    // filtering
    'src/domain/filter.ts',
    'src/domain/search.ts',
    'src/domain/size-scale.ts',
    // the frontier
    'src/domain/pareto.ts',
    'src/domain/pareto-status.ts',
    'src/domain/sort-indices.ts',
    'src/domain/chart/frontier.ts',
    // import and export formats
    'src/domain/import/**/*.ts',
    'src/domain/export/csv.ts',
    'src/domain/export/json.ts',
  ],
  // The sandbox needs what the domain tests read: sources, tests, fixtures and the shipped data files.
  ignorePatterns: ['/bench', '/docs', '/dist', '/test-results', '/playwright-report', '/reports', '/.bench-ab'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // A shared 2-core machine: one test runner, and time limits that tell a slow run from an endless loop.
  concurrency: 1,
  timeoutFactor: 4,
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
};
