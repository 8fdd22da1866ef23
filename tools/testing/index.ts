export * from './harness';
export * from './care-events';
export type { RunningBroker } from '../platform/kafka-broker';
export type { RunningService, ServiceName } from '../platform/services';
export * from './fhir-test-server';
export * from './hl7-adt';
// The simulated Esther network, as data for end-to-end tests.
export * from '../demo/esther-network';
