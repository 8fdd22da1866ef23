import {
  decided,
  conflictOn,
  invalid,
  lastChangeBy,
  type DecidedEvent,
  type Decision,
} from '../commands/decision';
import { checkMedicineListChanges } from './medicine-list-change-rules';
import { foldMedicineList, type MedicationChange, type MedicineListFact } from './medicine-list';

export interface ChangeMedicineList {
  /** The version of the list the change was made against: how many changes the sender had seen. */
  listVersion: number;
  changes: (MedicationChange & { changedBy?: string })[];
}

export type MedicationListChanged = DecidedEvent<'MedicationListChanged', ChangeMedicineList>;

/**
 * A change is made against the list as the sender saw it: when the list has changed since, the
 * sender must look again, or a newer change would be overwritten unseen. The list's version is the
 * number of changes made to it.
 */
export function decideMedicineListChange(
  history: readonly MedicineListFact[],
  command: ChangeMedicineList,
): Decision<MedicationListChanged> {
  if (command.listVersion !== history.length) {
    const last = [...history].sort((a, b) => a.sequence - b.sequence).at(-1);
    return conflictOn(
      'listVersion',
      `the list is at version ${history.length}, not ${command.listVersion}${lastChangeBy(last)}. Reload the list and make your change against it`,
    );
  }
  const problems = checkMedicineListChanges(foldMedicineList(history), command.changes);
  if (problems.length) return invalid(...problems.map((p) => ({ field: p.path, message: p.message })));
  return decided({ type: 'MedicationListChanged', payload: command });
}
