import { Hl7Client } from '@medplum/hl7';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  ackOf,
  ADT_MAPPING_FILE,
  adtMessage,
  eventually,
  sendAdt,
  uniquePatientId,
  type AdtParts,
} from '@carechain/testing';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';

describe('a hospital without FHIR events reports a stay as HL7 v2 ADT over MLLP, and care links read it in GraphQL', () => {
  let platform: RunningPlatform;
  let client: Hl7Client;
  let prisma: PrismaClient;

  beforeAll(async () => {
    platform = await RunningPlatform.start({
      'hl7-listener': {
        HL7_MAPPING_FILE: ADT_MAPPING_FILE,
        // Any free port: the listener reports the one it got.
        HL7_MLLP_PORT: '0',
        HL7_MLLP_HOST: '127.0.0.1',
      },
    });
    client = new Hl7Client({ host: '127.0.0.1', port: platform.services['hl7-listener']!.ports.mllp });
    prisma = createPrismaClient(platform.db.url, 1);
  });

  afterAll(async () => {
    await client?.close();
    await prisma?.$disconnect();
    await platform?.stop();
  });

  const journeyOf = (
    patientId: string,
    until: (journey: NonNullable<JourneyView['patientJourney']>) => boolean,
    what: string,
  ) =>
    eventually(async () => {
      const { data } = await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, 'ryhov-med-3');
      const journey = data?.patientJourney;
      return journey && until(journey) ? journey : undefined;
    }, what);

  it('shows A01, A02 and A03 as the journey; A13 puts her back in hospital; a resent and a broken message change nothing', async () => {
    const patientId = uniquePatientId();
    const visitNumber = `V-${patientId}`;
    // PV1-19 qualified by its assigning authority, RYHOV.
    const stayId = `${visitNumber}@RYHOV`;
    let n = 0;
    const message = (parts: Omit<AdtParts, 'patientId' | 'stayId' | 'controlId'>) =>
      adtMessage({ patientId, stayId: visitNumber, controlId: `${patientId}-${++n}`, ...parts });
    const admitted = message({ trigger: 'A01', ward: 'AKM', at: '202611160740' });
    const transferred = message({ trigger: 'A02', ward: 'MED3', priorWard: 'AKM', at: '202611161200' });
    const discharged = message({ trigger: 'A03', ward: 'MED3', at: '202611201400' });

    for (const text of [admitted, transferred, discharged])
      expect(ackOf(await sendAdt(client, text)).code).toBe('AA');
    const dischargedJourney = await journeyOf(patientId, (j) => j.eventCount === 3, 'the discharged journey');
    expect(dischargedJourney).toEqual({
      patientId,
      status: 'DISCHARGED',
      eventCount: 3,
      careLinkIds: ['jkpg-home-care-south', 'ryhov-akm', 'ryhov-med-3'],
      stay: {
        stayId,
        wardCareLinkId: 'ryhov-med-3',
        admittedAt: '2026-11-16T06:40:00.000Z',
        medicallyReadySince: null,
        dischargedAt: '2026-11-20T13:00:00.000Z',
      },
      timeline: [
        expect.objectContaining({
          type: 'PatientAdmitted',
          careLinkId: 'ryhov-akm',
          summary: 'Admitted to ryhov-akm (emergency)',
        }),
        expect.objectContaining({
          type: 'PatientTransferred',
          careLinkId: 'ryhov-med-3',
          summary: 'Transferred from ryhov-akm to ryhov-med-3',
        }),
        expect.objectContaining({
          type: 'PatientDischarged',
          summary: 'Discharged to home-with-home-care (jkpg-home-care-south)',
        }),
      ],
    });

    // The engine resends the transfer (its ACK was lost) and sends one the mapping cannot take.
    expect(ackOf(await sendAdt(client, transferred)).code).toBe('AA');
    const broken = ackOf(
      await sendAdt(client, message({ trigger: 'A02', ward: 'IVA', priorWard: 'MED3', at: '202611171000' })),
    );
    expect(broken).toMatchObject({ code: 'AE', text: "PV1-3 code 'IVA' is not in the mapping's wards" });

    expect(
      ackOf(await sendAdt(client, message({ trigger: 'A13', ward: 'MED3', at: '202611201430' }))).code,
    ).toBe('AA');
    const cancelled = await journeyOf(
      patientId,
      (j) => j.timeline.some((e) => e.type === 'DischargeCancelled'),
      'the discharge cancelled',
    );
    expect(cancelled).toMatchObject({
      status: 'IN_HOSPITAL',
      eventCount: 4,
      careLinkIds: ['ryhov-akm', 'ryhov-med-3'],
      stay: { stayId, wardCareLinkId: 'ryhov-med-3', dischargedAt: null },
    });
    expect(cancelled.timeline.map((e) => e.summary)).toEqual([
      'Admitted to ryhov-akm (emergency)',
      'Transferred from ryhov-akm to ryhov-med-3',
      'Discharged to home-with-home-care (jkpg-home-care-south)',
      'Discharge cancelled',
    ]);
    expect(await prisma.careEvent.count({ where: { patientId } })).toBe(4);
    // The stays read model behind unnecessary days has the stay open again.
    await eventually(
      async () =>
        (await prisma.stay.findUnique({ where: { patientId_stayId: { patientId, stayId } } }))
          ?.dischargedAt === null
          ? true
          : undefined,
      'the stay open again',
    );
  });

  it('takes an admission cancelled with A11 off the journey and out of the stays', async () => {
    const patientId = uniquePatientId();
    const stayId = `V-${patientId}@RYHOV`;
    const stay = { patientId, stayId: `V-${patientId}`, ward: 'MED3' };
    expect(
      ackOf(
        await sendAdt(
          client,
          adtMessage({ ...stay, trigger: 'A01', controlId: `${patientId}-1`, at: '202611160740' }),
        ),
      ).code,
    ).toBe('AA');
    await eventually(
      async () =>
        (await prisma.stay.findUnique({ where: { patientId_stayId: { patientId, stayId } } }))
          ? true
          : undefined,
      'the stay',
    );
    expect(
      ackOf(
        await sendAdt(
          client,
          adtMessage({ ...stay, trigger: 'A11', controlId: `${patientId}-2`, at: '202611160810' }),
        ),
      ).code,
    ).toBe('AA');

    const journey = await journeyOf(patientId, (j) => j.eventCount === 2, 'the cancelled admission');
    expect(journey).toMatchObject({ status: 'NOT_ADMITTED', stay: null, careLinkIds: ['ryhov-med-3'] });
    expect(journey.timeline.map((e) => e.summary)).toEqual([
      'Admitted to ryhov-med-3 (emergency)',
      'Admission cancelled',
    ]);
    await eventually(
      async () =>
        (await prisma.stay.findUnique({ where: { patientId_stayId: { patientId, stayId } } })) === null
          ? true
          : undefined,
      'the stay gone',
    );
  });
});
