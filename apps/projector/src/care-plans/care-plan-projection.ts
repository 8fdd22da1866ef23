import { Injectable } from '@nestjs/common';
import type { PrismaClient, TransactionClient } from '@carechain/persistence';
import type { ProjectedEvent, Projection } from '../read-models/projection';

/** The care-plan read model: every version of every patient's shared care plan, kept side by side. */
@Injectable()
export class CarePlanProjection implements Projection {
  readonly consumer = 'projector.care-plans';
  readonly tables = ['care_plan_version'];

  clear(prisma: PrismaClient) {
    return [prisma.carePlanVersion.deleteMany()];
  }

  async project(tx: TransactionClient, events: ProjectedEvent[]): Promise<void> {
    const plans = events.filter((e) => e.type === 'CarePlanUpdated');
    if (!plans.length) return;
    await tx.carePlanVersion.createMany({
      data: plans.map((event) => {
        const { carePlanId, version } = event.payload as { carePlanId: string; version: number };
        return {
          eventId: event.eventId,
          patientId: event.patientId,
          carePlanId,
          version,
          occurredAt: new Date(event.occurredAt),
          sequence: event.sequence,
          careLinkId: event.source.careLinkId,
          payload: event.payload as object,
        };
      }),
    });
  }
}
