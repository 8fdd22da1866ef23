import { displayedPersonalIdentityNumber, personalIdentityNumberOf } from './patient-identity';

const today = new Date('2026-12-06T12:00:00Z');
const read = (text: string) => personalIdentityNumberOf(text, today);

describe('a personal identity number arrives from record systems written in different ways', () => {
  it('is kept as twelve digits whichever way it was written', () => {
    for (const text of ['19381123-1234', '193811231234', '381123-1234', ' 3811231234 '])
      expect(read(text)).toEqual({ ok: true, digits: '193811231234' });
    expect(displayedPersonalIdentityNumber('193811231234')).toBe('19381123-1234');
  });

  it('takes the latest century not in the future, and the one before for someone 100 or older ("+")', () => {
    expect(read('200101-2384')).toEqual({ ok: true, digits: '202001012384' });
    expect(read('200101+2384')).toEqual({ ok: true, digits: '192001012384' });
    expect(read('261201-1230')).toEqual({ ok: true, digits: '202612011230' });
  });

  it('accepts a coordination number, whose day has 60 added', () => {
    expect(read('19381183-1234')).toEqual({ ok: true, digits: '193811831234' });
  });

  it('refuses what is no personal identity number, saying what was expected', () => {
    expect(read('Esther')).toEqual({
      ok: false,
      problem: 'must be a personal identity or coordination number: YYYYMMDD-NNNN or YYMMDD-NNNN',
    });
    expect(read('19381323-1234')).toEqual({
      ok: false,
      problem: 'has no valid date of birth (month 01-12, day 01-31 or 61-91)',
    });
    expect(read('19380230-1234').ok).toBe(false);
  });
});
