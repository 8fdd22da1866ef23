import { readFileSync } from 'node:fs';
import { Module, type DynamicModule } from '@nestjs/common';
import { parseAdtMapping, type AdtMappings } from '@carechain/hl7';
import { PatientIdentityModule, PersistenceModule } from '@carechain/persistence';
import {
  ConfigurationError,
  databaseSettings,
  HealthModule,
  identitySettings,
  loadConfig,
  loggingModule,
  loggingSettings,
  MetricsModule,
  port,
  timeZoneSettings,
} from '@carechain/service-runtime';
import { z } from 'zod';
import { AdtIntakeModule } from './adt-intake/adt-intake.module';
import type { MllpTls } from './mllp/mllp-server';

const file = (name: string, what: string) =>
  z.string().min(1, `${name} must be a file path (${what})`).optional();

export const hl7ListenerSettings = {
  ...databaseSettings,
  ...identitySettings,
  ...loggingSettings,
  ...timeZoneSettings,
  HL7_LISTENER_PORT: port('HL7_LISTENER_PORT', 3003),
  HL7_MLLP_PORT: port('HL7_MLLP_PORT', 2575),
  HL7_MLLP_HOST: z.string().min(1).default('0.0.0.0'),
  HL7_MLLP_ENCODING: z
    .enum(['utf-8', 'iso-8859-1', 'windows-1252', 'ascii'], {
      error: 'HL7_MLLP_ENCODING must be utf-8, iso-8859-1, windows-1252 or ascii',
    })
    .default('utf-8'),
  HL7_MAPPING_FILE: z.string({
    error: 'HL7_MAPPING_FILE is required: the JSON file that maps ward codes and the patient identifier type',
  }),
  HL7_MLLP_TLS_CERT_FILE: file('HL7_MLLP_TLS_CERT_FILE', 'PEM certificate of the listener'),
  HL7_MLLP_TLS_KEY_FILE: file('HL7_MLLP_TLS_KEY_FILE', 'PEM private key of the listener'),
  HL7_MLLP_TLS_CA_FILE: file('HL7_MLLP_TLS_CA_FILE', 'PEM CA that signs the senders’ client certificates'),
};

type Settings = z.infer<z.ZodObject<typeof hl7ListenerSettings>>;

@Module({})
export class Hl7ListenerModule {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): { module: DynamicModule; port: number } {
    const config = loadConfig(hl7ListenerSettings, env);
    const problems: string[] = [];
    const mapping = mappingOf(config.HL7_MAPPING_FILE, problems);
    const tls = tlsOf(config, problems);
    if (problems.length) throw new ConfigurationError(problems);
    return {
      port: config.HL7_LISTENER_PORT,
      module: {
        module: Hl7ListenerModule,
        imports: [
          loggingModule(config.LOG_LEVEL),
          PersistenceModule.forRoot(config.DATABASE_URL),
          PatientIdentityModule.forRoot(config.IDENTITY_ENCRYPTION_KEY),
          HealthModule.forRoot(),
          MetricsModule.forRoot(),
          AdtIntakeModule.forRoot(mapping!, config.ORGANISATION_TIME_ZONE, {
            port: config.HL7_MLLP_PORT,
            host: config.HL7_MLLP_HOST,
            encoding: config.HL7_MLLP_ENCODING,
            tls,
          }),
        ],
      },
    };
  }
}

function readOrNote(path: string, setting: string, problems: string[]): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    problems.push(
      `${setting}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
    return undefined;
  }
}

function mappingOf(path: string, problems: string[]): AdtMappings | undefined {
  const text = readOrNote(path, 'HL7_MAPPING_FILE', problems);
  if (!text) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text.toString('utf8'));
  } catch (error) {
    problems.push(`HL7_MAPPING_FILE ${path} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = parseAdtMapping(json);
  if (parsed.ok) return parsed.mapping;
  problems.push(...parsed.problems.map((p) => `HL7_MAPPING_FILE ${path}: ${p}`));
  return undefined;
}

function tlsOf(config: Settings, problems: string[]): MllpTls | undefined {
  const {
    HL7_MLLP_TLS_CERT_FILE: certFile,
    HL7_MLLP_TLS_KEY_FILE: keyFile,
    HL7_MLLP_TLS_CA_FILE: caFile,
  } = config;
  if (!certFile && !keyFile) {
    if (caFile) problems.push('HL7_MLLP_TLS_CA_FILE needs HL7_MLLP_TLS_CERT_FILE and HL7_MLLP_TLS_KEY_FILE');
    return undefined;
  }
  if (!certFile || !keyFile) {
    problems.push('TLS needs both HL7_MLLP_TLS_CERT_FILE and HL7_MLLP_TLS_KEY_FILE');
    return undefined;
  }
  const cert = readOrNote(certFile, 'HL7_MLLP_TLS_CERT_FILE', problems);
  const key = readOrNote(keyFile, 'HL7_MLLP_TLS_KEY_FILE', problems);
  const ca = caFile ? readOrNote(caFile, 'HL7_MLLP_TLS_CA_FILE', problems) : undefined;
  return cert && key ? { cert, key, ca } : undefined;
}
