import { instantOfHl7DateTime } from './hl7-time';

const stockholm = 'Europe/Stockholm';

describe('an EHR sends wall-clock times without an offset, in Swedish time', () => {
  it('places a winter time one hour ahead of UTC and a summer time two', () => {
    expect(instantOfHl7DateTime('202611160740', stockholm)).toBe('2026-11-16T06:40:00.000Z');
    expect(instantOfHl7DateTime('20260716074012', stockholm)).toBe('2026-07-16T05:40:12.000Z');
  });

  it('keeps the offset when one is sent, and fractions of a second', () => {
    expect(instantOfHl7DateTime('20261116074000.25-0500', stockholm)).toBe('2026-11-16T12:40:00.250Z');
  });

  it('reads a time in the skipped spring hour with the winter offset', () => {
    expect(instantOfHl7DateTime('202603290230', stockholm)).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOfHl7DateTime('202603290330', stockholm)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads the repeated autumn hour as its later occurrence, and the hours around it right', () => {
    expect(instantOfHl7DateTime('202610250130', stockholm)).toBe('2026-10-24T23:30:00.000Z');
    expect(instantOfHl7DateTime('202610250230', stockholm)).toBe('2026-10-25T01:30:00.000Z');
    expect(instantOfHl7DateTime('202610250330', stockholm)).toBe('2026-10-25T02:30:00.000Z');
  });

  it('refuses what is not a date-time to the minute', () => {
    for (const value of ['20261116', '2026-11-16T07:40', '202613160740', '202611162460', 'x']) {
      expect(instantOfHl7DateTime(value, stockholm)).toBeUndefined();
    }
  });
});
