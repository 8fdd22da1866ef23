import { feedbackProblems } from './complaints';

describe('feedback on a complaint is given on or after the day it came in, and while it is open', () => {
  const received = { receivedOn: '2026-11-10', closed: false };

  it('takes feedback given the day the complaint came in', () => {
    expect(feedbackProblems(received, { feedback: 'The ward answered', givenOn: '2026-11-10' })).toEqual([]);
  });

  it('refuses feedback dated before the complaint came in, naming that day', () => {
    expect(feedbackProblems(received, { feedback: 'The ward answered', givenOn: '2026-11-09' })).toEqual([
      { field: 'givenOn', message: 'must not be before the complaint was received (2026-11-10)' },
    ]);
  });

  it('names an empty feedback, a date that does not exist and a closed complaint at once', () => {
    expect(
      feedbackProblems({ ...received, closed: true }, { feedback: ' ', givenOn: '2026-11-31' }).map(
        (p) => p.field,
      ),
    ).toEqual(['feedback', 'givenOn', 'complaintId']);
  });
});
