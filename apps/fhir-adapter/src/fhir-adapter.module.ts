import { Module, type DynamicModule } from '@nestjs/common';
import { z } from 'zod';
import { consumerGroups } from '@carechain/contracts';
import { MessagingModule } from '@carechain/messaging';
import { PatientIdentityModule, PersistenceModule } from '@carechain/persistence';
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
import { loadConnections } from './connections/connection-config';
import { ConnectionsModule } from './connections/connections.module';
import { InboundModule } from './inbound/inbound.module';
import { OutboundModule } from './outbound/outbound.module';

export const fhirAdapterSettings = {
  ...platformSettings,
  ...identitySettings,
  FHIR_ADAPTER_PORT: port('FHIR_ADAPTER_PORT', 3004),
  FHIR_CONNECTIONS_FILE: z.string().min(1).optional(),
  /** Fallback for a missed notification: how often the stored connections are read again. */
  FHIR_CONNECTIONS_REREAD_SECONDS: z.coerce
    .number({ error: 'FHIR_CONNECTIONS_REREAD_SECONDS must be a whole number of seconds' })
    .int()
    .min(1)
    .max(3600)
    .default(60),
  FHIR_ADAPTER_AUTH_MODE: z.enum(['oidc', 'none'], {
    error:
      "FHIR_ADAPTER_AUTH_MODE is required: 'oidc' (bearer tokens from OIDC_ISSUER for connection status and sync-now) or 'none' (only on a closed network, as the local platform)",
  }),
  ...openIdSettings,
};

@Module({})
export class FhirAdapterModule {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): { module: DynamicModule; port: number } {
    const config = loadConfig(fhirAdapterSettings, env);
    const connections = loadConnections(config.FHIR_CONNECTIONS_FILE, env);
    return {
      port: config.FHIR_ADAPTER_PORT,
      module: {
        module: FhirAdapterModule,
        imports: [
          loggingModule(config.LOG_LEVEL),
          PersistenceModule.forRoot(config.DATABASE_URL),
          PatientIdentityModule.forRoot(config.IDENTITY_ENCRYPTION_KEY),
          MessagingModule.forRoot(kafkaSettingsOf(config, 'fhir-adapter')),
          HealthModule.forRoot({ brokerGatesReadiness: false }),
          MetricsModule.forRoot({ consumerGroups: [consumerGroups.fhirWriteBack] }),
          ConnectionsModule.forRoot(
            connections,
            config.FHIR_ADAPTER_AUTH_MODE === 'oidc'
              ? openIdConnectFrom(config, 'FHIR_ADAPTER_AUTH_MODE')
              : null,
            env,
          ),
          InboundModule.forRoot(config.DATABASE_URL, config.FHIR_CONNECTIONS_REREAD_SECONDS),
          OutboundModule,
        ],
      },
    };
  }
}
