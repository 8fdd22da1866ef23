/** The package fields the inbox, the live feed and the detail view share. */
export const PACKAGE_SUMMARY =
  'packageId patientId sendingCareLinkId specificationId specificationVersion trigger triggeredAt dueAt acknowledgedAt acknowledgedBy timeliness complete';

export interface PackageSummary {
  packageId: string;
  patientId: string;
  sendingCareLinkId: string;
  specificationId: string;
  specificationVersion: number;
  trigger: string;
  triggeredAt: string;
  dueAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  timeliness: string;
  complete: boolean;
}
