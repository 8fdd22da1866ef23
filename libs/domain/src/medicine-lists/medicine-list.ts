/** A medication as written, with the codes that identify it (ATC, SNOMED, ...). */
export interface Medication {
  text: string;
  coding?: { system: string; code: string; display?: string }[];
}

export interface MedicationChange {
  action: 'added' | 'stopped' | 'dose-changed';
  medication: Medication;
  dose?: string;
  route?: string;
  frequency?: string;
  reason?: string;
}

/** One MedicationListChanged event as the medicine-list rules see it. */
export interface MedicineListFact {
  eventId: string;
  /** Store order, to break ties between changes made at the same instant. */
  sequence: number;
  occurredAt: Date;
  /** The care link that made the change. */
  careLinkId: string;
  changes: MedicationChange[];
}

export interface ListedMedication {
  medication: Medication;
  dose: string | null;
  route: string | null;
  frequency: string | null;
  /** When the patient started taking it, as far as the list knows. */
  since: Date;
  lastChangedAt: Date;
  lastChangedByCareLinkId: string;
}

export interface MedicineList {
  medications: ListedMedication[];
  changeCount: number;
  changedAt: Date | null;
}

/**
 * What makes two entries the same medicine: its first code when coded (one product under two
 * names is still one medicine), otherwise its text regardless of case and spacing.
 */
export function medicationKey(medication: Medication): string {
  const code = medication.coding?.[0];
  return code ? `${code.system}|${code.code}` : medication.text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const emptyMedicineList: MedicineList = { medications: [], changeCount: 0, changedAt: null };

/** The patient's current medicine list from every change known so far, whatever order they arrived in. */
export function foldMedicineList(facts: readonly MedicineListFact[]): MedicineList {
  return continueMedicineList(emptyMedicineList, facts);
}

/**
 * The list after changes that all happened later than every change folded into `list`: equal to
 * folding all of them, without reading the earlier ones again.
 */
export function continueMedicineList(list: MedicineList, later: readonly MedicineListFact[]): MedicineList {
  const ordered = [...later].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.sequence - b.sequence,
  );
  const current = new Map(list.medications.map((listed) => [medicationKey(listed.medication), listed]));
  for (const fact of ordered) {
    for (const change of fact.changes) {
      const key = medicationKey(change.medication);
      const listed = current.get(key);
      if (change.action === 'stopped') {
        current.delete(key);
        continue;
      }
      const details = {
        dose: change.dose ?? listed?.dose ?? null,
        route: change.route ?? listed?.route ?? null,
        frequency: change.frequency ?? listed?.frequency ?? null,
      };
      current.set(key, {
        medication: listed?.medication ?? change.medication,
        ...details,
        since: listed?.since ?? fact.occurredAt,
        lastChangedAt: fact.occurredAt,
        lastChangedByCareLinkId: fact.careLinkId,
      });
    }
  }
  return {
    medications: [...current.values()].sort((a, b) => a.medication.text.localeCompare(b.medication.text)),
    changeCount: list.changeCount + later.length,
    changedAt: ordered.at(-1)?.occurredAt ?? list.changedAt,
  };
}
