import { randomUUID } from 'node:crypto';
import { Client } from 'fhir-kit-client';
import type {
  Bundle,
  CapabilityStatement,
  CarePlan,
  List,
  MedicationStatement,
  OperationOutcome,
} from '@medplum/fhirtypes';
import { careEventCatalog } from '@carechain/contracts';
import { foldMedicineList } from '@carechain/domain';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  createTestDatabase,
  serviceEnv,
  startServiceProcess,
  startTestBroker,
  startTestIssuer,
  uniquePatientId,
  type RunningBroker,
  type RunningService,
  type TestDatabase,
  type TestIssuer,
} from '@carechain/testing';
import { operationOutcome } from './fhir-resources';

const WARD = 'ryhov-med-3';
const HOME_CARE = 'jkpg-home-care-south';
/** A primary care unit that never cared for the test's patient. */
const OUTSIDER = 'vc-tranas';
/** Requests a caller may make in a minute: enough for every test here, few enough to run out of. */
const BUDGET = 30;
const furosemid = {
  text: 'Furosemid 40 mg tablett',
  coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
};

/** fhir-kit-client answers with its own resource type; the test reads them as R4 types. */
const answer = <T>(request: Promise<unknown>) => request as Promise<T>;

interface Refusal {
  status: number;
  outcome: OperationOutcome;
}

