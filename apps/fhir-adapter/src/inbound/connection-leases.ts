import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/**
 * One active worker per EHR connection across adapter replicas: a replica syncs a connection only
 * while it holds the connection's PostgreSQL session advisory lock, on a database session of its
 * own. A replica that dies ends its session and so frees its connections for another; one that
 * loses its session stops syncing until it has the lock again.
 */
export class ConnectionLeases {
  private readonly logger = new Logger(ConnectionLeases.name);
  private client?: Promise<Client>;
  private readonly held = new Set<string>();

  constructor(private readonly databaseUrl: string) {}

  /** True when this replica holds the connection now (taking it if free); false when another does. */
  async hold(connectionId: string): Promise<boolean> {
    try {
      const client = await this.session();
      if (this.held.has(connectionId)) {
        // The session still answers, so the lock it holds is still ours.
        await client.query('SELECT 1');
        return true;
      }
      const { rows } = await client.query<{ taken: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS taken',
        [`fhir-connection:${connectionId}`],
      );
      if (rows[0].taken) this.held.add(connectionId);
      return rows[0].taken;
    } catch (error) {
      this.logger.warn(
        `cannot tell whether this replica may sync ${connectionId}: ${(error as Error).message}`,
      );
      this.lost();
      return false;
    }
  }

  /** Lets the connection go (it was paused), so any replica may take it when it resumes. */
  async release(connectionId: string): Promise<void> {
    if (!this.held.delete(connectionId)) return;
    try {
      const client = await this.session();
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`fhir-connection:${connectionId}`]);
    } catch (error) {
      this.logger.warn(`cannot release ${connectionId}: ${(error as Error).message}`);
      this.lost();
    }
  }

  async close(): Promise<void> {
    const client = this.client;
    this.lost();
    await client?.then((c) => c.end()).catch(() => undefined);
  }

  private session(): Promise<Client> {
    this.client ??= (async () => {
      const client = new Client({
        connectionString: this.databaseUrl,
        application_name: 'fhir-adapter leases',
      });
      client.on('error', () => this.lost());
      await client.connect();
      return client;
    })();
    return this.client;
  }

  /** The session is gone, and every lock with it. */
  private lost() {
    this.held.clear();
    this.client = undefined;
  }
}
