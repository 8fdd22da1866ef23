import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  InjectPrisma,
  inTransactionOn,
  readStoredCareEvents,
  readUnappliedCareEvents,
  SQL_POOL,
  type PrismaClient,
  type SqlTransaction,
} from '@carechain/persistence';
import type { Pool } from 'pg';
import { claimCheckpoints } from './projection-checkpoint';
import { PROJECTIONS, type ProjectedEvent, type Projection } from './projection';

const REPLAY_PAGE = 2000;

/**
 * Every write to the read models holds this lock until its transaction ends: shared by the live
 * projector's batches, which run side by side, and exclusive for a rebuild that swaps in a replayed
 * copy, so the two never interleave. Keyed by schema: a replay into a scratch schema does not wait.
 */
export async function shareReadModels(tx: SqlTransaction): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock_shared(hashtext('carechain.read-model'), hashtext(current_schema()))`;
}

/** The read models' lock held alone: what a rebuild takes to swap its copy in. */
export async function lockReadModelsExclusively(tx: SqlTransaction): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext('carechain.read-model'), hashtext(current_schema()))`;
}

/**
 * Batches that share patients (a catch-up beside the live consumer, a partition handed over in a
 * rebalance) apply them one after the other, so neither folds onto state the other is changing.
 * Taken in key order, so two batches never wait for each other in a circle.
 */
async function lockPatients(tx: SqlTransaction, events: ProjectedEvent[]): Promise<void> {
  const patients = [...new Set(events.map((e) => e.patientId))];
  await tx.$executeRaw`
    SELECT 1 FROM (SELECT hashtext(p) AS key FROM unnest(${patients}::text[]) AS p GROUP BY 1 ORDER BY 1) k,
      LATERAL pg_advisory_xact_lock(hashtext('carechain.patient'), k.key)`;
}

/** Applies events to every read model exactly once, and rebuilds them all from the event store. */
@Injectable()
export class ReadModels {
  /** With `pool` (the live projector), batches run on the pg driver instead of Prisma (SqlTransaction). */
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    @Optional() @Inject(SQL_POOL) private readonly pool?: Pool,
  ) {}

  /**
   * Applies a batch to every read model in one transaction. Events applied before (redelivery) are
   * left out, so every event changes every model exactly once. Returns how many were new.
   */
  async apply(events: ProjectedEvent[]): Promise<number> {
    if (!events.length) return 0;
    return inTransactionOn(this.prisma, this.pool, (tx) => this.applyIn(tx, events));
  }

  /** apply within the caller's transaction (a rebuild brings the models it did not rebuild up to its copy). */
  async applyIn(tx: SqlTransaction, events: ProjectedEvent[]): Promise<number> {
    await shareReadModels(tx);
    await lockPatients(tx, events);
    const fresh = await claimCheckpoints(tx, events);
    if (fresh.length) for (const projection of this.projections) await projection.project(tx, fresh);
    return fresh.length;
  }

  /**
   * Applies stored events the read models lack although they were recorded before `recordedBefore`:
   * a broker that dropped them (retention, a reset offset) cannot leave a gap. `afterSequence` skips
   * what an earlier pass found complete. Returns the events applied.
   */
  async catchUp(afterSequence: number, recordedBefore: Date): Promise<number> {
    let applied = 0;
    for (;;) {
      const page = await readUnappliedCareEvents(this.prisma, afterSequence, recordedBefore, REPLAY_PAGE);
      if (!page.length) break;
      // Another projector catching up at the same time may have claimed some of the page first.
      applied += await this.apply(page);
    }
    return applied;
  }

  /** Throws the read models away and replays the store in append order; returns the events replayed. */
  async rebuild(): Promise<number> {
    await this.prisma.$transaction([
      ...this.projections.flatMap((p) => p.clear(this.prisma)),
      this.prisma.projectionCheckpoint.deleteMany(),
    ]);
    let count = 0;
    let page: ProjectedEvent[] = [];
    for await (const event of readStoredCareEvents(this.prisma)) {
      page.push(event);
      if (page.length === REPLAY_PAGE) {
        await this.apply(page);
        count += page.length;
        page = [];
      }
    }
    await this.apply(page);
    return count + page.length;
  }
}
