import { decided, invalid, type DecidedEvent, type Decision } from '../commands/decision';
import type { StayStanding } from '../stays/decide-readiness';
import type { ConsentBasis } from './consent';

export interface CallPlanningMeeting {
  stayId: string;
  meetingId: string;
  at: Date;
  mode: 'in-person' | 'video';
  participantCareLinkIds: string[];
  patientTakesPart: boolean;
  relativesInvited: boolean;
}

export type PlanningMeetingCalled = DecidedEvent<
  'PlanningMeetingCalled',
  Omit<CallPlanningMeeting, 'at'> & { at: string }
>;

const noStay = (stayId: string) =>
  invalid({ field: 'stayId', message: `no stay '${stayId}' of this patient` });

/**
 * A planning meeting is called for a patient still in hospital who is medically ready: the law
 * counts the 3 days from readiness, and a meeting before it plans for a discharge nobody has decided.
 */
export function decidePlanningMeetingCall(
  stay: StayStanding | null,
  command: CallPlanningMeeting,
  now: Date,
): Decision<PlanningMeetingCalled> {
  if (!stay) return noStay(command.stayId);
  if (stay.dischargedAt)
    return invalid({ field: 'stayId', message: 'the stay has ended; call a follow-up in the SIP instead' });
  if (!stay.readySince)
    return invalid({
      field: 'stayId',
      message: 'she is not medically ready; the planning meeting is called once she is',
    });
  if (command.at.getTime() < now.getTime() - 60_000)
    return invalid({ field: 'at', message: 'the meeting time has passed; choose a time ahead' });
  return decided({
    type: 'PlanningMeetingCalled',
    payload: { ...command, at: command.at.toISOString() },
  });
}

export type ConsentRecorded = DecidedEvent<'ConsentRecorded', { basis: ConsentBasis; note?: string }>;

/** An exception to consent names why it applies, so the record can be reviewed. */
export function decideConsent(command: { basis: ConsentBasis; note?: string }): Decision<ConsentRecorded> {
  const exception = command.basis === 'emergency' || command.basis === 'cannot-consent';
  if (exception && !command.note?.trim())
    return invalid({ field: 'note', message: 'say why the exception applies' });
  return decided({
    type: 'ConsentRecorded',
    payload: { basis: command.basis, ...(command.note ? { note: command.note } : {}) },
  });
}
