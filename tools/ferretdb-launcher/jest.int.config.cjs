const preset = require('../../jest.preset.cjs');

/**
 * Integration tests of the patched FerretDB: real launcher processes (built by test/global-setup.cjs)
 * and the mongodb driver. Each test file starts the launchers it needs on free ports with
 * temporary data directories.
 */
module.exports = {
  ...preset,
  displayName: 'ferretdb-launcher',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.cjs',
  testTimeout: 120000,
};
