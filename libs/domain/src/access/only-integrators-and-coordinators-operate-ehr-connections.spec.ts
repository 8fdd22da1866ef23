import { mayOperateIntegrations } from './operation-roles';

describe('only integrators and coordinators operate the EHR connections', () => {
  it('lets the integrator who runs the connection and the network coordinator in', () => {
    expect(mayOperateIntegrations(['integrator'])).toBe(true);
    expect(mayOperateIntegrations(['coordinator'])).toBe(true);
    expect(mayOperateIntegrations(['care-staff', 'coordinator'])).toBe(true);
  });

  it('keeps care staff, coaches and complaints handlers out', () => {
    for (const role of [
      'care-staff',
      'hospital-staff',
      'municipal-staff',
      'primary-care-staff',
      'coach',
      'complaints-handler',
    ] as const) {
      expect(mayOperateIntegrations([role])).toBe(false);
    }
    expect(mayOperateIntegrations([])).toBe(false);
  });
});
