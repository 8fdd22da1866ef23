import { randomInt } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hl7Client } from '@medplum/hl7';
import { Kafka, logLevel } from 'kafkajs';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  ackOf,
  ADT_MAPPING_FILE,
  adtMessage,
  careEvents,
  eventually,
  sendAdt,
  startFhirTestServer,
  uniquePatientId,
  type FhirTestServer,
} from '@carechain/testing';
import { startCollector, type Collector } from './otlp-collector';
import { RunningPlatform, serviceLogsSince } from './running-platform';

const PSEUDONYM_SYSTEM = 'https://esther.example/fhir/sid/patient-pseudonym';
const PERSONNUMMER_SYSTEM = 'urn:oid:1.2.752.129.2.1.3.1';
const WARD = 'ryhov-akm';

/** A person no other test names: random letters in the names, a random personal identity number. */
function invented(given: string, family: string) {
  const letters = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join('');
  const two = (min: number, max: number) => String(randomInt(min, max + 1)).padStart(2, '0');
  const digits = `19${two(20, 45)}${two(1, 12)}${two(1, 28)}${two(0, 99)}${two(0, 99)}`;
  const marker = letters(8);
  return {
    patientId: uniquePatientId(),
    givenNames: `${given}${marker}`,
    familyName: `${family}${letters(8)}`,
    digits,
    written: `${digits.slice(0, 8)}-${digits.slice(8)}`,
  };
}
type Person = ReturnType<typeof invented>;

/** Every form in which a person's name or number could leak: whole, without century, or the random part alone. */
const tracesOf = (p: Person) => [
  p.givenNames,
  p.familyName,
  p.givenNames.slice(-8),
  p.familyName.slice(-8),
  p.digits,
  p.digits.slice(2),
  p.written,
  p.written.slice(2),
];

/** Every message of every topic on the broker, from the beginning, as raw text. */
async function everyMessageOn(brokers: string): Promise<{ topic: string; text: string }[]> {
  const kafka = new Kafka({
    clientId: 'identity-leak-check',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__'));
  let expected = 0;
  for (const topic of topics)
    for (const p of await admin.fetchTopicOffsets(topic)) expected += Number(p.high) - Number(p.low);
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `identity-leak-check-${Date.now()}`, maxWaitTimeInMs: 100 });
  const received: { topic: string; text: string }[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    void consumer.run({
      eachMessage: async ({ topic, message }) => {
        const headers = Object.entries(message.headers ?? {}).map(([k, v]) => `${k}=${String(v)}`);
        received.push({
          topic,
          text: [message.key?.toString('utf8'), message.value?.toString('utf8'), ...headers].join('\n'),
        });
      },
    });
    await eventually(
      async () => (received.length >= expected ? true : undefined),
      `all ${expected} messages of ${topics.join(', ')}`,
    );
  } finally {
    await consumer.disconnect();
  }
  return received;
}

