import { careEventOf, estherPid, message, readingOf } from './__fixtures__/adt-messages';

const msh = (trigger: string, structure: string, controlId: string) =>
  `MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261113100000||ADT^${trigger}^${structure}|${controlId}|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8`;
const pv1 = (ward: string, extra = '') =>
  `PV1|1|I|${ward}^^^RYHOV|C|${extra}||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-5120^^^RYHOV^VN`;

// Esther's pacemaker operation is planned for Monday: pre-admitted on Friday, bed announced,
// a move to the ward and her discharge announced the day before they happen.
const announced = {
  'pre-admitted on Friday (A05)': message(
    msh('A05', 'ADT_A05', 'MSG-A05-1'),
    'EVN|A05|20261113100000',
    estherPid,
    pv1('KARD'),
  ),
  'a bed is booked on Sunday (A14)': message(
    msh('A14', 'ADT_A05', 'MSG-A14-1'),
    'EVN|A14|20261115180000|20261116070000',
    estherPid,
    pv1('KARD'),
  ),
  'a move to geriatrics is planned (A15)': message(
    msh('A15', 'ADT_A15', 'MSG-A15-1'),
    'EVN|A15|20261118110000|20261119090000',
    estherPid,
    pv1('GER1', 'KARD^^^RYHOV'),
  ),
  'her discharge is planned for tomorrow (A16)': message(
    msh('A16', 'ADT_A16', 'MSG-A16-1'),
    'EVN|A16|20261119150000|20261120110000',
    estherPid,
    pv1('GER1'),
  ),
};

describe('a planned pacemaker operation is announced before anything happens', () => {
  it.each(Object.entries(announced))(
    'acknowledges that %s and records nothing until it happens',
    (_case, text) => {
      expect(readingOf(text)).toEqual({
        outcome: 'nothing-to-record',
        note: expect.stringMatching(/^A(05|14|15|16) (pre-admits|announces)/),
      });
    },
  );

  it('names what will be recorded instead', () => {
    const notes = Object.values(announced).map((text) => {
      const reading = readingOf(text);
      return reading.outcome === 'nothing-to-record' ? reading.note : '';
    });
    expect(notes).toEqual([
      expect.stringContaining('(A01)'),
      expect.stringContaining('(A01)'),
      expect.stringContaining('(A02)'),
      expect.stringContaining('(A03)'),
    ]);
  });

  it('records the stay when she is admitted on Monday', () => {
    const admitted = message(
      msh('A01', 'ADT_A01', 'MSG-A01-9'),
      'EVN|A01|20261116073000',
      estherPid,
      pv1('MED3'),
    );
    expect(careEventOf(admitted)).toMatchObject({
      type: 'PatientAdmitted',
      payload: { stayId: 'V-2026-5120@RYHOV', admissionType: 'elective' },
    });
  });
});
