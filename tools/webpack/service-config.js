const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const { ModernSwcOutput } = require('./modern-swc-output');

/** The build of one Node service (apps/<name>) into dist/apps/<name>; every service builds alike. */
function serviceWebpackConfig(name, { plugins = [], ...extra } = {}) {
  return {
    ...extra,
    output: {
      path: join(__dirname, '../../dist/apps', name),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'swc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
      new ModernSwcOutput(),
      ...plugins,
    ],
  };
}

module.exports = { serviceWebpackConfig };
