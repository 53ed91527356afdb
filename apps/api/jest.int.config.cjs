const preset = require('../../jest.preset.cjs');

/**
 * Integration tests: the Nest app booted against a real FerretDB process and a real SMTP server,
 * both started for this run on free ports with temporary data (see test/global-setup.cjs).
 */
module.exports = {
  ...preset,
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.cjs',
  globalTeardown: '<rootDir>/test/global-teardown.cjs',
  testTimeout: 30000,
};
