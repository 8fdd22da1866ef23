import { careEventOf, estherPid, message } from './__fixtures__/adt-messages';

// Admitted for observation at 09:00, Esther recovers by the afternoon: the EHR turns the stay
// into an outpatient (day) visit, with PV1-2 now O.
const changedToOutpatient = message(
  'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261116151000||ADT^A07^ADT_A06|MSG-A07-0103|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
  'EVN|A07|20261116151000||||20261116150000',
  estherPid,
  'PV1|1|O|MED3^^^RYHOV^^^^^Medicin 3|R|||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN',
);

describe('an observation stay turns out to be a day visit', () => {
  it('undoes the stay as an admission cancellation, recorded when the change was made', () => {
    expect(careEventOf(changedToOutpatient)).toMatchObject({
      type: 'AdmissionCancelled',
      occurredAt: '2026-11-16T14:10:00.000Z',
      source: { careLinkId: 'ryhov-med-3' },
      payload: { stayId: 'V-2026-4711@RYHOV' },
    });
  });
});
