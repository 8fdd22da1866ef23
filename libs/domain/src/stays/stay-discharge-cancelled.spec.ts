import { unnecessaryDays } from '../unnecessary-days/unnecessary-days';
import { stayRecordOf } from './stay-record';
import { stayEvents as e } from './__fixtures__/stay-events';

const stockholm = 'Europe/Stockholm';
const everyMidnight = { kind: 'every-ready-midnight' } as const;

describe('a discharge recorded in error is cancelled while the patient waits for home care', () => {
  // Ready Monday 10:00; discharged in error Tuesday 14:00, cancelled 14:30; really home Friday 11:00.
  const admitted = e.admitted('2026-11-14T09:00:00+01:00');
  const ready = e.ready('2026-11-16T10:00:00+01:00');
  const discharged = e.discharged('2026-11-17T14:00:00+01:00', 'jkpg-home-care-south');
  const cancelled = e.dischargeCancelled('2026-11-17T14:30:00+01:00');
  const home = e.discharged('2026-11-20T11:00:00+01:00');

  it('is an open stay again, counted up to now', () => {
    const record = stayRecordOf('stay-1', [admitted, ready, discharged, cancelled])!;
    expect(record.facts.dischargedAt).toBeNull();
    const asOf = new Date('2026-11-19T12:00:00+01:00');
    expect(unnecessaryDays(record.facts, everyMidnight, stockholm, asOf).map((d) => d.date)).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
    ]);
  });

  it('counts the days up to the real discharge', () => {
    const record = stayRecordOf('stay-1', [admitted, ready, discharged, cancelled, home])!;
    expect(record.facts.dischargedAt).toEqual(home.occurredAt);
    expect(
      unnecessaryDays(record.facts, everyMidnight, stockholm, new Date('2027-01-01T00:00:00Z')),
    ).toHaveLength(4);
  });

  it('no longer names the receiving care link of the cancelled discharge', () => {
    expect(stayRecordOf('stay-1', [admitted, ready, discharged, cancelled])!.receivingCareLinkId).toBeNull();
  });
});
