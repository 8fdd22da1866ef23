import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Authenticate, Caller } from './authentication';
import { authenticateRequest } from './http-caller';

export interface CallerBudget {
  /** Requests each caller may make in a minute. */
  perMinute: number;
  /** How callers are identified; null where nobody is (a closed network): every address has its budget. */
  authenticate: Authenticate | null;
  /** The answer to a caller over budget, in the service's own error shape. */
  message: object;
}

const normalised = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whose budget a request spends: a token's subject once its signature verified; an asserted actor
 * (trusted headers) at its care link, normalised so spelling variants share it.
 */
export function budgetOf(caller: Caller): string {
  return caller.expiresAt
    ? `subject ${caller.actorId}`
    : `actor ${normalised(caller.actorId)} at ${normalised(caller.careLinkId)}`;
}

/**
 * A request budget per identified caller and, for anyone not identified (no, junk or expired
 * credentials), per client address: changing what is sent never buys a fresh budget.
 */
export function rateLimitPerCaller({ perMinute, authenticate, message }: CallerBudget): RequestHandler {
  const address = (req: Request) => `address ${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '')}`;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: async (req) => {
      if (!authenticate) return address(req);
      return authenticateRequest(authenticate, req).then(budgetOf, () => address(req));
    },
    message,
  });
}
