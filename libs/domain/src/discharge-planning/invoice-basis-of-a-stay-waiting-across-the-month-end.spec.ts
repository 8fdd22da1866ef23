import { declared, notice, stay } from '../unnecessary-days/__fixtures__/stays';
import { invoiceReadRefusal, liabilityInvoice } from './liability-invoice';
import { jonkopingPlanningRules } from './regional-planning-rules';

const rules = { ...jonkopingPlanningRules, dailyRate: { amount: 9000, currency: 'SEK' } };
const asOf = new Date('2027-01-15T00:00:00Z');

// Ready Thursday 11-26 10:00, home Thursday 12-03 14:00: grace 27, 28, 29; charged 11-30 .. 12-03.
const acrossMonthEnd = stay(
  '2026-11-20T09:00:00+01:00',
  '2026-12-03T14:00:00+01:00',
  [declared('2026-11-26T10:00:00+01:00', { eventId: 'ready-a' })],
  {
    stayId: 'stay-a',
    notices: [
      notice('admission-notice', '2026-11-20T12:00:00+01:00', 'admission-notice-a'),
      notice('ready-for-discharge-notice', '2026-11-26T11:00:00+01:00', 'ready-notice-a'),
    ],
  },
);
// Still in hospital on 12-02 at asOf's time: ready Friday 11-27 09:00, charged from 12-01.
const stillIn = stay('2026-11-25T09:00:00+01:00', null, [declared('2026-11-27T09:00:00+01:00')], {
  stayId: 'stay-b',
  notices: [
    notice('admission-notice', '2026-11-25T10:00:00+01:00'),
    notice('ready-for-discharge-notice', '2026-11-27T09:30:00+01:00'),
  ],
});

describe('a municipality is invoiced per month for the days of that month only', () => {
  const stays = [
    { patientId: 'patient-b', facts: stillIn },
    { patientId: 'patient-a', facts: acrossMonthEnd },
  ];

  it('November carries one day of the stay waiting across the month end', () => {
    const november = liabilityInvoice('jonkoping-municipality', '2026-11', stays, rules, asOf);
    expect(november).toMatchObject({
      region: 'Region Jönköpings län',
      totalDays: 1,
      amountBasis: { amount: 9000, currency: 'SEK' },
    });
    expect(november.lines).toEqual([
      {
        date: '2026-11-30',
        patientId: 'patient-a',
        stayId: 'stay-a',
        admissionEventId: 'admitted-1',
        admissionNoticeEventId: 'admission-notice-a',
        readinessEventId: 'ready-a',
        readyNoticeEventId: 'ready-notice-a',
      },
    ]);
  });

  it('December carries the rest of the discharged stay and the waiting stay up to now, by date then patient', () => {
    const december = liabilityInvoice(
      'jonkoping-municipality',
      '2026-12',
      stays,
      rules,
      new Date('2026-12-02T12:00:00+01:00'),
    );
    expect(december.lines.map((l) => [l.date, l.patientId])).toEqual([
      ['2026-12-01', 'patient-a'],
      ['2026-12-01', 'patient-b'],
      ['2026-12-02', 'patient-a'],
      ['2026-12-02', 'patient-b'],
      ['2026-12-03', 'patient-a'],
    ]);
    expect(december.amountBasis).toEqual({ amount: 45000, currency: 'SEK' });
  });

  it('has no amount without a daily rate, and refuses a month that is not one', () => {
    expect(
      liabilityInvoice('jonkoping-municipality', '2026-11', stays, jonkopingPlanningRules, asOf).amountBasis,
    ).toBeNull();
    expect(() => liabilityInvoice('jonkoping-municipality', '2026-13', stays, rules, asOf)).toThrow(
      "'2026-13' is not a month in the form YYYY-MM",
    );
  });
});

describe('who reads a municipality’s invoice basis', () => {
  it('the region reads every municipality’s, a municipality only its own', () => {
    const region = { organisationId: 'region-jonkoping', kind: 'region' as const };
    const habo = { organisationId: 'habo-municipality', kind: 'municipality' as const };
    expect(invoiceReadRefusal(region, 'jonkoping-municipality')).toBeNull();
    expect(invoiceReadRefusal(habo, 'habo-municipality')).toBeNull();
    expect(invoiceReadRefusal(habo, 'jonkoping-municipality')).toBe(
      "your organisation habo-municipality may read only its own invoice basis, not jonkoping-municipality's",
    );
    expect(invoiceReadRefusal(null, 'habo-municipality')).toMatch(/not in the care-link directory/);
  });
});
