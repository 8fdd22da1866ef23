import { randomUUID } from 'node:crypto';
import { jonkopingPlanningRules } from '@carechain/domain';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createTestDatabase, uniquePatientId, type TestDatabase } from '@carechain/testing';
import type { ProjectedEvent } from '../read-models/projection';
import { StayProjection } from './stay-projection';

// Esther came in through the emergency department under a reserve number (its own pseudonym); the
// patient register merges that record into hers (HL7 A40) while she is still on the ward.
describe('a stay recorded under a reserve pseudonym is merged into the patient', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  const stays = new StayProjection({ timeZone: 'Europe/Stockholm', planningRules: jonkopingPlanningRules });
  let sequence = 0;
  const event = (
    type: string,
    patientId: string,
    occurredAt: string,
    payload: Record<string, unknown>,
  ): ProjectedEvent => ({
    eventId: randomUUID(),
    type,
    patientId,
    occurredAt,
    recordedAt: occurredAt,
    sequence: ++sequence,
    source: { system: 'hl7v2:COSMIC@RYHOV', careLinkId: 'ryhov-med-3' },
    payload,
  });
  const project = (...events: ProjectedEvent[]) => prisma.$transaction((tx) => stays.project(tx, events));
  const staysOf = (patientId: string) =>
    prisma.stay.findMany({
      where: { patientId },
      select: { stayId: true, dischargedAt: true },
      orderBy: { stayId: 'asc' },
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, 2);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it("moves the reserve record's stay to her, and her discharge afterwards ends it", async () => {
    const [esther, reserve] = [uniquePatientId(), uniquePatientId()];
    const stayId = 'E-2026-0091@RYHOV';
    await project(
      event('PatientAdmitted', reserve, '2026-11-16T04:50:00.000Z', {
        stayId,
        wardCareLinkId: 'ryhov-med-3',
        admissionType: 'emergency',
      }),
      event('PatientAdmitted', esther, '2025-03-02T10:00:00.000Z', {
        stayId: 'V-2025-1@RYHOV',
        wardCareLinkId: 'ryhov-ger',
        admissionType: 'elective',
      }),
    );
    await project(
      event('PatientIdsMerged', esther, '2026-11-17T09:10:00.000Z', { mergedPatientId: reserve }),
    );
    expect(await staysOf(reserve)).toEqual([]);
    expect(await staysOf(esther)).toEqual([
      { stayId, dischargedAt: null },
      { stayId: 'V-2025-1@RYHOV', dischargedAt: null },
    ]);
    await project(
      event('PatientDischarged', esther, '2026-11-20T13:00:00.000Z', { stayId, destination: 'home' }),
    );
    expect((await staysOf(esther))[0]).toEqual({
      stayId,
      dischargedAt: new Date('2026-11-20T13:00:00.000Z'),
    });
  });

  it('moves events sent under the reserve pseudonym in the same batch as the merge', async () => {
    const [esther, reserve] = [uniquePatientId(), uniquePatientId()];
    await project(
      event('PatientAdmitted', reserve, '2026-11-16T04:50:00.000Z', {
        stayId: 'E-1',
        wardCareLinkId: 'ryhov-med-3',
        admissionType: 'emergency',
      }),
      event('PatientIdsMerged', esther, '2026-11-17T09:10:00.000Z', { mergedPatientId: reserve }),
    );
    expect(await staysOf(esther)).toEqual([{ stayId: 'E-1', dischargedAt: null }]);
    expect(await staysOf(reserve)).toEqual([]);
  });
});
