import { decideAccess, permissions, type Permission } from './permissions';

describe('a coach, an integrator or the complaints line acting for a sending ward sees no patient in a handover', () => {
  const patientPermissions = (Object.keys(permissions) as Permission[]).filter(
    (p) => permissions[p].needsRelationship,
  );

  it('refuses them every patient permission even where the ward has a relationship', () => {
    for (const role of ['coach', 'integrator', 'complaints-handler'] as const) {
      for (const permission of patientPermissions) {
        expect(decideAccess(permission, { roles: [role], careLinkId: 'ryhov-med-3' }, 'in-journey')).toEqual({
          allowed: false,
          basis: 'role-lacks-permission',
          reason: `role ${role} sees aggregates, not identities`,
          message: `In the role ${role} you see aggregates, not patients' identities or records`,
        });
      }
    }
  });

  it('lets a coach who also works on the ward see them as staff', () => {
    expect(
      decideAccess(
        'handover.patient',
        { roles: ['coach', 'hospital-staff'], careLinkId: 'ryhov-med-3' },
        'in-journey',
      ).allowed,
    ).toBe(true);
  });
});
