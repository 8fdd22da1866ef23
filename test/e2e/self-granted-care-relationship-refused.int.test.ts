import { randomUUID } from 'node:crypto';
import { deadLetterHeaders, topics } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  careEventEnvelope,
  careEvents,
  collectMessages,
  eventually,
  produceMessages,
  startTestIssuer,
  uniquePatientId,
  type TestIssuer,
} from '@carechain/testing';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';

const WARD = 'ryhov-med-3';
const STRANGERS = 'vc-strangers';
const PRIMARY_CARE = 'vc-huskvarna';

type Refused = { status: string; eventId?: string; problems: { path: string; message: string }[] };

/**
 * Issue 17, point 1: a care link that has nothing to do with a patient used to post any care
 * event for the patient naming itself as source (e.g. a notice to itself); the journey then counted
 * it as taking part and the gateway granted it the patient's record. Each test sends that attack
 * down one channel and shows the gateway still refusing the stranger the journey.
 */
describe('a care link cannot grant itself a care relationship through the intake', () => {
  let platform: RunningPlatform;
  let issuer: TestIssuer;
  let prisma: PrismaClient;

  const bearer = async (careLinkId: string, roles: string[] | undefined, sub: string) => ({
    authorization: `Bearer ${await issuer.token('carechain-intake', {
      sub,
      carechain_care_link: careLinkId,
      ...(roles ? { carechain_roles: roles } : { scope: 'care-events:write' }),
    })}`,
  });
  const post = async (path: string, headers: Record<string, string>, body: object) => {
    const res = await fetch(`${platform.services['care-events'].url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Refused & { results?: Refused[] } };
  };
  const nurseAt = (careLinkId: string) =>
    bearer(
      careLinkId,
      [careLinkId === WARD ? 'hospital-staff' : 'primary-care-staff'],
      `nurse-${careLinkId}`,
    );
  const ehr = () => bearer(WARD, undefined, 'ryhov-ehr');
  const noticeTo = (patientId: string, from: string, to: string) =>
    careEventEnvelope('CareLinkNotified', patientId, '2026-11-16T09:00:00+01:00', from, {
      stayId: `stay-${patientId}`,
      notice: 'admission-notice',
      toCareLinkId: to,
    });
  /** The journey as the ward sees it once it holds `events` events, and whether `careLinkId` may read it. */
  const journeyOnceProjected = (patientId: string, events: number) =>
    eventually(async () => {
      const { data } = await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, WARD);
      return data?.patientJourney?.eventCount === events ? data.patientJourney : undefined;
    }, `the journey with ${events} events`);
  const readAs = async (careLinkId: string, patientId: string) =>
    (await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, careLinkId)).errors?.[0]?.extensions
      ?.code ?? 'READ';

  beforeAll(async () => {
    issuer = await startTestIssuer();
    platform = await RunningPlatform.start({
      'care-events': {
        INTAKE_AUTH_MODE: 'oidc',
        OIDC_ISSUER: issuer.url,
        OIDC_AUDIENCE: 'carechain-intake',
        INTAKE_INTEGRATOR_CARE_LINKS: JSON.stringify({ 'ryhov-ehr': ['ryhov-akm', WARD] }),
        INTAKE_NETWORK_CARE_LINKS: `ryhov-akm,${WARD}`,
      },
    });
    prisma = createPrismaClient(platform.db.url, 1);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await platform?.stop();
    await issuer?.stop();
  });

  it('refuses a stranger’s notice to itself over HTTP (403 naming why) and the journey stays closed to it', async () => {
    const esther = uniquePatientId();
    expect((await post('/care-events', await ehr(), careEvents.admitted(esther))).status).toBe(201);
    const selfGrant = noticeTo(esther, STRANGERS, STRANGERS);
    const refused = await post('/care-events', await nurseAt(STRANGERS), selfGrant);
    expect(refused).toEqual({
      status: 403,
      body: {
        status: 'forbidden',
        eventId: selfGrant.eventId,
        problems: [
          {
            path: 'patientId',
            message: expect.stringMatching(
              /^care link vc-strangers has no care relationship with this patient/,
            ),
          },
        ],
      },
    });
    // A later event of the ward proves the projection went past the moment the attack was made.
    const wardNotice = noticeTo(esther, WARD, PRIMARY_CARE);
    expect((await post('/care-events', await nurseAt(WARD), wardNotice)).status).toBe(201);
    const journey = await journeyOnceProjected(esther, 2);
    expect(journey.careLinkIds).toEqual([WARD, PRIMARY_CARE].sort());
    expect(await prisma.careEvent.count({ where: { eventId: selfGrant.eventId } })).toBe(0);
    expect(await readAs(STRANGERS, esther)).toBe('FORBIDDEN');
    expect(await readAs(PRIMARY_CARE, esther)).toBe('READ');
  });

  it('refuses the stranger’s events in a batch one by one (207) while the ward admits to its own ward', async () => {
    const patient = uniquePatientId();
    const admission = careEvents.admitted(patient, '2026-11-16T07:40:00+01:00', WARD);
    const wardsOwn = await post('/care-events/batch', await nurseAt(WARD), {
      // The ward admits a patient it has never seen, and sends the admission notice in the same batch.
      events: [
        { ...admission, source: { system: 'ward-app', careLinkId: WARD } },
        noticeTo(patient, WARD, PRIMARY_CARE),
      ],
    });
    expect(wardsOwn.status).toBe(200);
    const strangers = await post('/care-events/batch', await nurseAt(STRANGERS), {
      events: [
        noticeTo(patient, STRANGERS, STRANGERS),
        { ...careEvents.admitted(patient), source: { system: 'x', careLinkId: STRANGERS } },
      ],
    });
    expect(strangers.status).toBe(207);
    expect(strangers.body.results!.map((r) => [r.status, r.problems[0].path])).toEqual([
      ['forbidden', 'patientId'],
      ['forbidden', 'patientId'],
    ]);
    await journeyOnceProjected(patient, 2);
    expect(await readAs(STRANGERS, patient)).toBe('FORBIDDEN');
  });

  it('takes an integrator’s events for the care links configured for it, and refuses others', async () => {
    const patient = uniquePatientId();
    expect((await post('/care-events', await ehr(), careEvents.admitted(patient))).status).toBe(201);
    const elsewhere = await post('/care-events', await ehr(), noticeTo(patient, STRANGERS, STRANGERS));
    expect([elsewhere.status, elsewhere.body.problems]).toEqual([
      403,
      [
        {
          path: 'source.careLinkId',
          message:
            'integrator ryhov-ehr (INTAKE_INTEGRATOR_CARE_LINKS) speaks for ryhov-akm, ryhov-med-3, not vc-strangers',
        },
      ],
    ]);
    const unknownEngine = await post(
      '/care-events',
      await bearer(WARD, undefined, 'some-engine'),
      careEvents.admitted(uniquePatientId()),
    );
    expect(unknownEngine.status).toBe(403);
  });

  it('dead-letters a stranger’s self-granting command on care.commands.v1 with the reason and creates no relationship', async () => {
    const patient = uniquePatientId();
    expect((await post('/care-events', await ehr(), careEvents.admitted(patient))).status).toBe(201);
    const selfGrant = noticeTo(patient, STRANGERS, STRANGERS);
    const afterIt = { ...noticeTo(patient, WARD, PRIMARY_CARE), eventId: randomUUID() };
    await produceMessages(
      platform.broker.brokers,
      topics.careEventCommands,
      [selfGrant, afterIt].map((e) => ({ key: patient, value: JSON.stringify(e) })),
    );
    const [dead] = await collectMessages(platform.broker.brokers, topics.careEventCommandsDeadLetter, 1);
    expect(dead.headers![deadLetterHeaders.reason]!.toString()).toBe(
      'source.careLinkId: care.commands.v1 (INTAKE_NETWORK_CARE_LINKS) speaks for ryhov-akm, ryhov-med-3, not vc-strangers',
    );
    const journey = await journeyOnceProjected(patient, 2);
    expect(journey.careLinkIds).not.toContain(STRANGERS);
    expect(await prisma.careEvent.count({ where: { eventId: selfGrant.eventId } })).toBe(0);
    expect(await readAs(STRANGERS, patient)).toBe('FORBIDDEN');
  });
});
