import { Module, type DynamicModule } from '@nestjs/common';
import { MessagingModule } from '@carechain/messaging';
import { PersistenceModule } from '@carechain/persistence';
import { HealthModule, kafkaSettingsOf, loadConfig, loggingModule, platformSettings, port } from '@carechain/service-runtime';
import { IntakeModule } from './intake/intake.module';
import { OutboxModule } from './outbox/outbox.module';

export const careEventsSettings = { ...platformSettings, CARE_EVENTS_PORT: port('CARE_EVENTS_PORT', 3001) };

@Module({})
export class CareEventsModule {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): { module: DynamicModule; port: number } {
    const config = loadConfig(careEventsSettings, env);
    return {
      port: config.CARE_EVENTS_PORT,
      module: {
        module: CareEventsModule,
        imports: [
          loggingModule(config.LOG_LEVEL),
          PersistenceModule.forRoot(config.DATABASE_URL),
          MessagingModule.forRoot(kafkaSettingsOf(config, 'care-events')),
          HealthModule,
          IntakeModule,
          OutboxModule.forRoot(config.DATABASE_URL),
        ],
      },
    };
  }
}
