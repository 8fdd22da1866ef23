export * from './mapping/mapping-result';
export type { MappingContext } from './mapping/fhir-values';
export * from './patients/patient-identity';
export {
  MEDICALLY_READY_EXTENSION,
  MEDICALLY_READY_FLAG_CODE,
  readinessExtensionNames,
} from './encounters/medically-ready';
export { medicationListCodes } from './medications/medication-events';
export * from './care-plans/care-plan-resource';
export * from './medications/medicine-list-resource';
export * from './mapping/written-version';
export * from './resource-changes';
export * from './handovers/handover-acknowledgement-resource';
export * from './deletions';
