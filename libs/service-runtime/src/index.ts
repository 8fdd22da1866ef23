export * from './config';
export * from './logging';
export * from './health';
export * from './bootstrap';
export * from './periodic-task';
export * from './authentication/authentication';
export * from './tracing';
