import { deadLetterHeaders, topics } from '@carechain/contracts';
import {
  careEvents,
  collectMessages,
  eventually,
  produceMessages,
  uniquePatientId,
} from '@carechain/testing';
import { startIntake } from './intake-under-test';

// An EHR's date field left at its zero value: a year PostgreSQL does not have.
const yearZero = '0000-01-01T00:00:00Z';
const problem = { path: 'occurredAt', message: 'must be in the year 1900 or later' };

describe('an EHR sends an admission dated in the year 0000', () => {
  let intake: Awaited<ReturnType<typeof startIntake>>;

  beforeAll(async () => {
    intake = await startIntake();
  });

  afterAll(() => intake?.stop());

  it('refuses that admission naming occurredAt, and stores the rest of the batch (207)', async () => {
    const patientId = uniquePatientId();
    const zeroDated = { ...careEvents.admitted(patientId), occurredAt: yearZero };
    const ready = careEvents.medicallyReady(patientId, '2026-11-18T10:00:00+01:00');

    const res = await intake.post('/care-events/batch', { events: [zeroDated, ready] }).expect(207);

    expect(res.body.results).toEqual([
      { index: 0, status: 'rejected', eventId: zeroDated.eventId, problems: [problem] },
      expect.objectContaining({ index: 1, status: 'accepted' }),
    ]);
    const stored = await intake.prisma.careEvent.findMany({ where: { patientId } });
    expect(stored.map((e) => e.eventId)).toEqual([ready.eventId]);
  });

  it('dead-letters that command with the field at fault and stores the next one on its partition', async () => {
    const patientId = uniquePatientId();
    const zeroDated = { ...careEvents.admitted(patientId), occurredAt: yearZero };
    const next = careEvents.medicallyReady(patientId, '2026-11-18T10:00:00+01:00');

    await produceMessages(
      intake.brokers,
      topics.careEventCommands,
      [zeroDated, next].map((event) => ({ key: patientId, value: JSON.stringify(event) })),
    );

    await eventually(
      async () =>
        (await intake.prisma.careEvent.count({ where: { eventId: next.eventId } })) ? true : undefined,
      'the command after the zero-dated one stored',
    );
    const [dead] = await collectMessages(intake.brokers, topics.careEventCommandsDeadLetter, 1);
    expect(dead.headers![deadLetterHeaders.reason]!.toString()).toBe(`${problem.path}: ${problem.message}`);
  });
});
