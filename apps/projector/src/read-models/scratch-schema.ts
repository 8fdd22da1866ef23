import { randomBytes } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';

/**
 * A schema of its own holding empty copies of read-model tables and of projection_checkpoint, with the
 * event store visible through a view, and a client whose every query lands there: projections
 * replayed through it build a second copy of their models beside the live one.
 */
export class ScratchSchema {
  private constructor(
    readonly name: string,
    /** The schema the live read models are in, as it is named in SQL. */
    readonly live: string,
    /** The same name as data, for the catalogue. */
    readonly liveSchema: string,
    readonly client: PrismaClient,
    private readonly owner: PrismaClient,
  ) {}

  static async create(
    live: PrismaClient,
    databaseUrl: string,
    purpose: 'rebuild' | 'verify',
    tables: string[],
  ): Promise<ScratchSchema> {
    const name = `ops_${purpose}_${randomBytes(4).toString('hex')}`;
    const [{ schema }] = await live.$queryRaw<{ schema: string }[]>`SELECT current_schema()::text AS schema`;
    const from = `"${schema.replace(/"/g, '""')}"`;
    await live.$transaction([
      live.$executeRawUnsafe(`CREATE SCHEMA ${name}`),
      ...[...tables, 'projection_checkpoint'].map((table) =>
        live.$executeRawUnsafe(`CREATE TABLE ${name}.${table} (LIKE ${from}.${table} INCLUDING ALL)`),
      ),
      live.$executeRawUnsafe(`CREATE VIEW ${name}.care_event AS SELECT * FROM ${from}.care_event`),
    ]);
    return new ScratchSchema(name, from, schema, createPrismaClient(databaseUrl, 2, name), live);
  }

  async drop(): Promise<void> {
    await this.client.$disconnect();
    await this.owner.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${this.name} CASCADE`);
  }
}
