import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  careEventEnvelope,
  careEvents,
  eventually,
  serviceEnv,
  startServiceProcess,
  uniquePatientId,
  type RunningService,
} from '@carechain/testing';
import { HEMTJANST_JONKOPING, JONKOPING_ORGANISATIONS, MEDICIN_3 } from './directory-entries';
import { askGateway, dataOf, RunningPlatform } from './running-platform';

const WARD = MEDICIN_3.careLinkId;
const HOME_CARE = HEMTJANST_JONKOPING.careLinkId;
const DELIVERED =
  'subscription($since: String) { handoverDelivered(since: $since) { packageId patientId receivingCareLinkId } }';

interface Delivered {
  handoverDelivered: { packageId: string; patientId: string; receivingCareLinkId: string };
}

/**
 * A browser behind a load balancer: it connects to whichever gateway answers, reconnects to another
 * when its instance dies, and subscribes again with the time it first subscribed.
 */
function liveInbox(gateways: () => RunningService[], careLinkId: string, since: string) {
  let next = 0;
  const received: Delivered['handoverDelivered'][] = [];
  const connections: string[] = [];
  const client: Client = createClient({
    url: () => {
      const live = gateways();
      const url = `${live[next++ % live.length].url.replace(/^http/, 'ws')}/graphql`;
      connections.push(url);
      return url;
    },
    webSocketImpl: WebSocket,
    connectionParams: { 'x-carechain-actor': 'nurse-e2e', 'x-carechain-care-link': careLinkId },
    lazy: false,
    retryAttempts: 30,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 300)),
    shouldRetry: () => true,
  });
  const iterator = client.iterate<Delivered>({ query: DELIVERED, variables: { since } });
  void (async () => {
    for await (const result of iterator) if (result.data) received.push(result.data.handoverDelivered);
  })().catch(() => undefined);
  return {
    received,
    connections,
    packageIds: () => new Set(received.map((r) => r.packageId)),
    stop: async () => {
      await iterator.return?.();
      await client.dispose();
    },
  };
}

describe('two gateway instances: subscribers hear of every handover, and lose nothing when their instance dies', () => {
  let platform: RunningPlatform;
  let second: RunningService;
  let gateways: RunningService[];

  // Always through a live instance: the first is killed halfway.
  const gql = async <T>(query: string, variables: object, careLinkId: string, roles?: string) =>
    dataOf(await askGateway<T>(gateways[0].url, query, variables, careLinkId, roles));

  const readyForHomeCare = async (patientId: string) => {
    const readyAt = new Date(Date.now() - 60_000).toISOString();
    expect(
      (
        await platform.submit(
          careEvents.admitted(patientId, new Date(Date.now() - 86_400_000).toISOString(), WARD),
        )
      ).status,
    ).toBe(201);
    const ready = careEventEnvelope('MedicallyReadyForDischarge', patientId, readyAt, WARD, {
      stayId: `stay-${patientId}`,
      readyAt,
      expectedDestinationCareLinkId: HOME_CARE,
    });
    expect((await platform.submit(ready)).status).toBe(201);
  };

  const packagesFor = async (patients: string[]) =>
    eventually(async () => {
      const { handoverInboxPage } = await gql<{
        handoverInboxPage: { packages: { packageId: string; patientId: string }[] };
      }>('{ handoverInboxPage(first: 200) { packages { packageId patientId } } }', {}, HOME_CARE);
      const ours = handoverInboxPage.packages.filter((p) => patients.includes(p.patientId));
      return ours.length === patients.length ? ours.map((p) => p.packageId) : undefined;
    }, `a package for each of ${patients.length} patients`);

  beforeAll(async () => {
    // A killed instance's partitions reach the survivor after Kafka's session timeout; the store
    // catch-up, quickened here, builds what is owed before that, as it would after a longer outage.
    const catchUp = { HANDOVER_CATCH_UP_INTERVAL_MS: '2000', HANDOVER_CATCH_UP_GRACE_MS: '2000' };
    platform = await RunningPlatform.start({ gateway: catchUp });
    second = await startServiceProcess('gateway', {
      ...serviceEnv(platform.db.url, platform.broker.brokers),
      ...catchUp,
    });
    gateways = [platform.services.gateway, second];
    await platform.saveDirectory(JONKOPING_ORGANISATIONS, [MEDICIN_3, HEMTJANST_JONKOPING]);
    await platform.saveHandoverSpecification(HOME_CARE, {
      specificationId: 'jkpg-at-ready',
      name: 'Inför utskrivning',
      trigger: 'medically-ready',
      document: '{ patient { patientId stay { medicallyReadySince } } }',
    });
  });

  afterAll(async () => {
    await second?.stop();
    await platform?.stop();
  });

  it('tells subscribers on both instances of every package, whichever instance built it', async () => {
    const since = new Date().toISOString();
    const first = liveInbox(() => [gateways[0]], HOME_CARE, since);
    const other = liveInbox(() => [gateways[1]], HOME_CARE, since);
    try {
      await eventually(
        async () => (first.connections.length && other.connections.length ? true : undefined),
        'both subscribers connected',
      );
      const patients = Array.from({ length: 6 }, uniquePatientId);
      for (const patientId of patients) await readyForHomeCare(patientId);
      const packageIds = await packagesFor(patients);

      for (const inbox of [first, other]) {
        await eventually(
          async () => (packageIds.every((id) => inbox.packageIds().has(id)) ? true : undefined),
          'every package announced on both instances',
        );
        expect(inbox.received).toHaveLength(packageIds.length);
      }
    } finally {
      await first.stop();
      await other.stop();
    }
  });

  it('a subscriber whose instance is killed reconnects to the other and receives what was delivered meanwhile', async () => {
    const since = new Date().toISOString();
    const inbox = liveInbox(() => gateways, HOME_CARE, since);
    try {
      await eventually(async () => (inbox.connections.length ? true : undefined), 'the subscriber connected');
      expect(inbox.connections[0]).toContain(gateways[0].url.replace(/^http/, 'ws'));
      const before = [uniquePatientId(), uniquePatientId()];
      for (const patientId of before) await readyForHomeCare(patientId);
      const deliveredBefore = await packagesFor(before);
      await eventually(
        async () => (deliveredBefore.every((id) => inbox.packageIds().has(id)) ? true : undefined),
        'packages before the crash',
      );

      await gateways[0].crash();
      gateways = [second];
      const during = Array.from({ length: 4 }, uniquePatientId);
      for (const patientId of during) await readyForHomeCare(patientId);
      const deliveredDuring = await packagesFor(during);

      await eventually(
        async () =>
          [...deliveredBefore, ...deliveredDuring].every((id) => inbox.packageIds().has(id))
            ? true
            : undefined,
        'every package after reconnecting to the surviving instance',
      );
      expect(inbox.connections.at(-1)).toContain(second.url.replace(/^http/, 'ws'));
      // Nothing arrived that was not owed, and a repeat after the reconnect is the same package.
      expect(inbox.packageIds()).toEqual(new Set([...deliveredBefore, ...deliveredDuring]));
    } finally {
      await inbox.stop();
    }
  });
});
