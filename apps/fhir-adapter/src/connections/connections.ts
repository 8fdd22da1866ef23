import { Inject, Injectable, Logger } from '@nestjs/common';
import { EHR_CREDENTIAL_ENV_PREFIX } from '@carechain/domain';
import { capabilityProblems, type CapabilityStatement } from './capabilities';
import { parseConnections, type Connection } from './connection-config';
import { ConnectionStatus } from './connection-status';
import { FhirServer } from './fhir-server';

export const CONNECTIONS = Symbol('FhirConnections');
export const CONNECTIONS_ENV = Symbol('FhirConnectionsEnv');

export interface ConnectedEhr {
  connection: Connection;
  server: FhirServer;
  status: ConnectionStatus;
}

/** A connection an integrator added through the gateway, as stored (see EhrConnectionSetting). */
export interface StoredConnection {
  connectionId: string;
  config: unknown;
  enabled: boolean;
}

type Change = { started: ConnectedEhr[]; stopped: ConnectedEhr[] };

/**
 * Every EHR connection this adapter syncs, with its FHIR client and status: those of the connections
 * file (fixed at start-up; they win over a stored connection of the same id) and the enabled ones
 * integrators stored. A stored connection that changes is stopped and started anew.
 */
@Injectable()
export class Connections {
  private readonly logger = new Logger('FhirConnections');
  private readonly running = new Map<string, { ehr: ConnectedEhr; fingerprint: string }>();
  private readonly fromFile: Set<string>;
  private readonly listeners: ((change: Change) => void)[] = [];
  private storedFingerprints = new Map<string, string>();

  constructor(
    @Inject(CONNECTIONS) connections: Connection[],
    @Inject(CONNECTIONS_ENV) private readonly env: NodeJS.ProcessEnv,
  ) {
    this.fromFile = new Set(connections.map((c) => c.id));
    for (const connection of connections)
      this.running.set(connection.id, { ehr: connect(connection), fingerprint: 'file' });
    if (!this.running.size)
      this.logger.log(
        'no FHIR connections in FHIR_CONNECTIONS_FILE: syncing those integrators add, once they are added',
      );
  }

  get all(): ConnectedEhr[] {
    return [...this.running.values()].map((r) => r.ehr);
  }

  /** Tells `listener` of every connection started or stopped from now on. */
  onChange(listener: (change: Change) => void) {
    this.listeners.push(listener);
  }

  /** Brings the running connections in line with the stored ones; the file's stay as they are. */
  apply(stored: readonly StoredConnection[]) {
    const wanted = new Map<string, { connection: Connection; fingerprint: string }>();
    const seen = new Map<string, string>();
    for (const s of stored) {
      if (!s.enabled || this.fromFile.has(s.connectionId)) continue;
      const fingerprint = JSON.stringify(s.config);
      seen.set(s.connectionId, fingerprint);
      try {
        const named = secretsNamed(s.config);
        if (named.some((env) => !env.startsWith(EHR_CREDENTIAL_ENV_PREFIX)))
          throw new Error(
            `stored connections read secrets only from ${EHR_CREDENTIAL_ENV_PREFIX}* variables`,
          );
        const [connection] = parseConnections(
          { connections: [s.config] },
          this.env,
          `stored connection ${s.connectionId}`,
        );
        wanted.set(connection.id, { connection, fingerprint });
      } catch (error) {
        // Said once per version, not at every re-read; the connection stays stopped until mended.
        if (this.storedFingerprints.get(s.connectionId) !== fingerprint)
          this.logger.warn(`${s.connectionId} cannot be synced: ${(error as Error).message}`);
      }
    }
    this.storedFingerprints = seen;
    const change: Change = { started: [], stopped: [] };
    for (const [id, { ehr, fingerprint }] of this.running) {
      if (this.fromFile.has(id) || wanted.get(id)?.fingerprint === fingerprint) continue;
      this.running.delete(id);
      change.stopped.push(ehr);
      this.logger.log(`${id}: ${wanted.has(id) ? 'changed, restarting' : 'paused or removed, stopping'}`);
    }
    for (const [id, { connection, fingerprint }] of wanted) {
      if (this.running.has(id)) continue;
      const ehr = connect(connection);
      this.running.set(id, { ehr, fingerprint });
      change.started.push(ehr);
      this.logger.log(`${id}: added, starting`);
    }
    if (change.started.length || change.stopped.length)
      for (const listener of this.listeners) listener(change);
  }

  /** Reads the server's CapabilityStatement and says what it lacks; undefined while the server cannot be reached. */
  async checkCapabilities({
    connection,
    server,
    status,
  }: ConnectedEhr): Promise<CapabilityStatement | undefined> {
    let statement: CapabilityStatement;
    try {
      statement = (await server.capabilityStatement()) as CapabilityStatement;
    } catch (error) {
      status.syncFailed(`could not read the CapabilityStatement: ${(error as Error).message}`);
      return undefined;
    }
    status.capabilityProblems = capabilityProblems(statement, connection);
    for (const problem of status.capabilityProblems) this.logger.warn(`${connection.id}: ${problem}`);
    return statement;
  }
}

/** The environment variables a stored connection asks for, whatever else is wrong with it. */
function secretsNamed(config: unknown): string[] {
  const c = config as { auth?: Record<string, unknown>; subscription?: Record<string, unknown> };
  return [c.auth?.tokenEnv, c.auth?.clientSecretEnv, c.subscription?.secretEnv].filter(
    (v): v is string => typeof v === 'string',
  );
}

function connect(connection: Connection): ConnectedEhr {
  const status = new ConnectionStatus(connection.id, connection.baseUrl);
  return { connection, status, server: new FhirServer(connection, status) };
}
