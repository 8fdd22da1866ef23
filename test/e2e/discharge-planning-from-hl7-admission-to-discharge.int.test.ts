import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hl7Client } from '@medplum/hl7';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  ackOf,
  careEventEnvelope,
  ADT_MAPPING_FILE,
  adtMessage,
  eventually,
  sendAdt,
  startFhirTestServer,
  uniquePatientId,
  type FhirTestServer,
} from '@carechain/testing';
import type { Browser } from 'playwright-core';
import {
  JONKOPING_MUNICIPALITY,
  JONKOPING_ORGANISATIONS,
  MEDICIN_3,
  REGION_JONKOPING,
} from './directory-entries';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';
import {
  expectNoAxeViolationsInBothLanguages,
  launchChromium,
  openPage,
  screenshot,
  signInInSwedish,
} from './web-browser';

const WARD = MEDICIN_3.careLinkId;
const MUNICIPALITY = 'jkpg-home-care-south';
const PRIMARY_CARE = 'vc-huskvarna';
const PRIMARY_CARE_HSA = 'SE2321000057-1003';
const PSEUDONYM_SYSTEM = 'https://esther.example/fhir/sid/patient-pseudonym';
const HOUR = 3_600_000;

/** The hospital EHR's FHIR API, read for readiness flags only; its encounters carry the HL7 visit numbers. */
function readinessFromTheEhr(baseUrl: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'carechain-svpl-')), 'connections.json');
  const connection = {
    id: 'ryhov',
    baseUrl,
    careLinks: [WARD],
    patientIdentifierSystem: PSEUDONYM_SYSTEM,
    idPrefix: '',
    resourceTypes: ['Patient', 'Flag'],
    pollIntervalSeconds: 1,
  };
  writeFileSync(file, JSON.stringify({ connections: [connection] }));
  return file;
}

/**
 * The hospital's HL7 feed sends bare visit numbers (PV1-19 without its assigning authority), the
 * same ids its FHIR server gives encounters, so both feeds name the same stay.
 */
const bareVisitNumber = (message: string) => message.replace(/\|([^|^]+)\^\^\^RYHOV\^VN/, '|$1');

/** An HL7 date-time in UTC, as an EHR that sends offsets writes it. */
const hl7Time = (at: Date) => `${at.toISOString().replace(/[-:T]/g, '').slice(0, 12)}+0000`;

/** An A01 whose PID-11 names her home municipality (0680 Jönköping) and PD1-3 her listed unit. */
function admissionFromJonkoping(patientId: string, admittedAt: Date, controlId: string): string {
  return bareVisitNumber(
    adtMessage({
      trigger: 'A01',
      patientId,
      stayId: `V-${patientId}`,
      controlId,
      ward: 'MED3',
      at: hl7Time(admittedAt),
    })
      .split('\r')
      .flatMap((segment) =>
        segment.startsWith('PID|')
          ? [
              `${segment}|||Storgatan 1^^J\\XF6\\nk\\XF6\\ping^^55318^SWE^H^^0680`,
              `PD1|||V\\XE5\\rdcentralen Huskvarna^^^^^^^^^${PRIMARY_CARE_HSA}`,
            ]
          : [segment],
      )
      .join('\r'),
  );
}

const INVOICE = `query($municipality: String!, $month: String!) { municipalLiabilityInvoice(municipality: $municipality, month: $month) {
  days { date patientId stayId admissionEventId admissionNoticeEventId readinessEventId readyNoticeEventId } } }`;

interface InvoiceView {
  municipalLiabilityInvoice: { days: Record<string, string>[] };
}

const CALL_MEETING = `mutation($input: CallPlanningMeetingInput!) { callPlanningMeeting(input: $input) { meetingId } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { eventId } }`;
const PLANNING = `{ dischargePlanning { patientId stayId medicallyReadySince
  notices { notice status toCareLinkId dueAt sentAt }
  meetings { meetingId at mode patientTakesPart relativesInvited } } }`;

