import { officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';

const events = (current: unknown, previous?: unknown) => {
  const result = careEventChanges('Encounter', current, previous, ryhov);
  if (!result.ok) throw new Error(result.issues.map((i) => i.diagnostics).join('; '));
  return result.events;
};

describe('an emergency admission moves from the emergency department to a ward and is discharged home with home care', () => {
  // The official example: waiting room, emergency, then a ward bed, reserved while on leave.
  const admitted = officialExample('Encounter-emerg');
  const discharged = {
    ...admitted,
    meta: { versionId: '2', lastUpdated: '2026-11-22T10:00:00.000Z' },
    status: 'finished',
    period: { start: '2017-02-01T07:15:00+10:00', end: '2017-02-03T10:00:00+10:00' },
    hospitalization: {
      ...(admitted.hospitalization as object),
      dischargeDisposition: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition', code: 'home' }],
      },
      destination: { reference: 'Location/home-care-south' },
    },
  };

  it('admits to the first ward and transfers once the ward changes, not at every bed', () => {
    expect(events(admitted)).toEqual([
      {
        fact: 'admitted',
        type: 'PatientAdmitted',
        occurredAt: '2017-02-01T07:15:00+10:00',
        careLinkId: 'ryhov-akm',
        payload: { stayId: 'ryhov-emerg', wardCareLinkId: 'ryhov-akm', admissionType: 'emergency' },
      },
      {
        fact: 'transferred:2017-02-01T09:27:00+10:00:ryhov-med-3',
        type: 'PatientTransferred',
        occurredAt: '2017-02-01T09:27:00+10:00',
        careLinkId: 'ryhov-akm',
        payload: { stayId: 'ryhov-emerg', fromWardCareLinkId: 'ryhov-akm', toWardCareLinkId: 'ryhov-med-3' },
      },
    ]);
  });

  it('brings only the discharge when the finished version follows', () => {
    expect(events(discharged, admitted)).toEqual([
      {
        fact: 'discharged',
        type: 'PatientDischarged',
        occurredAt: '2017-02-03T10:00:00+10:00',
        careLinkId: 'ryhov-med-3',
        payload: {
          stayId: 'ryhov-emerg',
          destination: 'home-with-home-care',
          destinationCareLinkId: 'jkpg-home-care-south',
        },
      },
    ]);
  });

  it('gives the whole stay when the adapter first sees the finished version', () => {
    expect(events(discharged).map((e) => e.type)).toEqual([
      'PatientAdmitted',
      'PatientTransferred',
      'PatientDischarged',
    ]);
  });

  it('brings nothing when the same version is synced again', () => {
    expect(events(admitted, admitted)).toEqual([]);
  });

  it('takes the admission time from the status history when the period has no start', () => {
    const { period: _p, ...withoutPeriod } = admitted;
    expect(events(withoutPeriod)[0].occurredAt).toBe('2017-02-01T07:15:00+10:00');
  });

  it('leaves out encounters that are not inpatient stays', () => {
    expect(events(officialExample('Encounter-f001'))).toEqual([]);
    expect(events({ ...admitted, status: 'planned' })).toEqual([]);
  });
});
