export * from './config';
export * from './logging';
export * from './health';
export * from './bootstrap';
