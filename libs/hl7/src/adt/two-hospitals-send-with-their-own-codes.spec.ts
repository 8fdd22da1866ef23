import { careEventOf, mappingsOf, message, readingOf } from './__fixtures__/adt-messages';

// Ryhov's EHR and Värnamo's older PAS each use their own ward codes, dispositions and patient
// identifier types, and both number their visits from 1000.
const hospitals = mappingsOf({
  senders: [
    {
      sendingApplication: 'COSMIC',
      sendingFacility: 'RYHOV',
      patientIdentifier: { type: 'PI', assigningAuthority: 'ESTHER' },
      wards: { MED3: 'ryhov-med-3' },
      dischargeDispositions: { '06': 'home-with-home-care' },
    },
    {
      sendingApplication: 'PASIS',
      patientIdentifier: [{ type: 'PT', assigningAuthority: 'ESTHER' }, { type: 'PI' }],
      wards: { '31': 'varnamo-med' },
      dischargeDispositions: { HEM: 'home' },
    },
  ],
});

const admission = (application: string, facility: string, pid3: string, ward: string) =>
  message(
    `MSH|^~\\&|${application}|${facility}|CARECHAIN|ESTHER|202611160740||ADT^A01|${application}-1000|P|2.4`,
    'EVN|A01|202611160740',
    `PID|1||${pid3}`,
    `PV1|1|I|${ward}^^^${facility}|E|||||||||||||||1000^^^${facility}^VN`,
  );

describe('two hospitals of the region send ADT with codes of their own', () => {
  it('reads each hospital with its own ward codes and identifier types', () => {
    expect(
      careEventOf(admission('COSMIC', 'RYHOV', 'pat-7f3a9c^^^ESTHER^PI', 'MED3'), hospitals),
    ).toMatchObject({
      patientId: 'pat-7f3a9c',
      payload: { wardCareLinkId: 'ryhov-med-3' },
    });
    expect(
      careEventOf(admission('PASIS', 'VARNAMO', 'x-1^^^OTHER^PI~pat-7f3a9c^^^ESTHER^PT', '31'), hospitals),
    ).toMatchObject({
      patientId: 'pat-7f3a9c',
      source: { system: 'hl7v2:PASIS@VARNAMO', careLinkId: 'varnamo-med' },
      payload: { wardCareLinkId: 'varnamo-med' },
    });
  });

  it('takes the second identifier type when the first is not sent', () => {
    expect(careEventOf(admission('PASIS', 'VARNAMO', 'pat-1b2c3d^^^ANY^PI', '31'), hospitals).patientId).toBe(
      'pat-1b2c3d',
    );
  });

  it("keeps two hospitals' stays with the same visit number apart", () => {
    const ryhov = careEventOf(admission('COSMIC', 'RYHOV', 'pat-7f3a9c^^^ESTHER^PI', 'MED3'), hospitals);
    const varnamo = careEventOf(admission('PASIS', 'VARNAMO', 'pat-7f3a9c^^^ESTHER^PT', '31'), hospitals);
    expect([ryhov.payload.stayId, varnamo.payload.stayId]).toEqual(['1000@RYHOV', '1000@VARNAMO']);
  });

  it("refuses one hospital's ward code from the other", () => {
    expect(
      readingOf(admission('PASIS', 'VARNAMO', 'pat-7f3a9c^^^ESTHER^PT', 'MED3'), hospitals),
    ).toMatchObject({
      outcome: 'refused',
      problem: {
        ackCode: 'AE',
        location: 'PV1-3',
        reason: "PV1-3 code 'MED3' is not in the mapping's wards",
      },
    });
  });

  it('refuses a sender it has no mapping for, naming MSH-3 and MSH-4', () => {
    expect(readingOf(admission('MELIOR', 'EKSJO', 'pat-7f3a9c^^^ESTHER^PI', 'MED3'), hospitals)).toEqual({
      outcome: 'refused',
      problem: {
        ackCode: 'AR',
        errorCode: 103,
        location: 'MSH-3',
        reason:
          "no mapping for sending application 'MELIOR' at facility 'EKSJO' (MSH-3, MSH-4); add it to the listener's mapping file",
      },
    });
  });
});
