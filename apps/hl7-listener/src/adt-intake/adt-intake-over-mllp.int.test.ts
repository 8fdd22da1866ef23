import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import type { INestApplication } from '@nestjs/common';
import { Hl7Message } from '@medplum/core';
import { Hl7Client, Hl7Connection } from '@medplum/hl7';
import { validatePublishedCareEvent } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import {
  ackOf,
  ADT_MAPPING_FILE,
  adtMessage,
  createTestDatabase,
  sendAdt,
  testIdentityKey,
  uniquePatientId,
  type AdtParts,
  type TestDatabase,
} from '@carechain/testing';
import { Hl7ListenerModule } from '../hl7-listener.module';
import { MllpListener } from './adt-intake.module';

// Any free port: the listener knows which it got (a probed free port could be taken meanwhile).
const listenerEnv = (databaseUrl: string, more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  DATABASE_URL: databaseUrl,
  HL7_MAPPING_FILE: ADT_MAPPING_FILE,
  IDENTITY_ENCRYPTION_KEY: testIdentityKey,
  HL7_MLLP_PORT: '0',
  HL7_MLLP_HOST: '127.0.0.1',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
  ...more,
});

async function startListener(env: NodeJS.ProcessEnv): Promise<INestApplication> {
  const { module } = Hl7ListenerModule.fromEnv(env);
  const app = await createService({ module, port: 0 });
  await app.init();
  return app;
}

const mllpPortOf = (app: INestApplication) => app.get(MllpListener).port;

let controlIds = 0;
const stayMessages = (patientId: string) => {
  const base = { patientId, stayId: `V-${patientId}`, sendingApplication: 'COSMIC' };
  const message = (parts: Omit<AdtParts, 'patientId' | 'stayId' | 'controlId'>) =>
    adtMessage({ ...base, controlId: `MSG-${++controlIds}`, ...parts });
  return {
    admitted: message({ trigger: 'A01', ward: 'AKM', at: '202611160740' }),
    transferred: message({ trigger: 'A02', ward: 'MED3', priorWard: 'AKM', at: '202611161200' }),
    discharged: message({ trigger: 'A03', ward: 'MED3', at: '202611201400' }),
    dischargeCancelled: message({ trigger: 'A13', ward: 'MED3', at: '202611201430' }),
    updated: message({ trigger: 'A08', ward: 'MED3', at: '202611170900' }),
  };
};

