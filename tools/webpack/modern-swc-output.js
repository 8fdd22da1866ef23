// Nx's swc-loader defaults compile to ES5 in loose mode, where `[...map]` becomes `[].concat(map)`
// and silently yields the Map itself. Node 20 runs ES2022 natively: compile to it, to the letter.
class ModernSwcOutput {
  apply(compiler) {
    compiler.hooks.afterEnvironment.tap('ModernSwcOutput', () => {
      for (const rule of compiler.options.module.rules) {
        if (rule && typeof rule.loader === 'string' && rule.loader.includes('swc-loader')) {
          rule.options.jsc = { ...rule.options.jsc, loose: false, target: 'es2022' };
        }
      }
    });
  }
}

module.exports = { ModernSwcOutput };
