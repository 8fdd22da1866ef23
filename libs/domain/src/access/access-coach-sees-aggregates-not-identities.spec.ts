import { decideAccess } from './permissions';
import { isRole, mayReadPatientData, relationshipHolds } from './roles';

describe('Who may see whom', () => {
  it('lets care staff of every organisation read patient data, given a relationship', () => {
    for (const role of ['care-staff', 'hospital-staff', 'municipal-staff', 'primary-care-staff'] as const) {
      expect(mayReadPatientData([role])).toBe(true);
    }
  });

  it('gives an Esther coach aggregates only, and an integrator or complaints handler no identities', () => {
    expect(mayReadPatientData(['coach'])).toBe(false);
    expect(mayReadPatientData(['integrator'])).toBe(false);
    expect(mayReadPatientData(['complaints-handler'])).toBe(false);
  });

  it('lets a coach who is also on a ward read as staff', () => {
    expect(mayReadPatientData(['coach', 'hospital-staff'])).toBe(true);
  });

  it('gives the access log to the coordinator only', () => {
    const reads = (roles: ('coordinator' | 'hospital-staff' | 'coach')[]) =>
      decideAccess('accessLog.read', { roles, careLinkId: 'region-coordination' }, null).allowed;
    expect(reads(['coordinator'])).toBe(true);
    expect(reads(['hospital-staff', 'coach'])).toBe(false);
  });

  it('knows the roles by name', () => {
    expect(isRole('municipal-staff')).toBe(true);
    expect(isRole('admin')).toBe(false);
  });
});

describe('Home care keeps its relationship with Esther for a while after she goes home', () => {
  const discharged = new Date('2026-11-01T14:00:00Z');

  it('holds during the stay', () => {
    expect(relationshipHolds(null, new Date('2026-12-31T00:00:00Z'), 30)).toBe(true);
  });

  it('holds through the window after discharge and ends after it', () => {
    expect(relationshipHolds(discharged, new Date('2026-12-01T14:00:00Z'), 30)).toBe(true);
    expect(relationshipHolds(discharged, new Date('2026-12-01T14:00:01Z'), 30)).toBe(false);
  });
});
