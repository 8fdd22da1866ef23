import { Module, type DynamicModule } from '@nestjs/common';
import { consumerGroups } from '@carechain/contracts';
import { MessagingModule } from '@carechain/messaging';
import { PatientIdentityModule, PersistenceModule } from '@carechain/persistence';
import { z } from 'zod';
import {
  HealthModule,
  identitySettings,
  kafkaSettingsOf,
  loadConfig,
  loggingModule,
  MetricsModule,
  openIdConnectFrom,
  openIdSettings,
  platformSettings,
  port,
} from '@carechain/service-runtime';
import { IntakeModule } from './intake/intake.module';
import { submitterSettings } from './intake/submitters';
import { OutboxMetrics } from './outbox/outbox-metrics';
import { OutboxModule } from './outbox/outbox.module';

export const careEventsSettings = {
  ...platformSettings,
  ...identitySettings,
  ...openIdSettings,
  CARE_EVENTS_PORT: port('CARE_EVENTS_PORT', 3001),
  INTAKE_AUTH_MODE: z.enum(['oidc', 'none'], {
    error:
      "INTAKE_AUTH_MODE is required: 'oidc' (bearer tokens from OIDC_ISSUER) or 'none' (only on a closed network, as the local platform)",
  }),
  ...submitterSettings,
  ACCESS_RELATIONSHIP_DAYS: z.coerce
    .number({ error: 'ACCESS_RELATIONSHIP_DAYS must be a number of days' })
    .int()
    .positive('ACCESS_RELATIONSHIP_DAYS must be a positive number of days')
    .default(30),
};

@Module({})
export class CareEventsModule {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): { module: DynamicModule; port: number } {
    const config = loadConfig(careEventsSettings, env);
    return {
      port: config.CARE_EVENTS_PORT,
      module: {
        module: CareEventsModule,
        providers: [OutboxMetrics],
        imports: [
          loggingModule(config.LOG_LEVEL),
          PersistenceModule.forRoot(config.DATABASE_URL),
          PatientIdentityModule.forRoot(config.IDENTITY_ENCRYPTION_KEY),
          MessagingModule.forRoot(kafkaSettingsOf(config, 'care-events')),
          HealthModule.forRoot({ brokerGatesReadiness: false }),
          MetricsModule.forRoot({ consumerGroups: [consumerGroups.commandIntake] }),
          IntakeModule.forRoot({
            authenticate:
              config.INTAKE_AUTH_MODE === 'oidc' ? openIdConnectFrom(config, 'INTAKE_AUTH_MODE') : null,
            submitters: {
              integrators: config.INTAKE_INTEGRATOR_CARE_LINKS,
              network: config.INTAKE_NETWORK_CARE_LINKS,
            },
            relationshipDays: config.ACCESS_RELATIONSHIP_DAYS,
          }),
          OutboxModule.forRoot(config.DATABASE_URL),
        ],
      },
    };
  }
}
