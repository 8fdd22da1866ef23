import { graphql } from '../graphql/generated';
import type { PackageSummaryFragment } from '../graphql/generated/graphql';

/** The package fields the inbox, the live feed and the detail view share. */
export const PACKAGE_SUMMARY = graphql(`
  fragment PackageSummary on HandoverPackage {
    packageId
    patientId
    sendingCareLinkId
    receivingCareLinkId
    specificationId
    specificationVersion
    trigger
    triggeredAt
    dueAt
    acknowledgedAt
    acknowledgedBy
    timeliness
    complete
  }
`);

export type PackageSummary = PackageSummaryFragment;
