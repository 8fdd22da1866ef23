import type {
  ListedMedication as Listed,
  MedicineListFact,
  MedicineReconciliation as Reconciliation,
} from '@carechain/domain';
import type { ListedMedication, MedicineReconciliation, MedicationCoding } from './medicine-list.model';

/** A stored change, from the event store or the read model: both keep the same columns. */
interface ChangeRow {
  eventId: string;
  sequence: bigint;
  occurredAt: Date;
  careLinkId: string;
  payload: unknown;
}

export const factOf = (row: ChangeRow): MedicineListFact => ({
  eventId: row.eventId,
  sequence: Number(row.sequence),
  occurredAt: row.occurredAt,
  careLinkId: row.careLinkId,
  changes: (row.payload as { changes: MedicineListFact['changes'] }).changes,
});

export const codingOf = (medication: Listed['medication']): MedicationCoding[] =>
  (medication.coding ?? []).map((c) => ({ system: c.system, code: c.code, display: c.display ?? null }));

/** Read models keep the list as JSON, so its dates may come back as strings. */
export const listedOf = (
  m: Omit<Listed, 'since' | 'lastChangedAt'> & { since: Date | string; lastChangedAt: Date | string },
): ListedMedication => ({
  text: m.medication.text,
  coding: codingOf(m.medication),
  dose: m.dose,
  route: m.route,
  frequency: m.frequency,
  since: new Date(m.since),
  lastChangedAt: new Date(m.lastChangedAt),
  lastChangedByCareLinkId: m.lastChangedByCareLinkId,
});

export function reconciliationView(r: Reconciliation, from: Date, to: Date): MedicineReconciliation {
  return {
    from,
    to,
    added: r.added.map(listedOf),
    stopped: r.stopped.map(listedOf),
    unchanged: r.unchanged.map(listedOf),
    doseChanged: r.doseChanged.map(({ medication, before, after }) => ({
      text: medication.text,
      coding: codingOf(medication),
      from: before.dose,
      to: after.dose,
      fromFrequency: before.frequency,
      toFrequency: after.frequency,
      fromRoute: before.route,
      toRoute: after.route,
    })),
    withoutReason: r.withoutReason.map((u) => ({
      action: u.change.action,
      text: u.change.medication.text,
      occurredAt: u.occurredAt,
      careLinkId: u.careLinkId,
    })),
  };
}
