import { mayActAsUnitStaff } from './operation-roles';

describe('only the staff of a unit report breakdowns, answer complaints and record Quality Time', () => {
  it('lets staff of hospitals, municipalities and primary care do so', () => {
    for (const role of ['care-staff', 'hospital-staff', 'municipal-staff', 'primary-care-staff'] as const) {
      expect(mayActAsUnitStaff([role])).toBe(true);
    }
  });

  it('does not let a coach, coordinator, integrator or the complaints line speak for a unit', () => {
    for (const role of ['coach', 'coordinator', 'integrator', 'complaints-handler'] as const) {
      expect(mayActAsUnitStaff([role])).toBe(false);
    }
    expect(mayActAsUnitStaff(['coach', 'municipal-staff'])).toBe(true);
  });
});
