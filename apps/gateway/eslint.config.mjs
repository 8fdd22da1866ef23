import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Resolvers are thin: they call services, and patient data is read only through patient-records.
    files: ['**/*.resolver.ts'],
    // Their commands still read the event store here until they are decided in libs/domain (issue 18).
    ignores: [
      '**/care-plans/care-plans.resolver.ts',
      '**/discharge-delays/discharge-delays.resolver.ts',
      '**/medicine-lists/medicine-list-changes.resolver.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@carechain/persistence',
              message: 'A resolver calls a service; patient data is read through patient-records.',
            },
          ],
          patterns: [
            {
              group: ['@carechain/persistence/*', '@prisma/*'],
              message: 'A resolver calls a service; patient data is read through patient-records.',
            },
          ],
        },
      ],
    },
  },
];
