import { coachEn } from './coach.en';
import { coachSv } from './coach.sv';
import { en } from './en';
import { sv } from './sv';

// The coach pages' texts are merged over the staff texts key by key at the top: a group of the
// same name would silently replace the staff group (the SIP conflict once showed raw keys).
describe('the coach pages bring texts of their own', () => {
  it.each([
    ['Swedish', sv, coachSv],
    ['English', en, coachEn],
  ])('in %s, no text group of theirs has the name of a staff group', (_, staff, coach) => {
    expect(Object.keys(coach).filter((group) => group in staff)).toEqual([]);
  });
});
