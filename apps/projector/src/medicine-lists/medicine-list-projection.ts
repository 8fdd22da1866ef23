import { Injectable } from '@nestjs/common';
import {
  continueMedicineList,
  foldMedicineList,
  type ListedMedication,
  type MedicineList,
  type MedicineListFact,
} from '@carechain/domain';
import type { PrismaClient, SqlTransaction } from '@carechain/persistence';
import {
  factBaseOf,
  groupBy,
  insertRows,
  isoOf,
  upsertRows,
  type ProjectedEvent,
  type Projection,
} from '../read-models/projection';

interface MedicineListRow {
  patient_id: string;
  medications: ListedMedication[];
  change_count: number;
  changed_at: Date;
}

const listOf = (row: MedicineListRow): MedicineList => ({
  medications: row.medications.map((m) => ({
    ...m,
    since: new Date(m.since),
    lastChangedAt: new Date(m.lastChangedAt),
  })),
  changeCount: row.change_count,
  changedAt: row.changed_at,
});

/**
 * The medicine-list read model: every MedicationListChanged event, and each patient's current list.
 * Changes made after the latest one a list holds fold onto it; a change reported late refolds the
 * patient's changes, so it still lands in its place.
 */
@Injectable()
export class MedicineListProjection implements Projection {
  readonly consumer = 'projector.medicine-lists';
  readonly tables = ['medicine_list', 'medicine_list_change'];

  clear(prisma: PrismaClient) {
    return [prisma.medicineList.deleteMany(), prisma.medicineListChange.deleteMany()];
  }

  async project(tx: SqlTransaction, events: ProjectedEvent[]): Promise<void> {
    const changes = events.filter((e) => e.type === 'MedicationListChanged');
    if (!changes.length) return;
    await insertRows(
      tx,
      'medicine_list_change',
      changes.map((e) => ({
        event_id: e.eventId,
        patient_id: e.patientId,
        occurred_at: isoOf(new Date(e.occurredAt)),
        sequence: e.sequence,
        care_link_id: e.source.careLinkId,
        payload: e.payload,
      })),
    );
    const byPatient = groupBy(
      changes.map((e) => ({ patientId: e.patientId, ...factOf(e) })),
      (fact) => fact.patientId,
    );
    const patients = [...byPatient.keys()];
    const stored = new Map(
      (
        await tx.$queryRaw<MedicineListRow[]>`
          SELECT patient_id, medications, change_count, changed_at FROM medicine_list
          WHERE patient_id = ANY(${patients}::text[])`
      ).map((row) => [row.patient_id, row]),
    );
    const lists = new Map<string, MedicineList>();
    const refold: string[] = [];
    for (const [patientId, later] of byPatient) {
      const row = stored.get(patientId);
      if (!row) lists.set(patientId, foldMedicineList(later));
      else if (later.every((f) => f.occurredAt > row.changed_at))
        lists.set(patientId, continueMedicineList(listOf(row), later));
      else refold.push(patientId);
    }
    if (refold.length) {
      const all = groupBy(
        await tx.$queryRaw<(MedicineListFact & { patientId: string })[]>`
          SELECT event_id::text AS "eventId", sequence::float8 AS sequence, occurred_at AS "occurredAt",
                 care_link_id AS "careLinkId", payload->'changes' AS changes, patient_id AS "patientId"
          FROM medicine_list_change WHERE patient_id = ANY(${refold}::text[])`,
        (fact) => fact.patientId,
      );
      for (const patientId of refold) lists.set(patientId, foldMedicineList(all.get(patientId) ?? []));
    }
    const rows = patients.map((patientId) => {
      const list = lists.get(patientId)!;
      return {
        patient_id: patientId,
        medications: list.medications.map((m) => ({
          ...m,
          since: isoOf(m.since),
          lastChangedAt: isoOf(m.lastChangedAt),
        })),
        change_count: list.changeCount,
        changed_at: isoOf(list.changedAt),
      };
    });
    await upsertRows(tx, 'medicine_list', ['patient_id'], rows);
  }
}

function factOf(event: ProjectedEvent): MedicineListFact {
  return {
    ...factBaseOf(event),
    changes: (event.payload as { changes: MedicineListFact['changes'] }).changes,
  };
}
