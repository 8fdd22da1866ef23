import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

const REPORT = `query Report($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {
  unnecessaryDays(filter: $filter, granularity: $granularity) {
    rule total series { period value } byCause { key value } byWard { key value } byReceivingCareLink { key value }
    byHospital { key value } byReceivingOrganisation { key value }
  }
}`;

interface Report {
  unnecessaryDays: {
    rule: string;
    total: number;
    series: { period: string; value: number }[];
    byCause: { key: string; value: number }[];
    byWard: { key: string; value: number }[];
    byReceivingCareLink: { key: string; value: number }[];
    byHospital: { key: string; value: number }[];
    byReceivingOrganisation: { key: string; value: number }[];
  };
}

const SAVE_ORGANISATION =
  'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId timeZone } }';
const SAVE_CARE_LINK =
  'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId organisationId hospital } }';
const ryhov = 'Länssjukhuset Ryhov';

const event = (type: string, patientId: string, occurredAt: string, careLinkId: string, payload: object) =>
  careEventEnvelope(type, patientId, occurredAt, careLinkId, { stayId: `stay-${patientId}`, ...payload });

describe('the unnecessary-days dashboard, fed through Kafka and read through GraphQL', () => {
  let platform: RunningPlatform;
  const [a, b, c, d] = Array.from({ length: 4 }, uniquePatientId);

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    // The directory knows Region Jönköping's wards and Jönköping's home care; Nässjö is not registered yet.
    for (const input of [
      { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
      { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
    ]) {
      expect(
        (await platform.graphql(SAVE_ORGANISATION, { input }, 'coordinator', 'coordinator')).errors,
      ).toBeUndefined();
    }
    for (const input of [
      {
        careLinkId: 'ryhov-med-1',
        name: 'Medicin 1',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: ryhov,
      },
      {
        careLinkId: 'ryhov-med-2',
        name: 'Medicin 2',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: ryhov,
      },
      {
        careLinkId: 'ryhov-ger',
        name: 'Geriatrik',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: ryhov,
      },
      {
        careLinkId: 'jonkoping-home-care',
        name: 'Hemtjänst Jönköping',
        kind: 'home-care',
        organisationId: 'jonkoping-municipality',
      },
    ]) {
      expect(
        (await platform.graphql(SAVE_CARE_LINK, { input }, 'coordinator', 'coordinator')).errors,
      ).toBeUndefined();
    }
    const events = [
      // A: ready Monday 10:00, home care has no room, discharged Wednesday 14:00: midnights of 10 and 11 March.
      careEvents.admitted(a, '2026-03-02T08:00:00+01:00', 'ryhov-med-1'),
      event('MedicallyReadyForDischarge', a, '2026-03-09T10:00:00+01:00', 'ryhov-med-1', {
        readyAt: '2026-03-09T10:00:00+01:00',
        expectedDestinationCareLinkId: 'jonkoping-home-care',
      }),
      event('DischargeDelayCauseRecorded', a, '2026-03-09T11:00:00+01:00', 'ryhov-med-1', {
        cause: 'home-care-capacity',
        from: '2026-03-09T10:00:00+01:00',
      }),
      event('PatientDischarged', a, '2026-03-11T14:00:00+01:00', 'ryhov-med-1', {
        destination: 'home-with-home-care',
        destinationCareLinkId: 'jonkoping-home-care',
      }),
      // B: ready 3 March, deteriorates 5 March 09:00 (midnights of 4 and 5 March), ready again 6 March 12:00,
      // moved to geriatrics 7 March 09:00, waits for a nursing home from 7 March 08:00, discharged 9 March:
      // midnights of 7 (on med-1, cause not yet recorded), 8 and 9 March (geriatrics, nursing home).
      careEvents.admitted(b, '2026-03-02T08:00:00+01:00', 'ryhov-med-1'),
      event('MedicallyReadyForDischarge', b, '2026-03-03T10:00:00+01:00', 'ryhov-med-1', {
        readyAt: '2026-03-03T10:00:00+01:00',
      }),
      event('MedicallyReadyWithdrawn', b, '2026-03-05T09:00:00+01:00', 'ryhov-med-1', {
        reason: 'pneumonia',
      }),
      event('MedicallyReadyForDischarge', b, '2026-03-06T12:00:00+01:00', 'ryhov-med-1', {
        readyAt: '2026-03-06T12:00:00+01:00',
        expectedDestinationCareLinkId: 'nassjo-home-care',
      }),
      careEvents.transferred(b, '2026-03-07T09:00:00+01:00', 'ryhov-med-1', 'ryhov-ger'),
      event('DischargeDelayCauseRecorded', b, '2026-03-07T09:30:00+01:00', 'ryhov-ger', {
        cause: 'nursing-home-place',
        from: '2026-03-07T08:00:00+01:00',
      }),
      event('PatientDischarged', b, '2026-03-09T15:00:00+01:00', 'ryhov-ger', {
        destination: 'nursing-home',
        destinationCareLinkId: 'nassjo-home-care',
      }),
      // C: ready and discharged the same day: no unnecessary day.
      careEvents.admitted(c, '2026-03-02T08:00:00+01:00', 'ryhov-med-1'),
      event('MedicallyReadyForDischarge', c, '2026-03-04T09:00:00+01:00', 'ryhov-med-1', {
        readyAt: '2026-03-04T09:00:00+01:00',
      }),
      event('PatientDischarged', c, '2026-03-04T16:00:00+01:00', 'ryhov-med-1', { destination: 'home' }),
      // D: ready 10 March and still in hospital: every March midnight from the 11th, 21 of them.
      careEvents.admitted(d, '2026-03-02T08:00:00+01:00', 'ryhov-med-2'),
      event('MedicallyReadyForDischarge', d, '2026-03-10T10:00:00+01:00', 'ryhov-med-2', {
        readyAt: '2026-03-10T10:00:00+01:00',
        expectedDestinationCareLinkId: 'jonkoping-home-care',
      }),
    ];
    await platform.submitProjected(events);
    await eventually(async () => {
      const { data, errors } = await platform.graphql<Report>(
        REPORT,
        { filter: { from: '2026-03-01', to: '2026-03-31' }, granularity: 'MONTH' },
        'coach',
      );
      if (errors) throw new Error(errors.map((e) => e.message).join('; '));
      return data?.unnecessaryDays.total === 28 ? true : undefined;
    }, 'every event projected');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const report = async (filter: object, granularity = 'MONTH') =>
    (
      await platform.graphql<Report>(
        REPORT,
        { filter: { from: '2026-03-01', to: '2026-03-31', ...filter }, granularity },
        'coach',
      )
    ).data!.unnecessaryDays;

  it('counts every ready midnight of every ready period, waiting patients included', async () => {
    expect(await report({})).toEqual({
      rule: 'EVERY_READY_MIDNIGHT',
      total: 28,
      series: [{ period: '2026-03-01', value: 28 }],
      byCause: [
        { key: 'not-recorded', value: 24 },
        { key: 'home-care-capacity', value: 2 },
        { key: 'nursing-home-place', value: 2 },
      ],
      byWard: [
        { key: 'ryhov-med-2', value: 21 },
        { key: 'ryhov-med-1', value: 5 },
        { key: 'ryhov-ger', value: 2 },
      ],
      byReceivingCareLink: [
        { key: 'jonkoping-home-care', value: 23 },
        { key: 'nassjo-home-care', value: 5 },
      ],
      byHospital: [{ key: ryhov, value: 28 }],
      byReceivingOrganisation: [
        { key: 'jonkoping-municipality', value: 23 },
        { key: 'unregistered:nassjo-home-care', value: 5 },
      ],
    });
  });

  it('filters by hospital and by receiving municipality through the care-link directory', async () => {
    expect((await report({ hospitals: [ryhov] })).total).toBe(28);
    expect((await report({ hospitals: ['Värnamo sjukhus'] })).total).toBe(0);
    const jonkoping = await report({ receivingOrganisationIds: ['jonkoping-municipality'] });
    expect([jonkoping.total, jonkoping.byWard]).toEqual([
      23,
      [
        { key: 'ryhov-med-2', value: 21 },
        { key: 'ryhov-med-1', value: 2 },
      ],
    ]);
  });

  it('refuses a care link of an unregistered organisation, and a ward without its hospital, naming each field', async () => {
    const { errors } = await platform.graphql(
      SAVE_CARE_LINK,
      {
        input: {
          careLinkId: 'nassjo-home-care',
          name: 'Hemtjänst Nässjö',
          kind: 'home-care',
          organisationId: 'nassjo-municipality',
        },
      },
      'coordinator',
      'coordinator',
    );
    expect(errors?.[0]).toMatchObject({
      message:
        "input.organisationId: no organisation 'nassjo-municipality' in the directory; register it first",
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const ward = await platform.graphql(
      SAVE_CARE_LINK,
      {
        input: {
          careLinkId: 'ryhov-med-4',
          name: 'Medicin 4',
          kind: 'hospital-ward',
          organisationId: 'region-jonkoping',
        },
      },
      'coordinator',
      'coordinator',
    );
    expect(ward.errors?.[0].message).toBe('input.hospital: a hospital-ward must name its hospital');
    const zone = await platform.graphql(
      SAVE_ORGANISATION,
      {
        input: {
          organisationId: 'habo-municipality',
          name: 'Habo kommun',
          kind: 'municipality',
          timeZone: 'Europe/Habo',
        },
      },
      'coordinator',
      'coordinator',
    );
    expect(zone.errors?.[0].message).toBe(
      "input.timeZone: 'Europe/Habo' is not an IANA time zone such as Europe/Stockholm",
    );
  });

  it('counts only the final ready period under that rule', async () => {
    expect((await report({ rule: 'FINAL_READY_PERIOD' })).total).toBe(26);
  });

  it('gives the weekly series with empty weeks as zero', async () => {
    const { series } = await report({ to: '2026-03-15' }, 'WEEK');
    // Weeks start on Monday: 23 Feb (1 March is a Sunday), 2 March, 9 March.
    // Week of 2 March: B on 4, 5, 7 and 8 (a Sunday). Week of 9 March: B on 9, A on 10 and 11, D on 11 to 15.
    expect(series).toEqual([
      { period: '2026-02-23', value: 0 },
      { period: '2026-03-02', value: 4 },
      { period: '2026-03-09', value: 1 + 2 + 5 },
    ]);
  });

  it('filters by cause and by ward', async () => {
    expect((await report({ causes: ['nursing-home-place'] })).total).toBe(2);
    expect((await report({ wardCareLinkIds: ['ryhov-med-1'] })).total).toBe(5);
  });

  it('names a wrong period and an unknown cause', async () => {
    const wrong = await platform.graphql<Report>(
      REPORT,
      { filter: { from: '2026-03-31', to: '2026-03-01' }, granularity: 'MONTH' },
      'coach',
    );
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'filter.to: must not be before filter.from (2026-03-31)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const cause = await platform.graphql<Report>(
      REPORT,
      { filter: { from: '2026-03-01', to: '2026-03-31', causes: ['weather'] }, granularity: 'MONTH' },
      'coach',
    );
    expect(cause.errors?.[0].message).toMatch(
      /^filter.causes: unknown cause weather; known: home-care-capacity/,
    );
  });

  it('charts the daily series with XmR limits and signals', async () => {
    const query = `query Chart($filter: UnnecessaryDaysFilter!) {
      unnecessaryDaysXmrChart(filter: $filter, granularity: DAY, rebaseAt: ["2026-03-11"]) {
        segments { firstPeriod mean upperLimit lowerLimit }
        points { period value segment shift }
        periodsWithoutData
      }
    }`;
    const { data } = await platform.graphql<{
      unnecessaryDaysXmrChart: {
        segments: { firstPeriod: string; mean: number }[];
        points: { period: string; value: number; shift: boolean }[];
        periodsWithoutData: string[];
      };
    }>(query, { filter: { from: '2026-03-01', to: '2026-03-20' } }, 'coach');
    const chart = data!.unnecessaryDaysXmrChart;
    // Nobody was in hospital on 1 March: no data, left out rather than judged as a day of zero.
    expect(chart.periodsWithoutData).toEqual(['2026-03-01']);
    // Days per date: 4, 5, 7, 8, 9 March from B; 10, 11 from A; 11 to 20 from D.
    expect(chart.points.slice(0, 11).map((p) => p.value)).toEqual([0, 0, 1, 1, 0, 1, 1, 1, 1, 2, 1]);
    // Rebased on 11 March: the nine days before average 6/9, the last ten (2, then 1 nine times) 11/10.
    expect(chart.segments.map((s) => [s.firstPeriod, Number(s.mean.toFixed(2))])).toEqual([
      ['2026-03-02', 0.67],
      ['2026-03-11', 1.1],
    ]);
    // After the 2 on 11 March, nine days of 1 lie below their segment's mean of 1.1: a shift.
    expect(chart.points.slice(10).every((p) => p.shift)).toBe(true);
  });

  it('counts admissions per month from the same events', async () => {
    const { data } = await platform.graphql<{ admissions: { period: string; value: number }[] }>(
      '{ admissions(from: "2026-02-01", to: "2026-03-31", granularity: MONTH) { period value } }',
      {},
      'coach',
    );
    expect(data!.admissions).toEqual([
      { period: '2026-02-01', value: 0 },
      { period: '2026-03-01', value: 4 },
    ]);
  });

  it('lists the waiting patient to the ward caring for her, and to no one else', async () => {
    const query =
      '{ patientsWaiting { patientId wardCareLinkId receivingCareLinkId readySince cause daysSoFar } }';
    const ward = await platform.graphql<{ patientsWaiting: { patientId: string }[] }>(
      query,
      {},
      'ryhov-med-2',
    );
    expect(ward.data!.patientsWaiting).toEqual([
      expect.objectContaining({
        patientId: d,
        wardCareLinkId: 'ryhov-med-2',
        receivingCareLinkId: 'jonkoping-home-care',
        readySince: '2026-03-10T09:00:00.000Z',
        cause: 'not-recorded',
      }),
    ]);
    const other = await platform.graphql<{ patientsWaiting: unknown[] }>(query, {}, 'vc-tranas');
    expect(other.data!.patientsWaiting).toEqual([]);
  });

  describe('the ward records why the waiting patient is still in hospital', () => {
    const RECORD = `mutation($input: DischargeDelayCauseInput!) {
      recordDischargeDelayCause(input: $input) { stayId cause from note recordedByCareLinkId }
    }`;
    const input = {
      patientId: d,
      stayId: `stay-${d}`,
      cause: 'home-care-capacity',
      from: '2026-03-14T11:00:00.000Z',
      requestId: 'ward-round-14-march',
    };

    it('refuses a care link with no care relationship with the patient', async () => {
      const { errors } = await platform.graphql(RECORD, { input }, 'vc-tranas');
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('names an unknown cause and a stay of another patient', async () => {
      const cause = await platform.graphql(RECORD, { input: { ...input, cause: 'weather' } }, 'ryhov-med-2');
      expect(cause.errors?.[0].message).toMatch(/^input\.cause: /);
      expect(cause.errors?.[0].message).toContain('home-care-capacity');
      const stay = await platform.graphql(
        RECORD,
        { input: { ...input, stayId: `stay-${a}` } },
        'ryhov-med-2',
      );
      expect(stay.errors?.[0].message).toBe(`input.stayId: no stay 'stay-${a}' of this patient`);
    });

    it('records the cause once under retry; the days from then on carry it and the history shows who recorded it', async () => {
      const first = await platform.graphql<{ recordDischargeDelayCause: object }>(
        RECORD,
        { input },
        'ryhov-med-2',
      );
      expect(first.data?.recordDischargeDelayCause).toEqual({
        stayId: `stay-${d}`,
        cause: 'home-care-capacity',
        from: '2026-03-14T11:00:00.000Z',
        note: null,
        recordedByCareLinkId: 'ryhov-med-2',
      });
      expect((await platform.graphql(RECORD, { input }, 'ryhov-med-2')).errors).toBeUndefined();

      // D's midnights of 15 to 31 March now carry the cause; 11 to 14 March stay not recorded.
      const byCause = await eventually(async () => {
        const { byCause } = await report({});
        return byCause.find((c) => c.key === 'home-care-capacity')?.value === 2 + 17 ? byCause : undefined;
      }, 'cause projected');
      expect(byCause).toEqual([
        { key: 'home-care-capacity', value: 19 },
        { key: 'not-recorded', value: 7 },
        { key: 'nursing-home-place', value: 2 },
      ]);
      const history = await platform.graphql<{ dischargeDelayCauses: object[] }>(
        `query($patientId: ID!, $stayId: ID!) { dischargeDelayCauses(patientId: $patientId, stayId: $stayId) { cause from recordedByCareLinkId } }`,
        { patientId: d, stayId: `stay-${d}` },
        'ryhov-med-2',
      );
      expect(history.data?.dischargeDelayCauses).toEqual([
        {
          cause: 'home-care-capacity',
          from: '2026-03-14T11:00:00.000Z',
          recordedByCareLinkId: 'ryhov-med-2',
        },
      ]);
    });
  });
});
