import { Inject, Injectable } from '@nestjs/common';
import {
  InjectPrisma,
  Prisma,
  readCareEvents,
  type PrismaClient,
  type TransactionClient,
} from '@carechain/persistence';
import { PROJECTIONS, type Projection } from './projection';
import { lockReadModelsExclusively, ReadModels } from './read-models';
import { ScratchSchema } from './scratch-schema';

export const MAINTENANCE_DATABASE_URL = Symbol('MaintenanceDatabaseUrl');

/** A model's name on the command line: its consumer name without the service prefix. */
export const modelName = (projection: Projection) => projection.consumer.replace(/^projector\./, '');

// Copying a large model into place and comparing it take longer than an applied batch may.
const LONG_TRANSACTION = { maxWait: 60_000, timeout: 30 * 60_000 };

/**
 * Columns a projection fills from the clock when it applies an event, not from the events: a
 * replay made later differs there without being wrong.
 */
const CLOCK_COLUMNS: Record<string, string[]> = { patient_journey: ['updated_at'] };

export interface RebuildReport {
  /** Events replayed from the store, including those stored while the replay ran. */
  events: number;
  tables: { table: string; rows: number }[];
}

export interface TableComparison {
  table: string;
  live: number;
  replayed: number;
  /** Keys whose rows differ, are missing on one side or occur a different number of times. */
  differing: number;
  /** Event ids of a few differing rows, only where the key is an event id (never a patient or stay id). */
  examples: string[];
}

