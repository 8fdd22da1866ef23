import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimitPerCaller, type Authenticate } from '@carechain/service-runtime';
import { operationOutcome } from '../fhir-api/fhir-resources';

export interface HttpHardening {
  corsOrigins: string[];
  rateLimitPerMinute: number;
  /** How callers are identified, so the request budget follows who they are, not what they send. */
  authenticate: Authenticate;
  /** Refuses GraphQL operations over the limits before anything else reads them. */
  operationLimits: RequestHandler;
}

/** Security headers, CORS for the listed origins only, and a request budget per caller per minute. */
export function hardenHttp(app: NestExpressApplication, settings: HttpHardening): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          connectSrc: ["'self'", 'ws:', 'wss:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    }),
  );
  app.enableCors({ origin: settings.corsOrigins.length ? settings.corsOrigins : false });
  const tooMany = `Too many requests: at most ${settings.rateLimitPerMinute} a minute; try again shortly`;
  // One budget for both APIs, so a caller cannot double it by switching; each answers in its own shape.
  const budget = rateLimitPerCaller({
    perMinute: settings.rateLimitPerMinute,
    authenticate: settings.authenticate,
    message: (req: Request) =>
      req.baseUrl === '/fhir'
        ? operationOutcome('throttled', tooMany)
        : { errors: [{ message: tooMany, extensions: { code: 'RATE_LIMITED' } }] },
  });
  app.use('/graphql', budget, settings.operationLimits);
  app.use('/fhir', budget);
}
