import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import {
  careEvents,
  eventually,
  startTestIssuer,
  uniquePatientId,
  type TestIssuer,
} from '@carechain/testing';
import { RunningPlatform, serviceLogsSince } from './running-platform';

type GraphqlError = { message: string; extensions?: { code?: string; argumentName?: string } };
type Answer = { status: number; body: { data?: unknown; errors?: GraphqlError[] } };

const AUDIENCE = 'carechain-gateway';
const HOME_CARE = 'jonkoping-home-care';
const THIRTY_YEARS_OF_DAYS = `unnecessaryDays(filter: { from: "1996-01-01", to: "2025-12-31" }, granularity: DAY) { total }`;
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** The first error and its code, which HTTP and WebSocket must answer alike. */
const gist = (errors: GraphqlError[] | readonly GraphqlError[] | undefined) =>
  errors?.length ? { message: errors[0].message, code: errors[0].extensions?.code } : undefined;

describe('gateway hardening: the same limits over WebSocket as over HTTP, errors without internals, tokens that expire, budgets per verified caller', () => {
  let platform: RunningPlatform;
  let issuer: TestIssuer;
  const started = Date.now();
  const sockets: Client[] = [];

  const token = (sub: string, options: { expiresIn?: string | number | null; claims?: object } = {}) =>
    issuer.token(
      AUDIENCE,
      { sub, carechain_care_link: HOME_CARE, carechain_roles: ['municipal-staff'], ...options.claims },
      { expiresIn: options.expiresIn },
    );

  async function overHttp(authorization: string, query: string, variables: object = {}): Promise<Answer> {
    const res = await fetch(`${platform.services.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  }

  function socket(authorization: string): Client {
    const client = createClient({
      url: `${platform.services.gateway.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization },
      retryAttempts: 0,
      lazyCloseTimeout: 5000,
    });
    sockets.push(client);
    return client;
  }

  /** One operation over graphql-ws: its result, or the errors it was refused with. */
  function overWebSocket(
    client: Client,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: unknown; errors?: readonly GraphqlError[] }> {
    return new Promise((resolve) => {
      let result: { data?: unknown; errors?: readonly GraphqlError[] } = {};
      client.subscribe(
        { query, variables },
        {
          next: (value) => (result = value as typeof result),
          error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
          complete: () => resolve(result),
        },
      );
    });
  }

  const logsSinceStart = (service?: string) => serviceLogsSince(started, service);

  beforeAll(async () => {
    issuer = await startTestIssuer();
    const oidc = {
      OIDC_ISSUER: issuer.url,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_MAX_TOKEN_LIFETIME_SECONDS: '3600',
    };
    platform = await RunningPlatform.start({
      'care-events': {
        INTAKE_AUTH_MODE: 'oidc',
        ...oidc,
        INTAKE_RATE_LIMIT_PER_MINUTE: '8',
        INTAKE_INTEGRATOR_CARE_LINKS: JSON.stringify({ 'ehr-engine-busy': ['ryhov-akm', 'ryhov-med-3'] }),
      },
      gateway: {
        GATEWAY_AUTH_MODE: 'oidc',
        ...oidc,
        GATEWAY_RATE_LIMIT_PER_MINUTE: '8',
        GRAPHQL_MAX_DEPTH: '2',
      },
    });
  });

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await platform?.stop();
    await issuer?.stop();
  });

  it('refuses alias, depth and cost bombs over WebSocket with the error HTTP gives, while /health/live keeps answering', async () => {
    const bearer = `Bearer ${await token('nurse-bombs')}`;
    const bombs = {
      aliases: aliased(60, 'organisations { name }'),
      heavyAliases: aliased(100, THIRTY_YEARS_OF_DAYS),
      depth: '{ organisations { careLinks { careLinkId } } }',
      cost: aliased(5, THIRTY_YEARS_OF_DAYS),
    };
    const client = socket(bearer);
    const live = () =>
      fetch(`${platform.services.gateway.url}/health/live`, { signal: AbortSignal.timeout(1000) });
    // Connected and warmed up first, so the probe below measures the bombs, not a cold start.
    await overWebSocket(client, '{ organisations { name } }');
    await fetch(`${platform.services.gateway.url}/health/live`);
    // The heaviest bomb, three at a time for as long as the probes run, as the attack did. Each probe
    // has 1 s; a gateway held up by the bombs (for minutes, before) would miss all three.
    let attacking = true;
    const barrage = (async () => {
      const answers: Awaited<ReturnType<typeof overWebSocket>>[] = [];
      while (attacking)
        answers.push(
          ...(await Promise.all(Array.from({ length: 3 }, () => overWebSocket(client, bombs.heavyAliases)))),
        );
      return answers;
    })();
    const probes: (number | string)[] = [];
    while (probes.length < 3 && !probes.includes(200))
      probes.push(
        await live().then(
          (res) => res.status,
          (error: Error) => error.name,
        ),
      );
    attacking = false;
    expect(probes).toContain(200);
    for (const refused of await barrage)
      expect(gist(refused.errors)).toEqual({
        message: 'Syntax Error: Aliases limit of 20 exceeded, found 100.',
        code: 'GRAPHQL_VALIDATION_FAILED',
      });

    for (const [name, query] of Object.entries(bombs)) {
      const http = await overHttp(bearer, query);
      const ws = await overWebSocket(client, query);
      expect({ name, status: http.status, data: ws.data }).toEqual({ name, status: 400, data: undefined });
      expect(gist(http.body.errors)?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(gist(ws.errors)).toEqual(gist(http.body.errors));
    }
  });

  it('refuses by cost a query over 30 years of days, written out or passed in variables, and answers a year of days or 30 years of months', async () => {
    const bearer = `Bearer ${await token('coach-cost', { claims: { carechain_roles: ['coach'] } })}`;
    const written = await overHttp(bearer, `{ ${THIRTY_YEARS_OF_DAYS} }`);
    expect(written.status).toBe(400);
    expect(written.body.errors?.[0].message).toMatch(/^Query cost limit of 5000 exceeded, found \d+/);
    const SERIES =
      'query($from: String!, $to: String!, $g: Granularity!) { unnecessaryDays(filter: { from: $from, to: $to }, granularity: $g) { total } }';
    const passed = await overHttp(bearer, SERIES, { from: '1996-01-01', to: '2025-12-31', g: 'DAY' });
    expect([passed.status, passed.body.errors?.[0].message]).toEqual([400, written.body.errors?.[0].message]);
    const year = await overHttp(bearer, SERIES, { from: '2025-01-01', to: '2025-12-31', g: 'DAY' });
    expect(year.body.errors).toBeUndefined();
    const months = await overHttp(bearer, SERIES, { from: '1996-01-01', to: '2025-12-31', g: 'MONTH' });
    expect(months.body.errors).toBeUndefined();
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, refuses NUL and lone surrogates naming the argument, and shows no database text', async () => {
    const bearer = `Bearer ${await token('nurse-bad-bytes')}`;
    const syntax = await overHttp(bearer, '{ organisations { name }');
    expect([syntax.status, gist(syntax.body.errors)?.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);

    const IDEA =
      'mutation($input: ImprovementIdeaInput!) { submitImprovementIdea(input: $input) { ideaId } }';
    const nul = await overHttp(bearer, IDEA, {
      input: { title: 'Ring home care\u0000', description: 'Call the day before', submitterKind: 'staff' },
    });
    expect(nul.status).toBe(400);
    expect(nul.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^input\.title: holds a NUL character/),
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.title' },
    });
    const surrogate = await overHttp(bearer, 'query($p: ID!) { patientJourney(patientId: $p) { status } }', {
      p: 'pat-\ud800',
    });
    expect(surrogate.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'patientId',
    });
    const ws = await overWebSocket(socket(bearer), IDEA, {
      input: { title: 'Ring\u0000', description: 'x', submitterKind: 'staff' },
    });
    expect(gist(ws.errors)).toEqual(gist(nul.body.errors));

    // A database failure, forced by taking away a table the dashboard reads.
    const db = new PgClient({ connectionString: platform.db.url });
    await db.connect();
    await db.query('ALTER TABLE unnecessary_day RENAME TO unnecessary_day_away');
    try {
      const coach = `Bearer ${await token('coach-db', { claims: { carechain_roles: ['coach'] } })}`;
      const SMALL = `{ unnecessaryDays(filter: { from: "2025-01-01", to: "2025-01-31" }) { total } }`;
      for (const failed of [(await overHttp(coach, SMALL)).body, await overWebSocket(socket(coach), SMALL)]) {
        expect(failed.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/^Internal error: the operators can trace it by request id \S+$/),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
        expect(JSON.stringify(failed)).not.toMatch(/prisma|unnecessary_day|relation|queryRaw|SELECT/i);
      }
    } finally {
      await db.query('ALTER TABLE unnecessary_day_away RENAME TO unnecessary_day');
      await db.end();
    }
    // The operators learn what failed and where, not the statement or its values.
    await eventually(
      async () =>
        logsSinceStart('gateway-').includes('failed unexpectedly: PrismaClientKnownRequestError')
          ? true
          : undefined,
      'the failure logged',
    );
    expect(logsSinceStart('gateway-')).not.toMatch(/prisma\.\$queryRaw|unnecessary_day" does not exist/);
  });

  it('refuses tokens without exp or with too long a lifetime, counts each refusal and logs no token, and keeps introspection off', async () => {
    const forever = await token('nurse-forever', { expiresIn: null });
    const noExp = await overHttp(`Bearer ${forever}`, '{ organisations { name } }');
    expect(gist(noExp.body.errors)).toEqual({
      message: 'token has no exp claim: only tokens that expire are accepted',
      code: 'UNAUTHENTICATED',
    });
    const dayLong = await token('nurse-day-long', { expiresIn: '1d' });
    const tooLong = await overHttp(`Bearer ${dayLong}`, '{ organisations { name } }');
    expect(tooLong.body.errors?.[0].message).toMatch(
      /^token lifetime of \d+ s is longer than the 3600 s accepted/,
    );

    const metrics = await (await fetch(`${platform.services.gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/carechain_authentication_failures_total\{reason="lifetime"\} [1-9]/);
    const logs = logsSinceStart();
    expect(logs).toContain('caller not authenticated (lifetime)');
    expect(logs).not.toContain(forever.split('.')[1]);
    expect(logs).not.toContain(dayLong.split('.')[1]);

    const bearer = `Bearer ${await token('nurse-introspection')}`;
    const INTROSPECT = '{ __schema { types { name } } }';
    const http = await overHttp(bearer, INTROSPECT);
    expect([http.status, gist(http.body.errors)?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(gist((await overWebSocket(socket(bearer), INTROSPECT)).errors)).toEqual(gist(http.body.errors));
  });

  it('closes a subscription when its token expires', async () => {
    const client = socket(`Bearer ${await token('nurse-expiring', { expiresIn: '4s' })}`);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.on('closed', (event) => resolve(event as { code: number; reason: string })),
    );
    const received: unknown[] = [];
    client.subscribe(
      { query: 'subscription { handoverDelivered { packageId } }' },
      { next: (value) => received.push(value), error: () => undefined, complete: () => undefined },
    );
    const { code, reason } = await closed;
    expect({ code, reason, received }).toEqual({
      code: 4403,
      reason: 'token expired; sign in again',
      received: [],
    });
  });

  it('keeps one budget per verified subject on the gateway whatever token, spacing or actor header is sent, and one per address for junk tokens', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      // A fresh token each time, more spaces after Bearer and a changed actor header: the same subject.
      const res = await fetch(`${platform.services.gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer${' '.repeat(1 + i)}${await token('nurse-busy', { expiresIn: `${300 + i}s` })}`,
          'x-carechain-actor': `someone-${i}`,
        },
        body: JSON.stringify({ query: '{ organisations { name } }' }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    expect((await overHttp(`Bearer ${await token('nurse-calm')}`, '{ organisations { name } }')).status).toBe(
      200,
    );

    const junk: number[] = [];
    for (let i = 0; i < 9; i++)
      junk.push((await overHttp(`Bearer junk-${i}`, '{ organisations { name } }')).status);
    // Earlier refused tokens of this file spent the same address budget, so the limit may come sooner.
    expect(junk.slice(junk.indexOf(429))).toEqual(Array(9 - junk.indexOf(429)).fill(429));
    expect(junk).toContain(429);
  });

  it('keeps one budget per verified subject and per address on the care-events intake', async () => {
    const submit = async (authorization: string) =>
      (
        await fetch(`${platform.services['care-events'].url}/care-events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify(
            careEvents.admitted(uniquePatientId(), '2026-11-20T08:00:00+01:00', 'ryhov-med-3', 'stay-r1'),
          ),
        })
      ).status;
    const engine = (i: number) =>
      issuer.token(
        AUDIENCE,
        { sub: 'ehr-engine-busy', scope: 'care-events:write', carechain_care_link: 'ryhov-med-3' },
        { expiresIn: `${300 + i}s` },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push(await submit(`Bearer${' '.repeat(1 + i)}${await engine(i)}`));
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 201, 429]);

    const junk: number[] = [];
    for (let i = 0; i < 9; i++) junk.push(await submit(`Bearer junk-${i}`));
    expect(junk).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
  });
});
