const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'audit-verify',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
