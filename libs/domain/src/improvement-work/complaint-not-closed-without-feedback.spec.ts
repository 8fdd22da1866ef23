import { answerProblems, checkComplaint, closingProblems, type ComplaintProgress } from './complaints';

const open: ComplaintProgress = {
  involvedCareLinkIds: ['ryhov-med-1', 'jonkoping-home-care'],
  answeredBy: [],
  feedbackGiven: false,
  closed: false,
};

describe('a complaint is answered by every involved link and closed only once the complainant has had feedback', () => {
  it('lets only involved links answer', () => {
    expect(answerProblems(open, 'ryhov-med-1', 'We called too late')).toEqual([]);
    expect(answerProblems(open, 'vc-tranas', 'Not ours')).toEqual([
      { field: 'complaintId', message: 'care link vc-tranas is not involved in this complaint' },
    ]);
  });

  it('names the missing feedback and the links still to answer', () => {
    expect(closingProblems({ ...open, answeredBy: ['ryhov-med-1'] })).toEqual([
      { field: 'feedback', message: 'no feedback has been given to the complainant yet' },
      { field: 'answers', message: 'waiting for the answer of jonkoping-home-care' },
    ]);
  });

  it('refuses to close with every answer in but no feedback, and closes once feedback is given', () => {
    const answered = { ...open, answeredBy: ['jonkoping-home-care', 'ryhov-med-1'] };
    expect(closingProblems(answered).map((p) => p.field)).toEqual(['feedback']);
    expect(closingProblems({ ...answered, feedbackGiven: true })).toEqual([]);
    expect(
      answerProblems({ ...answered, feedbackGiven: true, closed: true }, 'ryhov-med-1', 'Late answer')[0]
        .message,
    ).toBe('the complaint is closed');
  });

  it('needs the involved links to be in the directory', () => {
    expect(
      checkComplaint(
        {
          receivedOn: '2026-03-01',
          complainantKind: 'relative',
          summary: 'Nobody told us',
          involvedCareLinkIds: [],
        },
        new Set(),
        '2026-03-02',
      ),
    ).toEqual([{ field: 'involvedCareLinkIds', message: 'name the care links the complaint concerns' }]);
  });
});
