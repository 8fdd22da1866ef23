import { decideAccess } from './permissions';

describe('handover delivery reads the record a specification asks for, but cannot change it', () => {
  const delivery = { process: 'handover-delivery' } as const;

  it('reads the journey, stay, medicine list and care plan without a care link of its own', () => {
    for (const permission of ['journey.read', 'stay.read', 'medicineList.read', 'carePlan.read'])
      expect(decideAccess(permission, delivery, null)).toEqual({
        allowed: true,
        basis: 'carechain-process',
        reason: "Carechain's handover-delivery",
      });
  });

  it('does not change the medicine list or read the access log', () => {
    expect(decideAccess('medicineList.change', delivery, null).allowed).toBe(false);
    expect(decideAccess('accessLog.read', delivery, null).allowed).toBe(false);
  });
});
