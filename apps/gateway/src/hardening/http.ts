import type { NestExpressApplication } from '@nestjs/platform-express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface HardeningSettings {
  corsOrigins: string[];
  rateLimitPerMinute: number;
  maxDepth: number;
  maxCost: number;
}

/** Security headers, CORS for the listed origins only, and a request budget per caller per minute. */
export function hardenHttp(app: NestExpressApplication, settings: HardeningSettings): void {
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
    rateLimit({
      windowMs: 60_000,
      limit: settings.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // One budget per signed-in caller where known, else per address.
      keyGenerator: (req) => {
        const actor = req.headers['x-carechain-actor'];
        return (
          req.headers.authorization ??
          (actor ? `${actor}@${req.headers['x-carechain-care-link']}` : ipKeyGenerator(req.ip ?? ''))
        );
      },
      message: {
        errors: [
          {
            message: `Too many requests: at most ${settings.rateLimitPerMinute} a minute; try again shortly`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      },
    }),
  );
}

/** Depth, cost and alias limits on every GraphQL operation, so one query cannot exhaust the database. */
export function graphqlArmor(settings: HardeningSettings) {
  return new ApolloArmor({
    maxDepth: { n: settings.maxDepth },
    costLimit: { maxCost: settings.maxCost },
    maxAliases: { n: 20 },
    maxTokens: { n: 5000 },
    // Field suggestions help authors; the schema is published anyway (handoverRecordSchema, docs).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
