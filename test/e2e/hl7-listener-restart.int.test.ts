import { Hl7Client } from '@medplum/hl7';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  ackOf,
  ADT_MAPPING_FILE,
  adtMessage,
  createTestDatabase,
  sendAdt,
  startServiceProcess,
  testIdentityKey,
  uniquePatientId,
  type RunningService,
  type TestDatabase,
} from '@carechain/testing';

const PATIENTS_PER_ENGINE = 6;
const CRASH_AFTER_ACKS = 12;

describe('the HL7 listener crashes in the middle of a stream of ADT messages and is started again', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let listener: RunningService;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, 1);
    env = {
      ...process.env,
      DATABASE_URL: db.url,
      IDENTITY_ENCRYPTION_KEY: testIdentityKey,
      HL7_MAPPING_FILE: ADT_MAPPING_FILE,
      // Any free port at first; the restart takes the one the listener reported.
      HL7_MLLP_PORT: '0',
      HL7_MLLP_HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    };
    listener = await startServiceProcess('hl7-listener', env);
    env.HL7_MLLP_PORT = String(listener.ports.mllp);
  });

  afterAll(async () => {
    await listener?.stop();
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('has stored every message it acknowledged, and each resent one once', async () => {
    const streams = [0, 1].map((engine) =>
      Array.from({ length: PATIENTS_PER_ENGINE }, uniquePatientId).flatMap((patientId) => {
        const stay = { patientId, stayId: `V-${patientId}` };
        return [
          adtMessage({
            ...stay,
            trigger: 'A01',
            controlId: `${patientId}-1`,
            ward: 'AKM',
            at: '202611160740',
          }),
          adtMessage({
            ...stay,
            trigger: 'A02',
            controlId: `${patientId}-2`,
            ward: 'MED3',
            priorWard: 'AKM',
            at: '202611161200',
          }),
          adtMessage({
            ...stay,
            trigger: 'A03',
            controlId: `${patientId}-3`,
            ward: 'MED3',
            at: '202611201400',
          }),
        ].map((text) => ({ text, controlId: text.split('|')[9], engine }));
      }),
    );
    const ackedBeforeCrash: string[] = [];
    const ackedAfter: string[] = [];
    let crash: Promise<void> | undefined;

    // Like an interface engine: one connection each, one message at a time, resend until ACKed.
    const engine = async (stream: { text: string; controlId: string }[]) => {
      const client = new Hl7Client({ host: '127.0.0.1', port: Number(env.HL7_MLLP_PORT) });
      try {
        for (const { text, controlId } of stream) {
          for (;;) {
            const ack = await sendAdt(client, text).catch(() => undefined);
            if (ack) {
              expect(ackOf(ack)).toMatchObject({ code: 'AA', controlId });
              (crash ? ackedAfter : ackedBeforeCrash).push(controlId);
              if (!crash && ackedBeforeCrash.length === CRASH_AFTER_ACKS) crash = restartAfterCrash();
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await client.close();
      }
    };
    const restartAfterCrash = async () => {
      await listener.crash();
      listener = await startServiceProcess('hl7-listener', env);
    };

    await Promise.all(streams.map(engine));
    await crash;

    const stored = await prisma.careEvent.findMany({ select: { idempotencyKey: true } });
    const storedControlIds = stored.map(
      (e) => JSON.parse(e.idempotencyKey.replace(/^hl7v2:/, ''))[2] as string,
    );
    const all = streams.flat().map((m) => m.controlId);
    expect(ackedBeforeCrash.length).toBeGreaterThanOrEqual(CRASH_AFTER_ACKS);
    expect(ackedAfter.length).toBeGreaterThan(0);
    expect(storedControlIds).toEqual(expect.arrayContaining(ackedBeforeCrash));
    expect(storedControlIds.sort()).toEqual([...all].sort());
    expect(await prisma.outboxMessage.count()).toBe(all.length);
  });
});
