import { decided, invalid, type DecidedEvent, type Decision } from '../commands/decision';
import type { DelayCause } from '../unnecessary-days/unnecessary-days';
import type { StayStanding } from './decide-readiness';

export interface RecordDischargeDelayCause {
  stayId: string;
  cause: DelayCause;
  /** From when the cause applies; it holds until another cause is recorded. */
  from: Date;
  note?: string;
}

export type DischargeDelayCauseRecorded = DecidedEvent<
  'DischargeDelayCauseRecorded',
  { stayId: string; cause: DelayCause; from: string; note?: string }
>;

/** A delay is explained while the patient is still in hospital; each cause is kept, so history stays. */
export function decideDischargeDelayCause(
  stay: Pick<StayStanding, 'dischargedAt'> | null,
  command: RecordDischargeDelayCause,
): Decision<DischargeDelayCauseRecorded> {
  if (!stay) return invalid({ field: 'stayId', message: `no stay '${command.stayId}' of this patient` });
  if (stay.dischargedAt)
    return invalid({
      field: 'stayId',
      message: 'the stay has ended; a discharged patient has no delay to explain',
    });
  return decided({
    type: 'DischargeDelayCauseRecorded',
    payload: {
      stayId: command.stayId,
      cause: command.cause,
      from: command.from.toISOString(),
      ...(command.note ? { note: command.note } : {}),
    },
  });
}
