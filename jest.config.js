/** Three layers: pure unit tests, integration on a real Azurite, end-to-end in the Agents Playground. */
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform: tsJest,
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  ...extra,
});

module.exports = {
  projects: [
    project('unit'),
    project('integration', { globalSetup: '<rootDir>/tests/integration/global-setup.ts', globalTeardown: '<rootDir>/tests/integration/global-teardown.ts' }),
    project('e2e'),
  ],
};
