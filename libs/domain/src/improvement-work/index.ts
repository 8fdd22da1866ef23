export * from './problems';
export * from './ideas';
export * from './improvement-project';
export * from './quality-time';
export * from './cooperation-breakdowns';
export * from './complaints';
export * from './network-meeting';
