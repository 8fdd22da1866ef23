import { mayMaintainDirectory } from './operation-roles';

describe('a nurse cannot edit the care link directory', () => {
  it('refuses staff of every organisation, coaches, integrators and the complaints line', () => {
    for (const role of [
      'care-staff',
      'hospital-staff',
      'municipal-staff',
      'primary-care-staff',
      'coach',
      'integrator',
      'complaints-handler',
    ] as const) {
      expect(mayMaintainDirectory([role])).toBe(false);
    }
    expect(mayMaintainDirectory([])).toBe(false);
  });

  it("leaves the network's organisations and care links to the coordinator, also one who works on a ward", () => {
    expect(mayMaintainDirectory(['coordinator'])).toBe(true);
    expect(mayMaintainDirectory(['hospital-staff', 'coordinator'])).toBe(true);
  });
});
