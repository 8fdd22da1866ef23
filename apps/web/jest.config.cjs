// Pure rules of the front end (ordering, CSV); the pages themselves are tested in Chromium (test/e2e/web-*).
module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['**/*.spec.ts'],
};
