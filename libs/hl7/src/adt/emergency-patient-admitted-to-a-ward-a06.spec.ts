import { validateCareEvent } from '@carechain/contracts';
import { careEventOf, estherPid, message } from './__fixtures__/adt-messages';

// Esther's emergency visit (class E) becomes an inpatient stay on medicine 3 at 05:50, with a
// working diagnosis of heart failure.
const changedToInpatient = message(
  'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261116055200||ADT^A06^ADT_A06|MSG-A06-0102|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
  'EVN|A06|20261116055200||||20261116055000',
  estherPid,
  'PV1|1|I|MED3^^^RYHOV^^^^^Medicin 3|E||AKM^^^RYHOV|SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||E-2026-0091^^^RYHOV^VN|||||||||||||||||||||||||20261116021000',
  'DG1|1||I50.9^Hj\\XE4\\rtsvikt, ospecificerad^ICD-10-SE||20261116055000|W',
);

describe('Esther, seen in the emergency department at night, is admitted to a ward in the morning', () => {
  it('starts the stay when the visit becomes inpatient (EVN-6), not at her arrival (PV1-44)', () => {
    expect(careEventOf(changedToInpatient)).toMatchObject({
      type: 'PatientAdmitted',
      occurredAt: '2026-11-16T04:50:00.000Z',
      source: { careLinkId: 'ryhov-med-3' },
      payload: { stayId: 'E-2026-0091@RYHOV', wardCareLinkId: 'ryhov-med-3', admissionType: 'emergency' },
    });
  });

  it('gives an admission the contract accepts', () => {
    expect(validateCareEvent(careEventOf(changedToInpatient))).toMatchObject({ ok: true });
  });
});
