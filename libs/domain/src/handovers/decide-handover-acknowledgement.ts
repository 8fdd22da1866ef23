import { decided, forbidden, type DecidedEvent, type Decision } from '../commands/decision';

/** A handover package as the acknowledgement rule needs it. */
export interface HandoverToAcknowledge {
  packageId: string;
  specificationId: string;
  specificationVersion: number;
  sendingCareLinkId: string;
  receivingCareLinkId: string;
  acknowledgedAt: Date | null;
}

export type HandoverAcknowledged = DecidedEvent<
  'HandoverAcknowledged',
  Omit<HandoverToAcknowledge, 'acknowledgedAt'> & { acknowledgedBy: string }
>;

/**
 * Only the receiving care link confirms it has the information; confirming twice changes nothing,
 * so the first acknowledgement's time is the one the transmission target is measured by.
 */
export function decideHandoverAcknowledgement(
  handover: HandoverToAcknowledge,
  by: { careLinkId: string; actorId: string },
): Decision<HandoverAcknowledged> {
  if (handover.receivingCareLinkId !== by.careLinkId)
    return forbidden('only the receiving care link acknowledges a handover');
  if (handover.acknowledgedAt) return decided();
  // The package's identity only: the row it is read from holds the patient's data too.
  const { packageId, specificationId, specificationVersion, sendingCareLinkId, receivingCareLinkId } =
    handover;
  return decided({
    type: 'HandoverAcknowledged',
    payload: {
      packageId,
      specificationId,
      specificationVersion,
      sendingCareLinkId,
      receivingCareLinkId,
      acknowledgedBy: by.actorId,
    },
  });
}
