import { createPrismaClient } from '@carechain/persistence';
import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

const INVOICE = `query Invoice($municipality: String!, $month: String!) {
  municipalLiabilityInvoice(municipality: $municipality, month: $month) {
    municipalityId month region model totalDays amountBasis { amount currency }
    days { date patientId stayId admissionEventId admissionNoticeEventId readinessEventId readyNoticeEventId }
  }
}`;

interface Invoice {
  municipalLiabilityInvoice: {
    totalDays: number;
    amountBasis: { amount: number; currency: string } | null;
    days: Record<string, string>[];
  } & Record<string, unknown>;
}

const event = (type: string, patientId: string, occurredAt: string, payload: object) =>
  careEventEnvelope(type, patientId, occurredAt, 'ryhov-med-1', { stayId: `stay-${patientId}`, ...payload });

/** One stay: admitted, notices at the given times, ready, discharged to a municipality's home care. */
function stayOf(
  patientId: string,
  homeCare: string,
  at: { admitted: string; admissionNotice: string; ready: string; readyNotice: string; discharged: string },
) {
  const admitted = careEvents.admitted(patientId, at.admitted, 'ryhov-med-1');
  const admissionNotice = event('CareLinkNotified', patientId, at.admissionNotice, {
    notice: 'admission-notice',
    toCareLinkId: homeCare,
  });
  const ready = event('MedicallyReadyForDischarge', patientId, at.ready, {
    readyAt: at.ready,
    expectedDestinationCareLinkId: homeCare,
  });
  const readyNotice = event('CareLinkNotified', patientId, at.readyNotice, {
    notice: 'ready-for-discharge-notice',
    toCareLinkId: homeCare,
  });
  const discharged = event('PatientDischarged', patientId, at.discharged, {
    destination: 'home-with-home-care',
    destinationCareLinkId: homeCare,
  });
  return { admitted, admissionNotice, ready, readyNotice, discharged };
}

