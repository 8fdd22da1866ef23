export * from './ehr-connection-settings';
export * from './ehr-connection-states';
