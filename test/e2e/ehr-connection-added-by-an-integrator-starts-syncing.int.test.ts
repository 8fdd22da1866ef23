import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  createTestDatabase,
  eventually,
  serviceEnv,
  startFhirTestServer,
  startServiceProcess,
  startTestBroker,
  uniquePatientId,
  type FhirTestServer,
  type RunningBroker,
  type RunningService,
  type TestDatabase,
} from '@carechain/testing';

const PSEUDONYM = 'https://esther.example/fhir/sid/patient-pseudonym';

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions: { code: string; problems?: { field: string }[] } }[];
}
type Settings = { connectionId: string; enabled: boolean; version: number };

describe('a connection an integrator adds through GraphQL starts syncing, with no restart', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let ehr: FhirTestServer;
  let gateway: RunningService;
  const adapters: RunningService[] = [];
  let prisma: PrismaClient;

  const ask = async <T>(roles: string, query: string, variables: object = {}): Promise<Answer<T>> => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-carechain-actor': 'integrator-ines',
        'x-carechain-care-link': 'esther-coordination',
        'x-carechain-roles': roles,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Answer<T>;
  };
  const FIELDS = 'connectionId enabled version';
  const add = (roles: string, input: object) =>
    ask<{ addEhrConnection: Settings }>(
      roles,
      `mutation($input: EhrConnectionInput!) { addEhrConnection(input: $input) { ${FIELDS} } }`,
      { input },
    );
  const pauseOrResume = (verb: 'pause' | 'resume', expectedVersion: number) =>
    ask<Record<string, Settings>>(
      'integrator',
      `mutation($v: Int!) { ${verb}EhrConnection(connectionId: "ryhov", expectedVersion: $v) { ${FIELDS} } }`,
      { v: expectedVersion },
    );

  const admitted = async (patientId: string) => {
    const patient = await ehr.create({
      resourceType: 'Patient',
      identifier: [{ system: PSEUDONYM, value: patientId }],
    });
    await ehr.create({
      resourceType: 'Encounter',
      status: 'in-progress',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
      subject: { reference: `Patient/${patient.id}` },
      period: { start: '2026-11-16T07:40:00+01:00' },
      location: [{ location: { reference: 'Location/akm' }, status: 'active' }],
    } as never);
    return patientId;
  };
  const stays = (patientId: string) =>
    prisma.careEvent.count({ where: { patientId, type: 'PatientAdmitted' } });
  const arrived = (patientId: string) =>
    eventually(async () => ((await stays(patientId)) ? true : undefined), `the stay of ${patientId}`);
  const statusOf = async (adapter: RunningService) => {
    const res = await fetch(`${adapter.url}/connections/status`);
    const { connections } = (await res.json()) as { connections: { connectionId: string; state: string }[] };
    return connections.find((c) => c.connectionId === 'ryhov');
  };
  /** Database sessions holding a connection lease (one per replica at most; one connection here). */
  const leaseHolders = async () =>
    (
      await prisma.$queryRaw<{ pid: number }[]>`
        SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'fhir-adapter leases'
          AND a.datname = current_database()`
    ).map((r) => r.pid);

  beforeAll(async () => {
    [db, broker, ehr] = await Promise.all([createTestDatabase(), startTestBroker(), startFhirTestServer()]);
    const env = serviceEnv(db.url, broker.brokers);
    const [g, a] = await Promise.all([
      startServiceProcess('gateway', env),
      startServiceProcess('fhir-adapter', env),
    ]);
    gateway = g;
    adapters.push(a);
    prisma = createPrismaClient(db.url, 2);
  });

  afterAll(async () => {
    await Promise.all(adapters.map((a) => a.stop()));
    await gateway?.stop();
    await prisma?.$disconnect();
    await Promise.all([ehr?.stop(), broker?.stop()]);
    await db?.drop();
  });

  const ryhov = () => ({
    connectionId: 'ryhov',
    baseUrl: ehr.baseUrl,
    careLinkIds: ['ryhov-akm'],
    locations: [{ location: 'Location/akm', careLinkId: 'ryhov-akm' }],
    patientIdentifierSystem: PSEUDONYM,
    pollIntervalSeconds: 1,
    pageSize: 3,
  });

  it('refuses a coordinator, and names each wrong field', async () => {
    const refused = await add('coordinator', ryhov());
    expect(refused.errors?.[0]).toMatchObject({
      message: 'In the role coordinator you may not add or change EHR connections; integrators may',
      extensions: { code: 'FORBIDDEN' },
    });
    const wrong = await add('integrator', { ...ryhov(), baseUrl: 'ftp://ehr', pageSize: 0 });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        expect.objectContaining({ field: 'input.baseUrl' }),
        expect.objectContaining({ field: 'input.pageSize' }),
      ],
    });
  });

  it('syncs a patient change once the integrator adds the connection, and stops while it is paused', async () => {
    const before = await admitted(uniquePatientId());
    expect(await statusOf(adapters[0])).toBeUndefined();

    const added = await add('integrator', ryhov());
    expect(added.data?.addEhrConnection).toEqual({ connectionId: 'ryhov', enabled: true, version: 1 });
    await arrived(before);
    const after = await admitted(uniquePatientId());
    await arrived(after);

    const paused = await pauseOrResume('pause', 1);
    expect(paused.data?.pauseEhrConnection).toEqual({ connectionId: 'ryhov', enabled: false, version: 2 });
    // The replica lets go of the lease only once its sync loop has ended.
    await eventually(
      async () => ((await leaseHolders()).length === 0 ? true : undefined),
      'the lease let go',
    );
    const whilePaused = await admitted(uniquePatientId());
    expect(await statusOf(adapters[0])).toBeUndefined();
    expect(await stays(whilePaused)).toBe(0);

    const stale = await pauseOrResume('resume', 1);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'expectedVersion' });

    // A second replica joins; resuming lets exactly one of them sync, and the paused change arrives.
    adapters.push(await startServiceProcess('fhir-adapter', serviceEnv(db.url, broker.brokers)));
    const resumed = await pauseOrResume('resume', 2);
    expect(resumed.data?.resumeEhrConnection).toMatchObject({ enabled: true, version: 3 });
    await arrived(whilePaused);
    const states = await eventually(async () => {
      const both = await Promise.all(adapters.map(statusOf));
      return both.every((s) => s) && both.some((s) => s?.state === 'standby') ? both : undefined;
    }, 'one replica syncing, the other standing by');
    expect(states.filter((s) => s?.state === 'standby')).toHaveLength(1);
    expect(await leaseHolders()).toHaveLength(1);

    const more = [await admitted(uniquePatientId()), await admitted(uniquePatientId())];
    for (const patientId of more) await arrived(patientId);
    for (const patientId of [before, after, whilePaused, ...more]) expect(await stays(patientId)).toBe(1);
    expect(await leaseHolders()).toHaveLength(1);
  });

  it('restarts the connection with what the integrator changed, refusing a change from an old version', async () => {
    const change = (expectedVersion: number) =>
      ask<{ changeEhrConnection: Settings }>(
        'integrator',
        `mutation($input: EhrConnectionInput!, $v: Int!) { changeEhrConnection(input: $input, expectedVersion: $v) { ${FIELDS} } }`,
        { input: { ...ryhov(), pageSize: 2 }, v: expectedVersion },
      );
    expect((await change(3)).data?.changeEhrConnection).toEqual({
      connectionId: 'ryhov',
      enabled: true,
      version: 4,
    });
    expect((await change(3)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const afterChange = await admitted(uniquePatientId());
    await arrived(afterChange);
    expect(await stays(afterChange)).toBe(1);
    expect(await leaseHolders()).toHaveLength(1);
  });

  it('keeps who added, paused and resumed the connection', async () => {
    const changes = await prisma.ehrConnectionChange.findMany({ orderBy: { id: 'asc' } });
    expect(changes.map((c) => [c.action, c.version, c.actorId])).toEqual([
      ['added', 1, 'integrator-ines'],
      ['paused', 2, 'integrator-ines'],
      ['resumed', 3, 'integrator-ines'],
      ['changed', 4, 'integrator-ines'],
    ]);
  });
});
