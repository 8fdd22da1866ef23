import { deadLetterHeaders, topics } from '@carechain/contracts';
import { careEventEnvelope, collectMessages, eventually, uniquePatientId } from '@carechain/testing';
import { startIntake } from './intake-under-test';

const furosemid = {
  text: 'Furosemid 40 mg tablett',
  coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
};
const listChange = (patientId: string, listVersion: number, ...changes: object[]) =>
  careEventEnvelope('MedicationListChanged', patientId, '2026-11-17T09:30:00+01:00', 'jkpg-ehr', {
    listVersion,
    changes,
  });
const started = { action: 'added', medication: furosemid, dose: '40 mg', frequency: 'once daily' };
const raised = { action: 'dose-changed', medication: furosemid, dose: '80 mg' };
const stopped = { action: 'stopped', medication: furosemid };
const carePlan = (patientId: string, version: number) =>
  careEventEnvelope('CarePlanUpdated', patientId, '2026-11-20T13:00:00+01:00', 'jkpg-ehr', {
    carePlanId: `sip-${patientId}`,
    version,
    goals: ['Klara mig själv hemma'],
    actions: [],
  });

describe('medicine-list changes and care-plan versions made against an older version, through the intake', () => {
  let intake: Awaited<ReturnType<typeof startIntake>>;
  const post = (body: object) => intake.post('/care-events', body);
  const stored = (patientId: string) =>
    intake.prisma.careEvent.findMany({ where: { patientId }, orderBy: { sequence: 'asc' } });

  beforeAll(async () => {
    intake = await startIntake();
  });

  afterAll(() => intake?.stop());

  it('an EHR stopping Furosemid from version 1 after the ward raised its dose gets 409 naming payload.listVersion', async () => {
    const patientId = uniquePatientId();
    await post(listChange(patientId, 0, started)).expect(201);
    await post(listChange(patientId, 1, raised)).expect(201);
    const stale = listChange(patientId, 1, stopped);
    const res = await post(stale).expect(409);
    expect(res.body).toEqual({
      status: 'conflict',
      eventId: stale.eventId,
      path: 'payload.listVersion',
      message: expect.stringMatching(
        /^payload\.listVersion: the list is at version 2, not 1; jkpg-ehr changed it last, at \S+\. Reload the list/,
      ),
    });
    expect((await stored(patientId)).map((e) => e.eventId)).not.toContain(stale.eventId);
    await post(listChange(patientId, 2, stopped)).expect(201);
  });

  it('stopping a medicine that is not on the list is refused with 400 naming the change', async () => {
    const patientId = uniquePatientId();
    await post(listChange(patientId, 0, started)).expect(201);
    const res = await post(
      listChange(patientId, 1, { action: 'stopped', medication: { text: 'Waran 2,5 mg' } }),
    ).expect(400);
    expect(res.body.problems).toEqual([
      {
        path: 'payload.changes.0.medication',
        message: "'Waran 2,5 mg' is not on the list, so there is nothing to stop",
      },
    ]);
    expect(await stored(patientId)).toHaveLength(1);
  });

  it('a resubmitted change is answered as a duplicate even after the list moved on', async () => {
    const patientId = uniquePatientId();
    const first = listChange(patientId, 0, started);
    await post(first).expect(201);
    await post(listChange(patientId, 1, raised)).expect(201);
    expect((await post(first).expect(200)).body.status).toBe('duplicate');
  });

  it('a care plan version made from an older plan gets 409 naming payload.version', async () => {
    const patientId = uniquePatientId();
    await post(carePlan(patientId, 1)).expect(201);
    await post(carePlan(patientId, 2)).expect(201);
    const res = await post(carePlan(patientId, 2)).expect(409);
    expect(res.body).toMatchObject({
      status: 'conflict',
      path: 'payload.version',
      message: expect.stringMatching(
        /^payload\.version: the care plan is at version 2, so the next version is 3, not 2/,
      ),
    });
  });

  it('two changes from the same version sent at once in a batch and singly: one is stored, the other refused', async () => {
    const patientId = uniquePatientId();
    await post(listChange(patientId, 0, started)).expect(201);
    const [a, b] = [listChange(patientId, 1, raised), listChange(patientId, 1, stopped)];
    const answers = await Promise.all([post(a), post(b)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await stored(patientId)).toHaveLength(2);

    const batch = await intake
      .post('/care-events/batch', {
        events: [listChange(patientId, 2, stopped), listChange(patientId, 2, raised)],
      })
      .expect(207);
    expect(batch.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'conflict']);
  });

  it('a stale change and an invalid one on the Kafka command topic are dead-lettered with the reason', async () => {
    const patientId = uniquePatientId();
    await post(listChange(patientId, 0, started)).expect(201);
    const valid = listChange(patientId, 1, raised);
    await intake.sendCommands(patientId, [
      listChange(patientId, 0, stopped),
      listChange(patientId, 1, { ...started, dose: undefined }),
      valid,
    ]);

    await eventually(
      async () =>
        (await intake.prisma.careEvent.count({ where: { eventId: valid.eventId } })) ? true : undefined,
      'the change made against the current version stored',
    );
    const dead = await collectMessages(intake.brokers, topics.careEventCommandsDeadLetter, 2);
    expect(dead.map((m) => m.headers![deadLetterHeaders.reason]!.toString())).toEqual([
      expect.stringMatching(/^payload\.listVersion: the list is at version 1, not 0; /),
      "payload.changes.0.medication: 'Furosemid 40 mg tablett' is already on the list; change its dose instead",
    ]);
    expect(await stored(patientId)).toHaveLength(2);
  });
});
