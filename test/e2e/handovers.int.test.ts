import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform, type LiveSubscription } from './running-platform';

const SAVE_ORGANISATION =
  'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }';
const SAVE_CARE_LINK = 'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }';
const SAVE_SPECIFICATION = `mutation($input: HandoverSpecificationInput!) {
  saveHandoverSpecification(input: $input) { specificationId version receivingCareLinkId trigger target { kind hours days } }
}`;
const PACKAGE_FIELDS =
  'packageId specificationId specificationVersion patientId sendingCareLinkId receivingCareLinkId triggeredAt dueAt acknowledgedAt timeliness complete missing data';
const INBOX = `{ handoverInboxPage(first: 200, order: EARLIEST_DUE_FIRST) { packages { ${PACKAGE_FIELDS} } } }`;
type Inbox<P = Package> = { handoverInboxPage: { packages: P[] } };

interface Package {
  packageId: string;
  specificationId: string;
  specificationVersion: number;
  patientId: string;
  sendingCareLinkId: string;
  receivingCareLinkId: string;
  triggeredAt: string;
  dueAt: string;
  acknowledgedAt: string | null;
  timeliness: string;
  complete: boolean;
  missing: string[];
  data: unknown;
}

const WARD = 'ryhov-med-3';
const HOME_CARE = 'jonkoping-home-care';
const OTHER_HOME_CARE = 'habo-home-care';
const NEEDS_AT_READY =
  '{ patient { patientId stay { wardCareLinkId medicallyReadySince receivingCareLinkId } } }';

const ready = (patientId: string, readyAt: string, destination: string) =>
  careEventEnvelope('MedicallyReadyForDischarge', patientId, readyAt, WARD, {
    stayId: `stay-${patientId}`,
    readyAt,
    expectedDestinationCareLinkId: destination,
  });

