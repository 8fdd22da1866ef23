import { describeJourneyFact, foldJourney, type JourneyFact } from './journey';

const handover = { receivingCareLinkId: 'jonkoping-home-care', sendingCareLinkId: 'ryhov-med-3' };
const facts: JourneyFact[] = [
  {
    eventId: 'e1',
    sequence: 1,
    occurredAt: new Date('2026-11-23T08:00:00Z'),
    careLinkId: 'ryhov-akm',
    type: 'PatientAdmitted',
    payload: { stayId: 's', wardCareLinkId: 'ryhov-med-3', admissionType: 'emergency' },
  },
  {
    eventId: 'e2',
    sequence: 2,
    occurredAt: new Date('2026-11-26T09:00:00Z'),
    careLinkId: 'jonkoping-home-care',
    type: 'HandoverTargetBreached',
    payload: { ...handover, dueAt: '2026-11-26T09:00:00.000Z', reason: 'not acknowledged by the deadline' },
  },
  {
    eventId: 'e3',
    sequence: 3,
    occurredAt: new Date('2026-11-26T10:00:00Z'),
    careLinkId: 'jonkoping-home-care',
    type: 'HandoverAcknowledged',
    payload: handover,
  },
];

describe('A handover to home care misses its target and is acknowledged late', () => {
  it('tells the story on the timeline', () => {
    expect(facts.slice(1).map(describeJourneyFact)).toEqual([
      'Handover from ryhov-med-3 to jonkoping-home-care missed its target: not acknowledged by the deadline',
      'Handover from ryhov-med-3 acknowledged by jonkoping-home-care',
    ]);
  });

  it('leaves where the patient is unchanged and counts the ward and the home care it handed over to as taking part', () => {
    expect(foldJourney(facts)).toMatchObject({
      status: 'in-hospital',
      wardCareLinkId: 'ryhov-med-3',
      careLinkIds: ['jonkoping-home-care', 'ryhov-med-3'],
      eventCount: 3,
    });
  });
});
