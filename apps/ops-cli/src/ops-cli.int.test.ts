import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { topics } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  careEventEnvelope,
  careEvents,
  createTestDatabase,
  eventually,
  serviceEnv,
  startServiceProcess,
  startTestBroker,
  uniquePatientId,
  type RunningBroker,
  type RunningService,
  type TestDatabase,
} from '@carechain/testing';

const workspaceRoot = join(__dirname, '..', '..', '..');
const JOURNEY = `query($patientId: ID!) { patientJourney(patientId: $patientId) { status eventCount stay { wardCareLinkId dischargedAt } } }`;

interface Run {
  code: number;
  out: string;
}

describe('the operations CLI against a running platform', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let services: RunningService[];
  let intake: RunningService;
  let gateway: RunningService;
  let prisma: PrismaClient;
  let env: NodeJS.ProcessEnv;
  const discharged = uniquePatientId();
  const waiting = uniquePatientId();
  const transferred = uniquePatientId();

  /** `npm run ops -- <args>` as a process of its own; stdout and stderr together, as an operator sees them. */
  const ops = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [require.resolve('tsx/cli'), '--tsconfig', 'tsconfig.base.json', 'apps/ops-cli/src/main.ts', ...args],
        { cwd: workspaceRoot, env },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 2) : 0, out: stdout + stderr }),
      );
    });

  const submit = async (event: object) => {
    const res = await fetch(`${intake.url}/care-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect(res.status).toBe(201);
  };

  const journeyOf = async (patientId: string) => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-carechain-actor': 'nurse-e2e',
        'x-carechain-care-link': 'ryhov-med-3',
      },
      body: JSON.stringify({ query: JOURNEY, variables: { patientId } }),
    });
    return (
      (await res.json()) as {
        data?: {
          patientJourney: { status: string; eventCount: number; stay: { wardCareLinkId: string } | null };
        };
      }
    ).data?.patientJourney;
  };

  /** Every read model has applied every stored event. */
  const projected = async () => {
    const stored = await prisma.careEvent.count();
    return (await prisma.projectionCheckpoint.count()) === stored ? stored : undefined;
  };

  const patientIds = () => [discharged, waiting, transferred];

  beforeAll(async () => {
    db = await createTestDatabase();
    broker = await startTestBroker();
    env = serviceEnv(db.url, broker.brokers);
    services = await Promise.all(
      (['care-events', 'projector', 'gateway'] as const).map((name) => startServiceProcess(name, env)),
    );
    [intake, , gateway] = services;
    prisma = createPrismaClient(db.url, 2);

    for (const event of [
      careEvents.admitted(discharged, '2026-11-16T07:40:00+01:00', 'ryhov-med-3'),
      careEvents.transferred(discharged, '2026-11-17T09:00:00+01:00', 'ryhov-med-3', 'ryhov-med-2'),
      careEvents.medicallyReady(discharged, '2026-11-18T10:00:00+01:00'),
      careEvents.discharged(discharged, '2026-11-21T14:00:00+01:00'),
      careEvents.admitted(waiting, '2026-11-18T22:10:00+01:00', 'ryhov-med-3'),
      careEvents.medicallyReady(waiting, '2026-11-20T11:00:00+01:00'),
      careEventEnvelope('MedicationListChanged', waiting, '2026-11-19T08:00:00+01:00', 'ryhov-med-3', {
        listVersion: 0,
        changes: [
          {
            action: 'added',
            medication: { text: 'Furosemid 40 mg tablett' },
            dose: '40 mg',
            frequency: 'once daily',
            reason: 'heart failure',
          },
        ],
      }),
      careEvents.admitted(transferred, '2026-11-19T03:00:00+01:00', 'ryhov-med-3'),
      careEvents.transferred(transferred, '2026-11-20T13:00:00+01:00', 'ryhov-med-3', 'ryhov-med-2'),
    ]) {
      await submit(event);
    }
    await eventually(projected, 'every read model applying every stored event');
  }, 240_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await Promise.all((services ?? []).map((s) => s.stop()));
    await broker?.stop();
    await db?.drop();
  });

  it('verify finds the live read models equal to a replay of the event store, and prints no patient id', async () => {
    const run = await ops('verify');
    expect(run).toMatchObject({
      code: 0,
      out: expect.stringContaining('the live read models equal a replay of the event store'),
    });
    expect(run.out).toMatch(/patient_journey +live 3 +replayed 3 +differing 0/);
    expect(run.out).toMatch(/unnecessary_day +live \d+ +replayed \d+ +differing 0/);
    for (const patientId of patientIds()) expect(run.out).not.toContain(patientId);
  }, 120_000);

  it('verify exits 1 naming the tables a damaged read model differs in, and rebuild repairs them while the projector runs', async () => {
    await prisma.$executeRaw`DELETE FROM patient_journey WHERE patient_id = ${discharged}`;
    await prisma.$executeRaw`UPDATE stay SET ward_care_link_id = 'ryhov-nowhere' WHERE patient_id = ${transferred}`;

    const damaged = await ops('verify');
    expect(damaged).toMatchObject({
      code: 1,
      out: expect.stringContaining('differ from a replay of the event store in patient_journey, stay'),
    });
    expect(damaged.out).toMatch(/patient_journey +live 2 +replayed 3 +differing 1/);
    expect(damaged.out).toMatch(/stay +live 3 +replayed 3 +differing 1/);
    for (const patientId of patientIds()) expect(damaged.out).not.toContain(patientId);

    // The projector keeps applying new events while the journeys are rebuilt beside it.
    const latecomer = uniquePatientId();
    const [rebuilt] = await Promise.all([
      ops('rebuild', '--model', 'journeys'),
      (async () => {
        await submit(careEvents.admitted(latecomer, '2026-11-22T08:00:00+01:00', 'ryhov-med-3'));
        await submit(careEvents.medicallyReady(latecomer, '2026-11-23T09:00:00+01:00'));
      })(),
    ]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out).toMatch(/rebuilt journeys from \d+ stored events/);
    expect(rebuilt.out).toMatch(/patient_journey +\d+ rows/);
    expect(
      await eventually(
        async () => ((await journeyOf(latecomer))?.eventCount === 2 ? true : undefined),
        'the latecomer in GraphQL',
      ),
    ).toBe(true);

    const journeysOnly = await ops('verify', '--model', 'journeys');
    expect(journeysOnly.code).toBe(0);
    expect(journeysOnly.out).toMatch(/patient_journey +live 4 +replayed 4 +differing 0/);
    expect((await ops('verify', '--model', 'stays')).code).toBe(1);

    expect(await ops('rebuild', '--model', 'stays')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/stay +4 rows/),
    });
    await eventually(projected, 'every stored event applied again');
    expect(await ops('verify')).toMatchObject({ code: 0 });
    expect(await journeyOf(discharged)).toMatchObject({ status: 'DISCHARGED', eventCount: 4 });
    expect((await journeyOf(transferred))?.stay?.wardCareLinkId).toBe('ryhov-med-2');
    expect(
      await prisma.stay.findFirst({ where: { patientId: transferred }, select: { wardCareLinkId: true } }),
    ).toEqual({ wardCareLinkId: 'ryhov-med-2' });
  }, 300_000);

  it('rebuild and verify refuse a read model that does not exist', async () => {
    for (const command of ['rebuild', 'verify']) {
      expect(await ops(command, '--model', 'wards')).toEqual({
        code: 2,
        out: expect.stringContaining(
          'unknown read model wards: one of journeys, stays, medicine-lists, care-plans, discharge-planning or all',
        ),
      });
    }
  }, 60_000);

  it('dlq list shows why a message was dead-lettered without its content, and dlq replay publishes it again marked as a replay', async () => {
    const kafka = new Kafka({
      clientId: 'ops-cli-test',
      brokers: [broker.brokers],
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: topics.careEvents,
      messages: [{ key: 'pat-broken', value: 'Anna Andersson 19121212-1212 {' }],
    });
    await producer.disconnect();

    const listed = await eventually(async () => {
      const run = await ops('dlq', 'list');
      return run.out.includes('care.events.v1') ? run : undefined;
    }, 'the malformed message on the dead-letter topic');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^position +failed-at +event-type +original +group +replay-of +reason$/m);
    expect(listed.out).toMatch(
      /care\.events\.v1:\d+:\d+ +carechain\.projector +- +message value is not valid JSON/,
    );
    expect(listed.out).not.toContain('Andersson');
    expect(listed.out).not.toContain('pat-broken');
    const position = listed.out.split('\n')[1].split(' ')[0];
    expect(position).toMatch(/^\d+:\d+$/);

    const replayed = await ops('dlq', 'replay', position);
    expect(replayed).toMatchObject({ code: 0 });
    expect(replayed.out).toContain(`replayed care.events.dlq.v1 ${position} to care.events.v1`);
    expect(replayed.out).toContain('1 dead letters replayed');

    // Still malformed: the projector dead-letters the replay again, which records what it replayed.
    const again = await eventually(async () => {
      const run = await ops('dlq', 'list', '--limit', '50');
      return run.out.includes(`care.events.dlq.v1:${position}`) ? run : undefined;
    }, 'the replayed message dead-lettered again');
    expect(again.out).toMatch(
      new RegExp(
        `care\\.events\\.v1:\\d+:\\d+ +carechain\\.[a-z.-]+ +care\\.events\\.dlq\\.v1:${position} +message value is not valid JSON`,
      ),
    );

    expect(await ops('dlq', 'replay', '2:999999')).toMatchObject({
      code: 2,
      out: expect.stringContaining('not on care.events.dlq.v1: 2:999999'),
    });
  }, 180_000);

  it('lag shows the projector group caught up on every partition once it is quiet', async () => {
    const run = await eventually(async () => {
      const lag = await ops('lag', '--group', 'carechain.projector');
      return lag.out.includes('carechain.projector: total lag 0') ? lag : undefined;
    }, 'the projector at lag 0');
    expect(run.code).toBe(0);
    const rows = run.out.split('\n').filter((line) => line.startsWith('carechain.projector '));
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      const [, topic, , committed, end, lag] = row.split(/ +/);
      expect({ topic, lag }).toEqual({ topic: 'care.events.v1', lag: '0' });
      expect(committed === end || (committed === '-' && end === '0')).toBe(true);
    }
    expect(rows.some((row) => Number(row.split(/ +/)[4]) > 0)).toBe(true);
  }, 120_000);
});
