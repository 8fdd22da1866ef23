import { decideAccess } from './permissions';
import { roles, type Role } from './roles';

const staff = (role: Role) => ({ roles: [role], careLinkId: 'habo-home-care' });

describe("Esther's name and personal identity number", () => {
  it.each(['care-staff', 'hospital-staff', 'municipal-staff', 'primary-care-staff'] as const)(
    'are shown to %s of a care link caring for her',
    (role) => {
      expect(decideAccess('identity.read', staff(role), 'in-journey')).toEqual({
        allowed: true,
        basis: 'in-journey',
        reason: 'care link takes part in the patient journey',
      });
    },
  );

  it('are withheld from staff whose care link has no relationship with her', () => {
    expect(decideAccess('identity.read', staff('municipal-staff'), null)).toMatchObject({
      allowed: false,
      reason: 'no care relationship',
    });
  });

  it.each(['coach', 'integrator', 'complaints-handler', 'coordinator'] as const)(
    'are never shown to a %s, whatever relationship the care link holds',
    (role) => {
      expect(decideAccess('identity.read', staff(role), 'in-journey')).toMatchObject({
        allowed: false,
        message: `In the role ${role} you see aggregates, not patients' identities or records`,
      });
    },
  );

  it("are read by none of Carechain's own processes", () => {
    expect(decideAccess('identity.read', { process: 'handover-delivery' }, null).allowed).toBe(false);
  });

  it('leave no role unaccounted for', () => {
    expect(roles).toHaveLength(8);
  });
});
