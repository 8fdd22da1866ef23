import { Logger } from '@nestjs/common';
import { Counter } from 'prom-client';
import { metricsRegistry } from '../metrics-registry';
import { AuthenticationError } from './authentication-error';
import type { Authenticate } from './authentication';

const failures = new Counter({
  name: 'carechain_authentication_failures_total',
  help: 'Callers refused because they could not be identified, by reason (missing, expired, signature, claims, lifetime, malformed, issuer-unreachable)',
  labelNames: ['reason'],
  registers: [metricsRegistry],
});

const log = new Logger('Authentication');

/**
 * Counts and logs every refused caller by reason, so probing with forged or stolen tokens shows.
 * Only the reason is logged: tokens, headers and the message (which may echo them) never are.
 */
export function countingFailures(authenticate: Authenticate): Authenticate {
  return async (credentials) => {
    try {
      return await authenticate(credentials);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        failures.inc({ reason: error.reason });
        log.warn(`caller not authenticated (${error.reason})`);
      }
      throw error;
    }
  };
}
