import { Inject, Injectable } from '@nestjs/common';
import { applyOnce } from '@carechain/messaging';
import { InjectPrisma, readStoredCareEvents, type PrismaClient } from '@carechain/persistence';
import { PROJECTIONS, type ProjectedEvent, type Projection } from './projection';

/** Applies events to every read model exactly once, and rebuilds them all from the event store. */
@Injectable()
export class ReadModels {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
  ) {}

  async apply(event: ProjectedEvent): Promise<void> {
    for (const projection of this.projections) {
      await applyOnce(this.prisma, projection.consumer, event.eventId, (tx) => projection.project(tx, event));
    }
  }

  /** Throws the read models away and replays the store in append order; returns the events replayed. */
  async rebuild(): Promise<number> {
    await this.prisma.$transaction([
      ...this.projections.flatMap((p) => p.clear(this.prisma)),
      this.prisma.processedEvent.deleteMany({ where: { consumer: { in: this.projections.map((p) => p.consumer) } } }),
    ]);
    let count = 0;
    for await (const event of readStoredCareEvents(this.prisma)) {
      await this.apply(event);
      count++;
    }
    return count;
  }
}
