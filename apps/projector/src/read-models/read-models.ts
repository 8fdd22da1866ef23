import { Inject, Injectable } from '@nestjs/common';
import { claimUnseen } from '@carechain/messaging';
import { InjectPrisma, readStoredCareEvents, type PrismaClient } from '@carechain/persistence';
import { PROJECTIONS, type ProjectedEvent, type Projection } from './projection';

const REPLAY_PAGE = 2000;

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
    for (const projection of this.projections) {
      await this.prisma.$transaction(async (tx) => {
        const unseen = await claimUnseen(tx, projection.consumer, events);
        if (unseen.length) await projection.project(tx, unseen);
      });
    }
  }

  /** Throws the read models away and replays the store in append order; returns the events replayed. */
  async rebuild(): Promise<number> {
    await this.prisma.$transaction([
      ...this.projections.flatMap((p) => p.clear(this.prisma)),
      this.prisma.processedEvent.deleteMany({ where: { consumer: { in: this.projections.map((p) => p.consumer) } } }),
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
