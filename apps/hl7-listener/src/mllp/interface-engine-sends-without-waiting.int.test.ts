import type { INestApplication } from '@nestjs/common';
import { Client, Message, type InboundResponse } from 'node-hl7-client';
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
      const text = adtMessage({
        patientId,
        stayId: `V-${patientId}`,
        sendingApplication: 'COSMIC',
        controlId: controlIds[i],
        trigger: 'A01',
        ward: 'AKM',
        at: '202611160740',
      });
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
});
