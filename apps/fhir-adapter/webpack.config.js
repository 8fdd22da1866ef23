const { join } = require('path');
const { serviceWebpackConfig } = require('../../tools/webpack/service-config');

// fhir-kit-client 2 is ESM-only (its exports have no "require" condition): bundle it instead of
// leaving it to a require() at run time, which Node cannot resolve.
const ESM_ONLY = 'fhir-kit-client';
class BundleEsmOnly {
  apply(compiler) {
    compiler.hooks.afterEnvironment.tap('BundleEsmOnly', () => {
      compiler.options.resolve.alias = {
        ...compiler.options.resolve.alias,
        [`${ESM_ONLY}$`]: join(__dirname, '../../node_modules', ESM_ONLY, 'dist/index.js'),
      };
      compiler.options.externals = compiler.options.externals.map((external) =>
        typeof external === 'function'
          ? (data, callback) => (data.request === ESM_ONLY ? callback() : external(data, callback))
          : external,
      );
    });
  }
}

module.exports = serviceWebpackConfig('fhir-adapter', {
  // Its package ships source maps that point at sources it does not ship.
  ignoreWarnings: [{ module: /fhir-kit-client/, message: /Failed to parse source map/ }],
  plugins: [new BundleEsmOnly()],
});