describe('handovers: each care link defines what it needs, receives it on time and acknowledges it', () => {
  let platform: RunningPlatform;
  let homeCareLive: LiveSubscription<{ handoverDelivered: Package }>;
  let otherLive: LiveSubscription<{ handoverDelivered: Package }>;
  const esther = uniquePatientId();
  const neighbour = uniquePatientId();

  const gql = async <T>(query: string, variables: object, careLinkId: string, roles?: string) => {
    const { data, errors } = await platform.graphql<T>(query, variables, careLinkId, roles);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };

  beforeAll(async () => {
    platform = await RunningPlatform.start({ gateway: { HANDOVER_DEADLINE_CHECK_INTERVAL_MS: '200' } });
    await gql(
      SAVE_ORGANISATION,
      { input: { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' } },
      'coordinator',
      'coordinator',
    );
    await gql(
      SAVE_ORGANISATION,
      {
        input: { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
      },
      'coordinator',
      'coordinator',
    );
    await gql(
      SAVE_ORGANISATION,
      { input: { organisationId: 'habo-municipality', name: 'Habo kommun', kind: 'municipality' } },
      'coordinator',
      'coordinator',
    );
    for (const input of [
      {
        careLinkId: WARD,
        name: 'Medicin 3',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: 'Länssjukhuset Ryhov',
      },
      {
        careLinkId: HOME_CARE,
        name: 'Hemtjänst Jönköping',
        kind: 'home-care',
        organisationId: 'jonkoping-municipality',
      },
      {
        careLinkId: OTHER_HOME_CARE,
        name: 'Hemtjänst Habo',
        kind: 'home-care',
        organisationId: 'habo-municipality',
      },
    ]) {
      await gql(SAVE_CARE_LINK, { input }, 'coordinator', 'coordinator');
    }
    const subscription = `subscription { handoverDelivered { ${PACKAGE_FIELDS} } }`;
    homeCareLive = await platform.subscribe(subscription, HOME_CARE);
    otherLive = await platform.subscribe(subscription, OTHER_HOME_CARE);
  });

  afterAll(async () => {
    await homeCareLive?.stop();
    await otherLive?.stop();
    await platform?.stop();
  });

  it('refuses invalid specifications with precise messages', async () => {
    const save = (document: string, extra: object = {}) =>
      platform.graphql(
        SAVE_SPECIFICATION,
        { input: { specificationId: 'bad', name: 'Bad', trigger: 'medically-ready', document, ...extra } },
        HOME_CARE,
      );
    expect((await save('{ patient { stay { medicallyReadySince } }')).errors?.[0].message).toBe(
      'input.document: Syntax Error: Expected Name, found <EOF>. (line 1, column 43)',
    );
    expect((await save('{ patient { stay { bedNumber } } }')).errors?.[0].message).toBe(
      'input.document: Cannot query field "bedNumber" on type "Stay". (line 1, column 20)',
    );
    expect((await save('{ patientsWaiting { patientId } }')).errors?.[0].message).toBe(
      "input.document: 'patientsWaiting' reaches outside the patient's record; a specification asks only for patient { … } (line 1, column 3)",
    );
    expect(
      (await save('mutation { acknowledgeHandover(packageId: "x") { packageId } }')).errors?.[0].message,
    ).toMatch(/^input\.document: a specification is a query; a mutation is not allowed/);
    const several = await save(NEEDS_AT_READY, { trigger: 'lunch', target: { kind: 'hours', hours: 0 } });
    expect(several.errors?.[0].message).toBe(
      "input.trigger: unknown trigger 'lunch'; known: admission, transfer, medically-ready, discharge, medication-change",
    );
    const target = await save(NEEDS_AT_READY, { target: { kind: 'hours', hours: 0 } });
    expect(target.errors?.[0].message).toBe('input.target.hours: must be a whole number from 1 to 744');
  });

  it('delivers exactly the requested fields to home care by subscription and query; it acknowledges; statistics show the times', async () => {
    const saved = await gql<{ saveHandoverSpecification: object }>(
      SAVE_SPECIFICATION,
      {
        input: {
          specificationId: 'jkpg-needs-at-ready',
          name: 'Inför utskrivning',
          trigger: 'medically-ready',
          fromCareLinkKinds: ['hospital-ward'],
          document: NEEDS_AT_READY,
        },
      },
      HOME_CARE,
    );
    expect(saved.saveHandoverSpecification).toEqual({
      specificationId: 'jkpg-needs-at-ready',
      version: 1,
      receivingCareLinkId: HOME_CARE,
      trigger: 'medically-ready',
      target: { kind: 'days', hours: null, days: 3 },
    });
    // Habo asks for the same, but Esther is not going to Habo: it must get nothing of hers.
    await gql(
      SAVE_SPECIFICATION,
      {
        input: {
          specificationId: 'habo-needs-at-ready',
          name: 'Habo',
          trigger: 'medically-ready',
          document: NEEDS_AT_READY,
        },
      },
      OTHER_HOME_CARE,
    );

    const readyAt = new Date(Date.now() - 60_000).toISOString();
    expect(
      (
        await platform.submit(
          careEvents.admitted(esther, new Date(Date.now() - 86_400_000).toISOString(), WARD),
        )
      ).status,
    ).toBe(201);
    expect((await platform.submit(ready(esther, readyAt, HOME_CARE))).status).toBe(201);

    const live = await eventually(async () => homeCareLive.received[0], 'handover delivered live');
    const delivered = live.data!.handoverDelivered;
    expect(delivered).toMatchObject({
      specificationId: 'jkpg-needs-at-ready',
      specificationVersion: 1,
      patientId: esther,
      sendingCareLinkId: WARD,
      receivingCareLinkId: HOME_CARE,
      acknowledgedAt: null,
      timeliness: 'on-time',
      complete: true,
      missing: [],
    });
    expect(delivered.data).toEqual({
      patient: {
        patientId: esther,
        stay: { wardCareLinkId: WARD, medicallyReadySince: readyAt, receivingCareLinkId: HOME_CARE },
      },
    });
    // Three calendar days after the ready time, in Stockholm.
    expect(new Date(delivered.dueAt).getTime() - new Date(readyAt).getTime()).toBeGreaterThanOrEqual(
      71 * 3_600_000,
    );

    const handoverInbox = (await gql<Inbox>(INBOX, {}, HOME_CARE)).handoverInboxPage.packages;
    expect(handoverInbox).toEqual([delivered]);

    const { sentHandovers } = await gql<{ sentHandovers: Package[] }>(
      `{ sentHandovers(unacknowledgedOnly: true) { packageId data } }`,
      {},
      WARD,
    );
    expect(sentHandovers).toEqual([{ packageId: delivered.packageId, data: null }]);

    const ack = await gql<{ acknowledgeHandover: Package }>(
      `mutation($id: ID!) { acknowledgeHandover(packageId: $id) { ${PACKAGE_FIELDS} } }`,
      { id: delivered.packageId },
      HOME_CARE,
    );
    expect(ack.acknowledgeHandover.acknowledgedAt).not.toBeNull();
    expect(ack.acknowledgeHandover.timeliness).toBe('on-time');
    expect(
      (
        await gql<{ sentHandovers: Package[] }>(
          `{ sentHandovers(unacknowledgedOnly: true) { packageId } }`,
          {},
          WARD,
        )
      ).sentHandovers,
    ).toEqual([]);

    const { transmissionStatistics } = await gql<{ transmissionStatistics: object[] }>(
      `query($from: String!, $to: String!) { transmissionStatistics(from: $from, to: $to) {
        sendingCareLinkId receivingCareLinkId handovers acknowledged medianMinutesToSend medianMinutesToAcknowledge shareOnTarget } }`,
      {
        from: new Date(Date.now() - 3_600_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
      },
      'esther-coach',
    );
    expect(transmissionStatistics).toEqual([
      {
        sendingCareLinkId: WARD,
        receivingCareLinkId: HOME_CARE,
        handovers: 1,
        acknowledged: 1,
        medianMinutesToSend: expect.any(Number),
        medianMinutesToAcknowledge: expect.any(Number),
        shareOnTarget: 1,
      },
    ]);
    const stats = transmissionStatistics[0] as {
      medianMinutesToSend: number;
      medianMinutesToAcknowledge: number;
    };
    expect(stats.medianMinutesToAcknowledge).toBeGreaterThanOrEqual(stats.medianMinutesToSend);

    // The acknowledgement is a care event on Kafka: the ward sees it on Esther's timeline.
    await eventually(async () => {
      const { patientJourney } = await gql<{ patientJourney: { timeline: { type: string }[] } }>(
        `query($p: ID!) { patientJourney(patientId: $p) { timeline { type } } }`,
        { p: esther },
        WARD,
      );
      return patientJourney.timeline.some((e) => e.type === 'HandoverAcknowledged') ? true : undefined;
    }, 'acknowledgement on the timeline');
  });

  it('keeps each link to its own packages, by query, by subscription and through nested fields', async () => {
    const [mine] = (await gql<Inbox>(INBOX, {}, HOME_CARE)).handoverInboxPage.packages;
    expect((await gql<Inbox>(INBOX, {}, OTHER_HOME_CARE)).handoverInboxPage.packages).toEqual([]);
    const read = await platform.graphql(
      `query($id: ID!) { handoverPackage(packageId: $id) { data } }`,
      { id: mine.packageId },
      OTHER_HOME_CARE,
    );
    expect(read.errors?.[0]).toMatchObject({
      message: `Care link ${OTHER_HOME_CARE} has no handover ${mine.packageId}`,
      extensions: { code: 'FORBIDDEN' },
    });
    const journey = await platform.graphql(
      `query($p: ID!) { patientJourney(patientId: $p) { timeline { summary } } }`,
      { p: esther },
      OTHER_HOME_CARE,
    );
    expect(journey.errors?.[0].extensions.code).toBe('FORBIDDEN');

    // A patient going to Habo: Habo's first live package is hers, so it never saw Esther's.
    expect(
      (
        await platform.submit(
          careEvents.admitted(neighbour, new Date(Date.now() - 86_400_000).toISOString(), WARD),
        )
      ).status,
    ).toBe(201);
    expect((await platform.submit(ready(neighbour, new Date().toISOString(), OTHER_HOME_CARE))).status).toBe(
      201,
    );
    const first = await eventually(async () => otherLive.received[0], 'Habo’s handover delivered live');
    expect(first.data!.handoverDelivered.patientId).toBe(neighbour);
    expect(otherLive.received.every((r) => r.data?.handoverDelivered.patientId === neighbour)).toBe(true);
    expect(homeCareLive.received.map((r) => r.data?.handoverDelivered.patientId)).toEqual([esther]);
    // The package is Habo's relationship with the neighbour: it may now read her journey.
    expect(
      (
        await platform.graphql(
          `query($p: ID!) { patientJourney(patientId: $p) { status } }`,
          { p: neighbour },
          OTHER_HOME_CARE,
        )
      ).errors,
    ).toBeUndefined();
  });

  it('flags a late handover as a breach, with its deadline counted across the change to summer time', async () => {
    const late = uniquePatientId();
    // Ready Friday 27 March 2026 10:00 CET, reported only now: due Monday 30 March 10:00 CEST.
    expect((await platform.submit(careEvents.admitted(late, '2026-03-26T08:00:00+01:00', WARD))).status).toBe(
      201,
    );
    expect((await platform.submit(ready(late, '2026-03-27T10:00:00+01:00', HOME_CARE))).status).toBe(201);
    const pkg = await eventually(async () => {
      const handoverInbox = (await gql<Inbox>(INBOX, {}, HOME_CARE)).handoverInboxPage.packages;
      return handoverInbox.find((p) => p.patientId === late);
    }, 'late handover delivered');
    expect(pkg).toMatchObject({ dueAt: '2026-03-30T08:00:00.000Z', timeliness: 'breached' });
    // The breach is an event on Kafka, on the patient's timeline for the ward.
    const timeline = await eventually(async () => {
      const { patientJourney } = await gql<{
        patientJourney: { timeline: { type: string; summary: string }[] };
      }>(`query($p: ID!) { patientJourney(patientId: $p) { timeline { type summary } } }`, { p: late }, WARD);
      return patientJourney.timeline.find((e) => e.type === 'HandoverTargetBreached');
    }, 'breach on the timeline');
    expect(timeline.summary).toBe(
      `Handover from ${WARD} to ${HOME_CARE} missed its target: sent after the deadline`,
    );
    // Late and unacknowledged comes first in the inbox.
    expect((await gql<Inbox>(INBOX, {}, HOME_CARE)).handoverInboxPage.packages[0].patientId).toBe(late);
  });

  it('publishes a near-breach when three quarters of the time have passed unacknowledged', async () => {
    await gql(
      SAVE_SPECIFICATION,
      {
        input: {
          specificationId: 'jkpg-at-discharge',
          name: 'Vid utskrivning',
          trigger: 'discharge',
          document: '{ patient { stay { dischargedAt } } }',
          target: { kind: 'hours', hours: 1 },
        },
      },
      HOME_CARE,
    );
    // Discharged 50 minutes ago with a one-hour target: past three quarters, not yet late.
    const dischargedAt = new Date(Date.now() - 50 * 60_000).toISOString();
    const discharged = careEventEnvelope('PatientDischarged', esther, dischargedAt, WARD, {
      stayId: `stay-${esther}`,
      destination: 'home-with-home-care',
      destinationCareLinkId: HOME_CARE,
    });
    expect((await platform.submit(discharged)).status).toBe(201);
    const pkg = await eventually(async () => {
      const inbox = await gql<Inbox<Package & { trigger: string }>>(
        `{ handoverInboxPage(first: 200, filter: { unacknowledged: true }) { packages { ${PACKAGE_FIELDS} trigger } } }`,
        {},
        HOME_CARE,
      );
      return inbox.handoverInboxPage.packages.find(
        (p) => p.patientId === esther && p.trigger === 'discharge',
      );
    }, 'discharge handover delivered');
    expect([pkg.timeliness, pkg.data]).toEqual(['near-breach', { patient: { stay: { dischargedAt } } }]);
    const nearBreach = await eventually(async () => {
      const { patientJourney } = await gql<{
        patientJourney: { timeline: { type: string; occurredAt: string }[] };
      }>(
        `query($p: ID!) { patientJourney(patientId: $p) { timeline { type occurredAt } } }`,
        { p: esther },
        WARD,
      );
      return patientJourney.timeline.find((e) => e.type === 'HandoverTargetNearlyBreached');
    }, 'near-breach on the timeline');
    // At three quarters of the hour after discharge, whenever the deadline check noticed it.
    expect(Date.parse(nearBreach.occurredAt)).toBe(Date.parse(dischargedAt) + 45 * 60_000);
  });

  it('versions a specification: a change never rewrites what was already delivered', async () => {
    const v2 = await gql<{ saveHandoverSpecification: { version: number } }>(
      SAVE_SPECIFICATION,
      {
        input: {
          specificationId: 'jkpg-needs-at-ready',
          name: 'Inför utskrivning',
          trigger: 'medically-ready',
          document: '{ patient { patientId } }',
        },
      },
      HOME_CARE,
    );
    expect(v2.saveHandoverSpecification.version).toBe(2);
    const handoverInbox = (await gql<Inbox>(INBOX, {}, HOME_CARE)).handoverInboxPage.packages;
    const esthers = handoverInbox.find(
      (p) => p.patientId === esther && p.specificationId === 'jkpg-needs-at-ready',
    )!;
    expect([
      esthers.specificationVersion,
      Object.keys((esthers.data as { patient: object }).patient).sort(),
    ]).toEqual([1, ['patientId', 'stay']]);
    const taken = await platform.graphql(
      SAVE_SPECIFICATION,
      {
        input: {
          specificationId: 'jkpg-needs-at-ready',
          name: 'Habo tar över',
          trigger: 'discharge',
          document: NEEDS_AT_READY,
        },
      },
      OTHER_HOME_CARE,
    );
    expect(taken.errors?.[0].message).toBe(
      "input.specificationId: 'jkpg-needs-at-ready' belongs to another care link; choose another id",
    );
  });
});
