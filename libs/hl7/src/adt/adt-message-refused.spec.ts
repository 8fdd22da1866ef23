import { adtMessages, readingOf, withField } from './__fixtures__/adt-messages';

const problemOf = (text: string) => {
  const reading = readingOf(text);
  if (reading.outcome !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(reading)}`);
  return reading.problem;
};
const { admitted, transferred, discharged } = adtMessages;

describe('a message Carechain cannot take is answered with the reason, so the engine can alert or retry', () => {
  it.each([
    [
      'another message type',
      withField(admitted, 'MSH', 9, 'ORU^R01^ORU_R01'),
      'AR',
      200,
      'MSH-9',
      "only ADT messages are accepted, not 'ORU'",
    ],
    [
      'an ADT event it does not take',
      withField(admitted, 'MSH', 9, 'ADT^A31^ADT_A05'),
      'AR',
      201,
      'MSH-9',
      'ADT event A31 is not accepted; send A01, A02, A03, A04, A05, A06, A07, A08, A11, A12, A13, A14, A15, A16, A17, A21, A22, A40',
    ],
    [
      'a training message',
      withField(admitted, 'MSH', 11, 'T'),
      'AR',
      202,
      'MSH-11',
      "processing id 'T' is not accepted here; accepted: P",
    ],
    [
      'another HL7 version',
      withField(admitted, 'MSH', 12, '3.0'),
      'AR',
      203,
      'MSH-12',
      "HL7 version '3.0' is not supported; send HL7 v2 (2.x)",
    ],
    [
      'no control id',
      withField(admitted, 'MSH', 10, ''),
      'AE',
      101,
      'MSH-10',
      'MSH-10 is empty; the message control id makes resending safe',
    ],
    ['no PV1 segment', withField(admitted, 'PV1', 1, null), 'AE', 101, 'PV1', 'the PV1 segment is missing'],
    [
      'no visit number',
      withField(admitted, 'PV1', 19, ''),
      'AE',
      101,
      'PV1-19',
      'PV1-19 is empty; the visit number identifies the stay',
    ],
    [
      'a ward code not in the mapping',
      withField(admitted, 'PV1', 3, 'IVA^^^RYHOV'),
      'AE',
      103,
      'PV1-3',
      "PV1-3 code 'IVA' is not in the mapping's wards",
    ],
    [
      'a transfer without the prior location',
      withField(transferred, 'PV1', 6, ''),
      'AE',
      101,
      'PV1-6',
      'PV1-6 is empty',
    ],
    [
      'a discharge disposition not in the mapping',
      withField(discharged, 'PV1', 36, '99'),
      'AE',
      103,
      'PV1-36',
      "PV1-36 code '99' is not in the mapping's dischargeDispositions",
    ],
    [
      'a receiving location not in the mapping',
      withField(discharged, 'PV1', 37, 'NOWHERE'),
      'AE',
      103,
      'PV1-37',
      "PV1-37 code 'NOWHERE' is not in the mapping's dischargeLocations",
    ],
    [
      'an event time that is not a date-time',
      withField(admitted, 'EVN', 6, '2026-11-16 07:40'),
      'AE',
      102,
      'EVN-6',
      'EVN-6 is not an HL7 date-time with at least the day (YYYYMMDD[HH[MM[SS]]][+ZZZZ])',
    ],
    [
      'an event time with only the month',
      withField(admitted, 'EVN', 6, '202611'),
      'AE',
      102,
      'EVN-6',
      expect.stringContaining('at least the day'),
    ],
    [
      'an event time on a day that does not exist',
      withField(admitted, 'EVN', 6, '202602300740'),
      'AE',
      102,
      'EVN-6',
      expect.stringContaining('not an HL7 date-time'),
    ],
  ])('refuses %s', (_case, text, ackCode, errorCode, location, reason) => {
    expect(problemOf(text)).toEqual({ ackCode, errorCode, location, reason });
  });

  it('refuses a patient without the pseudonymous identifier, naming the type it looked for but no identifier it saw', () => {
    const onlyPersonalNumber = withField(admitted, 'PID', 3, '19381123-1234^^^SKV^NNSWE~4711^^^RYHOV^MR');
    const problem = problemOf(onlyPersonalNumber);
    expect(problem).toEqual({
      ackCode: 'AE',
      errorCode: 101,
      location: 'PID-3',
      reason: 'PID-3 has no identifier of type PI from ESTHER, the pseudonymous patient id',
    });
    expect(problem.reason).not.toContain('19381123');
  });

  it('takes the pseudonymous identifier of the configured authority only', () => {
    const otherAuthority = withField(admitted, 'PID', 3, 'pat-7f3a9c^^^OTHER^PI');
    expect(problemOf(otherAuthority).location).toBe('PID-3');
  });

  it('takes a message that parses but is cut short after MSH as missing its segments', () => {
    expect(problemOf(admitted.split('\r')[0])).toMatchObject({ ackCode: 'AE', location: 'PV1' });
  });
});
