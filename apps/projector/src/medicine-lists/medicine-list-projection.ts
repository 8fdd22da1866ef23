import { Injectable } from '@nestjs/common';
import { foldMedicineList, type MedicineListFact } from '@carechain/domain';
import type { PrismaClient, TransactionClient } from '@carechain/persistence';
import { groupBy, upsertRows, type ProjectedEvent, type Projection } from '../read-models/projection';

/**
 * The medicine-list read model: every MedicationListChanged event, and each patient's current list
 * refolded from all of them, so a change reported late still lands in its place.
 */
@Injectable()
export class MedicineListProjection implements Projection {
  readonly consumer = 'projector.medicine-lists';
  readonly tables = ['medicine_list', 'medicine_list_change'];

  clear(prisma: PrismaClient) {
    return [prisma.medicineList.deleteMany(), prisma.medicineListChange.deleteMany()];
  }

  async project(tx: TransactionClient, events: ProjectedEvent[]): Promise<void> {
    const changes = events.filter((e) => e.type === 'MedicationListChanged');
    if (!changes.length) return;
    await tx.medicineListChange.createMany({
      data: changes.map((event) => ({
        eventId: event.eventId,
        patientId: event.patientId,
        occurredAt: new Date(event.occurredAt),
        sequence: event.sequence,
        careLinkId: event.source.careLinkId,
        payload: event.payload as object,
      })),
    });
    const patients = [...new Set(changes.map((e) => e.patientId))];
    const byPatient = groupBy(
      await tx.medicineListChange.findMany({ where: { patientId: { in: patients } } }),
      (c) => c.patientId,
    );
    const rows = patients.map((patientId) => {
      const list = foldMedicineList(
        (byPatient.get(patientId) ?? []).map<MedicineListFact>((c) => ({
          eventId: c.eventId,
          sequence: Number(c.sequence),
          occurredAt: c.occurredAt,
          careLinkId: c.careLinkId,
          changes: (c.payload as unknown as { changes: MedicineListFact['changes'] }).changes,
        })),
      );
      return {
        patient_id: patientId,
        medications: list.medications,
        change_count: list.changeCount,
        changed_at: list.changedAt,
      };
    });
    await upsertRows(tx, 'medicine_list', ['patient_id'], rows);
  }
}
