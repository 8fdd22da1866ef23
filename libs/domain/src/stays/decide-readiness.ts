import { conflictOn, decided, invalid, type DecidedEvent, type Decision } from '../commands/decision';

/** A stay as commands about it need to know it; null when the patient has no such stay. */
export interface StayStanding {
  dischargedAt: Date | null;
  /** Since when the patient is medically ready, or null when not (or no longer). */
  readySince: Date | null;
  /** The care link that declared her ready, to tell the next one who did. */
  readyBy?: string;
}

export type DeclareMedicallyReady = {
  stayId: string;
  readyAt: Date;
  expectedDestinationCareLinkId?: string;
};
export type WithdrawMedicallyReady = { stayId: string; reason: string };

export type MedicallyReadyForDischarge = DecidedEvent<
  'MedicallyReadyForDischarge',
  { stayId: string; readyAt: string; expectedDestinationCareLinkId?: string }
>;
export type MedicallyReadyWithdrawn = DecidedEvent<'MedicallyReadyWithdrawn', WithdrawMedicallyReady>;

const noStay = (stayId: string) =>
  invalid({ field: 'stayId', message: `no stay '${stayId}' of this patient` });

/** Only a patient still in hospital and not ready already can be declared medically ready. */
export function decideMedicallyReady(
  stay: StayStanding | null,
  command: DeclareMedicallyReady,
): Decision<MedicallyReadyForDischarge> {
  if (!stay) return noStay(command.stayId);
  if (stay.dischargedAt)
    return invalid({
      field: 'stayId',
      message: 'the stay has ended; a discharged patient is not declared ready',
    });
  // Whoever declares her ready again acted on an older view: tell them, rather than move the time.
  if (stay.readySince)
    return conflictOn(
      'stayId',
      `the patient is medically ready already, since ${stay.readySince.toISOString()}${stay.readyBy ? ` (recorded by ${stay.readyBy})` : ''}; reload to see it, and withdraw it first to declare another time`,
    );
  return decided({
    type: 'MedicallyReadyForDischarge',
    payload: {
      stayId: command.stayId,
      readyAt: command.readyAt.toISOString(),
      ...(command.expectedDestinationCareLinkId
        ? { expectedDestinationCareLinkId: command.expectedDestinationCareLinkId }
        : {}),
    },
  });
}

/** Readiness is withdrawn when the patient deteriorates: only from a ready patient, and with a reason. */
export function decideReadinessWithdrawn(
  stay: StayStanding | null,
  command: WithdrawMedicallyReady,
): Decision<MedicallyReadyWithdrawn> {
  if (!stay) return noStay(command.stayId);
  if (stay.dischargedAt)
    return invalid({ field: 'stayId', message: 'the stay has ended; there is no readiness to withdraw' });
  if (!stay.readySince)
    return conflictOn(
      'stayId',
      'the patient is not medically ready (any more); reload to see who changed it',
    );
  if (!command.reason.trim()) return invalid({ field: 'reason', message: 'say why readiness was withdrawn' });
  return decided({ type: 'MedicallyReadyWithdrawn', payload: command });
}
