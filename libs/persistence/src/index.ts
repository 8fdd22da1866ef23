export * from './prisma';
export * from './persistence.module';
export * from './care-event-store/care-event-store';
