import baseConfig from '../../eslint.config.mjs';

const doorOnly =
  '/^(patientJourney|journeyEntry|medicineList|medicineListChange|carePlanVersion|accessAudit)$/';

export default [
  ...baseConfig,
  {
    // Resolvers and controllers are thin: they call services, and patient data is read only through patient-records.
    files: ['**/*.resolver.ts', '**/*.controller.ts'],
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
  {
    // Journeys, medicine lists, care plans and the audit are read through patient-records only.
    // (Stays and handover packages are also read for aggregates, which name no patient.)
    // Integration tests seed read models as the projector would and check the audit as an auditor
    // would, as the end-to-end tests in test/ do.
    files: ['**/*.ts'],
    ignores: ['**/patient-records/**', '**/handovers/handover-delivery.ts', '**/*.int.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['prisma', 'tx'].map((client) => ({
          selector: `MemberExpression[object.property.name='${client}'][property.name=${doorOnly}], MemberExpression[object.name='${client}'][property.name=${doorOnly}]`,
          message: 'Patient records are read through patient-records, which decides access and audits.',
        })),
      ],
    },
  },
];
