import { isProbeOrScrape, requestIdOf } from './logging';

describe('a request is given the id it is logged under', () => {
  it("keeps the caller's x-request-id when it is short and made of safe characters", () => {
    expect(requestIdOf('req-7f3a.b_2:1')).toBe('req-7f3a.b_2:1');
  });

  it('makes a new id when the header is missing, repeated, too long or unsafe to echo and log', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const incoming of [
      undefined,
      '',
      ['a', 'b'],
      'x'.repeat(65),
      'id with spaces',
      'id\r\nx-injected: 1',
      '<script>',
      '{"patientId":1}',
    ]) {
      expect(requestIdOf(incoming)).toMatch(uuid);
    }
  });

  it('makes a different id for each request without one', () => {
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
  });
});

describe('probes and scrapes are not logged, everything else is', () => {
  it.each(['/health', '/health/live', '/health/ready', '/health?x=1', '/metrics', '/metrics?name[]=x'])(
    '%s is quiet',
    (url) => {
      expect(isProbeOrScrape(url)).toBe(true);
    },
  );

  it.each([
    '/graphql',
    '/care-events',
    '/healthy',
    '/metrics-export',
    '/connections/metrics',
    '/',
    undefined,
  ])('%s is logged', (url) => {
    expect(isProbeOrScrape(url)).toBe(false);
  });
});
