// Shared by every project's jest config: SWC keeps decorator metadata for Nest and is fast on 2 cores.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/testing/paths-to-module-name-mapper');

const swcrc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(join(__dirname, 'tsconfig.base.json')),
  testMatch: ['**/?(*.)+(spec|test).ts'],
};
