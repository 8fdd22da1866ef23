/** What the cancellation rules need of a care event. */
interface CancellableFact {
  type: string;
  payload: object;
}

const stayOf = (fact: CancellableFact) => (fact.payload as { stayId?: unknown }).stayId;
const transferTargetOf = (fact: CancellableFact) =>
  (fact.payload as { toWardCareLinkId?: unknown }).toWardCareLinkId;

/**
 * The facts that still count once cancellations (compensating events for facts recorded in error)
 * are applied, in the order given, which must be chronological. Each cancellation undoes facts of
 * its own stay that came before it and still count:
 * - AdmissionCancelled: all of them, so the stay is as if never begun; later facts (a corrected
 *   admission under the same stay id) count again;
 * - TransferCancelled: the latest transfer to its `toWardCareLinkId`;
 * - DischargeCancelled: the latest discharge.
 * A cancellation that finds nothing to undo changes nothing. Cancellations themselves are kept, so
 * their reporters stay on the journey; the rules ignore them otherwise.
 */
export function withoutCancelled<F extends CancellableFact>(chronological: readonly F[]): F[] {
  const undone = new Set<F>();
  chronological.forEach((fact, index) => {
    if (!isCancellation(fact.type)) return;
    const stayId = stayOf(fact);
    const earlier = chronological.slice(0, index).filter((f) => !undone.has(f) && stayOf(f) === stayId);
    if (fact.type === 'AdmissionCancelled') {
      earlier.forEach((f) => undone.add(f));
      return;
    }
    const target =
      fact.type === 'DischargeCancelled'
        ? earlier.findLast((f) => f.type === 'PatientDischarged')
        : earlier.findLast(
            (f) => f.type === 'PatientTransferred' && transferTargetOf(f) === transferTargetOf(fact),
          );
    if (target) undone.add(target);
  });
  return chronological.filter((fact) => !undone.has(fact));
}

const cancellationTypes = ['AdmissionCancelled', 'TransferCancelled', 'DischargeCancelled'] as const;

/** Whether an event of this type undoes an earlier fact. */
export function isCancellation(type: string): type is (typeof cancellationTypes)[number] {
  return (cancellationTypes as readonly string[]).includes(type);
}