describe("patients' names and personal identity numbers reach the identity register and nothing else", () => {
  const started = Date.now();
  const fromHl7 = invented('Åsa', 'Öberg');
  const fromFhir = invented('Märta', 'Lindqvist');
  const fromHttp = invented('Gösta', 'Ekström');
  let collector: Collector;
  let ehr: FhirTestServer;
  let platform: RunningPlatform;
  let prisma: PrismaClient;

  const identityOf = async (patientId: string) => {
    const { data } = await platform.graphql<{
      patientIdentity: { name: string; personalIdentityNumber: string } | null;
    }>(
      'query($p: ID!) { patientIdentity(patientId: $p) { name personalIdentityNumber } }',
      { p: patientId },
      WARD,
    );
    return data?.patientIdentity ?? undefined;
  };

  beforeAll(async () => {
    [collector, ehr] = await Promise.all([startCollector(), startFhirTestServer()]);
    const connections = join(mkdtempSync(join(tmpdir(), 'carechain-identity-')), 'connections.json');
    writeFileSync(
      connections,
      JSON.stringify({
        connections: [
          {
            id: 'ryhov',
            baseUrl: ehr.baseUrl,
            careLinks: [WARD],
            patientIdentifierSystem: PSEUDONYM_SYSTEM,
            resourceTypes: ['Patient'],
            pollIntervalSeconds: 1,
          },
        ],
      }),
    );
    // Everything the services say, down to debug, and every span they export.
    const watched = {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_LEVEL: 'debug',
    };
    platform = await RunningPlatform.start({
      'care-events': watched,
      projector: watched,
      gateway: watched,
      'hl7-listener': {
        ...watched,
        HL7_MAPPING_FILE: ADT_MAPPING_FILE,
        HL7_MLLP_PORT: '0',
        HL7_MLLP_HOST: '127.0.0.1',
      },
      'fhir-adapter': { ...watched, FHIR_CONNECTIONS_FILE: connections },
    });
    prisma = createPrismaClient(platform.db.url, 1);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await platform?.stop();
    await ehr?.stop();
    await new Promise((resolve) => collector?.server.close(resolve));
  });

  it('registers the identities an HL7 admission, a FHIR Patient and an integrator tell, and staff of the ward read and find them', async () => {
    const client = new Hl7Client({ host: '127.0.0.1', port: platform.services['hl7-listener']!.ports.mllp });
    try {
      const admission = adtMessage({
        trigger: 'A01',
        controlId: `${fromHl7.patientId}-1`,
        patientId: fromHl7.patientId,
        stayId: `V-${fromHl7.patientId}`,
        ward: 'AKM',
        at: '202612060740',
        name: `${fromHl7.familyName}^${fromHl7.givenNames}`,
        personalIdentityNumber: fromHl7.written,
      });
      expect(ackOf(await sendAdt(client, admission)).code).toBe('AA');
    } finally {
      client.close();
    }
    await ehr.create({
      resourceType: 'Patient',
      identifier: [
        { system: PERSONNUMMER_SYSTEM, value: fromFhir.digits },
        { system: PSEUDONYM_SYSTEM, value: fromFhir.patientId },
      ],
      name: [{ use: 'official', family: fromFhir.familyName, given: [fromFhir.givenNames] }],
    });
    const told = await fetch(
      `${platform.services['care-events'].url}/patients/${fromHttp.patientId}/identity`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          familyName: fromHttp.familyName,
          givenNames: fromHttp.givenNames,
          personalIdentityNumber: fromHttp.digits,
        }),
      },
    );
    expect(told.status).toBe(200);
    // A wrong number is refused naming the field, without echoing it.
    const wrong = await fetch(
      `${platform.services['care-events'].url}/patients/${fromHttp.patientId}/identity`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ familyName: fromHttp.familyName, personalIdentityNumber: '19381399-1234' }),
      },
    );
    expect(wrong.status).toBe(400);
    const refusal = await wrong.text();
    expect(refusal).toContain('personalIdentityNumber');
    expect(refusal).not.toContain('19381399');
    expect(refusal).not.toContain(fromHttp.familyName);
    // Her number where the pseudonymous id belongs is refused on both services, and no log keeps it.
    const misplaced = await fetch(
      `${platform.services['care-events'].url}/patients/${fromHttp.digits}/identity`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ familyName: fromHttp.familyName }),
      },
    );
    expect(misplaced.status).toBe(400);
    const read = await fetch(`${platform.services.gateway.url}/fhir/R4/Patient/${fromHttp.written}`, {
      headers: { 'x-carechain-actor': 'nurse-e2e', 'x-carechain-care-link': WARD },
    });
    expect(read.status).toBe(400);
    for (const p of [fromFhir, fromHttp])
      expect(
        (await platform.submit(careEvents.admitted(p.patientId, new Date().toISOString(), WARD))).status,
      ).toBe(201);

    for (const p of [fromHl7, fromFhir, fromHttp]) {
      const identity = await eventually(
        () => identityOf(p.patientId),
        `${p.patientId}'s identity for the ward`,
      );
      expect(identity).toEqual({
        name: `${p.givenNames} ${p.familyName}`,
        personalIdentityNumber: p.written,
      });
    }
    const { data } = await platform.graphql<{ findPatients: { patientId: string }[] }>(
      'query($q: String!) { findPatients(query: $q) { patientId } }',
      { q: fromFhir.familyName.slice(0, 12).toLocaleUpperCase('sv') },
      WARD,
    );
    expect(data?.findPatients).toEqual([{ patientId: fromFhir.patientId }]);
  });

  it('keeps them off every Kafka topic, out of every log line and every exported span, and sealed in the database', async () => {
    const everyone = [fromHl7, fromFhir, fromHttp];
    // Only once the spans of the listener, the adapter and the intake have been exported.
    await eventually(async () => {
      const services = new Set(collector.spans.map((s) => s.service));
      return ['carechain-hl7-listener', 'carechain-fhir-adapter', 'carechain-care-events'].every((s) =>
        services.has(s),
      )
        ? true
        : undefined;
    }, 'spans of the listener, the adapter and the intake');
    const messages = await everyMessageOn(platform.broker.brokers);
    const stream = messages.map((m) => m.text).join('\n');
    const logs = serviceLogsSince(started);
    const spans = collector.bodies.join('\n');
    const stored = await prisma.$queryRaw<{ text: string }[]>`
      SELECT payload::text AS text FROM care_event
      UNION ALL SELECT value FROM outbox_message
      UNION ALL SELECT encode(sealed, 'escape') || encode(sealed_key, 'escape') FROM patient_identity`;
    const database = stored.map((r) => r.text).join('\n');

    // Each place is looked at for real: the stream and the database carry the pseudonymous ids.
    for (const p of everyone) {
      expect(stream).toContain(p.patientId);
      expect(database).toContain(p.patientId);
    }
    expect(logs).toContain('PatientAdmitted accepted');
    expect(collector.spans.some((s) => s.service === 'carechain-hl7-listener')).toBe(true);
    for (const p of everyone)
      for (const trace of tracesOf(p)) {
        expect({ where: 'Kafka', trace, found: stream.includes(trace) }).toEqual({
          where: 'Kafka',
          trace,
          found: false,
        });
        expect({ where: 'logs', trace, found: logs.includes(trace) }).toEqual({
          where: 'logs',
          trace,
          found: false,
        });
        expect({ where: 'traces', trace, found: spans.includes(trace) }).toEqual({
          where: 'traces',
          trace,
          found: false,
        });
        expect({ where: 'database', trace, found: database.includes(trace) }).toEqual({
          where: 'database',
          trace,
          found: false,
        });
      }
  });
});
