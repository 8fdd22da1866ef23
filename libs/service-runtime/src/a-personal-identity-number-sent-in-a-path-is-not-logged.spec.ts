import { loggedPath } from './logging';

describe("an integrator puts Esther's personal identity number where her pseudonymous id belongs", () => {
  it.each([
    ['/patients/193811231234/identity', '/patients/[personal identity number]/identity'],
    ['/fhir/R4/Patient/19381123-1234', '/fhir/R4/Patient/[personal identity number]'],
    ['/fhir/R4/List/381123-1234?code=medications', '/fhir/R4/List/[personal identity number]'],
    ['/fhir/R4/Patient/pnr%3A19381123%2D1234', '/fhir/R4/Patient/pnr:[personal identity number]'],
    ['/fhir/R4/Patient/19381123%2D1234%E0', '/fhir/R4/Patient/[personal identity number]\u00e0'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggedPath(url)).toBe(logged);
  });

  it('logs pseudonymous ids, care links and care plan ids as they are', () => {
    expect(loggedPath('/fhir/R4/CarePlan/sip-pat-esther-88/_history/2')).toBe(
      '/fhir/R4/CarePlan/sip-pat-esther-88/_history/2',
    );
    expect(loggedPath('/connections/ryhov/sync')).toBe('/connections/ryhov/sync');
  });
});
