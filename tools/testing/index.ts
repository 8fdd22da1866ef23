export * from './harness';
export * from './care-events';
export type { RunningBroker } from '../platform/kafka-broker';
export type { RunningService, ServiceName } from '../platform/services';
export * from './fhir-test-server';
export * from './hl7-adt';
export * from './oidc-issuer';
// The simulated Esther network, as data for end-to-end tests.
export * from '../demo/esther-network';
// A PostgreSQL server of a test's own, for tests that stop and restart the database.
export { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '../platform/embedded-postgres';
export { migrate } from '../platform/migrate';
