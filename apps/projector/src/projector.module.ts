import { Module, type DynamicModule } from '@nestjs/common';
import { MessagingModule } from '@carechain/messaging';
import { PersistenceModule } from '@carechain/persistence';
import {
  countingSettings,
  HealthModule,
  kafkaSettingsOf,
  loadConfig,
  loggingModule,
  platformSettings,
  port,
} from '@carechain/service-runtime';
import { ReadModelsModule } from './read-models/read-models.module';

export const projectorSettings = {
  ...platformSettings,
  PROJECTOR_PORT: port('PROJECTOR_PORT', 3002),
  ...countingSettings,
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
          HealthModule,
          ReadModelsModule.forRoot({
            timeZone: config.ORGANISATION_TIME_ZONE,
            liabilityGraceDays: config.MUNICIPAL_LIABILITY_GRACE_DAYS,
          }),
        ],
      },
    };
  }
}
