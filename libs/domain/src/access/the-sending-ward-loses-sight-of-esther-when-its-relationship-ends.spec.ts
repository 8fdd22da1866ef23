import { careRelationshipOf, decideAccess } from './permissions';

describe('the sending ward loses sight of Esther when its relationship with her ends', () => {
  const ward = { roles: ['hospital-staff'] as const, careLinkId: 'ryhov-med-3' };
  const discharged = new Date('2026-11-01T14:00:00Z');
  const after = (days: number) => new Date(discharged.getTime() + days * 86_400_000);

  it('shows the ward the patient of the handovers it sent while her stay lasts and for the window after', () => {
    for (const now of [after(-3), after(30)]) {
      const relationship = careRelationshipOf(
        { journey: { dischargedAt: now < discharged ? null : discharged }, lastHandoverAddressedAt: null },
        now,
        30,
      );
      expect(relationship).toBe('in-journey');
      expect(decideAccess('handover.patient', ward, relationship)).toEqual({
        allowed: true,
        basis: 'in-journey',
        reason: 'care link takes part in the patient journey',
      });
    }
  });

  it('refuses it, naming the care link, once the window has passed', () => {
    const relationship = careRelationshipOf(
      { journey: { dischargedAt: discharged }, lastHandoverAddressedAt: null },
      after(31),
      30,
    );
    expect(relationship).toBeNull();
    expect(decideAccess('handover.patient', ward, relationship)).toEqual({
      allowed: false,
      basis: 'no-relationship',
      reason: 'no care relationship',
      message: 'Care link ryhov-med-3 has no care relationship with this patient',
    });
  });

  it('lets home care that was sent a handover read her record for the window after the handover', () => {
    const sent = new Date('2026-11-20T08:00:00Z');
    const facts = { journey: null, lastHandoverAddressedAt: sent };
    expect(careRelationshipOf(facts, new Date('2026-12-20T08:00:00Z'), 30)).toBe('handover-addressed');
    expect(careRelationshipOf(facts, new Date('2026-12-20T08:00:01Z'), 30)).toBeNull();
  });
});
