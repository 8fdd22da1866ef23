module.exports = {
  displayName: 'hl7',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
