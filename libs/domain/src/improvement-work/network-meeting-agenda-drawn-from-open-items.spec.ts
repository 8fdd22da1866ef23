import { checkAgendaItem, proposeAgenda, type OpenItems } from './network-meeting';

const area = new Set(['ryhov-med-1', 'jonkoping-home-care']);
const open: OpenItems = {
  complaints: [
    {
      complaintId: 'c-new',
      receivedOn: '2026-03-01',
      summary: 'Nobody told us she was coming home',
      involvedCareLinkIds: ['ryhov-med-1', 'jonkoping-home-care'],
      awaitingAnswerFrom: ['jonkoping-home-care'],
      feedbackGiven: false,
    },
    {
      complaintId: 'c-old',
      receivedOn: '2026-01-15',
      summary: 'Medicines missing at home',
      involvedCareLinkIds: ['jonkoping-home-care'],
      awaitingAnswerFrom: [],
      feedbackGiven: true,
    },
    {
      complaintId: 'c-elsewhere',
      receivedOn: '2026-01-01',
      summary: 'Another area',
      involvedCareLinkIds: ['habo-home-care'],
      awaitingAnswerFrom: [],
      feedbackGiven: false,
    },
  ],
  breakdownReports: [
    {
      reportId: 'r-answered-before',
      occurredOn: '2026-01-20',
      careLinkIds: ['ryhov-med-1', 'jonkoping-home-care'],
      whatHappened: 'Late notice',
      feedbackGiven: true,
      linkedToProject: false,
    },
    {
      reportId: 'r-unanswered',
      occurredOn: '2026-01-25',
      careLinkIds: ['ryhov-med-1', 'vc-tranas'],
      whatHappened: 'No discharge letter',
      feedbackGiven: false,
      linkedToProject: false,
    },
    {
      reportId: 'r-taken-up-since',
      occurredOn: '2026-02-20',
      careLinkIds: ['jonkoping-home-care', 'ryhov-med-1'],
      whatHappened: 'Ready notice on a Friday night',
      feedbackGiven: false,
      linkedToProject: true,
    },
  ],
  projects: [
    {
      projectId: 'p-1',
      title: 'Home the day Esther is ready',
      startsOn: '2026-03-16',
      teamCareLinkIds: ['ryhov-med-1', 'jonkoping-home-care'],
      aimStatus: 'not-yet',
      cycles: [
        { number: 1, change: 'Phone the day before', endsOn: '2026-03-29', act: 'adapt' },
        { number: 2, change: 'Phone and fax', endsOn: null, act: null },
      ],
    },
    {
      projectId: 'p-0',
      title: 'Medicine list at discharge',
      startsOn: '2026-02-02',
      teamCareLinkIds: ['vc-tranas', 'jonkoping-home-care'],
      aimStatus: 'reached',
      cycles: [],
    },
  ],
};

describe('the network meeting’s agenda is drawn from what is still open in the area', () => {
  it('takes complaints oldest first, unanswered reports and those since the last meeting, then running projects', () => {
    const agenda = proposeAgenda(open, area, '2026-02-10');
    expect(agenda.map((i) => `${i.sourceKind}:${i.sourceId}`)).toEqual([
      'complaint:c-old',
      'complaint:c-new',
      'breakdown-report:r-unanswered',
      'breakdown-report:r-taken-up-since',
      'project:p-0',
      'project:p-1',
    ]);
    expect(agenda[1]).toEqual({
      sourceKind: 'complaint',
      sourceId: 'c-new',
      title: 'Complaint received 2026-03-01: Nobody told us she was coming home',
      detail: 'awaiting the answer of jonkoping-home-care; no feedback to the complainant yet',
    });
    expect(agenda[3].detail).toBe('Ready notice on a Friday night; taken up by a project');
    expect(agenda[4].detail).toBe('aim reached; no PDSA cycle yet');
    expect(agenda[5].detail).toBe('aim not-yet; PDSA 2 (Phone and fax) running');
  });

  it('at a first meeting, leaves out reports already fed back or taken up', () => {
    const reports = proposeAgenda(open, area, null).filter((i) => i.sourceKind === 'breakdown-report');
    expect(reports.map((i) => i.sourceId)).toEqual(['r-unanswered']);
  });

  it('says what an item is about: a source for drawn items, none for other business', () => {
    expect(checkAgendaItem({ sourceKind: 'complaint', sourceId: null, title: 'x', detail: null })).toEqual([
      { field: 'sourceId', message: 'name the complaint the item is about' },
    ]);
    expect(checkAgendaItem({ sourceKind: 'other', sourceId: null, title: '', detail: null })).toEqual([
      { field: 'title', message: 'must not be empty' },
    ]);
  });
});
