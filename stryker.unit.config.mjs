// @ts-check
import base from './stryker.config.mjs';
/** The pure modules, against their unit tests only (a lower bound of their score; docs/testing.md). */
export default { ...base, jest: { ...base.jest, configFile: 'jest.mutation.unit.config.js' } };
