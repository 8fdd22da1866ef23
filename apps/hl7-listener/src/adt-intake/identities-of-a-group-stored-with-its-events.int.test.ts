import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { patientSearchOf } from '@carechain/domain';
import {
  CareEventStore,
  createPrismaClient,
  createSqlPool,
  identityKeysOf,
  PatientIdentityRegister,
  type NewCareEvent,
  type PrismaClient,
} from '@carechain/persistence';
import {
  careEventEnvelope,
  careEvents,
  createTestDatabase,
  uniquePatientId,
  type TestDatabase,
} from '@carechain/testing';
import type { MessageIntake } from './group-append';
import { storeGroup } from './store-group';

// The builders' payloads are plain objects; the store takes them as they are.
const submitted = (event: object) => event as NewCareEvent;

const told = (patientId: string, familyName: string, personalIdentityNumber = '19381123-1234') => ({
  patientId,
  told: { familyName, givenNames: 'Esther', personalIdentityNumber },
  source: 'hl7v2:COSMIC@RYHOV',
});

describe('the messages of a write-behind group are stored with their patients’ identities, in one statement', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let store: CareEventStore;
  let pool: Pool;
  let register: PatientIdentityRegister;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, 2);
    // On the pg pool, as in the listener.
    pool = createSqlPool(db.url, 2);
    store = new CareEventStore(prisma, { topic: 'care-events', headers: () => ({}) }, pool);
    register = new PatientIdentityRegister(prisma, identityKeysOf(randomBytes(32)));
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await pool?.end();
    await db?.drop();
  });

  const found = async (query: string) => {
    const search = patientSearchOf(query);
    return search.ok ? register.find(search) : [];
  };

  it('keeps Esther’s name as last told in the group, and Olle’s event though his personal number is refused', async () => {
    const esther = uniquePatientId();
    const olle = uniquePatientId();
    const group: MessageIntake[] = [
      { events: [submitted(careEvents.admitted(esther))], identity: told(esther, 'Svensson') },
      {
        events: [
          submitted(careEvents.transferred(esther, '2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3')),
        ],
        identity: told(esther, 'Lindqvist'),
      },
      { events: [submitted(careEvents.admitted(olle))], identity: told(olle, 'Olsson', '19381323-1234') },
    ];

    const taken = await storeGroup(store, register)(group);

    expect(taken.map((t) => t.outcomes.map((o) => o.status))).toEqual([
      ['accepted'],
      ['accepted'],
      ['accepted'],
    ]);
    expect(taken.map((t) => t.identityProblems.map((p) => p.path))).toEqual([
      [],
      [],
      ['personalIdentityNumber'],
    ]);
    expect(await prisma.outboxMessage.count({ where: { key: { in: [esther, olle] } } })).toBe(3);
    expect((await register.read([esther, olle])).get(esther)).toEqual({
      familyName: 'Lindqvist',
      givenNames: 'Esther',
      personalIdentityNumber: '193811231234',
    });
    expect(await register.read([olle])).toEqual(new Map());
    expect(await found('Lindqvist')).toContain(esther);
    expect(await found('Svensson')).not.toContain(esther);
  });

  it('replaces what the register held when a later group tells Esther’s new name, and her number still finds her', async () => {
    const esther = uniquePatientId();
    const write = storeGroup(store, register);
    await write([{ events: [submitted(careEvents.admitted(esther))], identity: told(esther, 'Svensson') }]);
    await write([
      {
        events: [
          submitted(careEvents.transferred(esther, '2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3')),
        ],
        identity: told(esther, 'Lindqvist'),
      },
    ]);

    expect((await register.read([esther])).get(esther)?.familyName).toBe('Lindqvist');
    expect(await found('Lindqvist Esther')).toContain(esther);
    expect(await found('19381123-1234')).toContain(esther);
    expect(await found('Svensson')).not.toContain(esther);
  });

  it('leaves Esther’s sealed identity as it is when a message tells it again as the register holds it', async () => {
    const esther = uniquePatientId();
    const write = storeGroup(store, register);
    await write([{ events: [submitted(careEvents.admitted(esther))], identity: told(esther, 'Svensson') }]);
    const sealed = async () =>
      (await prisma.patientIdentity.findUniqueOrThrow({ where: { patientId: esther } })).sealed;
    const before = await sealed();

    const [taken] = await write([
      {
        events: [
          submitted(careEvents.transferred(esther, '2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3')),
        ],
        identity: told(esther, 'Svensson'),
      },
    ]);

    expect(taken).toEqual({
      outcomes: [expect.objectContaining({ status: 'accepted' })],
      identityProblems: [],
    });
    expect(Buffer.from(await sealed()).equals(Buffer.from(before))).toBe(true);
    expect(await prisma.careEvent.count({ where: { patientId: esther } })).toBe(2);
  });

  it('keeps Esther’s name as held when a group renames her and then tells the held name again', async () => {
    const esther = uniquePatientId();
    const write = storeGroup(store, register);
    await write([{ events: [submitted(careEvents.admitted(esther))], identity: told(esther, 'Svensson') }]);

    await write([
      { events: [], identity: told(esther, 'Lindqvist') },
      { events: [], identity: told(esther, 'Svensson') },
    ]);

    expect((await register.read([esther])).get(esther)?.familyName).toBe('Svensson');
    expect(await found('Lindqvist')).not.toContain(esther);
  });

  it('keeps no identity from a message whose control id was already used for another event', async () => {
    const esther = uniquePatientId();
    const admitted = submitted({ ...careEvents.admitted(esther), idempotencyKey: `MSG-${esther}` });
    await storeGroup(store, register)([{ events: [admitted], identity: told(esther, 'Svensson') }]);

    const reused = submitted({
      ...careEvents.admitted(esther, '2026-11-17T07:40:00+01:00'),
      idempotencyKey: admitted.idempotencyKey,
    });
    const [taken] = await storeGroup(
      store,
      register,
    )([{ events: [reused], identity: told(esther, 'Lindqvist') }]);

    expect(taken.outcomes.map((o) => o.status)).toEqual(['conflict']);
    expect((await register.read([esther])).get(esther)?.familyName).toBe('Svensson');
  });

  it('keeps Esther’s identity from a message sent again whose event was stored already', async () => {
    const esther = uniquePatientId();
    const admitted = submitted({ ...careEvents.admitted(esther), idempotencyKey: `MSG-${esther}` });
    const write = storeGroup(store, register);
    await write([{ events: [admitted] }]);

    const [taken] = await write([{ events: [admitted], identity: told(esther, 'Svensson') }]);

    expect(taken.outcomes.map((o) => o.status)).toEqual(['duplicate']);
    expect((await register.read([esther])).get(esther)?.familyName).toBe('Svensson');
  });

  it('keeps Esther’s identity with a care plan version decided in the same transaction, and none with one refused', async () => {
    const esther = uniquePatientId();
    const carePlan = (version: number) =>
      submitted(
        careEventEnvelope('CarePlanUpdated', esther, '2026-11-20T13:00:00+01:00', 'jkpg-ehr', {
          carePlanId: `sip-${esther}`,
          version,
          goals: ['Klara mig själv hemma'],
          actions: [],
        }),
      );
    const write = storeGroup(store, register);

    const [kept] = await write([{ events: [carePlan(1)], identity: told(esther, 'Svensson') }]);
    const [refused] = await write([{ events: [carePlan(1)], identity: told(esther, 'Lindqvist') }]);

    expect(kept.outcomes.map((o) => o.status)).toEqual(['accepted']);
    expect(refused.outcomes.map((o) => o.status)).not.toEqual(['accepted']);
    expect((await register.read([esther])).get(esther)?.familyName).toBe('Svensson');
  });

  it('stores none of the events when the identities cannot be stored, so no message is answered AA for half', async () => {
    const esther = uniquePatientId();
    const failing = new PatientIdentityRegister(prisma, identityKeysOf(randomBytes(32)));
    // A write the database refuses, as a register that cannot take the identity would.
    failing.recordedWith = (entries) => ({
      problems: entries.map(() => []),
      written: () => 'refused AS (INSERT INTO patient_identity (patient_id) VALUES (NULL))',
    });

    await expect(
      storeGroup(
        store,
        failing,
      )([{ events: [submitted(careEvents.admitted(esther))], identity: told(esther, 'Svensson') }]),
    ).rejects.toThrow('null value');

    expect(await prisma.careEvent.count({ where: { patientId: esther } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { key: esther } })).toBe(0);
  });
});
