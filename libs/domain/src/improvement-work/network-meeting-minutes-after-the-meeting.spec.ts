import { checkMinutes } from './network-meeting';

const links = new Set(['ryhov-med-1', 'jonkoping-home-care']);

describe('minutes of a network meeting record a decision and an owner per agenda item, once the meeting has been held', () => {
  it('refuses minutes before the meeting day, and before there is an agenda', () => {
    expect(
      checkMinutes(
        '2026-04-21',
        '2026-04-20',
        ['i-1'],
        [{ itemId: 'i-1', decision: 'x', ownerCareLinkId: null }],
        links,
      ),
    ).toEqual([
      {
        field: 'meetingId',
        message: 'the meeting is on 2026-04-21; minutes can be recorded from that day on',
      },
    ]);
    expect(checkMinutes('2026-04-21', '2026-04-21', [], [], links)[0].message).toBe(
      'the meeting has no agenda yet: adopt the proposed agenda or add items first',
    );
  });

  it('takes a decision on each agenda item once, with an owner from the directory', () => {
    expect(
      checkMinutes(
        '2026-04-21',
        '2026-04-22',
        ['i-1', 'i-2'],
        [
          {
            itemId: 'i-1',
            decision: 'Home care phones the ward each morning',
            ownerCareLinkId: 'jonkoping-home-care',
          },
          { itemId: 'i-2', decision: 'Noted', ownerCareLinkId: null },
        ],
        links,
      ),
    ).toEqual([]);
    expect(
      checkMinutes(
        '2026-04-21',
        '2026-04-22',
        ['i-1'],
        [
          { itemId: 'i-1', decision: 'Yes', ownerCareLinkId: 'nowhere' },
          { itemId: 'i-1', decision: '', ownerCareLinkId: null },
          { itemId: 'i-9', decision: 'x', ownerCareLinkId: null },
        ],
        links,
      ),
    ).toEqual([
      { field: 'items[0].ownerCareLinkId', message: "no care link 'nowhere' in the directory" },
      { field: 'items[1].itemId', message: 'this item is already minuted above' },
      { field: 'items[1].decision', message: 'must not be empty' },
      { field: 'items[2].itemId', message: "'i-9' is not on this meeting's agenda" },
    ]);
  });
});
