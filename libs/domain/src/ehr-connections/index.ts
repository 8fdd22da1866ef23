export * from './ehr-connection-settings';