describe('ADT messages over MLLP become stored care events, acknowledged only once stored', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let prisma: PrismaClient;
  let client: Hl7Client;
  let mllpPort: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startListener(listenerEnv(db.url));
    mllpPort = mllpPortOf(app);
    prisma = createPrismaClient(db.url, 2);
    client = new Hl7Client({ host: '127.0.0.1', port: mllpPort });
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const storedFor = (patientId: string) =>
    prisma.careEvent.findMany({ where: { patientId }, orderBy: { sequence: 'asc' } });

  it('stores A01, A02, A03 and A13 as care events with their outbox rows, each answered AA with its control id', async () => {
    const patientId = uniquePatientId();
    const stay = stayMessages(patientId);
    for (const text of [stay.admitted, stay.transferred, stay.discharged, stay.dischargeCancelled]) {
      const ack = ackOf(await sendAdt(client, text));
      expect(ack).toEqual({
        code: 'AA',
        controlId: Hl7Message.parse(text).getSegment('MSH')!.getField(10).toString(),
        text: 'OK',
      });
    }
    const stored = await storedFor(patientId);
    expect(stored.map((e) => [e.type, e.careLinkId, (e.payload as { stayId: string }).stayId])).toEqual([
      ['PatientAdmitted', 'ryhov-akm', `V-${patientId}@RYHOV`],
      ['PatientTransferred', 'ryhov-med-3', `V-${patientId}@RYHOV`],
      ['PatientDischarged', 'ryhov-med-3', `V-${patientId}@RYHOV`],
      ['DischargeCancelled', 'ryhov-med-3', `V-${patientId}@RYHOV`],
    ]);
    expect(stored[0]).toMatchObject({
      sourceSystem: 'hl7v2:COSMIC@RYHOV',
      occurredAt: new Date('2026-11-16T06:40:00Z'),
    });
    const outbox = await prisma.outboxMessage.findMany({
      where: { eventId: { in: stored.map((e) => e.eventId) } },
      orderBy: { id: 'asc' },
    });
    // What the relay publishes: the stored event, valid against the contract, in store order.
    expect(
      outbox.map((row) => {
        const published = validatePublishedCareEvent(JSON.parse(row.value));
        return (
          published.ok && [
            row.key,
            published.event.type,
            published.event.sequence,
            published.event.recordedAt,
          ]
        );
      }),
    ).toEqual(stored.map((e) => [patientId, e.type, Number(e.sequence), e.recordedAt.toISOString()]));
    expect(outbox[0].headers).toMatchObject({ 'x-event-type': 'PatientAdmitted', 'x-schema-version': '1' });
  });

  it('accepts the same message sent twice and stores it once', async () => {
    const patientId = uniquePatientId();
    const { admitted } = stayMessages(patientId);
    expect(ackOf(await sendAdt(client, admitted)).code).toBe('AA');
    expect(ackOf(await sendAdt(client, admitted)).code).toBe('AA');
    const stored = await storedFor(patientId);
    expect(stored).toHaveLength(1);
    expect(await prisma.outboxMessage.count({ where: { eventId: stored[0].eventId } })).toBe(1);
  });

  it('answers AE when a control id is reused for a different message, and keeps the first', async () => {
    const patientId = uniquePatientId();
    const { admitted } = stayMessages(patientId);
    await sendAdt(client, admitted);
    const reused = admitted.replace('|AKM^^^RYHOV|', '|MED1^^^RYHOV|');
    expect(ackOf(await sendAdt(client, reused))).toMatchObject({
      code: 'AE',
      text: expect.stringContaining('MSH-10 control id'),
    });
    expect((await storedFor(patientId)).map((e) => e.careLinkId)).toEqual(['ryhov-akm']);
  });

  it('acknowledges A08 without storing anything', async () => {
    const patientId = uniquePatientId();
    expect(ackOf(await sendAdt(client, stayMessages(patientId).updated)).code).toBe('AA');
    expect(await storedFor(patientId)).toEqual([]);
  });

  it.each([
    [
      'an unmapped ward',
      (t: string) => t.replace('|AKM^^^RYHOV|', '|IVA^^^RYHOV|'),
      'AE',
      "PV1-3 code 'IVA' is not in the mapping's wards",
    ],
    [
      'an ADT event it does not take',
      (t: string) => t.replace('ADT^A01', 'ADT^A31'),
      'AR',
      'ADT event A31 is not accepted',
    ],
    [
      'a personal identity number as the pseudonymous id',
      (t: string, p: string) => t.replace(`~${p}^`, '~193811231234^'),
      'AE',
      'looks like a personal identity number',
    ],
  ])(
    'answers %s with the reason, stores nothing, and takes the next message on the same connection',
    async (_case, spoil, code, reason) => {
      const patientId = uniquePatientId();
      const stay = stayMessages(patientId);
      const ack = ackOf(await sendAdt(client, spoil(stay.admitted, patientId)));
      expect(ack).toEqual({
        code,
        controlId: expect.stringMatching(/^MSG-/),
        text: expect.stringContaining(reason),
      });
      expect(ack.text).not.toContain('193811231234');
      expect(await storedFor(patientId)).toEqual([]);
      expect(ackOf(await sendAdt(client, stay.admitted)).code).toBe('AA');
    },
  );

  it('answers a frame that is no HL7 message with AE, closes that connection only, and goes on serving others', async () => {
    const raw = net.connect(mllpPort, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let received = '';
      raw.on('data', (chunk) => (received += chunk.toString()));
      raw.on('close', () => resolve(received));
    });
    raw.write('\x0bHELLO|this is not HL7\x1c\r');
    // MLLP frame: VT, the message, FS CR.
    const ack = Hl7Message.parse((await answer).slice(1, -2));
    expect(ackOf(ack)).toEqual({
      code: 'AE',
      controlId: '',
      text: 'the message does not begin with an MSH segment',
    });

    const patientId = uniquePatientId();
    expect(ackOf(await sendAdt(client, stayMessages(patientId).admitted)).code).toBe('AA');
    expect(await storedFor(patientId)).toHaveLength(1);
  });

  it('answers a frame past 4 MiB with AR naming the limit, and reads the next message on the same connection', async () => {
    const patientId = uniquePatientId();
    const { admitted } = stayMessages(patientId);
    const huge = `${admitted}\rNTE|1||${'X'.repeat(5 * 1024 * 1024)}`;
    const acks = await rawExchange(mllpPort, [frame(huge), frame(admitted)], 2);
    expect(acks.map((a) => ackOf(Hl7Message.parse(a)))).toEqual([
      {
        code: 'AR',
        controlId: Hl7Message.parse(admitted).getSegment('MSH')?.getField(10)?.toString(),
        text: 'the message is larger than the 4 MiB this listener takes',
      },
      expect.objectContaining({ code: 'AA' }),
    ]);
    expect(await storedFor(patientId)).toHaveLength(1);
  });

  it('stores and answers every message when frames arrive coalesced in one write or split mid-frame and between FS and CR', async () => {
    const patients = [uniquePatientId(), uniquePatientId(), uniquePatientId()];
    const bytes = Buffer.concat(patients.map((p) => frame(stayMessages(p).admitted)));
    // Two frames and the start of the third in one write, then the rest with FS and CR apart.
    const cuts = [frame(stayMessages(patients[0]).admitted).length * 2 + 20, bytes.length - 1];
    const chunks = [bytes.subarray(0, cuts[0]), bytes.subarray(cuts[0], cuts[1]), bytes.subarray(cuts[1])];
    const acks = await rawExchange(mllpPort, chunks, 3);
    expect(acks.map((a) => ackOf(Hl7Message.parse(a)).code)).toEqual(['AA', 'AA', 'AA']);
    for (const p of patients) expect(await storedFor(p)).toHaveLength(1);
  });

  it('sends a commit ACK and then the application ACK to an engine in enhanced mode that asks for both', async () => {
    const patientId = uniquePatientId();
    const enhanced = stayMessages(patientId).admitted.replace('|||||SWE', '|||AL|AL|SWE');
    const acks = await rawExchange(mllpPort, [frame(enhanced)], 2);
    expect(acks.map((a) => ackOf(Hl7Message.parse(a)).code)).toEqual(['CA', 'AA']);
    expect(await storedFor(patientId)).toHaveLength(1);
  });

  it('stores each message of an FHS/BHS batch file and answers with one batch of ACKs in the order sent', async () => {
    const patients = [uniquePatientId(), uniquePatientId()];
    const file = [
      'FHS|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261117060000||||FILE-1',
      'BHS|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261117060000||||BATCH-1',
      ...patients.map((p) => stayMessages(p).admitted),
      'BTS|2',
      'FTS|1',
    ].join('\r');
    const [answer] = await rawExchange(mllpPort, [frame(file)], 1);
    const segments = answer.split('\r');
    expect(segments[1]).toMatch(/^BHS\|\^~\\&\|CARECHAIN\|\|COSMIC\|RYHOV\|.*\|BATCH-1$/);
    expect(segments.filter((s) => s.startsWith('MSA|')).map((s) => s.split('|')[1])).toEqual(['AA', 'AA']);
    expect(segments.slice(-2)).toEqual(['BTS|2', 'FTS|1']);
    for (const p of patients) expect(await storedFor(p)).toHaveLength(1);
  });

  it('reads a message in the character set its MSH-18 declares, and refuses one it does not know', async () => {
    const { admitted } = stayMessages(uniquePatientId());
    const declared = (charset: string) =>
      admitted.replace(/^MSH[^\r]*/, (msh) => `${msh}|${charset}`).replace('|AKM^^^RYHOV|', '|MEDÖ^^^RYHOV|');
    const [latin1, unknown] = await rawExchange(
      mllpPort,
      [
        Buffer.concat([Buffer.of(0x0b), Buffer.from(declared('8859/1'), 'latin1'), Buffer.of(0x1c, 0x0d)]),
        frame(declared('EBCDIC')),
      ],
      2,
      'latin1',
    );
    expect(ackOf(Hl7Message.parse(latin1)).text).toBe("PV1-3 code 'MEDÖ' is not in the mapping's wards");
    expect(ackOf(Hl7Message.parse(unknown))).toMatchObject({
      code: 'AR',
      text: expect.stringContaining("MSH-18 character set 'EBCDIC'"),
    });
  });

  it('reads messages in ISO 8859-1 when told to, and answers in it', async () => {
    const latin1 = await startListener(listenerEnv(db.url, { HL7_MLLP_ENCODING: 'iso-8859-1' }));
    const port = mllpPortOf(latin1);
    const latin1Client = new Hl7Client({ host: '127.0.0.1', port, encoding: 'iso-8859-1' });
    try {
      const unmapped = stayMessages(uniquePatientId()).admitted.replace('|AKM^^^RYHOV|', '|MEDÖ^^^RYHOV|');
      expect(ackOf(await sendAdt(latin1Client, unmapped)).text).toBe(
        "PV1-3 code 'MEDÖ' is not in the mapping's wards",
      );
    } finally {
      await latin1Client.close();
      await latin1.close();
    }
  });

  it('answers AR while the event store cannot be reached, so the engine sends the message again', async () => {
    const unreachable = db.url.replace(/\/[^/?]+(\?|$)/, '/no_such_database$1');
    const cut = await startListener(listenerEnv(unreachable));
    const port = mllpPortOf(cut);
    const cutClient = new Hl7Client({ host: '127.0.0.1', port });
    try {
      const ack = ackOf(await sendAdt(cutClient, stayMessages(uniquePatientId()).admitted));
      expect(ack).toMatchObject({
        code: 'AR',
        text: 'Carechain could not process the message just now; send it again',
      });
    } finally {
      await cutClient.close();
      await cut.close();
    }
  });
});

