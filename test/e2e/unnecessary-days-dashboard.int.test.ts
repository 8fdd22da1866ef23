import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

const REPORT = `query Report($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {
  unnecessaryDays(filter: $filter, granularity: $granularity) {
    rule total series { period value } byCause { key value } byWard { key value } byReceivingCareLink { key value }
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
  };
}

const event = (type: string, patientId: string, occurredAt: string, careLinkId: string, payload: object) =>
  careEventEnvelope(type, patientId, occurredAt, careLinkId, { stayId: `stay-${patientId}`, ...payload });

describe('the unnecessary-days dashboard, fed through Kafka and read through GraphQL', () => {
  let platform: RunningPlatform;
  const [a, b, c, d] = Array.from({ length: 4 }, uniquePatientId);

  beforeAll(async () => {
    platform = await RunningPlatform.start();
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
      event('MedicallyReadyForDischarge', b, '2026-03-03T10:00:00+01:00', 'ryhov-med-1', { readyAt: '2026-03-03T10:00:00+01:00' }),
      event('MedicallyReadyWithdrawn', b, '2026-03-05T09:00:00+01:00', 'ryhov-med-1', { reason: 'pneumonia' }),
      event('MedicallyReadyForDischarge', b, '2026-03-06T12:00:00+01:00', 'ryhov-med-1', {
        readyAt: '2026-03-06T12:00:00+01:00',
        expectedDestinationCareLinkId: 'nassjo-home-care',
      }),
      careEvents.transferred(b, '2026-03-07T09:00:00+01:00', 'ryhov-med-1', 'ryhov-ger'),
      event('DischargeDelayCauseRecorded', b, '2026-03-07T09:30:00+01:00', 'ryhov-ger', {
        cause: 'nursing-home-place',
        from: '2026-03-07T08:00:00+01:00',
      }),
      event('PatientDischarged', b, '2026-03-09T15:00:00+01:00', 'ryhov-ger', { destination: 'nursing-home', destinationCareLinkId: 'nassjo-home-care' }),
      // C: ready and discharged the same day: no unnecessary day.
      careEvents.admitted(c, '2026-03-02T08:00:00+01:00', 'ryhov-med-1'),
      event('MedicallyReadyForDischarge', c, '2026-03-04T09:00:00+01:00', 'ryhov-med-1', { readyAt: '2026-03-04T09:00:00+01:00' }),
      event('PatientDischarged', c, '2026-03-04T16:00:00+01:00', 'ryhov-med-1', { destination: 'home' }),
      // D: ready 10 March and still in hospital: every March midnight from the 11th, 21 of them.
      careEvents.admitted(d, '2026-03-02T08:00:00+01:00', 'ryhov-med-2'),
      event('MedicallyReadyForDischarge', d, '2026-03-10T10:00:00+01:00', 'ryhov-med-2', {
        readyAt: '2026-03-10T10:00:00+01:00',
        expectedDestinationCareLinkId: 'jonkoping-home-care',
      }),
    ];
    for (const e of events) expect((await platform.submit(e)).status).toBe(201);
    await eventually(
      async () => {
        const { data, errors } = await platform.graphql<Report>(REPORT, { filter: { from: '2026-03-01', to: '2026-03-31' }, granularity: 'MONTH' }, 'coach');
        if (errors) throw new Error(errors.map((e) => e.message).join('; '));
        return data?.unnecessaryDays.total === 28 ? true : undefined;
      },
      'every event projected',
    );
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const report = async (filter: object, granularity = 'MONTH') =>
    (await platform.graphql<Report>(REPORT, { filter: { from: '2026-03-01', to: '2026-03-31', ...filter }, granularity }, 'coach')).data!
      .unnecessaryDays;

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
    });
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
    const wrong = await platform.graphql<Report>(REPORT, { filter: { from: '2026-03-31', to: '2026-03-01' }, granularity: 'MONTH' }, 'coach');
    expect(wrong.errors?.[0]).toMatchObject({ message: 'filter.to: must not be before filter.from (2026-03-31)', extensions: { code: 'BAD_USER_INPUT' } });
    const cause = await platform.graphql<Report>(REPORT, { filter: { from: '2026-03-01', to: '2026-03-31', causes: ['weather'] }, granularity: 'MONTH' }, 'coach');
    expect(cause.errors?.[0].message).toMatch(/^filter.causes: unknown cause weather; known: home-care-capacity/);
  });

  it('charts the daily series with XmR limits and signals', async () => {
    const query = `query Chart($filter: UnnecessaryDaysFilter!) {
      unnecessaryDaysXmrChart(filter: $filter, granularity: DAY, rebaseAt: ["2026-03-11"]) {
        segments { firstPeriod mean upperLimit lowerLimit }
        points { period value segment shift }
      }
    }`;
    const { data } = await platform.graphql<{
      unnecessaryDaysXmrChart: { segments: { firstPeriod: string; mean: number }[]; points: { period: string; value: number; shift: boolean }[] };
    }>(query, { filter: { from: '2026-03-01', to: '2026-03-20' } }, 'coach');
    const chart = data!.unnecessaryDaysXmrChart;
    // Days per date: 4, 5, 7, 8, 9 March from B; 10, 11 from A; 11 to 20 from D.
    expect(chart.points.slice(0, 12).map((p) => p.value)).toEqual([0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 2, 1]);
    // Rebased on 11 March: the first ten days average 6/10, the last ten (2, then 1 nine times) 11/10.
    expect(chart.segments.map((s) => [s.firstPeriod, s.mean])).toEqual([
      ['2026-03-01', 0.6],
      ['2026-03-11', 1.1],
    ]);
    // After the 2 on 11 March, nine days of 1 lie below their segment's mean of 1.1: a shift.
    expect(chart.points.slice(11).every((p) => p.shift)).toBe(true);
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
    const query = '{ patientsWaiting { patientId wardCareLinkId receivingCareLinkId readySince cause daysSoFar } }';
    const ward = await platform.graphql<{ patientsWaiting: { patientId: string }[] }>(query, {}, 'ryhov-med-2');
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
});
