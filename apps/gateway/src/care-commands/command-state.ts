import { Injectable } from '@nestjs/common';
import type { CarePlanHead, MedicineListFact, StayStanding } from '@carechain/domain';
import type { TransactionClient } from '@carechain/persistence';

/**
 * The state staff commands are decided against, read from the event store where a version counts,
 * inside the command's own transaction (which holds the patient's lock).
 */
@Injectable()
export class CommandState {
  /** Every change made to the patient's medicine list, in store order: its version is their number. */
  async medicineListHistory(db: TransactionClient, patientId: string): Promise<MedicineListFact[]> {
    const rows = await db.careEvent.findMany({
      where: { patientId, type: 'MedicationListChanged' },
      orderBy: { sequence: 'asc' },
    });
    return rows.map((row) => ({
      eventId: row.eventId,
      sequence: Number(row.sequence),
      occurredAt: row.occurredAt,
      careLinkId: row.careLinkId,
      changes: (row.payload as unknown as Pick<MedicineListFact, 'changes'>).changes,
    }));
  }

  /** The care plan's latest stored version, or null before the first. */
  async carePlanHead(db: TransactionClient, patientId: string): Promise<CarePlanHead | null> {
    const latest = await db.careEvent.findFirst({
      where: { patientId, type: 'CarePlanUpdated' },
      orderBy: { sequence: 'desc' },
    });
    if (!latest) return null;
    const { carePlanId, version } = latest.payload as { carePlanId: string; version: number };
    return { carePlanId, version, careLinkId: latest.careLinkId, occurredAt: latest.occurredAt };
  }

  /** The patient's stay as the stays read model holds it; null when the patient has no such stay. */
  async stay(
    db: TransactionClient,
    patientId: string,
    stayId: string,
  ): Promise<Pick<StayStanding, 'dischargedAt'> | null> {
    const stay = await db.stay.findUnique({
      where: { patientId_stayId: { patientId, stayId } },
      select: { dischargedAt: true },
    });
    return stay && { dischargedAt: stay.dischargedAt };
  }

  /** The stay with its medically-ready standing as the event store holds it, the latest declaration last. */
  async standing(db: TransactionClient, patientId: string, stayId: string): Promise<StayStanding | null> {
    const stay = await this.stay(db, patientId, stayId);
    if (!stay) return null;
    const latest = await db.careEvent.findFirst({
      where: {
        patientId,
        type: { in: ['MedicallyReadyForDischarge', 'MedicallyReadyWithdrawn'] },
        payload: { path: ['stayId'], equals: stayId },
      },
      orderBy: { sequence: 'desc' },
      select: { type: true, payload: true, careLinkId: true },
    });
    const readyAt = (latest?.payload as { readyAt?: string } | undefined)?.readyAt;
    return {
      ...stay,
      readySince: latest?.type === 'MedicallyReadyForDischarge' && readyAt ? new Date(readyAt) : null,
      ...(latest?.type === 'MedicallyReadyForDischarge' ? { readyBy: latest.careLinkId } : {}),
    };
  }
}
