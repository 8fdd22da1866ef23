import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimitPerCaller, type Authenticate } from '@carechain/service-runtime';

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
  app.use(
    '/graphql',
    rateLimitPerCaller({
      perMinute: settings.rateLimitPerMinute,
      authenticate: settings.authenticate,
      message: {
        errors: [
          {
            message: `Too many requests: at most ${settings.rateLimitPerMinute} a minute; try again shortly`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      },
    }),
    settings.operationLimits,
  );
}
