const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'matching',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
};
