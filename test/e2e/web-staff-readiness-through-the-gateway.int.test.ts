import { careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

const WARD = 'ryhov-med-5';
const MARK = `mutation($input: MarkMedicallyReadyInput!) {
  markMedicallyReady(input: $input) { ready readyAt expectedDestinationCareLinkId recordedByCareLinkId }
}`;
const WITHDRAW = `mutation($input: WithdrawMedicallyReadyInput!) {
  withdrawMedicallyReady(input: $input) { ready reason }
}`;
const READY_SINCE = 'query($p: ID!) { patientJourney(patientId: $p) { stay { medicallyReadySince } } }';

describe('the staff workspace marks a patient medically ready and withdraws it through the gateway', () => {
  let platform: RunningPlatform;
  const esther = uniquePatientId();
  const stayId = `stay-${esther}`;

  const readySince = async () =>
    (
      await platform.graphql<{ patientJourney: { stay: { medicallyReadySince: string | null } } | null }>(
        READY_SINCE,
        { p: esther },
        WARD,
      )
    ).data?.patientJourney?.stay.medicallyReadySince;

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    expect(
      (
        await platform.submit(
          careEvents.admitted(esther, new Date(Date.now() - 86_400_000).toISOString(), WARD),
        )
      ).status,
    ).toBe(201);
    await eventually(async () => ((await readySince()) === null ? true : undefined), 'the admission');
  });

  afterAll(async () => platform?.stop());

  it('lets one of two nurses marking her ready at once succeed; the other is told who did it first', async () => {
    const readyAt = new Date(Date.now() - 3_600_000).toISOString();
    const input = { patientId: esther, stayId, readyAt, expectedDestinationCareLinkId: 'habo-home-care' };
    const answers = await Promise.all([
      platform.graphql<{ markMedicallyReady: object }>(MARK, { input }, WARD),
      platform.graphql<{ markMedicallyReady: object }>(MARK, { input }, WARD),
    ]);
    const accepted = answers.filter((a) => a.data?.markMedicallyReady);
    const refused = answers.filter((a) => a.errors);
    expect(accepted).toHaveLength(1);
    expect(accepted[0].data?.markMedicallyReady).toEqual({
      ready: true,
      readyAt: expect.stringMatching(/^\d{4}-/),
      expectedDestinationCareLinkId: 'habo-home-care',
      recordedByCareLinkId: WARD,
    });
    expect(refused[0].errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^input\.stayId: the patient is medically ready already, since .* \(recorded by ryhov-med-5\)/,
      ),
      extensions: { code: 'CONFLICT' },
    });
    expect(
      Date.parse(await eventually(async () => (await readySince()) ?? undefined, 'ready in the journey')),
    ).toBe(Date.parse(readyAt));
  });

  it('asks why when readiness is withdrawn without a reason, naming the field', async () => {
    const { errors } = await platform.graphql(
      WITHDRAW,
      { input: { patientId: esther, stayId, reason: '' } },
      WARD,
    );
    expect(errors?.[0]).toMatchObject({
      message: 'input.reason: say why readiness was withdrawn',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('withdraws it, and refuses a second withdrawal as a conflict', async () => {
    const input = { patientId: esther, stayId, reason: 'Ny feber, behöver iv-antibiotika' };
    const { data } = await platform.graphql<{ withdrawMedicallyReady: object }>(WITHDRAW, { input }, WARD);
    expect(data?.withdrawMedicallyReady).toEqual({ ready: false, reason: input.reason });
    await eventually(async () => ((await readySince()) === null ? true : undefined), 'readiness withdrawn');
    const again = await platform.graphql(WITHDRAW, { input }, WARD);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses a care link without a care relationship, and an unknown stay', async () => {
    const elsewhere = await platform.graphql(MARK, { input: { patientId: esther, stayId } }, 'varnamo-med-1');
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await platform.graphql(MARK, { input: { patientId: esther, stayId: 'stay-none' } }, WARD);
    expect(unknown.errors?.[0]).toMatchObject({
      message: "input.stayId: no stay 'stay-none' of this patient",
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