interface PlanningView {
  dischargePlanning: {
    patientId: string;
    medicallyReadySince: string | null;
    notices: { notice: string; status: string }[];
    meetings: object[];
  }[];
}

interface StoredNotice {
  type: string;
  occurredAt: Date;
  payload: { notice: string; toCareLinkId?: string; dueAt: string; reason?: string; meetingId?: string };
}

describe('discharge planning (lag 2017:612) from an HL7 admission through FHIR readiness to discharge, with no care link set by hand', () => {
  let platform: RunningPlatform;
  let ehr: FhirTestServer;
  let hl7: Hl7Client;
  let prisma: PrismaClient;
  let browser: Browser;

  /** The notices and breaches the platform stored for a patient, once `until` holds. */
  const noticesOf = (patientId: string, until: (events: StoredNotice[]) => boolean, what: string) =>
    eventually(async () => {
      const events = (await prisma.careEvent.findMany({
        where: { patientId, type: { in: ['CareLinkNotified', 'CareLinkNoticeBreached'] } },
        orderBy: { sequence: 'asc' },
        select: { type: true, occurredAt: true, payload: true },
      })) as unknown as StoredNotice[];
      return until(events) ? events : undefined;
    }, what);
  const sent = (events: StoredNotice[], notice: string) =>
    events.filter((e) => e.type === 'CareLinkNotified' && e.payload.notice === notice);
  const breached = (events: StoredNotice[], notice: string) =>
    events.filter((e) => e.type === 'CareLinkNoticeBreached' && e.payload.notice === notice);

  async function readyInTheEhr(patientId: string, readyAt: Date) {
    const patient = await ehr.create({
      resourceType: 'Patient',
      identifier: [{ system: PSEUDONYM_SYSTEM, value: patientId }],
    });
    await ehr.create({
      resourceType: 'Flag',
      status: 'active',
      code: {
        coding: [{ system: 'https://carechain.se/fhir/CodeSystem/care-chain-flag', code: 'medically-ready' }],
      },
      subject: { reference: `Patient/${patient.id}` },
      encounter: { reference: `Encounter/V-${patientId}` },
      period: { start: readyAt.toISOString() },
    } as never);
  }

  beforeAll(async () => {
    [ehr, browser] = await Promise.all([startFhirTestServer(), launchChromium()]);
    platform = await RunningPlatform.start({
      gateway: {
        DISCHARGE_PLANNING_INTERVAL_MS: '300',
        DISCHARGE_PLANNING_SETTLE_MS: '300',
        HANDOVER_CATCH_UP_INTERVAL_MS: '1000',
        HANDOVER_CATCH_UP_GRACE_MS: '1000',
      },
      'hl7-listener': { HL7_MAPPING_FILE: ADT_MAPPING_FILE, HL7_MLLP_PORT: '0', HL7_MLLP_HOST: '127.0.0.1' },
      'fhir-adapter': { FHIR_CONNECTIONS_FILE: readinessFromTheEhr(ehr.baseUrl) },
    });
    hl7 = new Hl7Client({ host: '127.0.0.1', port: platform.services['hl7-listener']!.ports.mllp });
    prisma = createPrismaClient(platform.db.url, 2);
    await platform.saveDirectory(JONKOPING_ORGANISATIONS, [
      MEDICIN_3,
      {
        careLinkId: PRIMARY_CARE,
        name: 'Vårdcentralen Huskvarna',
        kind: 'primary-care-unit',
        organisationId: REGION_JONKOPING.organisationId,
        hsaId: PRIMARY_CARE_HSA,
      },
      {
        careLinkId: MUNICIPALITY,
        name: 'Jönköpings kommun, vårdplanering',
        kind: 'home-care',
        organisationId: JONKOPING_MUNICIPALITY.organisationId,
        noticesForMunicipalityCode: '0680',
      },
    ]);
    // What the municipality asks of every admission: it reaches her municipality with no care link set by hand.
    await platform.saveHandoverSpecification(MUNICIPALITY, {
      specificationId: 'jkpg-at-admission',
      name: 'Vid inskrivning',
      trigger: 'admission',
      document: '{ patient { journey { status } } }',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await hl7?.close();
    await prisma?.$disconnect();
    await platform?.stop();
    await ehr?.stop();
  });

  it('sends the admission notice and the ready notice to her home municipality and primary care unit within their deadlines', async () => {
    const esther = uniquePatientId();
    const admittedAt = new Date(Date.now() - HOUR);
    expect(ackOf(await sendAdt(hl7, admissionFromJonkoping(esther, admittedAt, `${esther}-1`))).code).toBe(
      'AA',
    );

    const admission = await noticesOf(
      esther,
      (e) => sent(e, 'admission-notice').length === 2,
      'the admission notices',
    );
    expect(
      sent(admission, 'admission-notice')
        .map((e) => e.payload.toCareLinkId)
        .sort(),
    ).toEqual([MUNICIPALITY, PRIMARY_CARE]);
    for (const notice of sent(admission, 'admission-notice')) {
      expect(new Date(notice.payload.dueAt).getTime()).toBe(
        admittedAt.getTime() - (admittedAt.getTime() % 60_000) + 24 * HOUR,
      );
      expect(notice.occurredAt.getTime()).toBeLessThan(new Date(notice.payload.dueAt).getTime());
    }

    // The municipality takes part from the notice on: it reads her journey without being configured to.
    const journey = await eventually(async () => {
      const { data } = await platform.graphql<JourneyView>(
        JOURNEY_QUERY,
        { patientId: esther },
        MUNICIPALITY,
      );
      return data?.patientJourney ?? undefined;
    }, 'her journey as the municipality reads it');
    expect(journey.careLinkIds).toEqual(expect.arrayContaining([MUNICIPALITY, PRIMARY_CARE, WARD]));

    const { handoverInbox } = await eventually(async () => {
      const inbox = await platform.ask<{
        handoverInboxPage: { packages: { patientId: string; specificationId: string }[] };
      }>('{ handoverInboxPage(first: 200) { packages { patientId specificationId } } }', {}, MUNICIPALITY);
      const handoverInbox = inbox.handoverInboxPage.packages;
      return handoverInbox.some((p) => p.patientId === esther) ? { handoverInbox } : undefined;
    }, "the admission handover in the municipality's inbox");
    expect(handoverInbox.filter((p) => p.patientId === esther)).toEqual([
      { patientId: esther, specificationId: 'jkpg-at-admission' },
    ]);

    const readyAt = new Date(Date.now() - 5 * 60_000);
    await readyInTheEhr(esther, readyAt);
    const ready = await noticesOf(
      esther,
      (e) => sent(e, 'ready-for-discharge-notice').length === 2,
      'the ready notices',
    );
    expect(
      sent(ready, 'ready-for-discharge-notice')
        .map((e) => e.payload.toCareLinkId)
        .sort(),
    ).toEqual([MUNICIPALITY, PRIMARY_CARE]);
    expect(ready.filter((e) => e.type === 'CareLinkNoticeBreached')).toEqual([]);

    // The ward calls the planning meeting by video for tomorrow, with her and her daughter.
    const meetingAt = new Date(Date.now() + 24 * HOUR);
    const { callPlanningMeeting } = await platform.ask<{ callPlanningMeeting: { meetingId: string } }>(
      CALL_MEETING,
      {
        input: {
          patientId: esther,
          stayId: `V-${esther}`,
          at: meetingAt.toISOString(),
          mode: 'video',
          participantCareLinkIds: [WARD, MUNICIPALITY, PRIMARY_CARE],
          patientTakesPart: true,
          relativesInvited: true,
        },
      },
      WARD,
    );
    const called = await noticesOf(
      esther,
      (e) => sent(e, 'planning-meeting-call').length === 2,
      'the planning-meeting calls',
    );
    expect(
      sent(called, 'planning-meeting-call')
        .map((e) => [e.payload.toCareLinkId, e.payload.meetingId])
        .sort(),
    ).toEqual([
      [MUNICIPALITY, callPlanningMeeting.meetingId],
      [PRIMARY_CARE, callPlanningMeeting.meetingId],
    ]);

    // The municipality sees who is coming, when she was ready, and what is asked of it.
    const planning = await eventually(async () => {
      const { dischargePlanning } = await platform.ask<PlanningView>(PLANNING, {}, MUNICIPALITY);
      const stay = dischargePlanning.find((s) => s.patientId === esther);
      return stay?.medicallyReadySince && stay.meetings.length ? stay : undefined;
    }, "the municipality's planning view");
    expect(planning.notices.map((n) => [n.notice, n.status]).sort()).toEqual([
      ['admission-notice', 'sent-on-time'],
      ['planning-meeting-call', 'sent-on-time'],
      ['ready-for-discharge-notice', 'sent-on-time'],
    ]);
    expect(planning.meetings).toEqual([
      {
        meetingId: callPlanningMeeting.meetingId,
        at: meetingAt.toISOString(),
        mode: 'video',
        patientTakesPart: true,
        relativesInvited: true,
      },
    ]);

    // The same in the staff workspace, in Swedish: the ward sees its notices went in time, the
    // municipality who is coming and that it is asked to the meeting.
    const ward = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    await signInInSwedish(ward, 'ssk-karin', 'Medicin 3 (Länssjukhuset Ryhov)', 'Sjukhuspersonal');
    await ward.getByRole('link', { name: 'Utskrivningsplanering' }).click();
    const wardRow = ward.getByRole('row', { name: new RegExp(esther) });
    await wardRow.getByText('Inskrivningsmeddelande').first().waitFor();
    expect(await wardRow.getByText(/Skickat i tid/).count()).toBe(6);
    await expectNoAxeViolationsInBothLanguages(ward, 'Utskrivningsplanering');
    await screenshot(ward, 'discharge-planning-ward');
    const home = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    await signInInSwedish(home, 'bistand-lena', 'Jönköpings kommun, vårdplanering', 'Kommunal personal');
    await home.getByRole('link', { name: 'Utskrivningsplanering' }).click();
    const homeRow = home.getByRole('row', { name: new RegExp(esther) });
    await homeRow.getByText(/Delta i planeringsmötet/).waitFor();
    await homeRow.getByText(/via video, med patienten, närstående kallade/).waitFor();
    await expectNoAxeViolationsInBothLanguages(home, 'Utskrivningsplanering');
    await screenshot(home, 'discharge-planning-municipality');
    await Promise.all([ward.close(), home.close()]);

    // She withdraws her consent to sharing: the municipality's view closes, the ward's stays open.
    await platform.ask(CONSENT, { input: { patientId: esther, basis: 'consent-withdrawn' } }, WARD);
    const refused = await platform.graphql(JOURNEY_QUERY, { patientId: esther }, MUNICIPALITY);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { dischargePlanning: municipalityView } = await platform.ask<PlanningView>(
      PLANNING,
      {},
      MUNICIPALITY,
    );
    expect(municipalityView.map((s) => s.patientId)).not.toContain(esther);
    const { dischargePlanning: wardView } = await platform.ask<PlanningView>(PLANNING, {}, WARD);
    expect(wardView.map((s) => s.patientId)).toContain(esther);
  });

  it('publishes a breach for each notice sent late and each planning-meeting call never made', async () => {
    const late = uniquePatientId();
    const admittedAt = new Date(Date.now() - 14 * 24 * HOUR);
    expect(ackOf(await sendAdt(hl7, admissionFromJonkoping(late, admittedAt, `${late}-1`))).code).toBe('AA');
    await readyInTheEhr(late, new Date(Date.now() - 12 * 24 * HOUR));

    const events = await noticesOf(
      late,
      (e) =>
        breached(e, 'admission-notice').length === 2 && breached(e, 'planning-meeting-call').length === 2,
      'the breaches',
    );
    expect(breached(events, 'admission-notice').map((e) => e.payload.reason)).toEqual([
      'sent after the deadline',
      'sent after the deadline',
    ]);
    expect(
      breached(events, 'planning-meeting-call')
        .map((e) => [e.payload.toCareLinkId, e.payload.reason])
        .sort(),
    ).toEqual([
      [MUNICIPALITY, 'not sent by the deadline'],
      [PRIMARY_CARE, 'not sent by the deadline'],
    ]);
    expect(sent(events, 'planning-meeting-call')).toEqual([]);
  });

  it('charges the municipality exactly the days after the grace when her notices went on time, each day with its events', async () => {
    const ingrid = uniquePatientId();
    const stayId = `V-${ingrid}`;
    // The hospital's own system sent the notices and reports them; Carechain counts them, sends none again.
    const notice = (notice: string, toCareLinkId: string, occurredAt: string) =>
      careEventEnvelope('CareLinkNotified', ingrid, occurredAt, WARD, { stayId, notice, toCareLinkId });
    for (const to of [MUNICIPALITY, PRIMARY_CARE])
      expect(
        (await platform.submit(notice('admission-notice', to, '2026-11-02T11:00:00+01:00'))).status,
      ).toBe(201);
    // Monday 2 November 09:00, home in Jönköping.
    const admitted = admissionFromJonkoping(ingrid, new Date('2026-11-02T08:00:00Z'), `${ingrid}-1`);
    expect(ackOf(await sendAdt(hl7, admitted)).code).toBe('AA');
    for (const to of [MUNICIPALITY, PRIMARY_CARE])
      expect(
        (await platform.submit(notice('ready-for-discharge-notice', to, '2026-11-04T10:30:00+01:00'))).status,
      ).toBe(201);
    // Ready Wednesday 4 November 10:00; grace 5, 6 and 7 November; discharged home Wednesday 11 November 12:00.
    await readyInTheEhr(ingrid, new Date('2026-11-04T09:00:00Z'));
    await eventually(
      async () =>
        (await prisma.careEvent.count({
          where: { patientId: ingrid, type: 'MedicallyReadyForDischarge' },
        })) || undefined,
      'her readiness from the EHR',
    );
    const discharge = bareVisitNumber(
      adtMessage({
        trigger: 'A03',
        patientId: ingrid,
        stayId,
        controlId: `${ingrid}-2`,
        ward: 'MED3',
        at: '202611111200',
      }),
    );
    expect(ackOf(await sendAdt(hl7, discharge)).code).toBe('AA');

    const invoice = await eventually(async () => {
      const { data } = await platform.graphql<InvoiceView>(
        INVOICE,
        { municipality: 'jonkoping-municipality', month: '2026-11' },
        MUNICIPALITY,
        'coordinator',
      );
      const days = data?.municipalLiabilityInvoice.days.filter((d) => d.patientId === ingrid) ?? [];
      return days.length ? days : undefined;
    }, "the municipality's invoice basis");
    expect(invoice.map((d) => d.date)).toEqual(['2026-11-08', '2026-11-09', '2026-11-10', '2026-11-11']);

    const stored = await prisma.careEvent.findMany({
      where: { patientId: ingrid },
      select: { eventId: true, type: true, payload: true },
    });
    const idOf = (type: string, notice?: string) =>
      stored
        .filter(
          (e) =>
            e.type === type &&
            (!notice || (e.payload as { notice: string; toCareLinkId: string }).notice === notice),
        )
        .map((e) => e.eventId);
    for (const day of invoice) {
      expect(idOf('PatientAdmitted')).toContain(day.admissionEventId);
      expect(idOf('CareLinkNotified', 'admission-notice')).toContain(day.admissionNoticeEventId);
      expect(idOf('MedicallyReadyForDischarge')).toContain(day.readinessEventId);
      expect(idOf('CareLinkNotified', 'ready-for-discharge-notice')).toContain(day.readyNoticeEventId);
    }
    // The notices the hospital reported count as sent: Carechain sent no second admission or ready notice.
    expect(idOf('CareLinkNotified')).toHaveLength(4);
  });
});
