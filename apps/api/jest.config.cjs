const preset = require('../../jest.preset.cjs');

/** Unit tests of the API: pure code beside the sources, no database. */
module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
