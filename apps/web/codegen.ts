import type { CodegenConfig } from '@graphql-codegen/cli';

// The web's operation types come from the gateway's committed schema (`npm run schema`), never by hand.
const config: CodegenConfig = {
  schema: 'apps/gateway/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
