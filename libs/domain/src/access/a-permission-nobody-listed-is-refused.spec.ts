import { decideAccess } from './permissions';

describe('a permission nobody listed is refused to everyone', () => {
  it('refuses an unknown permission even to a coordinator with a relationship', () => {
    expect(
      decideAccess(
        'patient.export',
        { roles: ['coordinator'], careLinkId: 'region-coordination' },
        'in-journey',
      ),
    ).toEqual({
      allowed: false,
      basis: 'unknown-permission',
      reason: 'no permission patient.export',
      message: 'patient.export is not a permission anyone holds',
    });
    expect(decideAccess('toString', { process: 'handover-delivery' }, null).allowed).toBe(false);
  });

  it('refuses a caller holding no role', () => {
    expect(decideAccess('journey.read', { roles: [], careLinkId: 'ryhov-med-3' }, 'in-journey').allowed).toBe(
      false,
    );
  });

  it('names the roles that may see the EHR connections when a nurse asks', () => {
    expect(
      decideAccess('ehrConnections.read', { roles: ['municipal-staff'], careLinkId: 'habo-home-care' }, null),
    ).toMatchObject({
      allowed: false,
      message:
        'In the role municipal-staff you may not see the EHR connections; integrators and coordinators may',
    });
    expect(
      decideAccess('ehrConnections.read', { roles: ['integrator'], careLinkId: 'region-it' }, null).allowed,
    ).toBe(true);
  });
});
