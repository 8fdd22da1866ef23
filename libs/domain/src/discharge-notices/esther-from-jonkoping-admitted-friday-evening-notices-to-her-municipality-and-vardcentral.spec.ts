import { jonkopingPlanningRules } from '../discharge-planning/regional-planning-rules';
import { homeCareLinksOf, patientHomeOf } from './home-care-links';
import { noticeBreachOf, noticeEffectsOf, regionalNoticeDeadlines } from './notices-owed';

const deadlines = regionalNoticeDeadlines(jonkopingPlanningRules);
const fact = (type: string, occurredAt: string, payload: Record<string, unknown>) => ({
  eventId: `${type}-${occurredAt}`,
  type,
  occurredAt: new Date(occurredAt),
  careLinkId: 'ryhov-med-3',
  payload: { stayId: 'V-1', ...payload },
});
const directory = {
  byMunicipalityCode: new Map([['0680', 'jkpg-vardplanering']]),
  byHsaId: new Map([['SE2321000057-1003', 'vc-huskvarna']]),
};

describe('Esther from Jönköping, listed at Vårdcentralen Huskvarna, admitted Friday evening', () => {
  const admitted = fact('PatientAdmitted', '2026-11-20T19:00:00+01:00', {
    wardCareLinkId: 'ryhov-med-3',
    homeMunicipalityCode: '0680',
    listedPrimaryCareUnitHsaId: 'SE2321000057-1003',
  });

  it('owes her municipality and vårdcentral the admission notice by Saturday 19:00, sent at once', () => {
    expect(noticeEffectsOf(admitted, deadlines)).toEqual({
      owed: [
        {
          notice: 'admission-notice',
          recipients: ['home-municipality', 'primary-care'],
          sendNow: true,
          dueAt: new Date('2026-11-21T19:00:00+01:00'),
        },
      ],
      cancels: [],
    });
    expect(homeCareLinksOf(patientHomeOf([admitted]), directory)).toEqual({
      'home-municipality': 'jkpg-vardplanering',
      'primary-care': 'vc-huskvarna',
    });
  });

  it('follows a move recorded later, and staff naming the link directly', () => {
    const moved = fact('PatientHomeRecorded', '2026-11-21T09:00:00+01:00', {
      homeMunicipalityCareLinkId: 'habo-hemtjanst',
    });
    expect(homeCareLinksOf(patientHomeOf([moved, admitted]), directory)).toEqual({
      'home-municipality': 'habo-hemtjanst',
      'primary-care': 'vc-huskvarna',
    });
  });

  it('when ready Friday 15:00, owes the ready notice by Monday and the planning call by Thursday; withdrawn, the call is no longer owed', () => {
    const ready = fact('MedicallyReadyForDischarge', '2026-11-27T15:00:00+01:00', {
      readyAt: '2026-11-27T15:00:00+01:00',
    });
    const { owed } = noticeEffectsOf(ready, deadlines);
    expect(owed.map((o) => [o.notice, o.sendNow, o.dueAt.toISOString()])).toEqual([
      ['ready-for-discharge-notice', true, '2026-11-30T22:59:59.999Z'],
      ['planning-meeting-call', false, '2026-12-03T22:59:59.999Z'],
    ]);
    const withdrawn = fact('MedicallyReadyWithdrawn', '2026-11-30T08:00:00+01:00', { reason: 'fever' });
    expect(noticeEffectsOf(withdrawn, deadlines)).toMatchObject({
      owed: [{ notice: 'no-longer-ready-notice', sendNow: true }],
      cancels: ['ready-for-discharge-notice', 'planning-meeting-call'],
    });
  });

  it('counts a notice sent after its deadline, or never sent, as breached; one with no recipient says so', () => {
    const dueAt = new Date('2026-11-21T19:00:00+01:00');
    const after = new Date('2026-11-22T08:00:00+01:00');
    expect(noticeBreachOf({ dueAt, sentAt: after, toCareLinkId: 'jkpg-vardplanering' }, after)).toBe(
      'sent after the deadline',
    );
    expect(noticeBreachOf({ dueAt, sentAt: null, toCareLinkId: 'jkpg-vardplanering' }, after)).toBe(
      'not sent by the deadline',
    );
    expect(noticeBreachOf({ dueAt, sentAt: null, toCareLinkId: null }, after)).toMatch(/^no recipient/);
    expect(noticeBreachOf({ dueAt, sentAt: null, toCareLinkId: 'jkpg-vardplanering' }, dueAt)).toBeNull();
  });
});
