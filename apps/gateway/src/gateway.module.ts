import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { consumerGroups } from '@carechain/contracts';
import { MessagingModule } from '@carechain/messaging';
import { PatientIdentityModule, PersistenceModule } from '@carechain/persistence';
import {
  openIdConnectFrom,
  openIdSettings,
  trustedHeaders,
  type Authenticate,
  countingSettings,
  HealthModule,
  identitySettings,
  kafkaSettingsOf,
  loadConfig,
  loggingModule,
  MetricsModule,
  planningRulesOf,
  platformSettings,
  port,
} from '@carechain/service-runtime';
import { AccessSettingsModule } from './access/access.module';
import { gatewayContext } from './access/caller';
import { ClientErrorsFilter } from './access/client-errors.filter';
import { CareLinksModule } from './care-links/care-links.module';
import { CarePlansModule } from './care-plans/care-plans.module';
import { DischargeDelaysModule } from './discharge-delays/discharge-delays.module';
import { DischargePlanningModule } from './discharge-planning/discharge-planning.module';
import { EhrConnectionsModule } from './ehr-connections/ehr-connections.module';
import { FhirApiModule } from './fhir-api/fhir-api.module';
import { HandoverMetrics } from './handovers/handover-metrics';
import { HandoversModule } from './handovers/handovers.module';
import { ImprovementWorkModule } from './improvement-work/improvement-work.module';
import { MedicineListsModule } from './medicine-lists/medicine-lists.module';
import { MunicipalLiabilityModule } from './municipal-liability/municipal-liability.module';
import { PatientIdentitiesModule } from './patient-identities/patient-identities.module';
import { PatientJourneysModule } from './patient-journeys/patient-journeys.module';
import { ReadinessModule } from './readiness/readiness.module';
import { UnnecessaryDaysModule } from './unnecessary-days/unnecessary-days.module';
import { WebAppModule } from './web-app/web-app.module';
import { graphqlMetrics } from './graphql-metrics';
import { hardenHttp } from './hardening/http';
import { limitsFirst } from './hardening/limits-first';
import { OperationRules } from './hardening/operation-rules';
import { overWebSocket } from './hardening/over-websocket';
import { withStatementTimeout } from './hardening/time-budget';
import { clientSafeError, unexpectedErrorsPlugin } from './hardening/unexpected-errors';

const positive = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .default(fallback);

export const gatewaySettings = {
  ...platformSettings,
  ...identitySettings,
  ...countingSettings,
  GATEWAY_PORT: port('GATEWAY_PORT', 3000),
  GATEWAY_AUTH_MODE: z.enum(['trusted-headers', 'oidc'], {
    error:
      "GATEWAY_AUTH_MODE is required: 'oidc' (bearer tokens from OIDC_ISSUER) or 'trusted-headers' (caller asserted by an authenticating proxy or the local platform)",
  }),
  ...openIdSettings,
  ACCESS_RELATIONSHIP_DAYS: positive('ACCESS_RELATIONSHIP_DAYS', 30),
  GATEWAY_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  GATEWAY_RATE_LIMIT_PER_MINUTE: positive('GATEWAY_RATE_LIMIT_PER_MINUTE', 600),
  GRAPHQL_MAX_DEPTH: positive('GRAPHQL_MAX_DEPTH', 10),
  GRAPHQL_MAX_COST: positive('GRAPHQL_MAX_COST', 5000),
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  GATEWAY_STATEMENT_TIMEOUT_MS: z.coerce
    .number({ error: 'GATEWAY_STATEMENT_TIMEOUT_MS must be a number of milliseconds' })
    .int()
    .min(100, 'GATEWAY_STATEMENT_TIMEOUT_MS must be at least 100')
    .default(10_000),
  HANDOVER_DEADLINE_CHECK_INTERVAL_MS: z.coerce
    .number({ error: 'HANDOVER_DEADLINE_CHECK_INTERVAL_MS must be a number of milliseconds' })
    .int()
    .min(100, 'HANDOVER_DEADLINE_CHECK_INTERVAL_MS must be at least 100')
    .default(60_000),
  HANDOVER_CATCH_UP_INTERVAL_MS: positive('HANDOVER_CATCH_UP_INTERVAL_MS', 30_000),
  HANDOVER_CATCH_UP_GRACE_MS: positive('HANDOVER_CATCH_UP_GRACE_MS', 30_000),
  DISCHARGE_PLANNING_INTERVAL_MS: positive('DISCHARGE_PLANNING_INTERVAL_MS', 5_000),
  DISCHARGE_PLANNING_SETTLE_MS: positive('DISCHARGE_PLANNING_SETTLE_MS', 5_000),
  FHIR_ADAPTER_URL: z
    .url({ error: 'FHIR_ADAPTER_URL must be the URL of the FHIR adapter, e.g. http://fhir-adapter:3004' })
    .optional(),
};

