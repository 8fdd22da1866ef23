import { estherPid, message, readingOf } from './__fixtures__/adt-messages';

const pv1 =
  'PV1|1|I|GER1^^^RYHOV^^^^^Geriatrik 1|E|||SE2321000057-1234^L\\XE4\\kare^Lars|||GER|||||||||V-2026-4711^^^RYHOV^VN';

// Esther goes home on leave on Friday afternoon and is back on the ward on Sunday evening.
const onLeave = message(
  'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261120150500||ADT^A21^ADT_A21|MSG-A21-0104|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
  'EVN|A21|20261120150500||||20261120150000',
  estherPid,
  pv1,
);
const back = message(
  'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261122190500||ADT^A22^ADT_A21|MSG-A22-0105|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
  'EVN|A22|20261122190500||||20261122190000',
  estherPid,
  pv1,
);

describe('Esther goes home on leave over the weekend', () => {
  it('acknowledges her leave and records nothing: the stay goes on', () => {
    expect(readingOf(onLeave)).toEqual({
      outcome: 'nothing-to-record',
      note: 'A21 leave of absence: the stay goes on while the patient is on leave, so nothing changes',
    });
  });

  it('acknowledges her return and records nothing either', () => {
    expect(readingOf(back)).toEqual({ outcome: 'nothing-to-record', note: expect.stringContaining('A22') });
  });
});
