import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { z } from 'zod';
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
import type { GatewayContext } from './access/caller';
import { CareLinksModule } from './care-links/care-links.module';
import { DischargeDelaysModule } from './discharge-delays/discharge-delays.module';
import { HandoversModule } from './handovers/handovers.module';
import { MedicineListsModule } from './medicine-lists/medicine-lists.module';
import { PatientJourneysModule } from './patient-journeys/patient-journeys.module';
import { UnnecessaryDaysModule } from './unnecessary-days/unnecessary-days.module';

export const gatewaySettings = {
  ...platformSettings,
  ...countingSettings,
  GATEWAY_PORT: port('GATEWAY_PORT', 3000),
  GATEWAY_AUTH_MODE: z.enum(['trusted-headers'], {
    error:
      "GATEWAY_AUTH_MODE is required: 'trusted-headers' (caller asserted by an authenticating proxy or the local platform)",
  }),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  HANDOVER_DEADLINE_CHECK_INTERVAL_MS: z.coerce
    .number({ error: 'HANDOVER_DEADLINE_CHECK_INTERVAL_MS must be a number of milliseconds' })
    .int()
    .min(100, 'HANDOVER_DEADLINE_CHECK_INTERVAL_MS must be at least 100')
    .default(60_000),
};

@Module({})
export class GatewayModule {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): { module: DynamicModule; port: number } {
    const config = loadConfig(gatewaySettings, env);
    return {
      port: config.GATEWAY_PORT,
      module: {
        module: GatewayModule,
        imports: [
          loggingModule(config.LOG_LEVEL),
          PersistenceModule.forRoot(config.DATABASE_URL),
          MessagingModule.forRoot(kafkaSettingsOf(config, 'gateway')),
          GraphQLModule.forRoot<ApolloDriverConfig>({
            driver: ApolloDriver,
            autoSchemaFile: true,
            sortSchema: true,
            introspection: config.GRAPHQL_INTROSPECTION,
            includeStacktraceInErrorResponses: false,
            // Live handovers over graphql-ws; the connection's parameters name the caller as headers do.
            subscriptions: { 'graphql-ws': true },
            context: (context: GatewayContext & { extra?: unknown }): GatewayContext =>
              context.extra ? { connectionParams: context.connectionParams ?? {} } : { req: context.req },
          }),
          HealthModule,
          CareLinksModule,
          DischargeDelaysModule,
          HandoversModule.forRoot({
            timeZone: config.ORGANISATION_TIME_ZONE,
            deadlineCheckIntervalMs: config.HANDOVER_DEADLINE_CHECK_INTERVAL_MS,
          }),
          MedicineListsModule,
          PatientJourneysModule,
          UnnecessaryDaysModule.forRoot({
            timeZone: config.ORGANISATION_TIME_ZONE,
            liabilityGraceDays: config.MUNICIPAL_LIABILITY_GRACE_DAYS,
          }),
        ],
      },
    };
  }
}
