import { validateCareEvent } from '@carechain/contracts';
import {
  adtMessages,
  careEventOf as eventOf,
  readingOf as read,
  withField,
} from './__fixtures__/adt-messages';

describe('Esther is admitted, moved to geriatrics and discharged to home care, as the hospital EHR reports it in ADT', () => {
  it('admits her to the mapped ward from A01, under the pseudonymous id and not the personal identity number', () => {
    expect(eventOf(adtMessages.admitted)).toEqual({
      eventId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      idempotencyKey: 'hl7v2:["COSMIC","RYHOV","MSG-A01-0001"]',
      type: 'PatientAdmitted',
      schemaVersion: 1,
      patientId: 'pat-7f3a9c',
      occurredAt: '2026-11-16T06:40:00.000Z',
      source: { system: 'hl7v2:COSMIC@RYHOV', careLinkId: 'ryhov-med-3' },
      payload: { stayId: 'V-2026-4711@RYHOV', wardCareLinkId: 'ryhov-med-3', admissionType: 'emergency' },
    });
  });

  it('moves her from the prior location PV1-6 to PV1-3 on A02', () => {
    expect(eventOf(adtMessages.transferred)).toMatchObject({
      type: 'PatientTransferred',
      occurredAt: '2026-11-16T11:00:00.000Z',
      source: { careLinkId: 'ryhov-ger-1' },
      payload: {
        stayId: 'V-2026-4711@RYHOV',
        fromWardCareLinkId: 'ryhov-med-3',
        toWardCareLinkId: 'ryhov-ger-1',
      },
    });
  });

  it('discharges her at PV1-45 to the mapped disposition and receiving care link on A03', () => {
    expect(eventOf(adtMessages.discharged)).toMatchObject({
      type: 'PatientDischarged',
      occurredAt: '2026-11-20T13:00:00.000Z',
      payload: {
        stayId: 'V-2026-4711@RYHOV',
        destination: 'home-with-home-care',
        destinationCareLinkId: 'jkpg-home-care-south',
      },
    });
  });

  it('discharges to "other" with no receiving care link when PV1-36 and PV1-37 are empty', () => {
    const event = eventOf(withField(withField(adtMessages.discharged, 'PV1', 36, ''), 'PV1', 37, ''));
    expect(event.payload).toEqual({ stayId: 'V-2026-4711@RYHOV', destination: 'other' });
  });

  it('gives care events the contract accepts', () => {
    for (const text of [adtMessages.admitted, adtMessages.transferred, adtMessages.discharged]) {
      expect(validateCareEvent(eventOf(text))).toMatchObject({ ok: true });
    }
  });

  it('records nothing for A08: it updates nothing Carechain keeps', () => {
    expect(read(adtMessages.updated)).toEqual({
      outcome: 'nothing-to-record',
      note: expect.stringContaining('A08'),
    });
  });

  it('reads an HL7 2.3 admission with the trigger in EVN-1, an offset on EVN-2 and a routine admission type', () => {
    expect(eventOf(adtMessages.admittedV23)).toMatchObject({
      idempotencyKey: 'hl7v2:["PASIS","VARNAMO","MSG-23-0001"]',
      patientId: 'pat-1b2c3d',
      occurredAt: '2026-11-16T06:42:00.000Z',
      source: { system: 'hl7v2:PASIS@VARNAMO', careLinkId: 'varnamo-akm' },
      payload: { stayId: 'V-88', wardCareLinkId: 'varnamo-akm', admissionType: 'elective' },
    });
  });

  it('reads a message whose segments end in CR LF or LF, as some senders write them', () => {
    expect(eventOf(adtMessages.admitted.replace(/\r/g, '\r\n'))).toEqual(eventOf(adtMessages.admitted));
    expect(eventOf(adtMessages.admitted.replace(/\r/g, '\n'))).toEqual(eventOf(adtMessages.admitted));
  });

  it('ignores Z-segments and the fields it does not map', () => {
    expect(eventOf(withField(adtMessages.admitted, 'ZPV', 2, 'anything'))).toEqual(
      eventOf(adtMessages.admitted),
    );
  });
});

describe('an interface engine resends a message it got no ACK for', () => {
  it('gives the same event id and idempotency key, so the resent message is stored once', () => {
    expect(eventOf(adtMessages.admitted)).toEqual(eventOf(adtMessages.admitted));
  });

  it('tells messages apart by sending application, facility and control id', () => {
    const ids = [
      adtMessages.admitted,
      withField(adtMessages.admitted, 'MSH', 10, 'MSG-A01-0002'),
      withField(adtMessages.admitted, 'MSH', 3, 'OTHER-EHR'),
      withField(adtMessages.admitted, 'MSH', 4, 'VARNAMO'),
    ].map((text) => eventOf(text).eventId);
    expect(new Set(ids).size).toBe(4);
  });
});
