module.exports = {
  displayName: 'ops-cli',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  globalSetup: '../../tools/testing/global-setup.ts',
  globalTeardown: '../../tools/testing/global-teardown.ts',
  testTimeout: 300000,
};
