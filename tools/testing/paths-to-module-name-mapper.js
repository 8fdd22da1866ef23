// Maps the workspace's tsconfig path aliases (@carechain/*) for Jest, so tests import libs as apps do.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

exports.pathsToModuleNameMapper = (tsconfigPath) => {
  const { compilerOptions } = JSON.parse(readFileSync(tsconfigPath, 'utf8'));
  const root = join(dirname(tsconfigPath), compilerOptions.baseUrl ?? '.');
  return Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, join(root, target)]),
  );
};
