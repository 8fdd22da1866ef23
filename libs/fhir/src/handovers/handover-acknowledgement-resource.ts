import { WRITTEN_VERSION_EXTENSION } from '../mapping/written-version';

/** Identifier system of acknowledgements Carechain writes to EHRs; the value is the handover package id. */
export const HANDOVER_ACKNOWLEDGEMENT_IDENTIFIER_SYSTEM =
  'https://carechain.se/fhir/sid/handover-acknowledgement';

export interface HandoverAcknowledgement {
  packageId: string;
  specificationId: string;
  receivingCareLinkId: string;
  sendingCareLinkId: string;
  acknowledgedAt: string;
}

/**
 * A receiving care link's acknowledgement of a handover, as a FHIR R4 Communication to the ward
 * that sent it: the ward sees in its own EHR that the information arrived. No patient data in the
 * text; the subject is the patient as the EHR knows her.
 */
export function handoverAcknowledgementResourceOf(ack: HandoverAcknowledgement, patientReference: string) {
  return {
    resourceType: 'Communication' as const,
    identifier: [{ system: HANDOVER_ACKNOWLEDGEMENT_IDENTIFIER_SYSTEM, value: ack.packageId }],
    extension: [{ url: WRITTEN_VERSION_EXTENSION, valueInteger: 1 }],
    status: 'completed' as const,
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/communication-category', code: 'notification' },
        ],
      },
    ],
    subject: { reference: patientReference },
    topic: { text: `Handover ${ack.specificationId}` },
    sent: ack.acknowledgedAt,
    received: ack.acknowledgedAt,
    sender: { display: ack.receivingCareLinkId },
    recipient: [{ display: ack.sendingCareLinkId }],
    payload: [
      {
        contentString: `${ack.receivingCareLinkId} acknowledged the handover (${ack.specificationId}) sent by ${ack.sendingCareLinkId}`,
      },
    ],
  };
}
