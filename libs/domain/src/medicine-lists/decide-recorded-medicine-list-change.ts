import { decided, type Decision } from '../commands/decision';
import {
  decideMedicineListChange,
  type ChangeMedicineList,
  type MedicationListChanged,
} from './decide-medicine-list-change';
import {
  foldMedicineList,
  medicationKey,
  type MedicationChange,
  type MedicineListFact,
} from './medicine-list';

/**
 * A change an EHR recorded in its own record was not made against a Carechain version: the
 * hospital's record is the truth for what it did. It is taken as made to the list as it stands now,
 * restated in the list's terms (starting a listed medicine changes its dose, or nothing when the dose
 * is the same; stopping one the list does not hold changes nothing), and then held to the rules of
 * every change, so an EHR cannot start a medicine without a dose either. Nothing left to change
 * decides no event.
 */
export function decideRecordedMedicineListChange(
  history: readonly MedicineListFact[],
  recorded: Pick<ChangeMedicineList, 'changes'>,
): Decision<MedicationListChanged> {
  const listed = new Map(
    foldMedicineList(history).medications.map((m) => [
      medicationKey(m.medication),
      { dose: m.dose ?? undefined, route: m.route ?? undefined },
    ]),
  );
  const changes: MedicationChange[] = [];
  for (const change of recorded.changes) {
    const key = medicationKey(change.medication);
    const current = listed.get(key);
    const restated = restate(change, current);
    if (!restated) continue;
    changes.push(restated);
    if (restated.action === 'stopped') listed.delete(key);
    else
      listed.set(key, {
        dose: restated.dose ?? current?.dose,
        route: restated.route ?? current?.route,
      });
  }
  if (!changes.length) return decided();
  return decideMedicineListChange(history, { listVersion: history.length, changes });
}

function restate(
  change: MedicationChange,
  current: { dose?: string; route?: string } | undefined,
): MedicationChange | null {
  if (change.action === 'stopped') return current ? change : null;
  if (!current) return { ...change, action: 'added' };
  const same =
    (change.dose === undefined || change.dose === current.dose) &&
    (change.route === undefined || change.route === current.route) &&
    change.frequency === undefined;
  return same ? null : { ...change, action: 'dose-changed' };
}
