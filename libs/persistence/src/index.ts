export * from './prisma';
export * from './persistence.module';
export * from './care-event-store/care-event-store';
export * from './care-event-store/sql-transaction';
export type {
  ExpectedAppendOutcome,
  RecordedAppendOutcome,
} from './care-event-store/expected-version-append';
export * from './access/access-decisions';
export * from './patient-identities/patient-identity-register';
export * from './patient-identities/patient-identity.module';
export { identityKeyBytes, identityKeysOf } from './patient-identities/identity-sealing';
