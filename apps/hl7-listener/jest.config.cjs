module.exports = {
  displayName: 'hl7-listener',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  globalSetup: '../../tools/testing/global-setup.ts',
  globalTeardown: '../../tools/testing/global-teardown.ts',
  testTimeout: 60000,
};