describe('an interface engine connects over TLS', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let certs: string;
  let mllpPort: number;

  beforeAll(async () => {
    certs = mkdtempSync(join(tmpdir(), 'carechain-mllp-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(certs, 'key.pem'),
        '-out',
        join(certs, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    db = await createTestDatabase();
    app = await startListener(
      listenerEnv(db.url, {
        HL7_MLLP_TLS_CERT_FILE: join(certs, 'cert.pem'),
        HL7_MLLP_TLS_KEY_FILE: join(certs, 'key.pem'),
      }),
    );
    mllpPort = mllpPortOf(app);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    rmSync(certs, { recursive: true, force: true });
  });

  it('is answered over the encrypted connection like over TCP', async () => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port: mllpPort,
      ca: readFileSync(join(certs, 'cert.pem')),
      servername: 'localhost',
    });
    await new Promise((resolve, reject) => socket.once('secureConnect', resolve).once('error', reject));
    const connection = new Hl7Connection(socket);
    try {
      const ack = await connection.sendAndWait(Hl7Message.parse(stayMessages(uniquePatientId()).admitted));
      expect(ackOf(ack).code).toBe('AA');
    } finally {
      await connection.close();
    }
  });
});

const frame = (message: string) =>
  Buffer.concat([Buffer.of(0x0b), Buffer.from(message), Buffer.of(0x1c, 0x0d)]);

/** Writes the chunks as given on one raw connection and reads the text of `count` framed answers. */
async function rawExchange(
  port: number,
  chunks: Buffer[],
  count: number,
  encoding: BufferEncoding = 'utf8',
): Promise<string[]> {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  try {
    const answers = new Promise<string[]>((resolve, reject) => {
      let received = Buffer.alloc(0);
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const frames = received
          .toString(encoding)
          .split('\x1c\r')
          .filter((f) => f.startsWith('\x0b'));
        if (frames.length >= count) resolve(frames.map((f) => f.slice(1)));
      });
    });
    for (const chunk of chunks) {
      await new Promise<void>((resolve) => socket.write(chunk, () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return await answers;
  } finally {
    socket.destroy();
  }
}