describe('a municipality’s payment-liability invoice charges exactly the days the regional rule says', () => {
  let platform: RunningPlatform;
  const [a, b, c, d] = Array.from({ length: 4 }, uniquePatientId);
  // Over the autumn clock change (25 October 03:00 CEST becomes 02:00 CET).
  // A: notices on time, ready Friday 10:00: grace 24, 25, 26; charged 27, 28, 29 October.
  const stayA = stayOf(a, 'jonkoping-home-care', {
    admitted: '2026-10-20T09:00:00+02:00',
    admissionNotice: '2026-10-20T12:00:00+02:00',
    ready: '2026-10-23T10:00:00+02:00',
    readyNotice: '2026-10-23T10:30:00+02:00',
    discharged: '2026-10-29T12:00:00+01:00',
  });
  // B: the same wait, but the admission notice 25 hours after admission: nothing charged.
  const stayB = stayOf(b, 'jonkoping-home-care', {
    admitted: '2026-10-20T09:00:00+02:00',
    admissionNotice: '2026-10-21T10:00:00+02:00',
    ready: '2026-10-23T10:00:00+02:00',
    readyNotice: '2026-10-23T10:30:00+02:00',
    discharged: '2026-10-29T12:00:00+01:00',
  });
  // C: ready Friday 15:00, after the 14:00 cut-off, so the ready notice on Monday is on time;
  // grace from Monday 26: 27, 28, 29; charged 30 and 31 October.
  const stayC = stayOf(c, 'jonkoping-home-care', {
    admitted: '2026-10-21T09:00:00+02:00',
    admissionNotice: '2026-10-21T09:30:00+02:00',
    ready: '2026-10-23T15:00:00+02:00',
    readyNotice: '2026-10-26T09:00:00+01:00',
    discharged: '2026-10-31T12:00:00+01:00',
  });
  // D: goes home to Habo: on Habo's invoice, not Jönköping's.
  const stayD = stayOf(d, 'habo-home-care', {
    admitted: '2026-10-20T09:00:00+02:00',
    admissionNotice: '2026-10-20T10:00:00+02:00',
    ready: '2026-10-22T10:00:00+02:00',
    readyNotice: '2026-10-22T10:30:00+02:00',
    discharged: '2026-10-27T12:00:00+01:00',
  });

  const invoice = (municipality: string, careLinkId: string, roles = 'coordinator', month = '2026-10') =>
    platform.graphql<Invoice>(INVOICE, { municipality, month }, careLinkId, roles);

  beforeAll(async () => {
    const rules = JSON.stringify({ dailyRate: { amount: 9000, currency: 'SEK' } });
    platform = await RunningPlatform.start({ gateway: { REGIONAL_PLANNING_RULES: rules } });
    await platform.saveDirectory(
      [
        { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
        { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
        { organisationId: 'habo-municipality', name: 'Habo kommun', kind: 'municipality' },
      ],
      [
        {
          careLinkId: 'ryhov-med-1',
          name: 'Medicin 1',
          kind: 'hospital-ward',
          organisationId: 'region-jonkoping',
          hospital: 'Länssjukhuset Ryhov',
        },
        {
          careLinkId: 'region-finance',
          name: 'Regionens ekonomi',
          kind: 'other',
          organisationId: 'region-jonkoping',
        },
        {
          careLinkId: 'jonkoping-home-care',
          name: 'Hemtjänst Jönköping',
          kind: 'home-care',
          organisationId: 'jonkoping-municipality',
        },
        {
          careLinkId: 'jonkoping-finance',
          name: 'Jönköpings kommun ekonomi',
          kind: 'other',
          organisationId: 'jonkoping-municipality',
        },
        {
          careLinkId: 'habo-home-care',
          name: 'Hemtjänst Habo',
          kind: 'home-care',
          organisationId: 'habo-municipality',
        },
      ],
    );
    const events = [stayA, stayB, stayC, stayD].flatMap((stay) => Object.values(stay));
    for (const e of events) expect((await platform.submit(e)).status).toBe(201);
    const prisma = createPrismaClient(platform.db.url, 1);
    await eventually(async () => {
      const applied = await prisma.processedEvent.count({
        where: { consumer: 'projector.stays', eventId: { in: events.map((e) => e.eventId) } },
      });
      return applied === events.length ? true : undefined;
    }, 'every event in the stays read model').finally(() => prisma.$disconnect());
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('charges Jönköping A’s 27–29 and C’s 30–31 October, each day traced to its events, and nothing of B', async () => {
    const { data, errors } = await invoice('jonkoping-municipality', 'jonkoping-finance');
    expect(errors).toBeUndefined();
    const traced = (stay: typeof stayA, patientId: string) => (date: string) => ({
      date,
      patientId,
      stayId: `stay-${patientId}`,
      admissionEventId: stay.admitted.eventId,
      admissionNoticeEventId: stay.admissionNotice.eventId,
      readinessEventId: stay.ready.eventId,
      readyNoticeEventId: stay.readyNotice.eventId,
    });
    expect(data!.municipalLiabilityInvoice).toEqual({
      municipalityId: 'jonkoping-municipality',
      month: '2026-10',
      region: 'Region Jönköpings län',
      model: '3 grace days',
      totalDays: 5,
      amountBasis: { amount: 45000, currency: 'SEK' },
      days: [
        ...['2026-10-27', '2026-10-28', '2026-10-29'].map(traced(stayA, a)),
        ...['2026-10-30', '2026-10-31'].map(traced(stayC, c)),
      ],
    });
  });

  it('agrees with the dashboard’s municipal-liability count for the same municipality', async () => {
    const { data } = await platform.graphql<{ unnecessaryDays: { total: number } }>(
      `query($filter: UnnecessaryDaysFilter!) { unnecessaryDays(filter: $filter, granularity: MONTH) { total } }`,
      {
        filter: {
          from: '2026-10-01',
          to: '2026-10-31',
          rule: 'MUNICIPAL_LIABILITY',
          receivingOrganisationIds: ['jonkoping-municipality'],
        },
      },
      'region-finance',
      'coach',
    );
    expect(data!.unnecessaryDays.total).toBe(5);
  });

  it('lets the region read every municipality’s, and a municipality only its own', async () => {
    const habo = await invoice('habo-municipality', 'region-finance');
    expect(habo.data!.municipalLiabilityInvoice.days.map((day) => [day.date, day.patientId])).toEqual([
      ['2026-10-26', d],
      ['2026-10-27', d],
    ]);
    const refused = await invoice('habo-municipality', 'jonkoping-finance');
    expect(refused.errors?.[0]).toMatchObject({
      message:
        "your organisation jonkoping-municipality may read only its own invoice basis, not habo-municipality's",
      extensions: { code: 'FORBIDDEN' },
    });
    const nurse = await invoice('jonkoping-municipality', 'jonkoping-home-care', 'municipal-staff');
    expect(nurse.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('audits the read of every patient on it, and names a month that is not one', async () => {
    const prisma = createPrismaClient(platform.db.url, 1);
    try {
      const audited = await prisma.accessAudit.findMany({
        where: { action: 'read municipalLiabilityInvoice', careLinkId: 'jonkoping-finance', allowed: true },
        select: { patientId: true },
      });
      expect(new Set(audited.map((row) => row.patientId))).toEqual(new Set([a, b, c]));
    } finally {
      await prisma.$disconnect();
    }
    const bad = await invoice('jonkoping-municipality', 'jonkoping-finance', 'coordinator', '2026-10-01');
    expect(bad.errors?.[0]).toMatchObject({
      message: "month: '2026-10-01' is not a month in the form YYYY-MM",
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
