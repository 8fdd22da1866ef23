import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

const SAVE_SPECIFICATION = `mutation($input: HandoverSpecificationInput!) {
  saveHandoverSpecification(input: $input) { specificationId }
}`;
const WARD = 'ryhov-med-3';
// Where the test care events send a patient ready for discharge.
const HOME_CARE = 'jkpg-home-care-south';
const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();

describe('handovers go to the care links taking part as of their trigger, and hold what triggered them', () => {
  let platform: RunningPlatform;
  let prisma: PrismaClient;

  const submit = async (...events: object[]) => {
    for (const e of events) expect((await platform.submit(e)).status).toBe(201);
  };
  const packagesOf = (patientId: string) =>
    prisma.handoverPackage.findMany({
      where: { patientId },
      select: { receivingCareLinkId: true, trigger: true, data: true, missing: true },
      orderBy: [{ trigger: 'asc' }, { receivingCareLinkId: 'asc' }],
    });
  const packageFor = (patientId: string, receivingCareLinkId: string, trigger: string) =>
    eventually(
      async () =>
        (await prisma.handoverPackage.findFirst({ where: { patientId, receivingCareLinkId, trigger } })) ??
        undefined,
      `the ${trigger} package to ${receivingCareLinkId}`,
    );

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    prisma = createPrismaClient(platform.db.url, 1);
    // Home care asks to hear of admissions of its patients and of their readiness; the ward of its admissions.
    for (const [careLinkId, input] of [
      [HOME_CARE, { specificationId: 'home-care-admission', trigger: 'admission' }],
      [HOME_CARE, { specificationId: 'home-care-ready', trigger: 'medically-ready' }],
      [WARD, { specificationId: 'ward-admission', trigger: 'admission' }],
    ] as const) {
      const { errors } = await platform.graphql(
        SAVE_SPECIFICATION,
        {
          input: {
            ...input,
            name: input.specificationId,
            document: '{ patient { patientId stay { medicallyReadySince } } }',
          },
        },
        careLinkId,
      );
      expect(errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await platform?.stop();
  });

  describe('admission and ready sent seconds apart vs minutes apart', () => {
    const [secondsApart, minutesApart] = [uniquePatientId(), uniquePatientId()];

    beforeAll(async () => {
      // Back to back: the ready notice naming home care is stored before the admission is handed over.
      await submit(
        careEvents.admitted(secondsApart, hoursAgo(3), WARD),
        careEvents.medicallyReady(secondsApart, hoursAgo(1)),
      );
      // Apart: the admission is handed over before the ready notice arrives.
      await submit(careEvents.admitted(minutesApart, hoursAgo(3), WARD));
      await packageFor(minutesApart, WARD, 'admission');
      await submit(careEvents.medicallyReady(minutesApart, hoursAgo(1)));
      // A patient's events are handed over in order: once the ready package exists, the admission's are decided.
      await packageFor(secondsApart, HOME_CARE, 'medically-ready');
      await packageFor(minutesApart, HOME_CARE, 'medically-ready');
    });

    it('hands over to the same care links either way', async () => {
      const recipients = async (patientId: string) =>
        (await packagesOf(patientId)).map((p) => `${p.trigger} to ${p.receivingCareLinkId}`);
      expect(await recipients(secondsApart)).toEqual([
        `admission to ${WARD}`,
        `medically-ready to ${HOME_CARE}`,
      ]);
      expect(await recipients(minutesApart)).toEqual(await recipients(secondsApart));
    });
  });

  describe('ready notice carries its ready time', () => {
    const esther = uniquePatientId();

    it('fills medicallyReadySince when the ward’s clock runs ahead of Carechain’s', async () => {
      await submit(careEvents.admitted(esther, hoursAgo(26), WARD));
      await packageFor(esther, WARD, 'admission');
      // Recorded a few seconds ahead: the package is built before the ready time has come.
      const readyAt = new Date(Date.now() + 5_000).toISOString();
      await submit(careEvents.medicallyReady(esther, readyAt));
      const delivered = await packageFor(esther, HOME_CARE, 'medically-ready');
      expect(delivered.data).toEqual({
        patient: { patientId: esther, stay: { medicallyReadySince: readyAt } },
      });
      expect(delivered.missing).toEqual([]);
    });
  });
});
