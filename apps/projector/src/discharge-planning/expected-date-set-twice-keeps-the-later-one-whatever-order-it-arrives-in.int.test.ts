import { topics } from '@carechain/contracts';
import { CareEventStore, type PrismaClient } from '@carechain/persistence';
import { careEventEnvelope, uniquePatientId } from '@carechain/testing';
import { ProjectorUnderTest } from '../read-models/projector-under-test';

const WARD = 'ryhov-med-3';
const MUNICIPALITY = 'jkpg-home-care-south';

describe('the discharge-planning projection: the ward moves the expected discharge date, calls a meeting, and the municipality reports', () => {
  let projector: ProjectorUnderTest;
  let prisma: PrismaClient;
  const patientId = uniquePatientId();
  const stayId = `V-${patientId}`;

  beforeAll(async () => {
    projector = await ProjectorUnderTest.start();
    prisma = projector.prisma;
  });

  afterAll(() => projector?.stop());

  const planning = async () => ({
    stay: await prisma.dischargePlanning.findUnique({
      where: { patientId_stayId: { patientId, stayId } },
      select: { expectedDischargeDate: true, municipalStatusReported: true },
    }),
    meetings: await prisma.planningMeeting.findMany({
      where: { patientId, stayId },
      orderBy: { sequence: 'asc' },
      select: { meetingId: true, mode: true, calledByCareLinkId: true, participantCareLinkIds: true },
    }),
  });
  const expected = {
    stay: { expectedDischargeDate: '2026-11-30', municipalStatusReported: true },
    meetings: [
      {
        meetingId: 'meeting-1',
        mode: 'video',
        calledByCareLinkId: WARD,
        participantCareLinkIds: [WARD, MUNICIPALITY],
      },
    ],
  };

  it('keeps the date set last in the store when the earlier one is applied after it (a catch-up)', async () => {
    await new CareEventStore(prisma, { topic: topics.careEvents, headers: () => ({}) }).append([
      careEventEnvelope('ExpectedDischargeDateSet', patientId, '2026-11-24T09:00:00+01:00', WARD, {
        stayId,
        expectedDischargeDate: '2026-11-27',
      }),
      careEventEnvelope('MunicipalStatusReported', patientId, '2026-11-24T10:00:00+01:00', MUNICIPALITY, {
        stayId,
        supportBeforeAdmission: ['home-help'],
      }),
      careEventEnvelope('PlanningMeetingCalled', patientId, '2026-11-24T11:00:00+01:00', WARD, {
        stayId,
        meetingId: 'meeting-1',
        at: '2026-11-25T13:00:00+01:00',
        mode: 'video',
        participantCareLinkIds: [WARD, MUNICIPALITY],
        patientTakesPart: true,
        relativesInvited: false,
      }),
      careEventEnvelope('ExpectedDischargeDateSet', patientId, '2026-11-25T14:00:00+01:00', WARD, {
        stayId,
        expectedDischargeDate: '2026-11-30',
      }),
    ] as never);
    const [first, ...later] = await projector.published();
    await projector.readModels.apply(later);
    await projector.readModels.apply([first]);
    expect(await planning()).toEqual(expected);
  });

  it('changes nothing when the events are delivered again, and a replay gives the same', async () => {
    await projector.readModels.apply(await projector.published());
    expect(await planning()).toEqual(expected);
    await projector.readModels.rebuild();
    expect(await planning()).toEqual(expected);
  });
});
