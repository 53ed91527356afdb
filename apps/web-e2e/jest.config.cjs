const preset = require('../../jest.preset.cjs');

/**
 * Browser tests: the built web app served by the real API (real FerretDB, real SMTP catcher),
 * driven in Debian's Chromium through playwright-core. See src/support/global-setup.cjs.
 */
module.exports = {
  ...preset,
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.cjs',
  globalTeardown: '<rootDir>/src/support/global-teardown.cjs',
  testTimeout: 120000,
};
