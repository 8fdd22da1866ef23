import {
  careEventOf,
  estherPid,
  mappingInput,
  mappingsOf,
  message,
  readingOf,
} from './__fixtures__/adt-messages';

// The emergency department registers Esther at 02:14; she is sent home at 06:30 without admission.
const registered = message(
  'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261116021400||ADT^A04^ADT_A01|MSG-A04-0101|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
  'EVN|A04|20261116021400||||20261116021000',
  estherPid,
  'PV1|1|E|AKM^^^RYHOV^^^^^Akutmottagningen|E|||SE2321000057-5678^Akutl\\XE4\\kare^Eva|||AKM|||||||||E-2026-0091^^^RYHOV^VN|||||||||||||||||||||||||20261116021000',
);

describe('Esther comes to the emergency department at night and goes home without being admitted', () => {
  it('acknowledges the A04 registration and records no stay', () => {
    expect(readingOf(registered)).toEqual({
      outcome: 'nothing-to-record',
      note: expect.stringContaining('A04 registers an outpatient or emergency visit'),
    });
  });

  it('records no admission either when the EHR sends the emergency visit as A01 with patient class E', () => {
    const asA01 = registered.replace('ADT^A04^ADT_A01', 'ADT^A01^ADT_A01').replace('EVN|A04', 'EVN|A01');
    expect(readingOf(asA01)).toEqual({
      outcome: 'nothing-to-record',
      note: "A01 for PV1-2 patient class 'E': only inpatient stays (I) are recorded, so outpatient and emergency visits record nothing",
    });
  });

  it('ends an outpatient visit (A03, class O) without a discharge', () => {
    const visitEnded = registered
      .replace('ADT^A04^ADT_A01', 'ADT^A03^ADT_A03')
      .replace('EVN|A04', 'EVN|A03')
      .replace('PV1|1|E|', 'PV1|1|O|');
    expect(readingOf(visitEnded).outcome).toBe('nothing-to-record');
  });

  it('refuses a visit message without a patient class, since a stay cannot be told from a visit', () => {
    const asA01 = registered.replace('ADT^A04^ADT_A01', 'ADT^A01^ADT_A01').replace('PV1|1|E|', 'PV1|1||');
    expect(readingOf(asA01)).toEqual({
      outcome: 'refused',
      problem: {
        ackCode: 'AE',
        errorCode: 101,
        location: 'PV1-2',
        reason: 'PV1-2 is empty; the patient class tells a stay from a visit',
      },
    });
  });

  it('takes the same visit as an admission when the network counts emergency beds as inpatient care', () => {
    const asA01 = registered.replace('ADT^A04^ADT_A01', 'ADT^A01^ADT_A01');
    const emergencyBeds = mappingsOf({
      ...mappingInput,
      wards: { AKM: 'ryhov-akm' },
      inpatientClasses: ['I', 'E'],
    });
    expect(careEventOf(asA01, emergencyBeds)).toMatchObject({
      type: 'PatientAdmitted',
      payload: { stayId: 'E-2026-0091@RYHOV', wardCareLinkId: 'ryhov-akm' },
    });
  });
});
