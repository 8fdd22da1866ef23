const { join } = require('node:path');
const preset = require('../../jest.preset.js');

// fhir-kit-client 2 is ESM-only: the FHIR API's test drives the gateway with it, as CommonJS via SWC.
module.exports = {
  displayName: 'gateway',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  globalSetup: '../../tools/testing/global-setup.ts',
  globalTeardown: '../../tools/testing/global-teardown.ts',
  testTimeout: 60000,
  transform: { ...preset.transform, '^.+/fhir-kit-client/.+\\.js$': preset.transform['^.+\\.ts$'] },
  transformIgnorePatterns: ['/node_modules/(?!fhir-kit-client/)'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^fhir-kit-client$': join(__dirname, '../../node_modules/fhir-kit-client/dist/index.js'),
  },
};
