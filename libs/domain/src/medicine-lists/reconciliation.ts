import {
  foldMedicineList,
  medicationKey,
  type ListedMedication,
  type MedicationChange,
  type MedicineList,
  type MedicineListFact,
} from './medicine-list';

/** The list as it stood at `at`: every change that had happened by then, none after. */
export function medicineListAt(facts: readonly MedicineListFact[], at: Date): MedicineList {
  return foldMedicineList(facts.filter((f) => f.occurredAt.getTime() <= at.getTime()));
}

export interface DosageChange {
  medication: ListedMedication['medication'];
  before: ListedMedication;
  after: ListedMedication;
}

/** A change made between the two moments without a stated reason: the receiving link should ask why. */
export interface UnexplainedChange {
  change: MedicationChange;
  occurredAt: Date;
  careLinkId: string;
}

export interface MedicineReconciliation {
  added: ListedMedication[];
  stopped: ListedMedication[];
  doseChanged: DosageChange[];
  unchanged: ListedMedication[];
  withoutReason: UnexplainedChange[];
}

const sameDosage = (a: ListedMedication, b: ListedMedication) =>
  a.dose === b.dose && a.route === b.route && a.frequency === b.frequency;

/**
 * What changed in the patient's medicines between the list the sending link had (`from`, e.g. at
 * admission) and the list at `to` (transfer or discharge). A medicine started and stopped in between
 * shows only among the changes without a reason, if it lacks one.
 */
export function reconcileMedicineLists(
  facts: readonly MedicineListFact[],
  from: Date,
  to: Date,
): MedicineReconciliation {
  const before = new Map(
    medicineListAt(facts, from).medications.map((m) => [medicationKey(m.medication), m]),
  );
  const after = medicineListAt(facts, to).medications;
  const result: MedicineReconciliation = {
    added: [],
    stopped: [],
    doseChanged: [],
    unchanged: [],
    withoutReason: [],
  };
  for (const now of after) {
    const then = before.get(medicationKey(now.medication));
    before.delete(medicationKey(now.medication));
    if (!then) result.added.push(now);
    else if (sameDosage(then, now)) result.unchanged.push(now);
    else result.doseChanged.push({ medication: now.medication, before: then, after: now });
  }
  result.stopped = [...before.values()];
  result.withoutReason = facts
    .filter((f) => f.occurredAt > from && f.occurredAt <= to)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.sequence - b.sequence)
    .flatMap((f) =>
      f.changes
        .filter((c) => !c.reason?.trim())
        .map((change) => ({ change, occurredAt: f.occurredAt, careLinkId: f.careLinkId })),
    );
  return result;
}
