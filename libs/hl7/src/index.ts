export * from './adt/adt-mapping';
export * from './adt/adt-care-event';
export * from './acknowledgement/acknowledgement';
export * from './message/hl7-batch';
export * from './adt/adt-patient-identity';
