import { Inject, Injectable } from '@nestjs/common';
import { careEventEnvelope, validateCareEvent } from '@carechain/contracts';
import { decideHandoverAcknowledgement, transmissionStatistics } from '@carechain/domain';
import { CareEventStore, InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { refusalError } from '../care-commands/refusals';
import { HandoverRecords } from '../patient-records/handover-records';
import { HandoverAnnouncements, type Delivered } from './handover-announcements';
import type { HandoverPackage } from './handover.model';

/**
 * Handovers as they reach a care link: announced live, acknowledged by the receiver, and their
 * transmission times as aggregates. What a package shows is read through the patient-records door.
 */
@Injectable()
export class HandoverInbox {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    private readonly records: HandoverRecords,
    private readonly announcements: HandoverAnnouncements,
  ) {}

  /**
   * Packages addressed to the caller's link as they are delivered, first those sent since `since`:
   * a client that lost its connection resumes from the last package it saw and misses nothing.
   */
  async *deliveries(caller: Caller, since?: Date): AsyncGenerator<Delivered> {
    // Listening starts before the replay is read, so nothing falls between the two.
    const live = this.announcements.listen();
    const sent = new Set<string>();
    try {
      if (since) {
        const earlier = await this.records.deliveredSince(caller, since);
        for (const delivered of earlier) {
          sent.add(delivered.packageId);
          yield delivered;
        }
      }
      for await (const delivered of live) {
        if (delivered.receivingCareLinkId !== caller.careLinkId || sent.has(delivered.packageId)) continue;
        sent.add(delivered.packageId);
        yield delivered;
      }
    } finally {
      await live.return?.();
    }
  }

  async acknowledge(caller: Caller, packageId: string): Promise<HandoverPackage> {
    const decision = decideHandoverAcknowledgement(
      await this.records.toAcknowledge(caller, packageId),
      caller,
    );
    if (!decision.ok) throw refusalError(decision.refusal);
    const [event] = decision.events;
    if (!event) return this.records.one(caller, packageId);
    const acknowledged = await this.prisma.$transaction(async (tx) => {
      const [updated] = await tx.handoverPackage.updateManyAndReturn({
        where: { packageId, acknowledgedAt: null },
        data: { acknowledgedAt: new Date(), acknowledgedBy: caller.actorId },
      });
      if (!updated) return tx.handoverPackage.findUniqueOrThrow({ where: { packageId } });
      const checked = validateCareEvent(
        careEventEnvelope({
          ...event,
          schemaVersion: 1,
          sameEventWhen: ['handover', packageId, event.type],
          patientId: updated.patientId,
          occurredAt: updated.acknowledgedAt!,
          source: { system: 'carechain-gateway', careLinkId: caller.careLinkId },
          payload: { ...event.payload },
        }),
      );
      if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      await this.store.appendExpectingIn(tx, [checked.event]);
      return updated;
    });
    return this.records.one(caller, acknowledged.packageId);
  }

  /** Transmission statistics per pair of links for handovers triggered in the period. Aggregates only. */
  async statistics(from: Date, to: Date) {
    const rows = await this.prisma.handoverPackage.findMany({
      where: { triggeredAt: { gte: from, lt: to } },
      select: {
        sendingCareLinkId: true,
        receivingCareLinkId: true,
        triggeredAt: true,
        sentAt: true,
        dueAt: true,
        acknowledgedAt: true,
      },
    });
    return transmissionStatistics(rows, new Date());
  }
}
