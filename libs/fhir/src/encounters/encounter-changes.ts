import type { CareEventDraft } from '../mapping/mapping-result';
import { READY_FACT } from './medically-ready';

const TRANSFER_FACT = 'transferred:';

/**
 * What changed between two versions of a stay: facts the new version states for the first time,
 * and for each fact it no longer states, the event that takes it back: an admission entered in
 * error cancels the stay, a location taken out of the history cancels that transfer, a finished
 * encounter in progress again cancels the discharge, and a readiness mark removed before discharge
 * withdraws readiness.
 */
export function changedFacts(
  current: CareEventDraft[],
  previous: CareEventDraft[],
  changedAt: string,
): CareEventDraft[] {
  const now = new Set(current.map((e) => e.fact));
  const before = new Set(previous.map((e) => e.fact));
  const gone = previous.filter((e) => !now.has(e.fact));
  const undo = (
    fact: string,
    type: CareEventDraft['type'],
    was: CareEventDraft,
    payload: Record<string, unknown>,
  ): CareEventDraft => ({
    fact: `${fact}:${was.fact}`,
    type,
    occurredAt: changedAt,
    careLinkId: was.careLinkId,
    payload: { stayId: was.payload.stayId, ...payload },
  });
  const admission = gone.find((e) => e.fact === 'admitted');
  if (admission)
    return [
      undo('cancelled', 'AdmissionCancelled', admission, {}),
      ...current.filter((e) => !before.has(e.fact)),
    ];

  const discharged = current.some((e) => e.type === 'PatientDischarged');
  const takenBack = gone
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
    .flatMap((e) => {
      if (e.fact.startsWith(TRANSFER_FACT)) {
        const { fromWardCareLinkId, toWardCareLinkId } = e.payload;
        return [undo('cancelled', 'TransferCancelled', e, { fromWardCareLinkId, toWardCareLinkId })];
      }
      if (e.fact === 'discharged') return [undo('cancelled', 'DischargeCancelled', e, {})];
      if (e.fact.startsWith(READY_FACT) && !discharged) {
        return [
          undo('withdrawn', 'MedicallyReadyWithdrawn', e, {
            reason: 'the EHR no longer marks the patient medically ready',
          }),
        ];
      }
      return [];
    });
  return [...takenBack, ...current.filter((e) => !before.has(e.fact))];
}
