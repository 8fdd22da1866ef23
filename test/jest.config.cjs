module.exports = {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  globalSetup: '../tools/testing/global-setup.ts',
  globalTeardown: '../tools/testing/global-teardown.ts',
  // Only a hang reaches it: set-ups wait on readiness (see the root config).
  testTimeout: 300000,
};
