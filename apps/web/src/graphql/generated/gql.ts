/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Directory {\n    careLinks {\n      careLinkId\n      name\n      kind\n      organisationId\n      hospital\n    }\n    organisations {\n      organisationId\n      name\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  fragment PackageSummary on HandoverPackage {\n    packageId\n    patientId\n    sendingCareLinkId\n    receivingCareLinkId\n    specificationId\n    specificationVersion\n    trigger\n    triggeredAt\n    dueAt\n    acknowledgedAt\n    acknowledgedBy\n    timeliness\n    complete\n  }\n": typeof types.PackageSummaryFragmentDoc,
    "\n  query HandoverInbox {\n    handoverInbox {\n      ...PackageSummary\n    }\n  }\n": typeof types.HandoverInboxDocument,
    "\n  query SentHandovers {\n    sentHandovers {\n      ...PackageSummary\n    }\n  }\n": typeof types.SentHandoversDocument,
    "\n  subscription HandoverDelivered($since: String) {\n    handoverDelivered(since: $since) {\n      ...PackageSummary\n    }\n  }\n": typeof types.HandoverDeliveredDocument,
    "\n  query HandoverPackage($id: ID!) {\n    handoverPackage(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n": typeof types.HandoverPackageDocument,
    "\n  mutation AcknowledgeHandover($id: ID!) {\n    acknowledgeHandover(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n": typeof types.AcknowledgeHandoverDocument,
    "\n  query EhrConnections {\n    ehrConnections {\n      connectionId\n      baseUrl\n      state\n      lastSyncedAt\n      lagSeconds\n      resourcesRead\n      eventsAppended\n      unmappable\n      failedSyncs\n      lastError\n    }\n  }\n": typeof types.EhrConnectionsDocument,
    "\n  query HandoversDue {\n    handoverInbox(unacknowledgedOnly: true) {\n      packageId\n      patientId\n      dueAt\n      timeliness\n    }\n  }\n": typeof types.HandoversDueDocument,
    "\n  query CoordinationOverview {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n    handoverInbox {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n    sentHandovers {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n  }\n": typeof types.CoordinationOverviewDocument,
    "\n  mutation SaveCarePlan($input: SaveCarePlanInput!) {\n    saveCarePlan(input: $input) {\n      version\n    }\n  }\n": typeof types.SaveCarePlanDocument,
    "\n  query CurrentCarePlan($id: ID!) {\n    currentCarePlan(patientId: $id) {\n      version\n      goals\n      recommendations\n      savedAt\n      savedByCareLinkId\n      actions {\n        description\n        responsibleCareLinkId\n        dueDate\n      }\n      contacts {\n        description\n        phone\n        available\n      }\n      followUps {\n        description\n        careLinkId\n        at\n      }\n    }\n  }\n": typeof types.CurrentCarePlanDocument,
    "\n  query DelayCauses($patientId: ID!, $stayId: ID!) {\n    dischargeDelayCauses(patientId: $patientId, stayId: $stayId) {\n      eventId\n      cause\n      from\n      note\n      recordedByCareLinkId\n    }\n  }\n": typeof types.DelayCausesDocument,
    "\n  mutation RecordDelayCause($input: DischargeDelayCauseInput!) {\n    recordDischargeDelayCause(input: $input) {\n      eventId\n    }\n  }\n": typeof types.RecordDelayCauseDocument,
    "\n  mutation ChangeMedicineList($input: ChangeMedicineListInput!) {\n    changeMedicineList(input: $input) {\n      listVersion\n    }\n  }\n": typeof types.ChangeMedicineListDocument,
    "\n  query PatientRecord($id: ID!) {\n    patientJourney(patientId: $id) {\n      patientId\n      status\n      careLinkIds\n      stay {\n        stayId\n        wardCareLinkId\n        admittedAt\n        medicallyReadySince\n        dischargedAt\n      }\n      timeline {\n        eventId\n        type\n        occurredAt\n        careLinkId\n      }\n    }\n    medicineList(patientId: $id) {\n      changeCount\n      changedAt\n      medications {\n        text\n        dose\n        route\n        frequency\n        since\n        lastChangedAt\n        lastChangedByCareLinkId\n        coding {\n          system\n          code\n        }\n      }\n    }\n  }\n": typeof types.PatientRecordDocument,
    "\n  mutation MarkMedicallyReady($input: MarkMedicallyReadyInput!) {\n    markMedicallyReady(input: $input) {\n      eventId\n      readyAt\n    }\n  }\n": typeof types.MarkMedicallyReadyDocument,
    "\n  mutation WithdrawMedicallyReady($input: WithdrawMedicallyReadyInput!) {\n    withdrawMedicallyReady(input: $input) {\n      eventId\n    }\n  }\n": typeof types.WithdrawMedicallyReadyDocument,
    "\n  query MedicineReconciliation($id: ID!) {\n    medicineReconciliation(patientId: $id) {\n      from\n      to\n      added {\n        text\n        dose\n        frequency\n      }\n      stopped {\n        text\n        dose\n      }\n      doseChanged {\n        text\n        from\n        to\n        fromFrequency\n        toFrequency\n      }\n      unchanged {\n        text\n        dose\n      }\n      withoutReason {\n        text\n        action\n        occurredAt\n        careLinkId\n      }\n    }\n  }\n": typeof types.MedicineReconciliationDocument,
    "\n  query SignInCareLinks {\n    careLinks {\n      careLinkId\n      name\n      hospital\n    }\n  }\n": typeof types.SignInCareLinksDocument,
    "\n  query Dashboard($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {\n    unnecessaryDays(filter: $filter, granularity: $granularity) {\n      total\n      byCause {\n        key\n        value\n      }\n      byWard {\n        key\n        value\n      }\n      byHospital {\n        key\n        value\n      }\n      byReceivingOrganisation {\n        key\n        value\n      }\n    }\n    unnecessaryDaysXmrChart(filter: $filter, granularity: $granularity) {\n      segments {\n        firstPeriod\n        mean\n        upperLimit\n        lowerLimit\n      }\n      points {\n        period\n        value\n        segment\n        outsideLimits\n        shift\n        trend\n        twoOfThreeNearLimit\n        specialCause\n        variation\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query PatientsWaiting {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n  }\n": typeof types.PatientsWaitingDocument,
};
const documents: Documents = {
    "\n  query Directory {\n    careLinks {\n      careLinkId\n      name\n      kind\n      organisationId\n      hospital\n    }\n    organisations {\n      organisationId\n      name\n    }\n  }\n": types.DirectoryDocument,
    "\n  fragment PackageSummary on HandoverPackage {\n    packageId\n    patientId\n    sendingCareLinkId\n    receivingCareLinkId\n    specificationId\n    specificationVersion\n    trigger\n    triggeredAt\n    dueAt\n    acknowledgedAt\n    acknowledgedBy\n    timeliness\n    complete\n  }\n": types.PackageSummaryFragmentDoc,
    "\n  query HandoverInbox {\n    handoverInbox {\n      ...PackageSummary\n    }\n  }\n": types.HandoverInboxDocument,
    "\n  query SentHandovers {\n    sentHandovers {\n      ...PackageSummary\n    }\n  }\n": types.SentHandoversDocument,
    "\n  subscription HandoverDelivered($since: String) {\n    handoverDelivered(since: $since) {\n      ...PackageSummary\n    }\n  }\n": types.HandoverDeliveredDocument,
    "\n  query HandoverPackage($id: ID!) {\n    handoverPackage(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n": types.HandoverPackageDocument,
    "\n  mutation AcknowledgeHandover($id: ID!) {\n    acknowledgeHandover(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n": types.AcknowledgeHandoverDocument,
    "\n  query EhrConnections {\n    ehrConnections {\n      connectionId\n      baseUrl\n      state\n      lastSyncedAt\n      lagSeconds\n      resourcesRead\n      eventsAppended\n      unmappable\n      failedSyncs\n      lastError\n    }\n  }\n": types.EhrConnectionsDocument,
    "\n  query HandoversDue {\n    handoverInbox(unacknowledgedOnly: true) {\n      packageId\n      patientId\n      dueAt\n      timeliness\n    }\n  }\n": types.HandoversDueDocument,
    "\n  query CoordinationOverview {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n    handoverInbox {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n    sentHandovers {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n  }\n": types.CoordinationOverviewDocument,
    "\n  mutation SaveCarePlan($input: SaveCarePlanInput!) {\n    saveCarePlan(input: $input) {\n      version\n    }\n  }\n": types.SaveCarePlanDocument,
    "\n  query CurrentCarePlan($id: ID!) {\n    currentCarePlan(patientId: $id) {\n      version\n      goals\n      recommendations\n      savedAt\n      savedByCareLinkId\n      actions {\n        description\n        responsibleCareLinkId\n        dueDate\n      }\n      contacts {\n        description\n        phone\n        available\n      }\n      followUps {\n        description\n        careLinkId\n        at\n      }\n    }\n  }\n": types.CurrentCarePlanDocument,
    "\n  query DelayCauses($patientId: ID!, $stayId: ID!) {\n    dischargeDelayCauses(patientId: $patientId, stayId: $stayId) {\n      eventId\n      cause\n      from\n      note\n      recordedByCareLinkId\n    }\n  }\n": types.DelayCausesDocument,
    "\n  mutation RecordDelayCause($input: DischargeDelayCauseInput!) {\n    recordDischargeDelayCause(input: $input) {\n      eventId\n    }\n  }\n": types.RecordDelayCauseDocument,
    "\n  mutation ChangeMedicineList($input: ChangeMedicineListInput!) {\n    changeMedicineList(input: $input) {\n      listVersion\n    }\n  }\n": types.ChangeMedicineListDocument,
    "\n  query PatientRecord($id: ID!) {\n    patientJourney(patientId: $id) {\n      patientId\n      status\n      careLinkIds\n      stay {\n        stayId\n        wardCareLinkId\n        admittedAt\n        medicallyReadySince\n        dischargedAt\n      }\n      timeline {\n        eventId\n        type\n        occurredAt\n        careLinkId\n      }\n    }\n    medicineList(patientId: $id) {\n      changeCount\n      changedAt\n      medications {\n        text\n        dose\n        route\n        frequency\n        since\n        lastChangedAt\n        lastChangedByCareLinkId\n        coding {\n          system\n          code\n        }\n      }\n    }\n  }\n": types.PatientRecordDocument,
    "\n  mutation MarkMedicallyReady($input: MarkMedicallyReadyInput!) {\n    markMedicallyReady(input: $input) {\n      eventId\n      readyAt\n    }\n  }\n": types.MarkMedicallyReadyDocument,
    "\n  mutation WithdrawMedicallyReady($input: WithdrawMedicallyReadyInput!) {\n    withdrawMedicallyReady(input: $input) {\n      eventId\n    }\n  }\n": types.WithdrawMedicallyReadyDocument,
    "\n  query MedicineReconciliation($id: ID!) {\n    medicineReconciliation(patientId: $id) {\n      from\n      to\n      added {\n        text\n        dose\n        frequency\n      }\n      stopped {\n        text\n        dose\n      }\n      doseChanged {\n        text\n        from\n        to\n        fromFrequency\n        toFrequency\n      }\n      unchanged {\n        text\n        dose\n      }\n      withoutReason {\n        text\n        action\n        occurredAt\n        careLinkId\n      }\n    }\n  }\n": types.MedicineReconciliationDocument,
    "\n  query SignInCareLinks {\n    careLinks {\n      careLinkId\n      name\n      hospital\n    }\n  }\n": types.SignInCareLinksDocument,
    "\n  query Dashboard($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {\n    unnecessaryDays(filter: $filter, granularity: $granularity) {\n      total\n      byCause {\n        key\n        value\n      }\n      byWard {\n        key\n        value\n      }\n      byHospital {\n        key\n        value\n      }\n      byReceivingOrganisation {\n        key\n        value\n      }\n    }\n    unnecessaryDaysXmrChart(filter: $filter, granularity: $granularity) {\n      segments {\n        firstPeriod\n        mean\n        upperLimit\n        lowerLimit\n      }\n      points {\n        period\n        value\n        segment\n        outsideLimits\n        shift\n        trend\n        twoOfThreeNearLimit\n        specialCause\n        variation\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query PatientsWaiting {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n  }\n": types.PatientsWaitingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory {\n    careLinks {\n      careLinkId\n      name\n      kind\n      organisationId\n      hospital\n    }\n    organisations {\n      organisationId\n      name\n    }\n  }\n"): (typeof documents)["\n  query Directory {\n    careLinks {\n      careLinkId\n      name\n      kind\n      organisationId\n      hospital\n    }\n    organisations {\n      organisationId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PackageSummary on HandoverPackage {\n    packageId\n    patientId\n    sendingCareLinkId\n    receivingCareLinkId\n    specificationId\n    specificationVersion\n    trigger\n    triggeredAt\n    dueAt\n    acknowledgedAt\n    acknowledgedBy\n    timeliness\n    complete\n  }\n"): (typeof documents)["\n  fragment PackageSummary on HandoverPackage {\n    packageId\n    patientId\n    sendingCareLinkId\n    receivingCareLinkId\n    specificationId\n    specificationVersion\n    trigger\n    triggeredAt\n    dueAt\n    acknowledgedAt\n    acknowledgedBy\n    timeliness\n    complete\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverInbox {\n    handoverInbox {\n      ...PackageSummary\n    }\n  }\n"): (typeof documents)["\n  query HandoverInbox {\n    handoverInbox {\n      ...PackageSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentHandovers {\n    sentHandovers {\n      ...PackageSummary\n    }\n  }\n"): (typeof documents)["\n  query SentHandovers {\n    sentHandovers {\n      ...PackageSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HandoverDelivered($since: String) {\n    handoverDelivered(since: $since) {\n      ...PackageSummary\n    }\n  }\n"): (typeof documents)["\n  subscription HandoverDelivered($since: String) {\n    handoverDelivered(since: $since) {\n      ...PackageSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverPackage($id: ID!) {\n    handoverPackage(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n"): (typeof documents)["\n  query HandoverPackage($id: ID!) {\n    handoverPackage(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeHandover($id: ID!) {\n    acknowledgeHandover(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeHandover($id: ID!) {\n    acknowledgeHandover(packageId: $id) {\n      ...PackageSummary\n      missing\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EhrConnections {\n    ehrConnections {\n      connectionId\n      baseUrl\n      state\n      lastSyncedAt\n      lagSeconds\n      resourcesRead\n      eventsAppended\n      unmappable\n      failedSyncs\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query EhrConnections {\n    ehrConnections {\n      connectionId\n      baseUrl\n      state\n      lastSyncedAt\n      lagSeconds\n      resourcesRead\n      eventsAppended\n      unmappable\n      failedSyncs\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoversDue {\n    handoverInbox(unacknowledgedOnly: true) {\n      packageId\n      patientId\n      dueAt\n      timeliness\n    }\n  }\n"): (typeof documents)["\n  query HandoversDue {\n    handoverInbox(unacknowledgedOnly: true) {\n      packageId\n      patientId\n      dueAt\n      timeliness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinationOverview {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n    handoverInbox {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n    sentHandovers {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n  }\n"): (typeof documents)["\n  query CoordinationOverview {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n    handoverInbox {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n    sentHandovers {\n      packageId\n      patientId\n      sendingCareLinkId\n      receivingCareLinkId\n      trigger\n      dueAt\n      acknowledgedAt\n      timeliness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCarePlan($input: SaveCarePlanInput!) {\n    saveCarePlan(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCarePlan($input: SaveCarePlanInput!) {\n    saveCarePlan(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCarePlan($id: ID!) {\n    currentCarePlan(patientId: $id) {\n      version\n      goals\n      recommendations\n      savedAt\n      savedByCareLinkId\n      actions {\n        description\n        responsibleCareLinkId\n        dueDate\n      }\n      contacts {\n        description\n        phone\n        available\n      }\n      followUps {\n        description\n        careLinkId\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentCarePlan($id: ID!) {\n    currentCarePlan(patientId: $id) {\n      version\n      goals\n      recommendations\n      savedAt\n      savedByCareLinkId\n      actions {\n        description\n        responsibleCareLinkId\n        dueDate\n      }\n      contacts {\n        description\n        phone\n        available\n      }\n      followUps {\n        description\n        careLinkId\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelayCauses($patientId: ID!, $stayId: ID!) {\n    dischargeDelayCauses(patientId: $patientId, stayId: $stayId) {\n      eventId\n      cause\n      from\n      note\n      recordedByCareLinkId\n    }\n  }\n"): (typeof documents)["\n  query DelayCauses($patientId: ID!, $stayId: ID!) {\n    dischargeDelayCauses(patientId: $patientId, stayId: $stayId) {\n      eventId\n      cause\n      from\n      note\n      recordedByCareLinkId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDelayCause($input: DischargeDelayCauseInput!) {\n    recordDischargeDelayCause(input: $input) {\n      eventId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDelayCause($input: DischargeDelayCauseInput!) {\n    recordDischargeDelayCause(input: $input) {\n      eventId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMedicineList($input: ChangeMedicineListInput!) {\n    changeMedicineList(input: $input) {\n      listVersion\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMedicineList($input: ChangeMedicineListInput!) {\n    changeMedicineList(input: $input) {\n      listVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientRecord($id: ID!) {\n    patientJourney(patientId: $id) {\n      patientId\n      status\n      careLinkIds\n      stay {\n        stayId\n        wardCareLinkId\n        admittedAt\n        medicallyReadySince\n        dischargedAt\n      }\n      timeline {\n        eventId\n        type\n        occurredAt\n        careLinkId\n      }\n    }\n    medicineList(patientId: $id) {\n      changeCount\n      changedAt\n      medications {\n        text\n        dose\n        route\n        frequency\n        since\n        lastChangedAt\n        lastChangedByCareLinkId\n        coding {\n          system\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientRecord($id: ID!) {\n    patientJourney(patientId: $id) {\n      patientId\n      status\n      careLinkIds\n      stay {\n        stayId\n        wardCareLinkId\n        admittedAt\n        medicallyReadySince\n        dischargedAt\n      }\n      timeline {\n        eventId\n        type\n        occurredAt\n        careLinkId\n      }\n    }\n    medicineList(patientId: $id) {\n      changeCount\n      changedAt\n      medications {\n        text\n        dose\n        route\n        frequency\n        since\n        lastChangedAt\n        lastChangedByCareLinkId\n        coding {\n          system\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMedicallyReady($input: MarkMedicallyReadyInput!) {\n    markMedicallyReady(input: $input) {\n      eventId\n      readyAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkMedicallyReady($input: MarkMedicallyReadyInput!) {\n    markMedicallyReady(input: $input) {\n      eventId\n      readyAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMedicallyReady($input: WithdrawMedicallyReadyInput!) {\n    withdrawMedicallyReady(input: $input) {\n      eventId\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMedicallyReady($input: WithdrawMedicallyReadyInput!) {\n    withdrawMedicallyReady(input: $input) {\n      eventId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicineReconciliation($id: ID!) {\n    medicineReconciliation(patientId: $id) {\n      from\n      to\n      added {\n        text\n        dose\n        frequency\n      }\n      stopped {\n        text\n        dose\n      }\n      doseChanged {\n        text\n        from\n        to\n        fromFrequency\n        toFrequency\n      }\n      unchanged {\n        text\n        dose\n      }\n      withoutReason {\n        text\n        action\n        occurredAt\n        careLinkId\n      }\n    }\n  }\n"): (typeof documents)["\n  query MedicineReconciliation($id: ID!) {\n    medicineReconciliation(patientId: $id) {\n      from\n      to\n      added {\n        text\n        dose\n        frequency\n      }\n      stopped {\n        text\n        dose\n      }\n      doseChanged {\n        text\n        from\n        to\n        fromFrequency\n        toFrequency\n      }\n      unchanged {\n        text\n        dose\n      }\n      withoutReason {\n        text\n        action\n        occurredAt\n        careLinkId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInCareLinks {\n    careLinks {\n      careLinkId\n      name\n      hospital\n    }\n  }\n"): (typeof documents)["\n  query SignInCareLinks {\n    careLinks {\n      careLinkId\n      name\n      hospital\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {\n    unnecessaryDays(filter: $filter, granularity: $granularity) {\n      total\n      byCause {\n        key\n        value\n      }\n      byWard {\n        key\n        value\n      }\n      byHospital {\n        key\n        value\n      }\n      byReceivingOrganisation {\n        key\n        value\n      }\n    }\n    unnecessaryDaysXmrChart(filter: $filter, granularity: $granularity) {\n      segments {\n        firstPeriod\n        mean\n        upperLimit\n        lowerLimit\n      }\n      points {\n        period\n        value\n        segment\n        outsideLimits\n        shift\n        trend\n        twoOfThreeNearLimit\n        specialCause\n        variation\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {\n    unnecessaryDays(filter: $filter, granularity: $granularity) {\n      total\n      byCause {\n        key\n        value\n      }\n      byWard {\n        key\n        value\n      }\n      byHospital {\n        key\n        value\n      }\n      byReceivingOrganisation {\n        key\n        value\n      }\n    }\n    unnecessaryDaysXmrChart(filter: $filter, granularity: $granularity) {\n      segments {\n        firstPeriod\n        mean\n        upperLimit\n        lowerLimit\n      }\n      points {\n        period\n        value\n        segment\n        outsideLimits\n        shift\n        trend\n        twoOfThreeNearLimit\n        specialCause\n        variation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientsWaiting {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n  }\n"): (typeof documents)["\n  query PatientsWaiting {\n    patientsWaiting {\n      patientId\n      stayId\n      wardCareLinkId\n      receivingCareLinkId\n      readySince\n      daysSoFar\n      cause\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;