import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createPrismaClient } from '@carechain/persistence';
import {
  createTestDatabase,
  eventually,
  serviceEnv,
  startServiceProcess,
  startTestBroker,
  type RunningBroker,
  type RunningService,
  type ServiceName,
  type TestDatabase,
} from '@carechain/testing';

type CoreService = 'care-events' | 'projector' | 'gateway';

export interface LiveSubscription<T> {
  received: { data?: T; errors?: readonly { message: string }[] }[];
  stop(): Promise<void>;
}

type Services = Record<CoreService, RunningService> & Partial<Record<ServiceName, RunningService>>;

/**
 * The three core services as real processes on a database and broker of the test's own, and any
 * other service asked for, with its own settings.
 */
export class RunningPlatform {
  private constructor(
    readonly db: TestDatabase,
    public broker: RunningBroker,
    readonly services: Services,
  ) {}

  /**
   * `more` adds services, or settings for the core ones; `ports` fixes a service's HTTP port, for one
   * that another must be told of at start. If any part cannot start, whatever did start is stopped
   * and the database dropped before the failure (naming the reason) is thrown.
   */
  static async start(
    more: Partial<Record<ServiceName, NodeJS.ProcessEnv>> = {},
    ports: Partial<Record<ServiceName, number>> = {},
  ): Promise<RunningPlatform> {
    const db = await createTestDatabase();
    const stops: (() => Promise<void>)[] = [db.drop];
    try {
      const broker = await startTestBroker();
      stops.push(() => broker.stop());
      const env = serviceEnv(db.url, broker.brokers);
      const wanted = { 'care-events': {}, projector: {}, gateway: {}, ...more } as Record<
        ServiceName,
        NodeJS.ProcessEnv
      >;
      const started = await Promise.allSettled(
        Object.entries(wanted).map(async ([name, settings]) => {
          const service = await startServiceProcess(
            name as ServiceName,
            { ...env, ...settings },
            ports[name as ServiceName],
          );
          stops.push(() => service.stop());
          return [name, service] as const;
        }),
      );
      const failed = started.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      const services = started.map(
        (s) => (s as PromiseFulfilledResult<readonly [string, RunningService]>).value,
      );
      return new RunningPlatform(db, broker, Object.fromEntries(services) as Services);
    } catch (error) {
      await stopAll(stops);
      throw error;
    }
  }

  async stopBroker(): Promise<void> {
    await this.broker.stop();
  }

  /** The broker comes back on the same port, empty, as after a full Kafka outage. */
  async restartBroker(): Promise<void> {
    this.broker = await startTestBroker(this.broker.port);
  }

  submit(event: object): Promise<Response> {
    return fetch(`${this.services['care-events'].url}/care-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
  }

  /**
   * Submits the events in order, each accepted, and waits until the projector has applied every one
   * of them to every read model, not just a total that a half-projected stay can pass through.
   */
  async submitProjected(events: { eventId: string; type: string }[]): Promise<void> {
    for (const e of events) {
      const { status } = await this.submit(e);
      if (status !== 201) throw new Error(`${e.type} refused with ${status}`);
    }
    const prisma = createPrismaClient(this.db.url, 1);
    await eventually(async () => {
      const applied = await prisma.projectionCheckpoint.count({
        where: { eventId: { in: events.map((e) => e.eventId) } },
      });
      return applied === events.length ? true : undefined;
    }, 'every event applied to every read model').finally(() => prisma.$disconnect());
  }

  /** A GraphQL request as the care link; without `roles` the gateway takes the caller for care staff. */
  graphql<T>(
    query: string,
    variables: object,
    careLinkId: string,
    roles?: string,
  ): Promise<GraphqlAnswer<T>> {
    return askGateway<T>(this.services.gateway.url, query, variables, careLinkId, roles);
  }

  /** A GraphQL request that must succeed: its data, or a failure naming each error. */
  async ask<T>(query: string, variables: object, careLinkId: string, roles?: string): Promise<T> {
    return dataOf(await this.graphql<T>(query, variables, careLinkId, roles));
  }

  /** Saves what a receiving care link asks for in a handover, as its own staff; fails on any refusal. */
  async saveHandoverSpecification(careLinkId: string, input: object): Promise<void> {
    await this.ask(
      'mutation($input: HandoverSpecificationInput!) { saveHandoverSpecification(input: $input) { version } }',
      { input },
      careLinkId,
    );
  }

  /** A graphql-ws subscription as the care link (in `roles`, if given); events arrive in `received`, in order. */
  async subscribe<T>(
    query: string,
    careLinkId: string,
    roles?: string,
    variables?: Record<string, unknown>,
  ): Promise<LiveSubscription<T>> {
    const client = createClient({
      url: `${this.services.gateway.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: {
        'x-carechain-actor': 'nurse-e2e',
        'x-carechain-care-link': careLinkId,
        ...(roles ? { 'x-carechain-roles': roles } : {}),
      },
      lazy: false,
    });
    await new Promise<void>((resolve, reject) => {
      client.on('connected', () => resolve());
      client.on('error', reject);
    });
    const received: { data?: T; errors?: readonly { message: string }[] }[] = [];
    const iterator = client.iterate<T>({ query, variables });
    void (async () => {
      for await (const result of iterator) received.push(result as (typeof received)[number]);
    })().catch(() => undefined);
    return {
      received,
      stop: async () => {
        await iterator.return?.();
        await client.dispose();
      },
    };
  }

