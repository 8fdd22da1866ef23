import { careEventsOf, message, readingOf } from './__fixtures__/adt-messages';

const msh =
  'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261118093000||ADT^A17^ADT_A17|MSG-A17-0106|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8';
const esther = 'PID|1||19381123-1234^^^SKV^NNSWE~pat-7f3a9c^^^ESTHER^PI||Svensson^Esther||19381123|F';
const karl = 'PID|2||19400215-5678^^^SKV^NNSWE~pat-2e8d41^^^ESTHER^PI||Karlsson^Karl||19400215|M';
const onWard = (ward: string, visit: string) =>
  `PV1|1|I|${ward}^12^1^RYHOV|E|||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||${visit}^^^RYHOV^VN`;

// Esther (medicine 3) needs the geriatric bed Karl has; Karl needs hers.
const swapped = message(
  msh,
  'EVN|A17|20261118093000||||20261118092500',
  esther,
  onWard('MED3', 'V-2026-4711'),
  karl,
  onWard('GER1', 'V-2026-4802'),
);

describe('two patients swap beds between medicine and geriatrics', () => {
  it('moves each patient to the ward the other was on, one transfer per stay, in one message', () => {
    const events = careEventsOf(swapped);
    expect(
      events.map(({ type, patientId, occurredAt, source, payload }) => ({
        type,
        patientId,
        occurredAt,
        source,
        payload,
      })),
    ).toEqual([
      {
        type: 'PatientTransferred',
        patientId: 'pat-7f3a9c',
        occurredAt: '2026-11-18T08:25:00.000Z',
        source: { system: 'hl7v2:COSMIC@RYHOV', careLinkId: 'ryhov-ger-1' },
        payload: {
          stayId: 'V-2026-4711@RYHOV',
          fromWardCareLinkId: 'ryhov-med-3',
          toWardCareLinkId: 'ryhov-ger-1',
        },
      },
      {
        type: 'PatientTransferred',
        patientId: 'pat-2e8d41',
        occurredAt: '2026-11-18T08:25:00.000Z',
        source: { system: 'hl7v2:COSMIC@RYHOV', careLinkId: 'ryhov-med-3' },
        payload: {
          stayId: 'V-2026-4802@RYHOV',
          fromWardCareLinkId: 'ryhov-ger-1',
          toWardCareLinkId: 'ryhov-med-3',
        },
      },
    ]);
  });

  it('gives each of the two events its own id and key, the same on every resend', () => {
    const [first, second] = careEventsOf(swapped);
    expect(first.idempotencyKey).toBe('hl7v2:["COSMIC","RYHOV","MSG-A17-0106"]');
    expect(second.idempotencyKey).toBe('hl7v2:["COSMIC","RYHOV","MSG-A17-0106",1]');
    expect(careEventsOf(swapped).map((e) => e.eventId)).toEqual([first.eventId, second.eventId]);
  });

  it('records nothing for a swap of beds within one ward', () => {
    const sameWard = message(
      msh,
      'EVN|A17|20261118093000',
      esther,
      onWard('MED3', 'V-2026-4711'),
      karl,
      onWard('MED3', 'V-2026-4802'),
    );
    expect(readingOf(sameWard)).toEqual({
      outcome: 'nothing-to-record',
      note: expect.stringContaining('within one ward'),
    });
  });

  it('refuses a swap that names only one patient', () => {
    expect(
      readingOf(message(msh, 'EVN|A17|20261118093000', esther, onWard('MED3', 'V-2026-4711'))),
    ).toMatchObject({
      outcome: 'refused',
      problem: {
        ackCode: 'AE',
        location: 'PID',
        reason: expect.stringContaining('two PID and PV1 segments'),
      },
    });
  });
});
