import { retryAfterMs } from './fhir-server';

describe('a busy EHR says when to come back', () => {
  it('reads Retry-After in seconds', () => {
    expect(retryAfterMs('120')).toBe(120000);
  });

  it('reads Retry-After as an HTTP date', () => {
    const inAMinute = new Date(Date.now() + 60000).toUTCString();
    expect(retryAfterMs(inAMinute)).toBeGreaterThan(55000);
    expect(retryAfterMs(inAMinute)).toBeLessThanOrEqual(60000);
  });

  it('treats a date in the past as now, and nonsense or absence as not said', () => {
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(0);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
