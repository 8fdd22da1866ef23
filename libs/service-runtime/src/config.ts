import { z } from 'zod';
import {
  checkPlanningRules,
  isTimeZone,
  jonkopingPlanningRules,
  type RegionalPlanningRules,
} from '@carechain/domain';
import type { KafkaSettings } from '@carechain/messaging';

/** Thrown at start-up with one line per missing or wrong setting. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

const flag = (name: string, fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: `${name} must be true or false` })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

/** A port to listen on; 0 takes any free one, which the service reports once it listens. */
export const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 (any free port) and 65535`)
    .max(65535, `${name} must be between 0 (any free port) and 65535`)
    .default(fallback);

const postgresUrl = z
  .string({ error: 'DATABASE_URL is required (postgresql://user:password@host:port/database)' })
  .refine((v) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v), {
    message: 'DATABASE_URL must look like postgresql://user:password@host:port/database',
  });

const brokerList = z
  .string({ error: 'KAFKA_BROKERS is required (comma-separated host:port list)' })
  .transform((v) =>
    v
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length > 0 && list.every((b) => /^[^:\s]+:\d{1,5}$/.test(b)), {
    message: 'KAFKA_BROKERS must be a comma-separated list of host:port, e.g. kafka-1:9092,kafka-2:9092',
  });

export const databaseSettings = { DATABASE_URL: postgresUrl };

export const loggingSettings = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

export const kafkaSettings = {
  KAFKA_BROKERS: brokerList,
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  KAFKA_IDEMPOTENT: flag('KAFKA_IDEMPOTENT', false),
  KAFKA_CREATE_TOPICS: flag('KAFKA_CREATE_TOPICS', false),
  KAFKA_REPLICATION_FACTOR: z.coerce
    .number()
    .int()
    .min(1, 'KAFKA_REPLICATION_FACTOR must be at least 1')
    .default(1),
  KAFKA_MAX_WAIT_MS: z.coerce.number().int().min(10).max(10000).default(500),
};

/**
 * The key of the patient identity register: 32 random bytes, base64. From the deployment's secret
 * store; the local platform and the tests generate one. Never in the repository.
 */
export const identitySettings = {
  IDENTITY_ENCRYPTION_KEY: z
    .string({
      error:
        'IDENTITY_ENCRYPTION_KEY is required: the patient identity register key, 32 random bytes in base64 (openssl rand -base64 32)',
    })
    .transform((v) => Buffer.from(v, 'base64'))
    .refine((key) => key.length === 32, {
      message: 'IDENTITY_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)',
    }),
};

/** Settings of every service that stores and streams care events. */
export const platformSettings = { ...databaseSettings, ...kafkaSettings, ...loggingSettings };

export function loadConfig<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  const parsed = z.object(shape).safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigurationError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
    }),
  );
}

export function kafkaSettingsOf(
  config: z.infer<z.ZodObject<typeof kafkaSettings>>,
  service: string,
): KafkaSettings {
  return {
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID ?? `carechain-${service}`,
    idempotent: config.KAFKA_IDEMPOTENT,
    createTopics: config.KAFKA_CREATE_TOPICS,
    replicationFactor: config.KAFKA_REPLICATION_FACTOR,
    maxWaitTimeInMs: config.KAFKA_MAX_WAIT_MS,
  };
}

/** An IANA time zone such as Europe/Stockholm; days are counted at its midnights. */
const timeZone = z
  .string()
  .default('Europe/Stockholm')
  .refine(isTimeZone, { message: 'ORGANISATION_TIME_ZONE must be an IANA time zone, e.g. Europe/Stockholm' });

/** The organisation's time zone: where its days begin and end, and what its systems' local times mean. */
export const timeZoneSettings = { ORGANISATION_TIME_ZONE: timeZone };

/**
 * A region's discharge-planning agreement as JSON, each field overriding Jönköping's default
 * (see docs/discharge-planning-rules.md); the time zone is ORGANISATION_TIME_ZONE's.
 */
const planningRulesJson = z
  .string()
  .default('{}')
  .transform((text, ctx) => {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        return parsed as Partial<RegionalPlanningRules>;
    } catch {
      // Named below, without the parser's own words.
    }
    ctx.addIssue({ code: 'custom', message: 'REGIONAL_PLANNING_RULES must be a JSON object' });
    return z.NEVER;
  });

/** How unnecessary days and payment liability are counted; the projector and the gateway must agree. */
export const countingSettings = {
  ...timeZoneSettings,
  MUNICIPAL_LIABILITY_GRACE_DAYS: z.coerce
    .number({ error: 'MUNICIPAL_LIABILITY_GRACE_DAYS must be a number of days' })
    .int('MUNICIPAL_LIABILITY_GRACE_DAYS must be a whole number of days')
    .min(0, 'MUNICIPAL_LIABILITY_GRACE_DAYS cannot be negative')
    .optional(),
  REGIONAL_PLANNING_RULES: planningRulesJson,
};

/** The region's planning rules from the counting settings; a ConfigurationError names each mistake. */
export function planningRulesOf(config: {
  ORGANISATION_TIME_ZONE: string;
  MUNICIPAL_LIABILITY_GRACE_DAYS?: number;
  REGIONAL_PLANNING_RULES: Partial<RegionalPlanningRules>;
}): RegionalPlanningRules {
  const overrides = config.REGIONAL_PLANNING_RULES;
  const grace = config.MUNICIPAL_LIABILITY_GRACE_DAYS;
  if (grace !== undefined && overrides.liability)
    throw new ConfigurationError([
      'set the liability model once: MUNICIPAL_LIABILITY_GRACE_DAYS or REGIONAL_PLANNING_RULES.liability',
    ]);
  const rules: RegionalPlanningRules = {
    ...jonkopingPlanningRules,
    ...overrides,
    timeZone: config.ORGANISATION_TIME_ZONE,
    ...(grace !== undefined ? { liability: { kind: 'grace-days', graceDays: grace } } : {}),
  };
  const problems = checkPlanningRules(rules);
  if (problems.length)
    throw new ConfigurationError(problems.map((p) => `REGIONAL_PLANNING_RULES.${p.field} ${p.message}`));
  return rules;
}
