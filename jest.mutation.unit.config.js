/** Unit tests only: for the pure modules (stryker.unit.config.mjs); a lower bound of their score. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
  testTimeout: 60_000,
};
