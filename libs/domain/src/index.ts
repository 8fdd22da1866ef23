export * from './journeys/journey';
export type {
  DelayCause,
  ReadinessFact,
  NoticeFact,
  StayFacts,
  ReadyPeriod,
  TracedReadyPeriod,
  CountingRule,
  UnnecessaryDay,
} from './unnecessary-days/unnecessary-days';
export { readyPeriods, tracedReadyPeriods, unnecessaryDays } from './unnecessary-days/unnecessary-days';
export * from './discharge-planning';
export { localMidnightsBetween, localDate, addDays } from './unnecessary-days/local-days';
export { nationalIndicator, type NationalIndicator } from './unnecessary-days/national-indicator';
export type { SpcPoint } from './spc/series';
export {
  xmrChart,
  type XmrOptions,
  type XmrChart,
  type XmrSegment,
  type XmrPoint,
  type XmrSignals,
  type Variation,
} from './spc/xmr';
export { runChart, type RunChart, type RunChartPoint } from './spc/run-chart';
export * from './stays/stay-record';
export * from './care-links/care-link-directory';
export * from './medicine-lists/medicine-list';
export * from './medicine-lists/reconciliation';
export * from './medicine-lists/medicine-list-change-rules';
export * from './care-plans/care-plan';
export * from './handovers/transmission-targets';
export * from './handovers/handover-package';
export * from './access/roles';
export * from './access/operation-roles';
export * from './access/permissions';
export * from './access/care-event-submission';
export * from './access/disclosure-to-an-ehr';
export * from './improvement-work';
export * from './stays/waiting';
export * from './handovers/handover-recipients';
export * from './commands/decision';
export * from './medicine-lists/decide-medicine-list-change';
export * from './medicine-lists/decide-recorded-medicine-list-change';
export * from './care-plans/decide-care-plan-save';
export * from './stays/decide-readiness';
export * from './stays/decide-discharge-delay-cause';
export * from './handovers/decide-handover-acknowledgement';
export * from './handovers/handover-breach';
export * from './patient-identities/patient-identity';
export * from './discharge-notices/notices-owed';
export * from './discharge-notices/home-care-links';
export * from './discharge-notices/consent';
export * from './discharge-notices/decide-planning';
export * from './ehr-connections';
