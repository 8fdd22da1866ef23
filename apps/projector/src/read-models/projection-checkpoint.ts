import { Inject, Injectable } from '@nestjs/common';
import { InjectPrisma, type PrismaClient, type SqlTransaction } from '@carechain/persistence';
import { PROJECTIONS, type Projection } from './projection';

/**
 * The projector's word that every read model holds an event: what builds on the read models
 * (handover delivery) waits for an event's checkpoint, not for each projection by name.
 */
@Injectable()
export class ProjectionCheckpoint {
  private readonly consumers: string[];

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(PROJECTIONS) projections: Projection[],
  ) {
    this.consumers = projections.map((p) => p.consumer);
  }

  /**
   * Marks a batch in the transaction that applied it to every read model: once it commits, each
   * model holds each of the events, now or from an earlier delivery. Both marks insert in id order,
   * so a batch and a catch-up marking the same events wait for each other instead of deadlocking.
   */
  async mark(tx: SqlTransaction, eventIds: readonly string[]): Promise<void> {
    if (!eventIds.length) return;
    await tx.$executeRaw`
      INSERT INTO projection_checkpoint (event_id) SELECT unnest(${eventIds}::uuid[]) ORDER BY 1 ON CONFLICT DO NOTHING`;
  }

  /**
   * Marks what every read model holds of the events stored after `afterSequence` and before
   * `recordedBefore`: events a catch-up applied, or whose mark a crash between applying and marking lost.
   */
  async markStored(afterSequence: number, recordedBefore: Date): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO projection_checkpoint (event_id)
      SELECT p.event_id FROM processed_event p JOIN care_event c ON c.event_id = p.event_id
      WHERE c.sequence > ${afterSequence} AND c.recorded_at < ${recordedBefore}
        AND p.consumer = ANY(${this.consumers}::text[])
        AND NOT EXISTS (SELECT 1 FROM projection_checkpoint k WHERE k.event_id = p.event_id)
      GROUP BY p.event_id HAVING count(*) = ${this.consumers.length}
      ORDER BY 1
      ON CONFLICT DO NOTHING`;
  }
}
