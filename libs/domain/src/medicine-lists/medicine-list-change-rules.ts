import { medicationKey, type MedicationChange, type MedicineList } from './medicine-list';

/** One thing wrong with a proposed change, located by its path in the submitted changes, e.g. `changes.1.dose`. */
export interface ChangeProblem {
  path: string;
  message: string;
}

const blank = (value: string | undefined) => !value?.trim();

/**
 * Checks proposed changes against the list they are made to, in order, so a batch may start a
 * medicine and change its dose. A stop or dose change needs the medicine on the list; a start
 * needs a dose and the medicine not already listed; a dose change must change something.
 */
export function checkMedicineListChanges(
  list: MedicineList,
  changes: readonly MedicationChange[],
): ChangeProblem[] {
  const listed = new Map(
    list.medications.map((m) => [
      medicationKey(m.medication),
      { dose: m.dose, route: m.route, frequency: m.frequency },
    ]),
  );
  const problems: ChangeProblem[] = [];
  changes.forEach((change, i) => {
    const at = `changes.${i}`;
    const key = medicationKey(change.medication);
    const current = listed.get(key);
    const text = change.medication.text;
    if (change.action === 'added') {
      if (current)
        problems.push({
          path: `${at}.medication`,
          message: `'${text}' is already on the list; change its dose instead`,
        });
      else if (blank(change.dose))
        problems.push({ path: `${at}.dose`, message: `a dose is required to start '${text}'` });
      else
        listed.set(key, {
          dose: change.dose ?? null,
          route: change.route ?? null,
          frequency: change.frequency ?? null,
        });
      return;
    }
    if (!current) {
      const verb = change.action === 'stopped' ? 'stop' : 'change the dose of';
      problems.push({
        path: `${at}.medication`,
        message: `'${text}' is not on the list, so there is nothing to ${verb}`,
      });
      return;
    }
    if (change.action === 'stopped') {
      listed.delete(key);
      return;
    }
    if (blank(change.dose) && blank(change.route) && blank(change.frequency)) {
      problems.push({ path: `${at}.dose`, message: `give the new dose, route or frequency of '${text}'` });
      return;
    }
    const next = {
      dose: change.dose ?? current.dose,
      route: change.route ?? current.route,
      frequency: change.frequency ?? current.frequency,
    };
    if (next.dose === current.dose && next.route === current.route && next.frequency === current.frequency) {
      problems.push({
        path: `${at}.dose`,
        message: `'${text}' is already taken as ${[current.dose, current.route, current.frequency].filter(Boolean).join(', ')}; nothing changes`,
      });
      return;
    }
    listed.set(key, next);
  });
  return problems;
}
