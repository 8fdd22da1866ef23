import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/generated', '.nx', '.data', 'infra'] },
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Apps are deployables: they depend on libs, never on each other.
            // Apps and end-to-end tests may also use the test harness in tools/.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:tooling'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:tooling'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // The domain rules stay pure: no framework, database or broker.
            {
              sourceTag: 'scope:domain',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: ['@nestjs/*', '@prisma/*', 'kafkajs', 'pg', 'express', 'graphql', 'zod'],
            },
            // FHIR mapping is pure functions over JSON: no framework, database, broker or HTTP client.
            {
              sourceTag: 'scope:fhir',
              onlyDependOnLibsWithTags: ['scope:contracts'],
              bannedExternalImports: [
                '@nestjs/*',
                '@prisma/*',
                'kafkajs',
                'pg',
                'express',
                'fhir-kit-client',
              ],
            },
            {
              sourceTag: 'scope:contracts',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: ['@nestjs/*', '@prisma/*', 'kafkajs', 'pg', 'express'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Build configuration is not application code: it may use the workspace's build helpers.
    files: ['**/webpack.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
