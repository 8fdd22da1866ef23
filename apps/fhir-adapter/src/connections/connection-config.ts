import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { careLinkIdSchema } from '@carechain/contracts';
import { syncableResourceTypes } from '@carechain/fhir';
import { ConfigurationError } from '@carechain/service-runtime';

const secretFromEnv = (what: string) =>
  z
    .string({ error: `name the environment variable holding the ${what}` })
    .regex(/^[A-Z][A-Z0-9_]*$/, 'must be an environment variable name such as RYHOV_FHIR_TOKEN');

const auth = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('none') }),
    z.strictObject({ type: z.literal('bearer'), tokenEnv: secretFromEnv('token') }),
    z.strictObject({
      type: z.literal('client-credentials'),
      tokenUrl: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of the token endpoint' }),
      clientId: z.string().min(1, 'is required'),
      clientSecretEnv: secretFromEnv('client secret'),
      scope: z.string().min(1).optional(),
    }),
  ],
  {
    error:
      "must be { type: 'none' }, { type: 'bearer', tokenEnv } or { type: 'client-credentials', tokenUrl, clientId, clientSecretEnv }",
  },
);

const connectionSchema = z
  .strictObject({
    id: z
      .string({ error: 'is required' })
      .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'must be 1-32 lower-case letters, digits or -'),
    baseUrl: z.url({ protocol: /^https?$/, error: 'must be the http(s) base URL of a FHIR R4 server' }),
    auth: auth.default({ type: 'none' }),
    careLinks: z
      .array(careLinkIdSchema, { error: 'is required: the care links this EHR speaks for' })
      .min(1, 'name at least one care link this EHR speaks for'),
    locations: z
      .record(z.string().min(1), careLinkIdSchema)
      .default({})
      .describe('Location reference, system|value or display -> ward care link'),
    patientIdentifierSystem: z
      .string({ error: 'is required: the identifier system of the network pseudonym' })
      .min(1),
    idPrefix: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{0,32}$/, 'may hold letters, digits and . _ : - only')
      .optional(),
    resourceTypes: z
      .array(z.enum(syncableResourceTypes, { error: `must be one of ${syncableResourceTypes.join(', ')}` }))
      .min(1, 'name at least one resource type to sync')
      .default([
        'Patient',
        'Encounter',
        'Flag',
        'MedicationStatement',
        'MedicationRequest',
        'List',
        'CarePlan',
      ]),
    writeBack: z
      .strictObject({
        carePlans: z.boolean().default(false),
        medicineLists: z.boolean().default(false),
        acknowledgements: z.boolean().default(false),
      })
      .default({ carePlans: false, medicineLists: false, acknowledgements: false }),
    subscription: z
      .strictObject({
        notificationUrl: z.url({
          protocol: /^https?$/,
          error:
            "must be the http(s) URL at which the EHR reaches this adapter's /connections/<id>/notifications",
        }),
        secretEnv: secretFromEnv('secret the EHR sends with each notification'),
      })
      .optional(),
    pollIntervalSeconds: z.number().int().min(1).max(86400).default(30),
    deletionSweepSeconds: z
      .number()
      .int()
      .min(1)
      .max(7 * 86400)
      .default(600),
    pageSize: z.number().int().min(1).max(1000).default(100),
    timeoutMs: z.number().int().min(100).max(120000).default(10000),
    retry: z
      .strictObject({
        maxAttempts: z.number().int().min(0).max(20).default(5),
        initialDelayMs: z.number().int().min(1).default(500),
        maxDelayMs: z.number().int().min(1).default(60000),
      })
      .default({ maxAttempts: 5, initialDelayMs: 500, maxDelayMs: 60000 }),
  })
  .superRefine((connection, ctx) => {
    for (const [location, careLink] of Object.entries(connection.locations)) {
      if (!connection.careLinks.includes(careLink)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locations', location],
          message: `maps to ${careLink}, which is not among this connection's careLinks`,
        });
      }
    }
  });

const fileSchema = z.strictObject({
  connections: z.array(connectionSchema, { error: 'connections must be a list' }).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `${c.id} is used by another connection` });
      seen.add(c.id);
    });
  }),
});

export type ConnectionConfig = z.infer<typeof connectionSchema>;

/** A connection with its secrets read from the environment, never from the file. */
export interface Connection extends Omit<ConnectionConfig, 'idPrefix'> {
  idPrefix: string;
  secret?: string;
  notificationSecret?: string;
}

/** Reads and checks the connections file; every wrong value is named with its place in the file. */
export function parseConnections(
  json: unknown,
  env: NodeJS.ProcessEnv,
  source = 'FHIR_CONNECTIONS_FILE',
): Connection[] {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map(
        (issue) =>
          `${source}: ${issue.path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
            .join('')
            .replace(/^\./, '')}: ${issue.message}`,
      ),
    );
  }
  const problems: string[] = [];
  const connections = parsed.data.connections.map((c, i) => {
    const secretEnv =
      c.auth.type === 'bearer'
        ? c.auth.tokenEnv
        : c.auth.type === 'client-credentials'
          ? c.auth.clientSecretEnv
          : undefined;
    const secret = secretEnv ? env[secretEnv] : undefined;
    if (secretEnv && !secret)
      problems.push(`${source}: connections[${i}].auth: environment variable ${secretEnv} is not set`);
    const notificationSecret = c.subscription ? env[c.subscription.secretEnv] : undefined;
    if (c.subscription && !notificationSecret)
      problems.push(
        `${source}: connections[${i}].subscription: environment variable ${c.subscription.secretEnv} is not set`,
      );
    return { ...c, idPrefix: c.idPrefix ?? `${c.id}-`, secret, notificationSecret };
  });
  if (problems.length) throw new ConfigurationError(problems);
  return connections;
}

export function loadConnections(path: string | undefined, env: NodeJS.ProcessEnv): Connection[] {
  if (!path) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError([`FHIR_CONNECTIONS_FILE: cannot read ${path}: ${(error as Error).message}`]);
  }
  try {
    return parseConnections(JSON.parse(text), env);
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new ConfigurationError([`FHIR_CONNECTIONS_FILE: ${path} is not valid JSON: ${error.message}`]);
    throw error;
  }
}
