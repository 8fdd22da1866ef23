import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

const REPORT = `query($filter: UnnecessaryDaysFilter!) {
  unnecessaryDays(filter: $filter, granularity: MONTH) { total byWard { key value } }
}`;
const WAITING = '{ patientsWaiting { patientId stayId wardCareLinkId readySince daysSoFar } }';

interface Report {
  unnecessaryDays: { total: number; byWard: { key: string; value: number }[] };
}
interface Waiting {
  patientsWaiting: {
    patientId: string;
    stayId: string;
    wardCareLinkId: string;
    readySince: string;
    daysSoFar: number;
  }[];
}

const ready = (patientId: string, readyAt: string, ward: string, stayId: string) =>
  careEventEnvelope('MedicallyReadyForDischarge', patientId, readyAt, ward, { stayId, readyAt });
const discharged = (patientId: string, at: string, ward: string, stayId: string) =>
  careEventEnvelope('PatientDischarged', patientId, at, ward, { stayId, destination: 'home' });

describe('stays are each patient’s own, and who waits is decided when asked', () => {
  let platform: RunningPlatform;
  let prisma: PrismaClient;

  const gql = async <T>(query: string, variables: object, careLinkId: string, roles?: string) => {
    const { data, errors } = await platform.graphql<T>(query, variables, careLinkId, roles);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };
  const submitAndProject = async (events: { eventId: string }[]) => {
    for (const e of events) expect((await platform.submit(e)).status).toBe(201);
    await eventually(async () => {
      const held = await prisma.projectionCheckpoint.count({
        where: { eventId: { in: events.map((e) => e.eventId) } },
      });
      return held === events.length ? true : undefined;
    }, 'every read model holds the events');
  };

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    prisma = createPrismaClient(platform.db.url, 1);
  });

  afterAll(() => Promise.all([prisma?.$disconnect(), platform?.stop()]));

  describe('two hospitals sharing a visit number', () => {
    // Ryhov and Värnamo number their visits themselves (HL7 PV1-19): both have a visit 4711.
    const [ryhovPatient, varnamoPatient] = [uniquePatientId(), uniquePatientId()];
    const visit = '4711';

    beforeAll(async () => {
      await submitAndProject([
        // Ryhov: ready Monday 2 Feb 10:00, home Wednesday: midnights of 3 and 4 February.
        careEvents.admitted(ryhovPatient, '2026-02-01T08:00:00+01:00', 'ryhov-med-1', visit),
        ready(ryhovPatient, '2026-02-02T10:00:00+01:00', 'ryhov-med-1', visit),
        discharged(ryhovPatient, '2026-02-04T14:00:00+01:00', 'ryhov-med-1', visit),
        // Värnamo: ready 9 Feb 09:00, home 12 Feb: midnights of 10, 11 and 12 February.
        careEvents.admitted(varnamoPatient, '2026-02-05T08:00:00+01:00', 'varnamo-med-2', visit),
        ready(varnamoPatient, '2026-02-09T09:00:00+01:00', 'varnamo-med-2', visit),
        discharged(varnamoPatient, '2026-02-12T11:00:00+01:00', 'varnamo-med-2', visit),
      ]);
    });

    it('keeps both wards’ unnecessary days', async () => {
      const { unnecessaryDays } = await gql<Report>(
        REPORT,
        { filter: { from: '2026-02-01', to: '2026-02-28' } },
        'coach',
      );
      expect(unnecessaryDays).toEqual({
        total: 5,
        byWard: [
          { key: 'varnamo-med-2', value: 3 },
          { key: 'ryhov-med-1', value: 2 },
        ],
      });
    });

    it('counts both admissions', async () => {
      const { admissions } = await gql<{ admissions: { period: string; value: number }[] }>(
        '{ admissions(from: "2026-02-01", to: "2026-02-28", granularity: MONTH) { period value } }',
        {},
        'coach',
      );
      expect(admissions).toEqual([{ period: '2026-02-01', value: 2 }]);
    });

    it('shows each patient only their own stay', async () => {
      const stays = await prisma.stay.findMany({
        where: { stayId: visit, patientId: { in: [ryhovPatient, varnamoPatient] } },
        orderBy: { admittedAt: 'asc' },
        select: { patientId: true, wardCareLinkId: true },
      });
      expect(stays).toEqual([
        { patientId: ryhovPatient, wardCareLinkId: 'ryhov-med-1' },
        { patientId: varnamoPatient, wardCareLinkId: 'varnamo-med-2' },
      ]);
    });
  });

  describe('ready time recorded ahead', () => {
    const esther = uniquePatientId();
    const stayId = `stay-${esther}`;
    // The ward records the ready time a little ahead: the stay is projected before it is ready.
    let readyAt: string;
    let readyEventId: string;

    beforeAll(async () => {
      readyAt = new Date(Date.now() + 20_000).toISOString();
      const readiness = ready(esther, readyAt, 'ryhov-med-3', stayId);
      readyEventId = readiness.eventId;
      await submitAndProject([
        careEvents.admitted(esther, new Date(Date.now() - 86_400_000).toISOString(), 'ryhov-med-3'),
        readiness,
      ]);
    });

    it('lists the patient among those waiting once the ready time has come, with no further event', async () => {
      const projected = await prisma.projectionCheckpoint.findUniqueOrThrow({
        where: { eventId: readyEventId },
      });
      expect(projected.projectedAt.getTime()).toBeLessThan(Date.parse(readyAt));

      const waiting = await eventually(async () => {
        const { patientsWaiting } = await gql<Waiting>(WAITING, {}, 'ryhov-med-3');
        return patientsWaiting.find((w) => w.patientId === esther);
      }, 'the patient waiting once ready');
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(readyAt));
      expect(waiting).toEqual({
        patientId: esther,
        stayId,
        wardCareLinkId: 'ryhov-med-3',
        readySince: readyAt,
        daysSoFar: 0,
      });
    });
  });

  describe('a patient ready for days, then no longer ready, and still in hospital', () => {
    const patient = uniquePatientId();
    const stayId = `stay-${patient}`;

    beforeAll(async () => {
      await submitAndProject([
        careEvents.admitted(patient, '2026-01-05T08:00:00+01:00', 'ryhov-ger', stayId),
        // Ready 12 January 10:00, deteriorates 15 January 09:00: midnights of 13, 14 and 15 January.
        ready(patient, '2026-01-12T10:00:00+01:00', 'ryhov-ger', stayId),
        careEventEnvelope('MedicallyReadyWithdrawn', patient, '2026-01-15T09:00:00+01:00', 'ryhov-ger', {
          stayId,
          reason: 'pneumonia',
        }),
      ]);
    });

    it('counts the days the patient was ready although the stay has not ended', async () => {
      const { unnecessaryDays } = await gql<Report>(
        REPORT,
        { filter: { from: '2026-01-01', to: '2026-01-31', wardCareLinkIds: ['ryhov-ger'] } },
        'coach',
      );
      expect(unnecessaryDays.total).toBe(3);
    });

    it('does not list the patient as waiting', async () => {
      const { patientsWaiting } = await gql<Waiting>(WAITING, {}, 'ryhov-ger');
      expect(patientsWaiting.map((w) => w.patientId)).not.toContain(patient);
    });
  });
});
