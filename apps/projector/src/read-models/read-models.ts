import { Inject, Injectable } from '@nestjs/common';
import { claimUnseen } from '@carechain/messaging';
import {
  InjectPrisma,
  readStoredCareEvents,
  readUnappliedCareEvents,
  type PrismaClient,
  type TransactionClient,
} from '@carechain/persistence';
import { PROJECTIONS, type ProjectedEvent, type Projection } from './projection';

const REPLAY_PAGE = 2000;

/**
 * Every write to a read model holds this lock until its transaction ends, so a rebuild that swaps
 * in a replayed copy while holding it never interleaves with the live projector. Keyed by schema:
 * a replay into a scratch schema does not wait for the live model.
 */
export async function lockReadModel(tx: TransactionClient, consumer: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext('carechain.read-model'), hashtext(current_schema() || '.' || ${consumer}))`;
}

/** Applies events to every read model exactly once, and rebuilds them all from the event store. */
@Injectable()
export class ReadModels {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
  ) {}

  /**
   * Applies a batch to each read model in one transaction per model. Events the model has applied
   * before (redelivery) are left out, so every event changes every model exactly once.
   */
  async apply(events: ProjectedEvent[]): Promise<void> {
    if (!events.length) return;
    for (const projection of this.projections) await this.applyTo(projection, events);
  }

  /** Returns how many of the events this model had not applied before. */
  private applyTo(projection: Projection, events: ProjectedEvent[]): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      await lockReadModel(tx, projection.consumer);
      const unseen = await claimUnseen(tx, projection.consumer, events);
      if (unseen.length) await projection.project(tx, unseen);
      return unseen.length;
    });
  }

  /**
   * Applies stored events a read model has not applied although they were recorded before
   * `recordedBefore`: a broker that dropped them (retention, a reset offset) cannot leave a gap.
   * `afterSequence` skips what an earlier pass found complete. Returns the events applied per model.
   */
  async catchUp(afterSequence: number, recordedBefore: Date): Promise<Map<string, number>> {
    const applied = new Map<string, number>();
    for (const projection of this.projections) {
      let count = 0;
      for (;;) {
        const page = await readUnappliedCareEvents(
          this.prisma,
          projection.consumer,
          afterSequence,
          recordedBefore,
          REPLAY_PAGE,
        );
        if (!page.length) break;
        // Another projector catching up at the same time may have claimed some of the page first.
        count += await this.applyTo(projection, page);
      }
      if (count) applied.set(projection.consumer, count);
    }
    return applied;
  }

  /** Throws the read models away and replays the store in append order; returns the events replayed. */
  async rebuild(): Promise<number> {
    await this.prisma.$transaction([
      ...this.projections.flatMap((p) => p.clear(this.prisma)),
      this.prisma.processedEvent.deleteMany({
        where: { consumer: { in: this.projections.map((p) => p.consumer) } },
      }),
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
