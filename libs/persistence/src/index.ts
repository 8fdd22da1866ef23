export * from './prisma';
export * from './persistence.module';
export * from './care-event-store/care-event-store';
export type {
  ExpectedAppendOutcome,
  RecordedAppendOutcome,
} from './care-event-store/expected-version-append';