export interface ModelComparison {
  model: string;
  events: number;
  /** Patients left out: some event of theirs was not yet applied by both the live model and the replay. */
  patientsLeftOut: number;
  tables: TableComparison[];
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rebuilds read models beside the running projector, and checks live models against a replay of the store. */
@Injectable()
export class ReadModelMaintenance {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(PROJECTIONS) readonly projections: Projection[],
    @Inject(MAINTENANCE_DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  /** The projections named, or all for 'all'. */
  select(model: string): Projection[] {
    const chosen =
      model === 'all' ? this.projections : this.projections.filter((p) => modelName(p) === model);
    if (!chosen.length)
      throw new Error(
        `unknown read model ${model}: one of ${this.projections.map(modelName).join(', ')} or all`,
      );
    return chosen;
  }

  /**
   * Replays the store into a scratch schema while the live models keep serving, then swaps the copy
   * in with one transaction that holds the models' lock alone: the live projector waits for it. The
   * copy first takes what was stored meanwhile, and the live models not rebuilt take what the copy
   * holds and they lack, so every model holds the events the checkpoints say, none lost or twice.
   */
  async rebuild(projections: Projection[]): Promise<RebuildReport> {
    const tables = projections.flatMap((p) => p.tables);
    const scratch = await ScratchSchema.create(this.prisma, this.databaseUrl, 'rebuild', tables);
    try {
      const replay = new ReadModels(scratch.client, projections);
      let events = await replay.rebuild();
      await this.prisma.$transaction(async (tx) => {
        await lockReadModelsExclusively(tx);
        // The live projector is held: what it applied is stored, so the copy now holds it too.
        events += await replay.catchUp(0, new Date());
        const behind = await tx.$queryRawUnsafe<{ event_id: string }[]>(
          `SELECT event_id::text FROM ${scratch.name}.projection_checkpoint s
           WHERE NOT EXISTS (SELECT 1 FROM ${scratch.live}.projection_checkpoint k WHERE k.event_id = s.event_id)`,
        );
        const others = this.projections.filter((p) => !projections.includes(p));
        await new ReadModels(this.prisma, others).applyIn(
          tx,
          await readCareEvents(
            tx,
            behind.map((r) => r.event_id),
          ),
        );
        for (const table of tables) {
          await tx.$executeRawUnsafe(`DELETE FROM ${scratch.live}.${table}`);
          await tx.$executeRawUnsafe(
            `INSERT INTO ${scratch.live}.${table} SELECT * FROM ${scratch.name}.${table}`,
          );
        }
      }, LONG_TRANSACTION);
      const counts = await Promise.all(
        tables.map(async (table) => {
          const [{ rows }] = await this.prisma.$queryRawUnsafe<{ rows: number }[]>(
            `SELECT count(*)::int AS rows FROM ${scratch.live}.${table}`,
          );
          return { table, rows };
        }),
      );
      return { events, tables: counts };
    } finally {
      await scratch.drop();
    }
  }

  /**
   * Replays the store into a scratch schema and compares it row by row with the live models. The
   * live projector may be behind or ahead of the replay: after waiting up to `waitMs` for it to
   * apply what the replay applied, patients with an event applied on one side only are left out.
   */
  async verify(projections: Projection[], waitMs: number): Promise<ModelComparison[]> {
    const scratch = await ScratchSchema.create(
      this.prisma,
      this.databaseUrl,
      'verify',
      projections.flatMap((p) => p.tables),
    );
    try {
      const events = await new ReadModels(scratch.client, projections).rebuild();
      await this.awaitLiveProjector(scratch, waitMs);
      return await this.prisma.$transaction(
        async (tx) => {
          const models: ModelComparison[] = [];
          const [{ left_out }] = await tx.$queryRawUnsafe<{ left_out: number }[]>(
            `WITH ${this.unsettled(scratch)} SELECT count(DISTINCT patient_id)::int AS left_out FROM unsettled`,
          );
          for (const projection of projections) {
            const tables: TableComparison[] = [];
            for (const table of projection.tables) tables.push(await this.compare(tx, scratch, table));
            models.push({ model: modelName(projection), events, patientsLeftOut: left_out, tables });
          }
          return models;
        },
        { ...LONG_TRANSACTION, isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
      );
    } finally {
      await scratch.drop();
    }
  }

  private async awaitLiveProjector(scratch: ScratchSchema, waitMs: number): Promise<void> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const [{ behind }] = await this.prisma.$queryRawUnsafe<{ behind: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM ${scratch.name}.projection_checkpoint s WHERE NOT EXISTS
           (SELECT 1 FROM ${scratch.live}.projection_checkpoint k WHERE k.event_id = s.event_id)) AS behind`,
      );
      if (!behind || Date.now() >= deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Stored events that the replay or the live models have not applied. */
  private unsettled(scratch: ScratchSchema): string {
    return `unsettled AS (
      SELECT c.patient_id, c.payload->>'stayId' AS stay_id FROM ${scratch.live}.care_event c
      WHERE NOT EXISTS (SELECT 1 FROM ${scratch.name}.projection_checkpoint s WHERE s.event_id = c.event_id)
         OR NOT EXISTS (SELECT 1 FROM ${scratch.live}.projection_checkpoint k WHERE k.event_id = c.event_id))`;
  }

  private async compare(
    tx: TransactionClient,
    scratch: ScratchSchema,
    table: string,
  ): Promise<TableComparison> {
    const columnRows = await tx.$queryRaw<{ name: string; key: boolean }[]>`
      SELECT a.attname::text AS name, coalesce(a.attnum = ANY(i.indkey), false) AS key
      FROM pg_attribute a LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary
      WHERE a.attrelid = format('%I.%I', ${scratch.liveSchema}::text, ${table}::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`;
    const names = columnRows.map((c) => c.name);
    const columns = names
      .filter((name) => !CLOCK_COLUMNS[table]?.includes(name))
      .map(quoted)
      .join(', ');
    const keys = columnRows.filter((c) => c.key).map((c) => quoted(c.name));
    const scope = ['patient_id', 'stay_id'].find((name) => names.includes(name));
    // Totals over many patients cannot leave one out: they are compared whole.
    const settled = scope ? `NOT EXISTS (SELECT 1 FROM unsettled u WHERE u.${scope} = r.${scope})` : 'true';
    const [result] = await tx.$queryRawUnsafe<
      { live: number; replayed: number; differing: number; examples: string[] }[]
    >(
      `WITH ${this.unsettled(scratch)},
        live_rows AS (SELECT ${columns} FROM ${scratch.live}.${table} r WHERE ${settled}),
        replay_rows AS (SELECT ${columns} FROM ${scratch.name}.${table} r WHERE ${settled}),
        differing AS (SELECT DISTINCT ${keys} FROM (
          (SELECT * FROM live_rows EXCEPT ALL SELECT * FROM replay_rows)
          UNION ALL (SELECT * FROM replay_rows EXCEPT ALL SELECT * FROM live_rows)) d)
      SELECT (SELECT count(*) FROM live_rows)::int AS live, (SELECT count(*) FROM replay_rows)::int AS replayed,
        (SELECT count(*) FROM differing)::int AS differing,
        ${keys.join() === '"event_id"' ? `ARRAY(SELECT event_id::text FROM differing ORDER BY 1 LIMIT 3)` : `'{}'::text[]`} AS examples`,
    );
    return { table, ...result };
  }
}
