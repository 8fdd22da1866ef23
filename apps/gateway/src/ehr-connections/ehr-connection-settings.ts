import { Injectable } from '@nestjs/common';
import {
  decideEhrConnectionChange,
  decideEhrConnectionSettings,
  type EhrConnectionChangeKind,
  type EhrConnectionConfig,
} from '@carechain/domain';
import { InjectPrisma, Prisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { conflict, invalidInput, notFound } from '../client-errors';
import type { EhrConnectionInput, EhrConnectionSettings as View } from './ehr-connection-settings.model';

type Row = {
  connectionId: string;
  config: unknown;
  enabled: boolean;
  version: number;
  updatedAt: Date;
  updatedBy: string;
};

const view = (row: Row): View => {
  const config = row.config as EhrConnectionConfig;
  const auth = config.auth;
  return {
    connectionId: row.connectionId,
    baseUrl: config.baseUrl,
    careLinkIds: config.careLinks,
    patientIdentifierSystem: config.patientIdentifierSystem,
    authType: auth.type,
    credentialEnv:
      auth.type === 'bearer'
        ? auth.tokenEnv
        : auth.type === 'client-credentials'
          ? auth.clientSecretEnv
          : null,
    pollIntervalSeconds: config.pollIntervalSeconds,
    pageSize: config.pageSize,
    enabled: row.enabled,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
};

/**
 * The EHR connections integrators add: stored with their credentials named, not held, each write
 * audited; the FHIR adapters hear of every change through a database notification.
 */
@Injectable()
export class EhrConnectionSettingsStore {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async list(): Promise<View[]> {
    return (await this.prisma.ehrConnectionSetting.findMany({ orderBy: { connectionId: 'asc' } })).map(view);
  }

  async add(caller: Caller, input: EhrConnectionInput): Promise<View> {
    const config = checked(input);
    try {
      return view(
        await this.prisma.$transaction(async (tx) => {
          const row = await tx.ehrConnectionSetting.create({
            data: { connectionId: config.id, config: config as object, updatedBy: caller.actorId },
          });
          await tx.ehrConnectionChange.create({
            data: audit(caller, row.connectionId, row.version, 'added'),
          });
          return row;
        }),
      );
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw invalidInput([
          { field: 'input.connectionId', message: `'${config.id}' is taken by another connection` },
        ]);
      throw error;
    }
  }

  change(caller: Caller, input: EhrConnectionInput, expectedVersion: number): Promise<View> {
    const config = checked(input);
    return this.write(caller, config.id, expectedVersion, 'change', { config: config as object });
  }

  setEnabled(caller: Caller, connectionId: string, expectedVersion: number, enabled: boolean): Promise<View> {
    return this.write(caller, connectionId, expectedVersion, enabled ? 'resume' : 'pause', {});
  }

  private async write(
    caller: Caller,
    connectionId: string,
    expectedVersion: number,
    kind: EhrConnectionChangeKind,
    data: { config?: object },
  ): Promise<View> {
    return view(
      await this.prisma.$transaction(async (tx) => {
        // Row lock: of two writers from one version, the second sees the first's and is refused.
        const [stored] = await tx.$queryRaw<{ version: number; enabled: boolean }[]>`
          SELECT version, enabled FROM ehr_connection_setting WHERE connection_id = ${connectionId} FOR UPDATE`;
        const decision = decideEhrConnectionChange(stored ?? null, expectedVersion, kind);
        if (decision.outcome !== 'write')
          throw decision.outcome === 'conflict'
            ? conflict('expectedVersion', decision.message)
            : notFound('connectionId', decision.message);
        const row = await tx.ehrConnectionSetting.update({
          where: { connectionId },
          data: {
            ...data,
            enabled: decision.enabled,
            version: expectedVersion + 1,
            updatedAt: new Date(),
            updatedBy: caller.actorId,
          },
        });
        await tx.ehrConnectionChange.create({
          data: audit(caller, connectionId, row.version, kind === 'change' ? 'changed' : `${kind}d`),
        });
        return row;
      }),
    );
  }
}

function checked(input: EhrConnectionInput): EhrConnectionConfig {
  const { problems, config } = decideEhrConnectionSettings(input);
  if (!config) throw invalidInput(problems.map((p) => ({ ...p, field: `input.${p.field}` })));
  return config;
}

const audit = (caller: Caller, connectionId: string, version: number, action: string) => ({
  connectionId,
  version,
  action,
  actorId: caller.actorId,
  roles: caller.roles,
  careLinkId: caller.careLinkId,
});
