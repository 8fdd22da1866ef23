import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { z } from 'zod';
import { PersistenceModule } from '@carechain/persistence';
import {
  countingSettings,
  databaseSettings,
  HealthModule,
  loadConfig,
  loggingModule,
  loggingSettings,
  port,
} from '@carechain/service-runtime';
import { CareLinksModule } from './care-links/care-links.module';
import { DischargeDelaysModule } from './discharge-delays/discharge-delays.module';
import { MedicineListsModule } from './medicine-lists/medicine-lists.module';
import { PatientJourneysModule } from './patient-journeys/patient-journeys.module';
import { UnnecessaryDaysModule } from './unnecessary-days/unnecessary-days.module';

export const gatewaySettings = {
  ...databaseSettings,
  ...loggingSettings,
  ...countingSettings,
  GATEWAY_PORT: port('GATEWAY_PORT', 3000),
  GATEWAY_AUTH_MODE: z.enum(['trusted-headers'], {
    error:
      "GATEWAY_AUTH_MODE is required: 'trusted-headers' (caller asserted by an authenticating proxy or the local platform)",
  }),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
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
          GraphQLModule.forRoot<ApolloDriverConfig>({
            driver: ApolloDriver,
            autoSchemaFile: true,
            sortSchema: true,
            introspection: config.GRAPHQL_INTROSPECTION,
            includeStacktraceInErrorResponses: false,
            context: ({ req }: { req: unknown }) => ({ req }),
          }),
          HealthModule,
          CareLinksModule,
          DischargeDelaysModule,
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
