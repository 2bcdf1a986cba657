/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the unit and integration
 * tests of the mutated modules' areas, as one project (Stryker's jest runner reads one), with an
 * Azurite that lives as long as Stryker's worker instead of one per run. A mutant runs the test
 * files that import its module (Stryker's `enableFindRelatedTests`), filtered to the tests that
 * reached it; without that, every file of this list was loaded for every mutant and a run took
 * hours. Timings are generous because instrumented code on a loaded machine is slow.
 */
const areas = [
  // Team check-ins.
  'unit/checkin-*',
  'integration/checkin-*',
  'integration/trust-checkins',
  // The coach: trends, consent, codes and their attempts.
  'unit/coach-*',
  'unit/code-attempts',
  'integration/code-attempts-repository',
  'integration/coach-*',
  'integration/consents-repository',
  'integration/trust-coaching',
  // Export links and delete.
  'integration/privacy-*',
  'integration/export-html',
  // The rules of a day.
  'unit/reflection-day',
  'unit/delivery-ticket',
  'unit/weekly-summary',
  'integration/answer-rows',
  'integration/answers-repository',
  'integration/answer-storage-faults',
  'integration/honest-mirror',
  'integration/note-limit',
  'integration/answer-checks',
  'integration/day-slot',
  'integration/daily-reflection',
  'integration/delivery-tickets',
  'integration/earlier-day',
  'integration/reflection-day',
  'integration/reflect-now',
  'integration/weekly-summary',
  'integration/reminder',
  'integration/prompt-history',
  'integration/history',
];

module.exports = {
  testEnvironment: 'node',
  // Transpiled only: the TypeScript checker of Stryker has already type-checked each mutant.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testMatch: areas.map((area) => `<rootDir>/tests/${area}.test.ts`),
  globalSetup: '<rootDir>/tests/mutation/global-setup.ts',
  testTimeout: 60_000,
};
