import { Inject, Injectable, Logger } from '@nestjs/common';
import { capabilityProblems, type CapabilityStatement } from './capabilities';
import type { Connection } from './connection-config';
import { ConnectionStatus } from './connection-status';
import { FhirServer } from './fhir-server';

export const CONNECTIONS = Symbol('FhirConnections');

export interface ConnectedEhr {
  connection: Connection;
  server: FhirServer;
  status: ConnectionStatus;
}

/** Every configured EHR with its FHIR client and status. */
@Injectable()
export class Connections {
  private readonly logger = new Logger('FhirConnections');
  readonly all: ConnectedEhr[];

  constructor(@Inject(CONNECTIONS) connections: Connection[]) {
    this.all = connections.map((connection) => {
      const status = new ConnectionStatus(connection.id, connection.baseUrl);
      return { connection, status, server: new FhirServer(connection, status) };
    });
    if (!this.all.length)
      this.logger.log(
        'no FHIR connections configured (FHIR_CONNECTIONS_FILE unset): nothing to sync, the adapter idles',
      );
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
