import { inRequestedOrder } from './requested-order';

describe('a handover shows its fields in the order the receiving link asked for them', () => {
  const asked = `{ patient { stay { medicallyReadySince wardCareLinkId } medicineList { medicines { name dose } } patientId } }`;
  // As jsonb hands it back: keys by length, then alphabetically.
  const stored = {
    patient: {
      stay: { wardCareLinkId: 'ryhov-med-3', medicallyReadySince: '2026-11-18T09:00:00.000Z' },
      patientId: 'pat-1',
      medicineList: {
        medicines: [
          { dose: '40 mg', name: 'Furosemid' },
          { dose: '5 mg', name: 'Bisoprolol' },
        ],
      },
    },
  };

  it('follows the document at every level, in lists too', () => {
    const data = inRequestedOrder(asked, stored) as typeof stored;
    expect(JSON.stringify(data)).toBe(
      JSON.stringify({
        patient: {
          stay: { medicallyReadySince: '2026-11-18T09:00:00.000Z', wardCareLinkId: 'ryhov-med-3' },
          medicineList: {
            medicines: [
              { name: 'Furosemid', dose: '40 mg' },
              { name: 'Bisoprolol', dose: '5 mg' },
            ],
          },
          patientId: 'pat-1',
        },
      }),
    );
  });

  it('uses aliases and fragments as the document does', () => {
    const document = `query { patient { ...who readySince: stay { medicallyReadySince } } } fragment who on PatientRecord { patientId }`;
    const data = inRequestedOrder(document, {
      patient: { readySince: { medicallyReadySince: null }, patientId: 'pat-1' },
    });
    expect(JSON.stringify(data)).toBe(
      '{"patient":{"patientId":"pat-1","readySince":{"medicallyReadySince":null}}}',
    );
  });

  it('leaves what came back empty as it was', () => {
    expect(inRequestedOrder(asked, { patient: { stay: null, patientId: 'pat-2' } })).toEqual({
      patient: { stay: null, patientId: 'pat-2' },
    });
    expect(JSON.stringify(inRequestedOrder(asked, { patient: { stay: null, patientId: 'pat-2' } }))).toBe(
      '{"patient":{"stay":null,"patientId":"pat-2"}}',
    );
  });
});