@Module({})
export class GatewayModule {
  static fromEnv(env: NodeJS.ProcessEnv = process.env) {
    const config = loadConfig(gatewaySettings, env);
    const authenticate = authenticatorOf(config);
    const planningRules = planningRulesOf(config);
    const rules = new OperationRules({
      maxDepth: config.GRAPHQL_MAX_DEPTH,
      maxCost: config.GRAPHQL_MAX_COST,
      maxAliases: 20,
      maxTokens: 5000,
      introspection: config.GRAPHQL_INTROSPECTION,
    });
    let schema: GraphQLSchema | undefined;
    const builtSchema = () => {
      if (!schema) throw new Error('the GraphQL schema is not built yet');
      return schema;
    };
    return {
      port: config.GATEWAY_PORT,
      configure: (app: Parameters<typeof hardenHttp>[0]) =>
        hardenHttp(app, {
          corsOrigins: config.GATEWAY_CORS_ORIGINS,
          rateLimitPerMinute: config.GATEWAY_RATE_LIMIT_PER_MINUTE,
          authenticate,
          operationLimits: limitsFirst(rules, builtSchema),
        }),
      module: {
        module: GatewayModule,
        providers: [{ provide: APP_FILTER, useClass: ClientErrorsFilter }, HandoverMetrics],
        imports: [
          loggingModule(config.LOG_LEVEL),
          PersistenceModule.forRoot(
            withStatementTimeout(config.DATABASE_URL, config.GATEWAY_STATEMENT_TIMEOUT_MS),
          ),
          PatientIdentityModule.forRoot(config.IDENTITY_ENCRYPTION_KEY),
          MessagingModule.forRoot(kafkaSettingsOf(config, 'gateway')),
          AccessSettingsModule.forRoot({ relationshipDays: config.ACCESS_RELATIONSHIP_DAYS }),
          GraphQLModule.forRoot<ApolloDriverConfig>({
            driver: ApolloDriver,
            autoSchemaFile: true,
            sortSchema: true,
            // Refused or allowed by the rules' own introspection rule, alike over HTTP and WebSocket.
            introspection: true,
            includeStacktraceInErrorResponses: false,
            allowBatchedHttpRequests: false,
            parseOptions: rules.parseOptions,
            validationRules: rules.validationRules,
            plugins: [rules.apolloPlugin(), unexpectedErrorsPlugin(), graphqlMetrics()],
            formatError: clientSafeError,
            transformSchema: (built) => (schema = built),
            // Live handovers over graphql-ws; the connection's parameters name the caller as headers do.
            subscriptions: { 'graphql-ws': overWebSocket(rules, builtSchema) },
            context: gatewayContext(authenticate),
          }),
          HealthModule.forRoot({ brokerGatesReadiness: false }),
          MetricsModule.forRoot({ consumerGroups: [consumerGroups.handovers] }),
          CareLinksModule,
          CarePlansModule.forRoot({ timeZone: config.ORGANISATION_TIME_ZONE }),
          DischargeDelaysModule,
          DischargePlanningModule.forRoot({
            planningRules,
            intervalMs: config.DISCHARGE_PLANNING_INTERVAL_MS,
            settleMs: config.DISCHARGE_PLANNING_SETTLE_MS,
          }),
          EhrConnectionsModule.forRoot(config.FHIR_ADAPTER_URL?.replace(/\/$/, '') ?? null),
          FhirApiModule.forRoot(authenticate),
          HandoversModule.forRoot({
            databaseUrl: config.DATABASE_URL,
            timeZone: config.ORGANISATION_TIME_ZONE,
            deadlineCheckIntervalMs: config.HANDOVER_DEADLINE_CHECK_INTERVAL_MS,
            catchUpIntervalMs: config.HANDOVER_CATCH_UP_INTERVAL_MS,
            catchUpGraceMs: config.HANDOVER_CATCH_UP_GRACE_MS,
          }),
          ImprovementWorkModule.forRoot({
            timeZone: config.ORGANISATION_TIME_ZONE,
            planningRules,
          }),
          MedicineListsModule,
          MunicipalLiabilityModule.forRoot(planningRules),
          PatientIdentitiesModule,
          PatientJourneysModule,
          ReadinessModule,
          UnnecessaryDaysModule.forRoot({
            timeZone: config.ORGANISATION_TIME_ZONE,
            planningRules,
          }),
          WebAppModule,
        ],
      },
    };
  }
}

function authenticatorOf(config: z.infer<z.ZodObject<typeof gatewaySettings>>): Authenticate {
  return config.GATEWAY_AUTH_MODE === 'trusted-headers'
    ? trustedHeaders()
    : openIdConnectFrom(config, 'GATEWAY_AUTH_MODE');
}
