/**
 * Who submits care events. A connection (an EHR integration, an HL7 feed, the Kafka command topic)
 * speaks for the care links configured for it; a member of staff speaks for their own care link.
 */
export type Submitter =
  | { kind: 'connection'; name: string; careLinkIds: readonly string[] | 'every care link' }
  | { kind: 'staff'; careLinkId: string };

/** What the rule needs of a submitted event: its type, whom it is sent for, and its payload. */
export interface Submission {
  type: string;
  sourceCareLinkId: string;
  payload: Readonly<Record<string, unknown>>;
}

/** Why an event may not be submitted by this submitter, located at the field that decides it. */
export interface SubmissionRefusal {
  path: string;
  message: string;
}

/**
 * Whether `submitter` may submit `event`; null when it may. `relationshipHolds` says whether the
 * staff member's care link holds a care relationship with the event's patient now (asked only of
 * staff). Staff report about patients their link already cares for, and admit patients to their
 * own ward; any other event would let a link reach a patient it has nothing to do with.
 */
export function refusalOfSubmission(
  submitter: Submitter,
  event: Submission,
  relationshipHolds: boolean,
): SubmissionRefusal | null {
  const source = event.sourceCareLinkId;
  if (submitter.kind === 'connection') {
    const links = submitter.careLinkIds;
    if (links === 'every care link' || links.includes(source)) return null;
    return {
      path: 'source.careLinkId',
      message: `${submitter.name} speaks for ${links.length ? links.join(', ') : 'no care link'}, not ${source}`,
    };
  }
  if (source !== submitter.careLinkId)
    return { path: 'source.careLinkId', message: `you act for ${submitter.careLinkId}, not ${source}` };
  if (relationshipHolds || isAdmissionToOwnWard(event, submitter.careLinkId)) return null;
  return {
    path: 'patientId',
    message: `care link ${submitter.careLinkId} has no care relationship with this patient: staff submit events only about patients their care link takes part in the care of, or admissions to their own ward`,
  };
}

function isAdmissionToOwnWard(event: Submission, careLinkId: string): boolean {
  return event.type === 'PatientAdmitted' && event.payload.wardCareLinkId === careLinkId;
}
