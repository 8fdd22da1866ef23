// `npm test` runs every project in one Jest process, so one summary line covers the whole suite.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.cjs',
    '<rootDir>/apps/*/jest.config.cjs',
    '<rootDir>/test/jest.config.cjs',
    '<rootDir>/tools/jest.config.cjs',
  ],
  // A global option: project configs' own timeouts apply only when a project runs alone. Set-ups
  // wait on readiness (a service reports its ports or exits saying why), so this ceiling only ends
  // a hang; a busy machine is no reason to fail.
  testTimeout: 300000,
};
