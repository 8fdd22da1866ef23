import { createPrismaClient } from '@carechain/persistence';
import { careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';

describe('an admission posted over HTTP is read back from GraphQL through Kafka and the projector', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await RunningPlatform.start();
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('shows the admitted patient on the admitting ward', async () => {
    const patientId = uniquePatientId();
    const admission = careEvents.admitted(patientId, '2026-11-23T07:40:00+01:00', 'ryhov-med-3');
    expect((await platform.submit(admission)).status).toBe(201);

    const journey = await eventually(async () => {
      const { data } = await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, 'ryhov-med-3');
      return data?.patientJourney ?? undefined;
    }, 'the journey in GraphQL');

    expect(journey).toEqual({
      patientId,
      status: 'IN_HOSPITAL',
      eventCount: 1,
      // ryhov-akm reported the admission; only the ward it admitted to takes part.
      careLinkIds: ['ryhov-med-3'],
      stay: {
        stayId: `stay-${patientId}`,
        wardCareLinkId: 'ryhov-med-3',
        admittedAt: '2026-11-23T06:40:00.000Z',
        medicallyReadySince: null,
        dischargedAt: null,
      },
      timeline: [
        {
          eventId: admission.eventId,
          type: 'PatientAdmitted',
          occurredAt: '2026-11-23T06:40:00.000Z',
          careLinkId: 'ryhov-akm',
          summary: 'Admitted to ryhov-med-3 (emergency)',
        },
      ],
    });
  });

  it('refuses a care link with no care relationship, and audits both reads', async () => {
    const patientId = uniquePatientId();
    await platform.submit(careEvents.admitted(patientId));
    await eventually(
      async () =>
        (await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, 'ryhov-med-3')).data
          ?.patientJourney ?? undefined,
      'the journey',
    );

    const refused = await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, 'vc-tranas');
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: 'Care link vc-tranas has no care relationship with this patient',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);

    const prisma = createPrismaClient(platform.db.url, 1);
    const audit = await prisma.accessAudit.findMany({ where: { patientId }, orderBy: { id: 'asc' } });
    await prisma.$disconnect();
    expect(audit.at(-1)).toMatchObject({
      careLinkId: 'vc-tranas',
      allowed: false,
      reason: 'no care relationship',
      actorId: 'nurse-e2e',
    });
    expect(audit.some((a) => a.careLinkId === 'ryhov-med-3' && a.allowed)).toBe(true);
  });

  it('names a malformed patient id argument', async () => {
    const res = await platform.graphql<JourneyView>(
      JOURNEY_QUERY,
      { patientId: '19381123-1234' },
      'ryhov-akm',
    );
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^patientId: patientId looks like a personal identity number/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
