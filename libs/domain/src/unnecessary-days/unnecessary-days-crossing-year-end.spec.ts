import { unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm } from './__fixtures__/stays';

const everyMidnight = { kind: 'every-ready-midnight' } as const;
const asOf = new Date('2027-02-01T00:00:00Z');

describe('Esther waits over New Year', () => {
  it('names each day by its own year: 2026-12-31, 2027-01-01, 2027-01-02', () => {
    const facts = stay('2026-12-28T09:00:00+01:00', '2027-01-02T09:00:00+01:00', [
      declared('2026-12-30T18:00:00+01:00'),
    ]);
    expect(datesOf(unnecessaryDays(facts, everyMidnight, stockholm, asOf))).toEqual([
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('does not count New Year for a patient ready half an hour after it, though it is still 2026 in UTC', () => {
    // 00:30 on 2027-01-01 in Stockholm is 23:30 on 2026-12-31 in UTC.
    const facts = stay('2026-12-28T09:00:00+01:00', '2027-01-01T10:00:00+01:00', [
      declared('2027-01-01T00:30:00+01:00'),
    ]);
    expect(unnecessaryDays(facts, everyMidnight, stockholm, asOf)).toEqual([]);
  });
});
