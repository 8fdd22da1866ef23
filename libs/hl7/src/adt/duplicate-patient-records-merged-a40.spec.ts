import { validateCareEvent } from '@carechain/contracts';
import {
  careEventOf,
  careEventsOf,
  mappingInput,
  mappingsOf,
  message,
  readingOf,
} from './__fixtures__/adt-messages';

// Esther was registered twice: once by the emergency department under a reserve number
// (pseudonym pat-1b2c3d) and once with her personal identity number (pat-7f3a9c). The patient
// register merges the reserve record into hers.
const msh =
  'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261117101500||ADT^A40^ADT_A39|MSG-A40-0107|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8';
const merged = message(
  msh,
  'EVN|A40|20261117101500||||20261117101000',
  'PID|1||19381123-1234^^^SKV^NNSWE~pat-7f3a9c^^^ESTHER^PI~4711^^^RYHOV^MR||Svensson^Esther||19381123|F',
  'MRG|991231-R123^^^RYHOV^RN~pat-1b2c3d^^^ESTHER^PI~9911^^^RYHOV^MR',
  'PV1|1|N',
);
const register = mappingsOf({ ...mappingInput, patientRegisterCareLinkId: 'ryhov-patient-register' });

describe("a reserve-number record is merged into the patient's own", () => {
  it('records that the reserve pseudonym is now Esther, under her surviving pseudonym and never a personal number', () => {
    expect(careEventOf(merged, register)).toMatchObject({
      type: 'PatientIdsMerged',
      patientId: 'pat-7f3a9c',
      occurredAt: '2026-11-17T09:10:00.000Z',
      source: { system: 'hl7v2:COSMIC@RYHOV', careLinkId: 'ryhov-patient-register' },
      payload: { mergedPatientId: 'pat-1b2c3d' },
    });
    expect(JSON.stringify(careEventOf(merged, register))).not.toMatch(/19381123|991231|Svensson/);
    expect(validateCareEvent(careEventOf(merged, register))).toMatchObject({ ok: true });
  });

  it('reports the merge from the ward when PV1-3 names one', () => {
    const fromWard = merged.replace('PV1|1|N', 'PV1|1|I|MED3^^^RYHOV');
    expect(careEventOf(fromWard).source.careLinkId).toBe('ryhov-med-3');
  });

  it('records one merge per PID and MRG pair', () => {
    const two = message(
      msh,
      'EVN|A40|20261117101500',
      'PID|1||pat-7f3a9c^^^ESTHER^PI',
      'MRG|pat-1b2c3d^^^ESTHER^PI',
      'PID|2||pat-2e8d41^^^ESTHER^PI',
      'MRG|pat-9a0b1c^^^ESTHER^PI',
    );
    expect(careEventsOf(two, register).map((e) => [e.patientId, e.payload.mergedPatientId])).toEqual([
      ['pat-7f3a9c', 'pat-1b2c3d'],
      ['pat-2e8d41', 'pat-9a0b1c'],
    ]);
  });

  it('refuses a merge whose MRG-1 holds no pseudonym, or no one to report it', () => {
    expect(readingOf(merged.replace('~pat-1b2c3d^^^ESTHER^PI', ''), register)).toMatchObject({
      outcome: 'refused',
      problem: {
        location: 'MRG-1',
        reason: 'MRG-1 has no identifier of type PI from ESTHER, the pseudonymous patient id',
      },
    });
    expect(readingOf(merged)).toMatchObject({
      outcome: 'refused',
      problem: { location: 'PV1-3', reason: expect.stringContaining('patientRegisterCareLinkId') },
    });
  });
});
