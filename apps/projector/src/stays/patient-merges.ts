import type { SqlTransaction } from '@carechain/persistence';
import type { ProjectedEvent } from '../read-models/projection';

/**
 * Applies PatientIdsMerged (HL7 A40) to the stays read model: the stays recorded under the retired
 * id become the surviving patient's, and are recomputed under it. The event store keeps them under
 * the id they were sent with; a replay applies the merge at the same place, so it gives the same
 * rows. Returns the stays to recompute, and the retired id's day rows it removed, which the monthly
 * totals must lose.
 */
export async function moveMergedStays(
  tx: SqlTransaction,
  events: ProjectedEvent[],
): Promise<{ moved: { patientId: string; stayId: string }[]; removedDays: RemovedDay[] }> {
  const moved: { patientId: string; stayId: string }[] = [];
  const removedDays: RemovedDay[] = [];
  for (const merge of events) {
    if (merge.type !== 'PatientIdsMerged' || typeof merge.payload.mergedPatientId !== 'string') continue;
    const retired = merge.payload.mergedPatientId;
    const stays = await tx.$queryRaw<{ stay_id: string }[]>`
      UPDATE stay_event SET patient_id = ${merge.patientId} WHERE patient_id = ${retired} RETURNING stay_id`;
    removedDays.push(
      ...(await tx.$queryRaw<RemovedDay[]>`
        DELETE FROM unnecessary_day WHERE patient_id = ${retired}
        RETURNING rule, to_char(day, 'YYYY-MM-DD') AS day, cause, ward_care_link_id, receiving_care_link_id`),
    );
    await tx.$executeRaw`DELETE FROM stay WHERE patient_id = ${retired}`;
    for (const stayId of new Set(stays.map((s) => s.stay_id)))
      moved.push({ patientId: merge.patientId, stayId });
  }
  return { moved, removedDays };
}

interface RemovedDay {
  rule: string;
  day: string;
  cause: string;
  ward_care_link_id: string;
  receiving_care_link_id: string | null;
}
