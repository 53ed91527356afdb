// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for Nest), and the
// workspace path aliases resolve to library sources so tests never need a build first.
const path = require('node:path');

const root = __dirname;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@impact-review/audit$': path.join(root, 'libs/audit/src/index.ts'),
    '^@impact-review/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@impact-review/matching$': path.join(root, 'libs/matching/src/index.ts'),
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
