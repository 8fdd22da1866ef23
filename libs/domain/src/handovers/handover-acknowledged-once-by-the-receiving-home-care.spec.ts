import { decideHandoverAcknowledgement, type HandoverToAcknowledge } from './decide-handover-acknowledgement';

const package4711: HandoverToAcknowledge = {
  packageId: '8d0d9c57-2f0e-4a53-9a3c-0f4b8f2f3a11',
  specificationId: 'ready-for-discharge-to-home-care',
  specificationVersion: 2,
  sendingCareLinkId: 'ryhov-med-3',
  receivingCareLinkId: 'jkpg-home-care-south',
  acknowledgedAt: null,
};
const homeCareNurse = { careLinkId: 'jkpg-home-care-south', actorId: 'nurse-17' };

describe('home care acknowledges the handover it received, once', () => {
  it('the receiving home care nurse acknowledges it, naming the package and nothing of its data', () => {
    const { acknowledgedAt: _, ...identity } = package4711;
    const row = { ...package4711, patientId: 'pat-4711', data: { medicineList: [] } };
    expect(decideHandoverAcknowledgement(row, homeCareNurse)).toEqual({
      ok: true,
      events: [{ type: 'HandoverAcknowledged', payload: { ...identity, acknowledgedBy: 'nurse-17' } }],
    });
  });

  it('acknowledging it again records nothing, so the first time is the one measured', () => {
    const acknowledged = { ...package4711, acknowledgedAt: new Date('2026-11-24T07:00:00Z') };
    expect(decideHandoverAcknowledgement(acknowledged, homeCareNurse)).toEqual({ ok: true, events: [] });
  });

  it('the sending ward cannot acknowledge on behalf of home care', () => {
    expect(
      decideHandoverAcknowledgement(package4711, { careLinkId: 'ryhov-med-3', actorId: 'nurse-3' }),
    ).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', message: 'only the receiving care link acknowledges a handover' },
    });
  });
});