  /** Registers organisations, then care links, in the directory as a coordinator; fails on any refusal. */
  async saveDirectory(organisations: object[], careLinks: object[]): Promise<void> {
    for (const [mutation, inputs] of [
      [
        'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
        organisations,
      ],
      ['mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }', careLinks],
    ] as const) {
      for (const input of inputs) {
        const { errors } = await this.graphql(mutation, { input }, 'coordinator', 'coordinator');
        if (errors) throw new Error(`directory refused ${JSON.stringify(input)}: ${errors[0].message}`);
      }
    }
  }

  async stop(): Promise<void> {
    await Promise.all(Object.values(this.services).map((s) => s.stop()));
    await this.broker.stop();
    await this.db.drop();
  }
}

/** Stops what a set-up started, newest first, carrying on past failures to stop. */
export async function stopAll(stops: (() => Promise<void>)[]): Promise<void> {
  for (const stop of [...stops].reverse()) await stop().catch(() => undefined);
}

export type GraphqlAnswer<T> = { data?: T; errors?: { message: string; extensions: { code: string } }[] };

/** An answer's data, or a failure naming each of its errors. */
export function dataOf<T>({ data, errors }: GraphqlAnswer<T>): T {
  if (errors) throw new Error(errors.map((e) => e.message).join('; '));
  return data!;
}

/** A GraphQL request to the gateway at `url` as the care link, in the trusted-headers mode tests run in. */
export async function askGateway<T>(
  url: string,
  query: string,
  variables: object,
  careLinkId: string,
  roles?: string,
): Promise<GraphqlAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-carechain-actor': 'nurse-e2e',
      'x-carechain-care-link': careLinkId,
      ...(roles ? { 'x-carechain-roles': roles } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as Promise<GraphqlAnswer<T>>;
}

export const JOURNEY_QUERY = `query Journey($patientId: ID!) {
  patientJourney(patientId: $patientId) {
    patientId status eventCount careLinkIds
    stay { stayId wardCareLinkId admittedAt medicallyReadySince dischargedAt }
    timeline { eventId type occurredAt careLinkId summary }
  }
}`;

export interface JourneyView {
  patientJourney: {
    patientId: string;
    status: string;
    eventCount: number;
    careLinkIds: string[];
    stay: {
      stayId: string;
      wardCareLinkId: string;
      admittedAt: string;
      medicallyReadySince: string | null;
      dischargedAt: string | null;
    } | null;
    timeline: { eventId: string; type: string; occurredAt: string; careLinkId: string; summary: string }[];
  } | null;
}

/** What the test's services logged since `since` (ms), all of them or those whose name starts with `service`. */
export function serviceLogsSince(since: number, service = ''): string {
  const folder = join(__dirname, '..', '..', 'tmp', 'test-logs');
  return readdirSync(folder)
    .filter((name) => name.startsWith(service))
    .map((name) => join(folder, name))
    .filter((file) => statSync(file).mtimeMs >= since)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
