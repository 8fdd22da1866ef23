import type { NestExpressApplication } from '@nestjs/platform-express';
import { z } from 'zod';
import { loadConfig, openIdConnectFrom, rateLimitPerCaller, runService } from '@carechain/service-runtime';
import { CareEventsModule, careEventsSettings } from './care-events.module';

const intakeSettings = {
  ...careEventsSettings,
  // Above what one caller's single events need (bulk loads go in batches to /care-events/batch),
  // below what would let one caller flood the store.
  INTAKE_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'INTAKE_RATE_LIMIT_PER_MINUTE must be a number' })
    .int('INTAKE_RATE_LIMIT_PER_MINUTE must be a whole number')
    .min(1, 'INTAKE_RATE_LIMIT_PER_MINUTE must be at least 1')
    .default(30_000),
};

void runService('care-events', () => {
  const config = loadConfig(intakeSettings, process.env);
  const perMinute = config.INTAKE_RATE_LIMIT_PER_MINUTE;
  return {
    ...CareEventsModule.fromEnv(),
    bodyLimit: '2mb',
    // A budget per verified caller (per address without tokens, or with a bad one).
    configure: (app: NestExpressApplication) =>
      app.use(
        '/care-events',
        rateLimitPerCaller({
          perMinute,
          authenticate:
            config.INTAKE_AUTH_MODE === 'oidc' ? openIdConnectFrom(config, 'INTAKE_AUTH_MODE') : null,
          message: {
            statusCode: 429,
            error: 'Too Many Requests',
            message: `Too many requests: at most ${perMinute} a minute; try again shortly`,
          },
        }),
      ),
  };
});
