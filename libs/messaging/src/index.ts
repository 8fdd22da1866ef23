export * from './kafka';
export * from './outbox-relay';
export * from './consumer';
export * from './messaging.module';
export * from './care-event-outbox';
export * from './trace-context';
export { failureOf } from './database-error-code';
export * from './database-unavailable';
export { onOffsetReset, type OffsetReset } from './offset-resets';
