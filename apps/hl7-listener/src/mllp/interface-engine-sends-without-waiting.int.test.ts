import type { INestApplication } from '@nestjs/common';
import { Batch, Client, Message, type InboundResponse } from 'node-hl7-client';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import {
  ADT_MAPPING_FILE,
  adtMessage,
  createTestDatabase,
  eventually,
  freePort,
  testIdentityKey,
  uniquePatientId,
  type TestDatabase,
} from '@carechain/testing';
import { Hl7ListenerModule } from '../hl7-listener.module';

// node-hl7-client is an MLLP sender nobody here wrote; without waiting for ACKs it writes
// frames back to back, which TCP coalesces and splits as it likes.
const admission = (patientId: string, controlId: string) =>
  adtMessage({
    patientId,
    stayId: `V-${patientId}`,
    sendingApplication: 'COSMIC',
    controlId,
    trigger: 'A01',
    ward: 'AKM',
    at: '202611160740',
  });

/** A connection that sends without waiting, and the MSA-1 and MSA-2 of every answer in the order they came. */
function pipelined(client: Client, port: number) {
  const answers: { code: string; controlId: string }[] = [];
  const connection = client.createConnection({ port, waitAck: false }, async (res: InboundResponse) => {
    const msa = res.getMessage();
    answers.push({ code: msa.get('MSA.1').toString(), controlId: msa.get('MSA.2').toString() });
  });
  const received = (count: number) =>
    eventually(async () => (answers.length >= count ? true : undefined), `${count} ACKs`, 30_000);
  return { connection, answers, received };
}
describe('an interface engine that sends without waiting for each ACK', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let prisma: PrismaClient;
  let client: Client;
  let mllpPort: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    mllpPort = await freePort();
    const { module } = Hl7ListenerModule.fromEnv({
      DATABASE_URL: db.url,
      HL7_MAPPING_FILE: ADT_MAPPING_FILE,
      IDENTITY_ENCRYPTION_KEY: testIdentityKey,
      HL7_MLLP_PORT: String(mllpPort),
      HL7_MLLP_HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    });
    app = await createService({ module, port: 0 });
    await app.init();
    prisma = createPrismaClient(db.url, 2);
    client = new Client({ host: '127.0.0.1' });
  });

  afterAll(async () => {
    client?.closeAll();
    await app?.close();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const storedCounts = async (patients: string[]) => {
    const stored = await prisma.careEvent.groupBy({
      by: ['patientId', 'type'],
      where: { patientId: { in: patients } },
      _count: true,
    });
    return Object.fromEntries(stored.map((s) => [`${s.patientId} ${s.type}`, s._count]));
  };

  it('stores every message once and answers each AA, in the order sent', async () => {
    const acks: string[] = [];
    const connection = client.createConnection(
      { port: mllpPort, waitAck: false },
      async (res: InboundResponse) => {
        acks.push(res.getMessage().get('MSA.2').toString());
      },
    );
    const patients = Array.from({ length: 40 }, () => uniquePatientId());
    const controlIds = patients.map((_, i) => `BURST-${i}-${Date.now()}`);
    for (const [i, patientId] of patients.entries()) {
      const text = admission(patientId, controlIds[i]);
      await connection.sendMessage(new Message({ text }));
    }
    await eventually(
      async () => (acks.length >= patients.length ? true : undefined),
      `${patients.length} ACKs`,
      30_000,
    );
    expect(acks).toEqual(controlIds);
    const stored = await prisma.careEvent.groupBy({
      by: ['patientId'],
      where: { patientId: { in: patients } },
      _count: true,
    });
    expect(stored).toHaveLength(patients.length);
    expect(stored.every((s) => s._count === 1)).toBe(true);
    await connection.close();
  });

  it('stores each message of a BHS batch once and answers each in the batch ACK', async () => {
    const { connection, answers, received } = pipelined(client, mllpPort);
    const patients = Array.from({ length: 3 }, () => uniquePatientId());
    const batch = new Batch();
    for (const patientId of patients)
      batch.add(new Message({ text: admission(patientId, `BATCH-${patientId}`) }));
    batch.end();
    await connection.sendMessage(batch);
    await received(3);
    expect(answers).toEqual(patients.map((p) => ({ code: 'AA', controlId: `BATCH-${p}` })));
    expect(Object.values(await storedCounts(patients))).toEqual([1, 1, 1]);
    await connection.close();
  });

  it('answers an engine in enhanced mode with a commit ACK and then the application ACK for each message', async () => {
    const { connection, answers, received } = pipelined(client, mllpPort);
    const patients = Array.from({ length: 5 }, () => uniquePatientId());
    for (const patientId of patients) {
      const text = admission(patientId, `ENH-${patientId}`).replace('|||||SWE', '|||AL|AL|SWE');
      await connection.sendMessage(new Message({ text }));
    }
    await received(10);
    expect(answers).toEqual(
      patients.flatMap((p) => [
        { code: 'CA', controlId: `ENH-${p}` },
        { code: 'AA', controlId: `ENH-${p}` },
      ]),
    );
    expect(Object.values(await storedCounts(patients))).toEqual([1, 1, 1, 1, 1]);
    await connection.close();
  });

  it('stores a message too long for one read once, and the short one sent right behind it', async () => {
    const { connection, answers, received } = pipelined(client, mllpPort);
    const [long, short] = [uniquePatientId(), uniquePatientId()];
    // About 300 KB of nurses' notes: the listener reads a socket at most 64 KB at a time, so this
    // frame reaches it in pieces, the last of which may share a read with the next frame.
    const notes = Array.from(
      { length: 3000 },
      (_, i) =>
        `NTE|${i + 1}|L|Patienten har fått sina läkemedel enligt ordination och mår efter omständigheterna bra.`,
    );
    const text = [admission(long, `LONG-${long}`).replace(/\r$/, ''), ...notes].join('\r');
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 64 * 1024);
    await connection.sendMessage(new Message({ text }));
    await connection.sendMessage(new Message({ text: admission(short, `SHORT-${short}`) }));
    await received(2);
    expect(answers).toEqual([
      { code: 'AA', controlId: `LONG-${long}` },
      { code: 'AA', controlId: `SHORT-${short}` },
    ]);
    expect(await storedCounts([long, short])).toEqual({
      [`${long} PatientAdmitted`]: 1,
      [`${short} PatientAdmitted`]: 1,
    });
    await connection.close();
  });

  it('takes the newer ADT events, each sent twice, and stores what they record exactly once', async () => {
    const [esther, karl, reserve] = [uniquePatientId(), uniquePatientId(), uniquePatientId()];
    const msh = (trigger: string, controlId: string) =>
      `MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|202611160600||ADT^${trigger}|${controlId}|P|2.5.1`;
    const pid = (patientId: string) => `PID|1||19381123-1234^^^SKV^NNSWE~${patientId}^^^ESTHER^PI`;
    const pv1 = (patientClass: string, ward: string, visit: string) =>
      `PV1|1|${patientClass}|${ward}^^^RYHOV|E|||||||||||||||${visit}^^^RYHOV^VN`;
    const messages = [
      [msh('A04', `${esther}-1`), 'EVN|A04|202611160214', pid(esther), pv1('E', 'AKM', `E-${esther}`)],
      [
        msh('A06', `${esther}-2`),
        'EVN|A06|202611160550',
        pid(esther),
        pv1('I', 'MED3', `E-${esther}`),
        'DG1|1||I50.9^Hjärtsvikt^ICD-10-SE||202611160550|W',
      ],
      [msh('A01', `${karl}-1`), 'EVN|A01|202611160600', pid(karl), pv1('I', 'GER', `V-${karl}`)],
      [
        msh('A17', `${esther}-3`),
        'EVN|A17|202611180925',
        pid(esther),
        pv1('I', 'MED3', `E-${esther}`),
        pid(karl),
        pv1('I', 'GER', `V-${karl}`),
      ],
      [msh('A21', `${karl}-2`), 'EVN|A21|20261120', pid(karl), pv1('I', 'MED3', `V-${karl}`)],
      [
        msh('A40', `${esther}-4`),
        'EVN|A40|202611201015',
        pid(esther),
        `MRG|${reserve}^^^ESTHER^PI`,
        pv1('I', 'GER', `E-${esther}`),
      ],
    ].map((segments) => segments.join('\r'));
    const { connection, answers, received } = pipelined(client, mllpPort);
    for (const text of [...messages, ...messages]) await connection.sendMessage(new Message({ text }));
    await received(messages.length * 2);
    expect(answers.map((a) => a.code)).toEqual(Array(messages.length * 2).fill('AA'));
    expect(await storedCounts([esther, karl, reserve])).toEqual({
      [`${esther} PatientAdmitted`]: 1,
      [`${esther} PatientTransferred`]: 1,
      [`${esther} PatientIdsMerged`]: 1,
      [`${karl} PatientAdmitted`]: 1,
      [`${karl} PatientTransferred`]: 1,
    });
    const admitted = await prisma.careEvent.findFirstOrThrow({
      where: { patientId: esther, type: 'PatientAdmitted' },
    });
    expect(admitted.payload).toMatchObject({ stayId: `E-${esther}@RYHOV`, diagnosisGroup: 'heart-failure' });
    await connection.close();
  });
});
