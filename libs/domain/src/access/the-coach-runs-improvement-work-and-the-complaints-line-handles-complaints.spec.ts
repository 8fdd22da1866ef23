import { mayHandleComplaints, mayRunImprovementWork } from './operation-roles';

describe('the Esther coach runs improvement work; the complaints line handles complaints', () => {
  it('lets coaches and coordinators park ideas, run projects and hold network meetings', () => {
    expect(mayRunImprovementWork(['coach'])).toBe(true);
    expect(mayRunImprovementWork(['coordinator'])).toBe(true);
  });

  it('keeps a ward nurse, an integrator and the complaints line out of running projects', () => {
    for (const role of [
      'care-staff',
      'hospital-staff',
      'municipal-staff',
      'primary-care-staff',
      'integrator',
      'complaints-handler',
    ] as const) {
      expect(mayRunImprovementWork([role])).toBe(false);
    }
  });

  it('lets only the complaints line record a complaint, give the complainant feedback and close it', () => {
    expect(mayHandleComplaints(['complaints-handler'])).toBe(true);
    for (const role of ['care-staff', 'hospital-staff', 'coach', 'coordinator', 'integrator'] as const) {
      expect(mayHandleComplaints([role])).toBe(false);
    }
  });
});
