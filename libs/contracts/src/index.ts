export * from './care-events/envelope';
export * from './care-events/payloads';
export * from './care-events/catalog';
export * from './care-events/validate';
export * from './care-events/unsafe-strings';
export * from './topics/topics';
export * from './docs/event-contract-document';
export * from './care-events/new-care-event';
