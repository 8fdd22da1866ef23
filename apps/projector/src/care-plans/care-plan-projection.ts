import { Injectable } from '@nestjs/common';
import type { PrismaClient, SqlTransaction } from '@carechain/persistence';
import { insertRows, isoOf, type ProjectedEvent, type Projection } from '../read-models/projection';

/** The care-plan read model: every version of every patient's shared care plan, kept side by side. */
@Injectable()
export class CarePlanProjection implements Projection {
  readonly consumer = 'projector.care-plans';
  readonly tables = ['care_plan_version'];

  clear(prisma: PrismaClient) {
    return [prisma.carePlanVersion.deleteMany()];
  }

  async project(tx: SqlTransaction, events: ProjectedEvent[]): Promise<void> {
    const plans = events.filter((e) => e.type === 'CarePlanUpdated');
    await insertRows(
      tx,
      'care_plan_version',
      plans.map((event) => {
        const { carePlanId, version } = event.payload as { carePlanId: string; version: number };
        return {
          event_id: event.eventId,
          patient_id: event.patientId,
          care_plan_id: carePlanId,
          version,
          occurred_at: isoOf(new Date(event.occurredAt)),
          sequence: event.sequence,
          care_link_id: event.source.careLinkId,
          payload: event.payload,
        };
      }),
    );
  }
}
