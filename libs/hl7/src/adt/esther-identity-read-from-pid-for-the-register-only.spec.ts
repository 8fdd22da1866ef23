import { Hl7Message } from '@medplum/core';
import { adtMessages, careEventOf, mapping, withField } from './__fixtures__/adt-messages';
import { patientIdentityOfAdt } from './adt-patient-identity';

const identityOf = (text: string) => patientIdentityOfAdt(Hl7Message.parse(text), mapping);

describe('the hospital EHR names Esther in PID of its ADT messages', () => {
  it('gives the register her legal name and the personal identity number of PID-3, under her pseudonymous id', () => {
    expect(identityOf(adtMessages.admitted)).toEqual({
      patientId: 'pat-7f3a9c',
      familyName: 'Svensson',
      givenNames: 'Esther',
      personalIdentityNumber: '19381123-1234',
      sourceSystem: 'hl7v2:COSMIC@RYHOV',
    });
  });

  it('keeps both out of the care event the same message becomes', () => {
    const event = JSON.stringify(careEventOf(adtMessages.admitted));
    expect(event).not.toContain('Svensson');
    expect(event).not.toContain('19381123');
  });

  it('takes a name without a personal identity number, and the first name when none is marked legal', () => {
    const plain = withField(
      withField(adtMessages.admitted, 'PID', 3, 'pat-7f3a9c^^^ESTHER^PI'),
      'PID',
      5,
      'Svensson^Esther^Maria',
    );
    expect(identityOf(plain)).toEqual({
      patientId: 'pat-7f3a9c',
      familyName: 'Svensson',
      givenNames: 'Esther Maria',
      personalIdentityNumber: null,
      sourceSystem: 'hl7v2:COSMIC@RYHOV',
    });
  });

  it('gives nothing when the message names no patient by the pseudonymous id, or has no name', () => {
    expect(identityOf(withField(adtMessages.admitted, 'PID', 3, '19381123-1234^^^SKV^NNSWE'))).toBeNull();
    expect(identityOf(withField(adtMessages.admitted, 'PID', 5, ''))).toBeNull();
  });
});
