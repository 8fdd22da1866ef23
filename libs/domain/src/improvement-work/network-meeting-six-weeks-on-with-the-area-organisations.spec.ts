import { checkNetworkMeeting, nextNetworkMeetingOn } from './network-meeting';

const directory = {
  organisations: new Set(['region-jonkoping', 'jonkoping-municipality', 'habo-municipality']),
  careLinks: new Map([
    ['ryhov-med-1', 'region-jonkoping'],
    ['vc-tranas', 'region-jonkoping'],
    ['jonkoping-home-care', 'jonkoping-municipality'],
    ['habo-home-care', 'habo-municipality'],
  ]),
};
const meeting = {
  area: 'Jönköping',
  heldOn: '2026-03-10',
  organisationIds: ['region-jonkoping', 'jonkoping-municipality'],
  participantCareLinkIds: ['ryhov-med-1', 'vc-tranas', 'jonkoping-home-care'],
  patientRepresentatives: 1,
};

describe('the local network meets every six weeks, municipality, primary care, hospital and patients together', () => {
  it('meets again six weeks on, the same weekday across the change to summer time', () => {
    expect(nextNetworkMeetingOn('2026-03-10')).toBe('2026-04-21');
    expect(nextNetworkMeetingOn('2026-12-01')).toBe('2027-01-12');
  });

  it('accepts the municipality and the region with their care links and a patient representative', () => {
    expect(checkNetworkMeeting(meeting, directory)).toEqual([]);
  });

  it('needs two known organisations, participants from them, a date and no negative head count', () => {
    expect(
      checkNetworkMeeting(
        {
          area: ' ',
          heldOn: '2026-02-30',
          organisationIds: ['region-jonkoping', 'nowhere'],
          participantCareLinkIds: ['habo-home-care', 'x'],
          patientRepresentatives: -1,
        },
        directory,
      ),
    ).toEqual([
      { field: 'area', message: 'must not be empty' },
      { field: 'heldOn', message: "'2026-02-30' is not a date in the form YYYY-MM-DD" },
      { field: 'organisationIds', message: "no organisation 'nowhere' in the directory" },
      { field: 'participantCareLinkIds', message: "no care link 'x' in the directory" },
      {
        field: 'participantCareLinkIds',
        message: "care links of no organisation in organisationIds: 'habo-home-care'",
      },
      { field: 'patientRepresentatives', message: 'must be a whole number, 0 or more' },
    ]);
    expect(
      checkNetworkMeeting(
        { ...meeting, organisationIds: ['region-jonkoping'], participantCareLinkIds: [] },
        directory,
      ),
    ).toEqual([
      {
        field: 'organisationIds',
        message: 'name at least two participating organisations: the meeting is between them',
      },
      { field: 'participantCareLinkIds', message: 'name the care links taking part' },
    ]);
  });
});
