import { Module, type DynamicModule } from '@nestjs/common';
import { consumerGroups } from '@carechain/contracts';
import { z } from 'zod';
import { MessagingModule } from '@carechain/messaging';
import { PersistenceModule } from '@carechain/persistence';
import {
  countingSettings,
  planningRulesOf,
  HealthModule,
  kafkaSettingsOf,
  loadConfig,
  loggingModule,
  MetricsModule,
  platformSettings,
  port,
} from '@carechain/service-runtime';
import { ReadModelsModule } from './read-models/read-models.module';

export const projectorSettings = {
  ...platformSettings,
  PROJECTOR_PORT: port('PROJECTOR_PORT', 3002),
  ...countingSettings,
  PROJECTOR_CATCH_UP_INTERVAL_MS: z.coerce
    .number({ error: 'PROJECTOR_CATCH_UP_INTERVAL_MS must be a number of milliseconds' })
    .int()
    .min(100, 'PROJECTOR_CATCH_UP_INTERVAL_MS must be at least 100')
    .default(30_000),
  PROJECTOR_CATCH_UP_GRACE_MS: z.coerce
    .number({ error: 'PROJECTOR_CATCH_UP_GRACE_MS must be a number of milliseconds' })
    .int()
    .min(0, 'PROJECTOR_CATCH_UP_GRACE_MS cannot be negative')
    .default(30_000),
};

@Module({})
export class ProjectorModule {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): { module: DynamicModule; port: number } {
    const config = loadConfig(projectorSettings, env);
    return {
      port: config.PROJECTOR_PORT,
      module: {
        module: ProjectorModule,
        imports: [
          loggingModule(config.LOG_LEVEL),
          PersistenceModule.forRoot(config.DATABASE_URL),
          MessagingModule.forRoot(kafkaSettingsOf(config, 'projector')),
          HealthModule.forRoot(),
          MetricsModule.forRoot({ consumerGroups: [consumerGroups.projector] }),
          ReadModelsModule.forRoot(
            {
              timeZone: config.ORGANISATION_TIME_ZONE,
              planningRules: planningRulesOf(config),
            },
            {
              intervalMs: config.PROJECTOR_CATCH_UP_INTERVAL_MS,
              graceMs: config.PROJECTOR_CATCH_UP_GRACE_MS,
            },
          ),
        ],
      },
    };
  }
}
