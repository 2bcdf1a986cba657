// @ts-check
/**
 * Mutation testing of the modules that hold a promise (issue 26; docs/testing.md has the scores
 * and every surviving mutant). `npm run test:mutation`; the HTML report lands in reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: [
    // Team check-ins: payloads, closing, aggregation, their pseudonyms.
    'src/features/checkins/checkin-payloads.ts',
    'src/features/checkins/close-checkin.ts',
    'src/domain/checkin-aggregation.ts',
    'src/domain/pseudonym.ts',
    // The coach: trends and consent.
    'src/domain/coach-trend.ts',
    'src/store/consents-repository.ts',
    // Export links and delete.
    'src/features/privacy/privacy-tokens.ts',
    'src/store/export-links-repository.ts',
    'src/features/privacy/delete-person.ts',
    // The rules of a day: answer, edit, reflect, the day row.
    'src/features/reflection/answer-action.ts',
    'src/features/reflection/edit-action.ts',
    'src/features/reflection/delivery-context.ts',
    'src/features/reflection/reflect-now.ts',
    'src/features/reflection/reflection-day.ts',
    'src/domain/reflection-day.ts',
    'src/store/answers-repository.ts',
    // Coach-code attempts.
    'src/domain/code-attempts.ts',
    'src/store/code-attempts-repository.ts',
    // Pseudonyms outside check-ins: the signed delivery ticket bound to the person.
    'src/features/reflection/delivery-ticket.ts',
  ],
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  concurrency: 2,
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 120,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['.data', '.scratch', '.stryker-tmp*', 'reports', 'dist', 'coverage', 'manifest/build', 'release', 'test-results'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
