import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, type KeyLike } from 'jose';
import {
  careEventEnvelope,
  careEvents,
  eventually,
  startTestIssuer,
  uniquePatientId,
  type TestIssuer,
} from '@carechain/testing';
import { RunningPlatform } from './running-platform';

type Answer<T = unknown> = {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
};

async function ask<T = unknown>(
  platform: RunningPlatform,
  headers: Record<string, string>,
  query: string,
  variables: object = {},
): Promise<Answer<T>> {
  const res = await fetch(`${platform.services.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Answer<T>['body'] };
}

const as = (careLinkId: string, roles?: string, actor = 'staff-e2e') => ({
  'x-carechain-actor': actor,
  'x-carechain-care-link': careLinkId,
  ...(roles ? { 'x-carechain-roles': roles } : {}),
});

const JOURNEY = 'query($p: ID!) { patientJourney(patientId: $p) { status timeline { type summary } } }';
const HOME_CARE = 'jonkoping-home-care';
const WARD = 'ryhov-med-3';

describe('access control: each care link sees only its patients, coaches see aggregates, every read is logged, changes are for the roles that hold them', () => {
  let platform: RunningPlatform;
  const started = Date.now();
  const esther = uniquePatientId();
  const stranger = uniquePatientId();
  const debug = { LOG_LEVEL: 'debug' };

  beforeAll(async () => {
    platform = await RunningPlatform.start({ gateway: debug, projector: debug, 'care-events': debug });
    const readyAt = new Date(Date.now() - 3_600_000).toISOString();
    for (const event of [
      careEvents.admitted(esther, new Date(Date.now() - 2 * 86_400_000).toISOString(), WARD, 'stay-a1'),
      careEventEnvelope('MedicallyReadyForDischarge', esther, readyAt, WARD, {
        stayId: 'stay-a1',
        readyAt,
        expectedDestinationCareLinkId: HOME_CARE,
      }),
      careEvents.admitted(
        stranger,
        new Date(Date.now() - 86_400_000).toISOString(),
        'varnamo-med',
        'stay-b1',
      ),
    ]) {
      expect((await platform.submit(event)).status).toBe(201);
    }
    await eventually(async () => {
      const { body } = await ask<{ patientJourney: { timeline: object[] } | null }>(
        platform,
        as(WARD),
        JOURNEY,
        { p: esther },
      );
      return body.data?.patientJourney?.timeline.length === 2 ? true : undefined;
    }, 'Esther projected');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets home care read the patient going to it, nested fields included, and refuses a patient it has no relationship with', async () => {
    const mine = await ask<{ patientJourney: { status: string; timeline: object[] } }>(
      platform,
      as(HOME_CARE, 'municipal-staff'),
      JOURNEY,
      { p: esther },
    );
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data!.patientJourney.timeline.length).toBe(2);
    const theirs = await ask<{ patientJourney: unknown }>(
      platform,
      as(HOME_CARE, 'municipal-staff'),
      JOURNEY,
      { p: stranger },
    );
    expect(theirs.body.errors?.[0]).toMatchObject({
      message: `Care link ${HOME_CARE} has no care relationship with this patient`,
      extensions: { code: 'FORBIDDEN' },
    });
    expect(theirs.body.data?.patientJourney ?? null).toBeNull();
    // Not through another door either: the medicine list, and the waiting list, leave the stranger out.
    const list = await ask(
      platform,
      as(HOME_CARE, 'municipal-staff'),
      'query($p: ID!) { medicineList(patientId: $p) { changeCount } }',
      { p: stranger },
    );
    expect(list.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a coach the aggregates but not identities', async () => {
    const coach = as('esther-coach', 'coach', 'coach-e2e');
    const report = await ask<{ unnecessaryDays: { total: number } }>(
      platform,
      coach,
      `{ unnecessaryDays(filter: { from: "2026-01-01", to: "2026-12-31" }, granularity: MONTH) { total byWard { key value } } }`,
    );
    expect(report.body.errors).toBeUndefined();
    for (const query of [
      `query($p: ID!) { patientJourney(patientId: $p) { status } }`,
      '{ patientsWaiting { patientId } }',
    ]) {
      const refused = await ask(platform, coach, query, { p: esther });
      expect(refused.body.errors?.[0]).toMatchObject({
        message: "In the role coach you see aggregates, not patients' identities or records",
        extensions: { code: 'FORBIDDEN' },
      });
    }
  });

  it('lets the ward see its waiting patient, and names an unknown role', async () => {
    const waiting = await ask<{ patientsWaiting: { patientId: string }[] }>(
      platform,
      as(WARD, 'hospital-staff'),
      '{ patientsWaiting { patientId } }',
    );
    expect(waiting.body.data!.patientsWaiting.map((w) => w.patientId)).toContain(esther);
    const odd = await ask(platform, as(WARD, 'surgeon'), '{ patientsWaiting { patientId } }');
    expect(odd.body.errors?.[0]).toMatchObject({
      message: 'x-carechain-roles names unknown role surgeon',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it("lists every read of the patient's data in the access log, which only a coordinator reads", async () => {
    const LOG =
      'query($p: ID!) { patientAccessLog(patientId: $p) { actorId roles careLinkId action allowed reason } }';
    expect(
      (await ask(platform, as(WARD, 'hospital-staff'), LOG, { p: esther })).body.errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const { body } = await ask<{
      patientAccessLog: {
        actorId: string;
        roles: string[];
        careLinkId: string;
        action: string;
        allowed: boolean;
      }[];
    }>(platform, as('region-coordination', 'coordinator', 'coordinator-e2e'), LOG, { p: esther });
    const entries = [
      ...new Set(
        body.data!.patientAccessLog.map(
          (e) => `${e.careLinkId} ${e.roles.join('+')} ${e.action} ${e.allowed ? 'allowed' : 'refused'}`,
        ),
      ),
    ];
    expect(entries).toEqual(
      expect.arrayContaining([
        `${WARD} care-staff read patientJourney allowed`,
        `${HOME_CARE} municipal-staff read patientJourney allowed`,
        `esther-coach coach read patientJourney refused`,
        `${WARD} hospital-staff read patientsWaiting allowed`,
        `${WARD} hospital-staff read patientAccessLog refused`,
      ]),
    );
    // The extract names who and why, never more than the audit holds.
    expect(body.data!.patientAccessLog.every((e) => e.actorId && e.action)).toBe(true);
  });

  it('leaves the care link directory to coordinators and improvement work to coaches: a nurse is refused both', async () => {
    const SAVE_ORGANISATION =
      'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }';
    const SAVE_CARE_LINK = 'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }';
    const CARE_LINK = 'query($id: ID!) { careLink(careLinkId: $id) { name } }';
    const habo = {
      careLinkId: 'habo-home-care',
      name: 'Hemtjänst Habo',
      kind: 'home-care',
      organisationId: 'habo-municipality',
    };
    const coordinator = as('region-coordination', 'coordinator', 'coordinator-e2e');
    expect(
      (
        await ask(platform, coordinator, SAVE_ORGANISATION, {
          input: { organisationId: 'habo-municipality', name: 'Habo kommun', kind: 'municipality' },
        })
      ).body.errors,
    ).toBeUndefined();

    // No roles header: the caller is care staff.
    const nurse = await ask(platform, as(WARD), SAVE_CARE_LINK, { input: habo });
    expect(nurse.body.errors?.[0]).toMatchObject({
      message: 'saveCareLink is for the roles coordinator; the caller holds care-staff',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(
      (await ask<{ careLink: null }>(platform, coordinator, CARE_LINK, { id: habo.careLinkId })).body.data
        ?.careLink,
    ).toBeNull();
    expect((await ask(platform, coordinator, SAVE_CARE_LINK, { input: habo })).body.errors).toBeUndefined();
    expect(
      (await ask<{ careLink: { name: string } }>(platform, as(WARD), CARE_LINK, { id: habo.careLinkId })).body
        .data?.careLink,
    ).toEqual({ name: 'Hemtjänst Habo' });

    // Anyone may put an idea in the register; triaging it is the coach's.
    const idea = await ask<{ submitImprovementIdea: { ideaId: string } }>(
      platform,
      as(WARD),
      'mutation($input: ImprovementIdeaInput!) { submitImprovementIdea(input: $input) { ideaId } }',
      {
        input: {
          title: 'Ring home care the day before',
          description: 'Call when discharge is likely tomorrow',
          submitterKind: 'staff',
        },
      },
    );
    const ideaId = idea.body.data!.submitImprovementIdea.ideaId;
    const PARK =
      'mutation($id: ID!) { parkImprovementIdea(ideaId: $id, reason: "Taken up by the medicine list project") { status } }';
    const refused = await ask(platform, as(WARD, 'hospital-staff'), PARK, { id: ideaId });
    expect(refused.body.errors?.[0]).toMatchObject({
      message: 'parkImprovementIdea is for the roles coach, coordinator; the caller holds hospital-staff',
      extensions: { code: 'FORBIDDEN' },
    });
    const parked = await ask<{ parkImprovementIdea: { status: string } }>(
      platform,
      as('esther-coach', 'coach', 'coach-e2e'),
      PARK,
      { id: ideaId },
    );
    expect(parked.body).toEqual({ data: { parkImprovementIdea: { status: 'parked' } } });
  });

  it('writes no patient identifier into any service log of the scenario', async () => {
    const logs = join(__dirname, '..', '..', 'tmp', 'test-logs');
    const files = readdirSync(logs)
      .map((name) => join(logs, name))
      .filter((file) => statSync(file).mtimeMs >= started);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    // Debug logging was on, so the logs are not empty; yet neither patient appears in them.
    expect(text.length).toBeGreaterThan(1000);
    expect(text).not.toContain(esther);
    expect(text).not.toContain(stranger);
  });
});

describe('hardening: tokens, query limits, request size and rate limits', () => {
  let platform: RunningPlatform;
  let issuer: TestIssuer;
  let strangerKey: KeyLike;

  const bearer = async (
    claims: Record<string, unknown> = {},
    expiresIn?: string | number,
    signWith?: KeyLike,
  ) => ({
    authorization: `Bearer ${await issuer.token('carechain-gateway', { sub: 'nurse-oidc', carechain_care_link: HOME_CARE, carechain_roles: ['municipal-staff'], ...claims }, { expiresIn, key: signWith })}`,
  });

  beforeAll(async () => {
    issuer = await startTestIssuer();
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const oidc = { OIDC_ISSUER: issuer.url, OIDC_AUDIENCE: 'carechain-gateway' };
    platform = await RunningPlatform.start({
      'care-events': {
        INTAKE_AUTH_MODE: 'oidc',
        ...oidc,
        INTAKE_INTEGRATOR_CARE_LINKS: JSON.stringify({ 'ehr-engine': ['ryhov-akm', WARD] }),
      },
      gateway: {
        GATEWAY_AUTH_MODE: 'oidc',
        ...oidc,
        GATEWAY_RATE_LIMIT_PER_MINUTE: '8',
        GRAPHQL_MAX_DEPTH: '2',
        GRAPHQL_MAX_COST: '20',
      },
    });
  });

  afterAll(async () => {
    await platform?.stop();
    await issuer?.stop();
  });

  it('accepts a valid token and names what is wrong with an expired, a wrongly signed or a foreign one', async () => {
    const ok = await ask(platform, await bearer({ sub: 'nurse-valid' }), '{ organisations { name } }');
    expect(ok.body.errors).toBeUndefined();
    const expired = await ask(
      platform,
      await bearer({ sub: 'nurse-expired' }, Math.floor(Date.now() / 1000) - 60),
      '{ organisations { name } }',
    );
    expect(expired.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(expired.body.errors?.[0].message).toMatch(
      /^token expired at \d{4}-\d{2}-\d{2}T.*; sign in again$/,
    );
    const forged = await ask(
      platform,
      await bearer({ sub: 'nurse-forged' }, '5m', strangerKey),
      '{ organisations { name } }',
    );
    expect(forged.body.errors?.[0].message).toBe("token signature does not verify against the issuer's keys");
    const noLink = await ask(
      platform,
      await bearer({ sub: 'nurse-nolink', carechain_care_link: undefined }),
      '{ organisations { name } }',
    );
    expect(noLink.body.errors?.[0].message).toBe(
      'token has no carechain_care_link claim: the care link you act for',
    );
    const none = await ask(platform, {}, '{ organisations { name } }');
    expect(none.body.errors?.[0].message).toBe('Not signed in: send Authorization: Bearer <token>');
  });

  it('takes care events over HTTP only from integrators and staff with a valid token', async () => {
    const event = careEvents.admitted(uniquePatientId(), '2026-11-20T08:00:00+01:00', WARD, 'stay-c1');
    const submit = (headers: Record<string, string>) =>
      fetch(`${platform.services['care-events'].url}/care-events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(event),
      });
    const anonymous = await submit({});
    expect([anonymous.status, ((await anonymous.json()) as { message: string }).message]).toEqual([
      401,
      'Not signed in: send Authorization: Bearer <token>',
    ]);
    const coach = await submit(await bearer({ sub: 'coach-oidc', carechain_roles: ['coach'] }));
    expect([coach.status, ((await coach.json()) as { message: string }).message]).toEqual([
      403,
      'In the role coach you may not submit care events',
    ]);
    const engine = await submit(
      await bearer({ sub: 'ehr-engine', carechain_roles: undefined, scope: 'care-events:write' }),
    );
    expect(engine.status).toBe(201);
    // A nurse of home care reports for home care, not in the ward's name.
    const nurse = await bearer({ sub: 'nurse-home-care', carechain_roles: ['municipal-staff'] });
    const inWardsName = await submit(nurse);
    expect([inWardsName.status, ((await inWardsName.json()) as { problems: unknown }).problems]).toEqual([
      403,
      [
        {
          path: 'source.careLinkId',
          message: `you act for ${HOME_CARE}, not ${event.source.careLinkId}`,
        },
      ],
    ]);
    // Ward staff admit a patient to their own ward.
    const own = await fetch(`${platform.services['care-events'].url}/care-events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(await bearer({
          sub: 'nurse-ward',
          carechain_care_link: WARD,
          carechain_roles: ['hospital-staff'],
        })),
      },
      body: JSON.stringify({
        ...careEvents.admitted(uniquePatientId(), '2026-11-20T08:00:00+01:00', WARD, 'stay-c2'),
        source: { system: 'ward-app', careLinkId: WARD },
      }),
    });
    expect(own.status).toBe(201);
  });

  it('refuses too deep and too costly queries before running them', async () => {
    const headers = await bearer({ sub: 'nurse-limits' });
    const deep = await ask(platform, headers, '{ organisations { careLinks { careLinkId } } }');
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0].message).toMatch(/depth/i);
    const costly = await ask(
      platform,
      headers,
      `{ a: careLinks { careLinkId name kind organisationId hospital } b: careLinks { careLinkId name kind organisationId hospital }
         c: careLinks { careLinkId name kind organisationId hospital } d: organisations { organisationId name kind timeZone } }`,
    );
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0].message).toMatch(/cost/i);
  });

  it('refuses an oversized request', async () => {
    const res = await fetch(`${platform.services.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer({ sub: 'nurse-big' })) },
      body: JSON.stringify({
        query: `{ organisations { name } }`,
        variables: { padding: 'x'.repeat(200_000) },
      }),
    });
    expect(res.status).toBe(413);
  });

  it('limits each caller to its budget of requests a minute, without touching another caller', async () => {
    const busy = await bearer({ sub: 'nurse-busy' });
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++)
      statuses.push((await ask(platform, busy, '{ organisations { name } }')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    const limited = await ask(platform, busy, '{ organisations { name } }');
    expect(limited.body.errors?.[0]).toMatchObject({
      message: 'Too many requests: at most 8 a minute; try again shortly',
      extensions: { code: 'RATE_LIMITED' },
    });
    expect(
      (await ask(platform, await bearer({ sub: 'nurse-calm' }), '{ organisations { name } }')).status,
    ).toBe(200);
  });
});
