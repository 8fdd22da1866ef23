import { instantOfHl7DateTime } from './hl7-time';

const stockholm = 'Europe/Stockholm';
const at = (value: string) => instantOfHl7DateTime(value, stockholm)?.instant;

describe('an EHR sends wall-clock times without an offset, in Swedish time', () => {
  it('places a winter time one hour ahead of UTC and a summer time two', () => {
    expect(at('202611160740')).toBe('2026-11-16T06:40:00.000Z');
    expect(at('20260716074012')).toBe('2026-07-16T05:40:12.000Z');
  });

  it('keeps the offset when one is sent, and fractions of a second', () => {
    expect(at('20261116074000.25-0500')).toBe('2026-11-16T12:40:00.250Z');
  });

  it('reads a time in the skipped spring hour with the winter offset', () => {
    expect(at('202603290230')).toBe('2026-03-29T01:30:00.000Z');
    expect(at('202603290330')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads the repeated autumn hour as its later occurrence, and the hours around it right', () => {
    expect(at('202610250130')).toBe('2026-10-24T23:30:00.000Z');
    expect(at('202610250230')).toBe('2026-10-25T01:30:00.000Z');
    expect(at('202610250330')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('reads times around a change in the middle of a UTC hour right, before and after, asked again', () => {
    // Lord Howe Island moves its clocks half an hour, at 15:30 UTC.
    const lordHowe = (value: string) => instantOfHl7DateTime(value, 'Australia/Lord_Howe')?.instant;
    for (let round = 0; round < 2; round++) {
      expect(lordHowe('202610040130')).toBe('2026-10-03T15:00:00.000Z');
      expect(lordHowe('202610040159')).toBe('2026-10-03T15:29:00.000Z');
      expect(lordHowe('202610040245')).toBe('2026-10-03T15:45:00.000Z');
    }
  });

  it('refuses what is not an HL7 date-time to the day at least', () => {
    for (const value of ['202611', '2026', '2026-11-16T07:40', '202613160740', '202611162460', 'x']) {
      expect(instantOfHl7DateTime(value, stockholm)).toBeUndefined();
    }
  });
});

describe('a regional PAS sends the discharge date without a time, as older feeds do', () => {
  it('places a date alone at the start of that Swedish day and says it is only a day', () => {
    expect(instantOfHl7DateTime('20261120', stockholm)).toEqual({
      instant: '2026-11-19T23:00:00.000Z',
      precision: 'day',
    });
    expect(instantOfHl7DateTime('20260720', stockholm)).toEqual({
      instant: '2026-07-19T22:00:00.000Z',
      precision: 'day',
    });
  });

  it('keeps an hour alone as an hour, and a date with its own offset on that offset', () => {
    expect(instantOfHl7DateTime('2026112014', stockholm)).toEqual({
      instant: '2026-11-20T13:00:00.000Z',
      precision: 'hour',
    });
    expect(instantOfHl7DateTime('20261120+0000', stockholm)).toEqual({
      instant: '2026-11-20T00:00:00.000Z',
      precision: 'day',
    });
  });

  it('says a time to the minute or second is one', () => {
    expect(instantOfHl7DateTime('202611201400', stockholm)?.precision).toBe('minute');
    expect(instantOfHl7DateTime('20261120140005', stockholm)?.precision).toBe('second');
  });
});