describe("a municipal system reads the patient's shared care plan and medicine list over FHIR R4, and only while its care link cares for her", () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let issuer: TestIssuer;
  let gateway: RunningService;
  let prisma: PrismaClient;
  const esther = uniquePatientId();
  const carePlanId = `sip-${randomUUID()}`;

  /** fhir-kit-client as a municipal EHR would set it up: the gateway's base and a bearer token. */
  const clientAs = async (careLinkId: string, roles: string[], sub = `${roles[0]}-${careLinkId}`) =>
    new Client({
      baseUrl: `${gateway.url}/fhir/R4`,
      bearerToken: await issuer.token('carechain', {
        sub,
        carechain_care_link: careLinkId,
        carechain_roles: roles,
      }),
    });
  const refusalOf = async (request: Promise<unknown>): Promise<Refusal> => {
    const error = (await request.then(
      () => {
        throw new Error('the request was answered, not refused');
      },
      (e: unknown) => e,
    )) as { response?: { status: number; data: OperationOutcome } };
    if (!error.response) throw error;
    return { status: error.response.status, outcome: error.response.data };
  };
  const auditOf = (actorId: string) =>
    prisma.accessAudit.findMany({
      where: { patientId: esther, actorId },
      orderBy: { id: 'asc' },
      select: { action: true, allowed: true, reason: true, careLinkId: true },
    });
  const searchCarePlan = { resourceType: 'CarePlan', searchParams: { subject: `Patient/${esther}` } };

  beforeAll(async () => {
    [db, broker, issuer] = await Promise.all([createTestDatabase(), startTestBroker(), startTestIssuer()]);
    prisma = createPrismaClient(db.url, 1);
    // The read models as the projector leaves them after admission, a care plan saved twice and
    // a medicine list changed at the ward: the gateway only reads them.
    await prisma.patientJourney.create({
      data: { patientId: esther, status: 'admitted', careLinkIds: [WARD, HOME_CARE], eventCount: 5 },
    });
    const { example } = careEventCatalog.CarePlanUpdated[2];
    for (const version of [1, 2])
      await prisma.carePlanVersion.create({
        data: {
          eventId: randomUUID(),
          patientId: esther,
          carePlanId,
          version,
          occurredAt: new Date(Date.now() - (3 - version) * 3_600_000),
          sequence: version,
          careLinkId: WARD,
          payload: { ...example, carePlanId, version },
        },
      });
    const list = foldMedicineList([
      {
        eventId: randomUUID(),
        sequence: 1,
        occurredAt: new Date(Date.now() - 86_400_000),
        careLinkId: WARD,
        changes: [
          { action: 'added', medication: furosemid, dose: '40 mg', frequency: 'twice daily' },
          { action: 'added', medication: { text: 'Metoprolol 50 mg' }, dose: '50 mg' },
        ],
      },
    ]);
    await prisma.medicineList.create({
      data: {
        patientId: esther,
        medications: JSON.parse(JSON.stringify(list.medications)),
        changeCount: list.changeCount,
        changedAt: list.changedAt!,
      },
    });
    gateway = await startServiceProcess('gateway', {
      ...serviceEnv(db.url, broker.brokers),
      GATEWAY_AUTH_MODE: 'oidc',
      OIDC_ISSUER: issuer.url,
      OIDC_AUDIENCE: 'carechain',
      GATEWAY_RATE_LIMIT_PER_MINUTE: String(BUDGET),
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await prisma?.$disconnect();
    await Promise.all([broker?.stop(), issuer?.stop()]);
    await db?.drop();
  });

  it('describes itself to any client as a FHIR R4 server of CarePlan, List and Patient', async () => {
    const statement = await answer<CapabilityStatement>(
      new Client({ baseUrl: `${gateway.url}/fhir/R4` }).capabilityStatement(),
    );
    expect(statement).toMatchObject({
      resourceType: 'CapabilityStatement',
      fhirVersion: '4.0.1',
      kind: 'instance',
    });
    const types = (statement as { rest: { resource: { type: string }[] }[] }).rest[0].resource.map(
      (r) => r.type,
    );
    expect(types).toEqual(['CarePlan', 'List', 'Patient']);
  });

  it('gives home care the current care plan and the medicine list, each read audited as allowed', async () => {
    const homeCare = await clientAs(HOME_CARE, ['municipal-staff'], 'nurse-home-care');
    const plans = await answer<Bundle<CarePlan>>(homeCare.search(searchCarePlan));
    expect(plans).toMatchObject({ type: 'searchset', total: 1 });
    expect(plans.link).toEqual([
      { relation: 'self', url: `${gateway.url}/fhir/R4/CarePlan?subject=Patient%2F${esther}` },
    ]);
    const plan = await answer<CarePlan>(homeCare.read({ resourceType: 'CarePlan', id: carePlanId }));
    expect(plan).toMatchObject({
      id: carePlanId,
      meta: { versionId: '2' },
      subject: { reference: `Patient/${esther}` },
      careTeam: [{ reference: '#contact-1' }],
    });
    expect(plans.entry?.[0].resource).toEqual(plan);

    const lists = await answer<Bundle<List>>(
      homeCare.search({
        resourceType: 'List',
        searchParams: { subject: `Patient/${esther}`, code: 'medications' },
      }),
    );
    expect(lists.total).toBe(1);
    const list = await answer<List>(homeCare.read({ resourceType: 'List', id: esther }));
    expect(list).toMatchObject({ meta: { versionId: '1' }, status: 'current', mode: 'snapshot' });
    const statements = list.contained as MedicationStatement[];
    expect(statements.map((s) => [s.medicationCodeableConcept?.text, s.dosage?.[0].text])).toEqual([
      ['Furosemid 40 mg tablett', '40 mg, twice daily'],
      ['Metoprolol 50 mg', '50 mg'],
    ]);
    expect(list.entry?.map((e) => e.item.reference)).toEqual(statements.map((s) => `#${s.id}`));

    const allowed = {
      allowed: true,
      reason: 'care link takes part in the patient journey',
      careLinkId: HOME_CARE,
    };
    expect(await auditOf('nurse-home-care')).toEqual(
      ['fhir search CarePlan', 'fhir read CarePlan', 'fhir search List', 'fhir read List'].map((action) => ({
        action,
        ...allowed,
      })),
    );
  });

  it('answers with the FHIR media type and the version as ETag, from the budget GraphQL spends too', async () => {
    const authorization = `Bearer ${await issuer.token('carechain', {
      sub: 'ward-nurse',
      carechain_care_link: WARD,
      carechain_roles: ['hospital-staff'],
    })}`;
    const read = () =>
      fetch(`${gateway.url}/fhir/R4/CarePlan/${carePlanId}`, {
        headers: { authorization, accept: 'application/fhir+json' },
      });
    const remaining = (res: Response) => Number(/\br=(\d+)/.exec(res.headers.get('ratelimit') ?? '')?.[1]);
    const first = await read();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(first.headers.get('etag')).toBe('W/"2"');
    await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(remaining(await read())).toBe(remaining(first) - 2);
  });

  it('reads an earlier version of the care plan by its version id, and says which version is not there', async () => {
    const ward = await clientAs(WARD, ['hospital-staff']);
    const first = await answer<CarePlan>(
      ward.vread({ resourceType: 'CarePlan', id: carePlanId, version: '1' }),
    );
    expect(first).toMatchObject({ id: carePlanId, meta: { versionId: '1' } });
    expect(
      await refusalOf(ward.vread({ resourceType: 'CarePlan', id: carePlanId, version: '9' })),
    ).toMatchObject({
      status: 404,
      outcome: { issue: [{ code: 'not-found', diagnostics: 'version: the care plan has no version 9' }] },
    });
  });

  it('shows the patient to her care links by the pseudonymous id alone', async () => {
    const ward = await clientAs(WARD, ['hospital-staff']);
    expect(await ward.read({ resourceType: 'Patient', id: esther })).toEqual({
      resourceType: 'Patient',
      id: esther,
      active: true,
    });
  });

  it('answers a caller over its budget with 429 and an OperationOutcome', async () => {
    const busy = await clientAs(WARD, ['hospital-staff'], 'busy-ward');
    for (let i = 0; i < BUDGET; i++) await busy.read({ resourceType: 'Patient', id: esther });
    expect(await refusalOf(busy.read({ resourceType: 'Patient', id: esther }))).toEqual({
      status: 429,
      outcome: operationOutcome(
        'throttled',
        `Too many requests: at most ${BUDGET} a minute; try again shortly`,
      ),
    });
  });

  it('refuses a care link without a care relationship with 403, a plan it names by id as unknown, and audits each refusal', async () => {
    const outsider = await clientAs(OUTSIDER, ['primary-care-staff'], 'nurse-outsider');
    // As for an id no plan has: whether it exists is not for a care link without a relationship to know.
    expect(await refusalOf(outsider.read({ resourceType: 'CarePlan', id: carePlanId }))).toMatchObject({
      status: 404,
      outcome: { issue: [{ code: 'not-found', diagnostics: `CarePlan/${carePlanId} is not known` }] },
    });
    for (const request of [
      () => outsider.search(searchCarePlan),
      () => outsider.read({ resourceType: 'List', id: esther }),
    ]) {
      expect(await refusalOf(request())).toEqual({
        status: 403,
        outcome: {
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'error',
              code: 'forbidden',
              diagnostics: `Care link ${OUTSIDER} has no care relationship with this patient`,
            },
          ],
        },
      });
    }
    expect(await auditOf('nurse-outsider')).toEqual(
      ['fhir read CarePlan', 'fhir search CarePlan', 'fhir read List'].map((action) => ({
        action,
        allowed: false,
        reason: 'no care relationship',
        careLinkId: OUTSIDER,
      })),
    );
  });

  it("refuses coaches and integrators, who see aggregates and not patients, even at the patient's care link", async () => {
    for (const role of ['coach', 'integrator']) {
      const client = await clientAs(HOME_CARE, [role], `${role}-1`);
      const { status, outcome } = await refusalOf(client.read({ resourceType: 'List', id: esther }));
      expect(status).toBe(403);
      expect(outcome.issue[0].diagnostics).toBe(
        `In the role ${role} you see aggregates, not patients' identities or records`,
      );
      expect(await auditOf(`${role}-1`)).toEqual([
        expect.objectContaining({ action: 'fhir read List', allowed: false }),
      ]);
    }
  });

  it('answers an unsigned request with 401, a bad search with 400 naming the parameter, an unknown id with 404', async () => {
    const anonymous = new Client({ baseUrl: `${gateway.url}/fhir/R4` });
    expect(await refusalOf(anonymous.search(searchCarePlan))).toMatchObject({
      status: 401,
      outcome: {
        issue: [{ code: 'login', diagnostics: 'Not signed in: send Authorization: Bearer <token>' }],
      },
    });
    const ward = await clientAs(WARD, ['hospital-staff']);
    expect(
      await refusalOf(
        ward.search({
          resourceType: 'List',
          searchParams: { subject: `Patient/${esther}`, code: 'problems' },
        }),
      ),
    ).toMatchObject({ status: 400, outcome: { issue: [{ code: 'invalid', expression: ['code'] }] } });
    expect(
      await refusalOf(
        ward.search({ resourceType: 'CarePlan', searchParams: { patient: esther, status: 'active' } }),
      ),
    ).toMatchObject({ status: 400, outcome: { issue: [{ expression: ['status'] }] } });
    expect(await refusalOf(ward.search({ resourceType: 'CarePlan', searchParams: {} }))).toMatchObject({
      status: 400,
      outcome: { issue: [{ expression: ['subject'] }] },
    });
    expect(await refusalOf(ward.read({ resourceType: 'CarePlan', id: 'sip-none' }))).toMatchObject({
      status: 404,
      outcome: { issue: [{ code: 'not-found', diagnostics: 'CarePlan/sip-none is not known' }] },
    });
    expect(await refusalOf(ward.read({ resourceType: 'Observation', id: '1' }))).toMatchObject({
      status: 404,
      outcome: { resourceType: 'OperationOutcome' },
    });
  });
});
