import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { careEventEnvelope, validateCareEvent } from '@carechain/contracts';
import {
  decideHandoverAcknowledgement,
  timelinessOf,
  transmissionStatistics,
  type HandoverTimeliness,
} from '@carechain/domain';
import { CareEventStore, InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { PatientAccess } from '../access/patient-access';
import { refusalError } from '../care-commands/refusals';
import { HandoverAnnouncements, type Delivered } from './handover-announcements';
import type { HandoverPackage } from './handover.model';
import { inRequestedOrder } from './requested-order';

type PackageRow = Awaited<ReturnType<PrismaClient['handoverPackage']['findMany']>>[number];

// How many earlier packages a reconnecting subscriber is sent at most.
const REPLAY_LIMIT = 500;
const order: Record<HandoverTimeliness, number> = { breached: 0, 'near-breach': 1, 'on-time': 2 };

/**
 * What each care link sees of handovers: packages addressed to it, with their data, and packages it
 * sent, without. Every view of a package's data is audited as a read of the patient's record.
 */
@Injectable()
export class HandoverInbox {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    private readonly access: PatientAccess,
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
        const earlier = await this.prisma.handoverPackage.findMany({
          where: { receivingCareLinkId: caller.careLinkId, sentAt: { gte: since } },
          select: { packageId: true, receivingCareLinkId: true },
          orderBy: { sentAt: 'asc' },
          take: REPLAY_LIMIT,
        });
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

  /** `data` is the package's data for its receiving link, null for anyone else. */
  view(row: PackageRow, data: unknown, now = new Date()): HandoverPackage {
    return {
      packageId: row.packageId,
      specificationId: row.specificationId,
      specificationVersion: row.specificationVersion,
      patientId: row.patientId,
      receivingCareLinkId: row.receivingCareLinkId,
      sendingCareLinkId: row.sendingCareLinkId,
      trigger: row.trigger,
      triggeredAt: row.triggeredAt,
      sentAt: row.sentAt,
      dueAt: row.dueAt,
      acknowledgedAt: row.acknowledgedAt,
      acknowledgedBy: row.acknowledgedBy,
      timeliness: timelinessOf(row, now),
      complete: row.missing.length === 0,
      missing: row.missing,
      data,
    };
  }

  /** Each package's data in the order its specification asked for it, by package id. */
  private async dataOf(rows: PackageRow[]): Promise<Map<string, unknown>> {
    const versions = [
      ...new Map(rows.map((r) => [`${r.specificationId}@${r.specificationVersion}`, r])).values(),
    ];
    const specifications = versions.length
      ? await this.prisma.handoverSpecification.findMany({
          where: {
            OR: versions.map((r) => ({
              specificationId: r.specificationId,
              version: r.specificationVersion,
            })),
          },
          select: { specificationId: true, version: true, document: true },
        })
      : [];
    const documents = new Map(specifications.map((s) => [`${s.specificationId}@${s.version}`, s.document]));
    return new Map(
      rows.map((row) => {
        const document = documents.get(`${row.specificationId}@${row.specificationVersion}`);
        return [row.packageId, document ? inRequestedOrder(document, row.data) : row.data];
      }),
    );
  }

  /** Packages addressed to the caller's link: late, near breach and unacknowledged first. */
  async inbox(caller: Caller, unacknowledgedOnly: boolean): Promise<HandoverPackage[]> {
    const rows = await this.prisma.handoverPackage.findMany({
      where: {
        receivingCareLinkId: caller.careLinkId,
        ...(unacknowledgedOnly ? { acknowledgedAt: null } : {}),
      },
      orderBy: { dueAt: 'asc' },
      take: 500,
    });
    await this.access.recordHandoverReads(
      caller,
      [...new Set(rows.map((r) => r.patientId))],
      'read handoverInbox',
    );
    const now = new Date();
    const data = await this.dataOf(rows);
    return rows
      .map((row) => this.view(row, data.get(row.packageId), now))
      .sort(
        (a, b) =>
          Number(!!a.acknowledgedAt) - Number(!!b.acknowledgedAt) ||
          order[a.timeliness as HandoverTimeliness] - order[b.timeliness as HandoverTimeliness] ||
          a.dueAt.getTime() - b.dueAt.getTime(),
      );
  }

  /** Packages the caller's link sent, with their status but not the data. */
  async sent(caller: Caller, unacknowledgedOnly: boolean): Promise<HandoverPackage[]> {
    const rows = await this.prisma.handoverPackage.findMany({
      where: {
        sendingCareLinkId: caller.careLinkId,
        ...(unacknowledgedOnly ? { acknowledgedAt: null } : {}),
      },
      orderBy: { dueAt: 'asc' },
      take: 500,
    });
    return rows.map((row) => this.view(row, null));
  }

  /** One package: its data for the receiving link, its status for the sender, nothing for anyone else. */
  async one(caller: Caller, packageId: string): Promise<HandoverPackage> {
    const row = await this.readable(caller, packageId);
    const receiving = row.receivingCareLinkId === caller.careLinkId;
    if (!receiving) return this.view(row, null);
    await this.access.recordHandoverReads(caller, [row.patientId], 'read handoverPackage');
    return this.view(row, (await this.dataOf([row])).get(row.packageId));
  }

  async acknowledge(caller: Caller, packageId: string): Promise<HandoverPackage> {
    const row = await this.readable(caller, packageId);
    const decision = decideHandoverAcknowledgement(row, caller);
    if (!decision.ok) throw refusalError(decision.refusal);
    const [event] = decision.events;
    if (!event) return this.view(row, (await this.dataOf([row])).get(row.packageId));
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
    await this.access.recordHandoverReads(caller, [acknowledged.patientId], 'acknowledge handoverPackage');
    return this.view(acknowledged, (await this.dataOf([acknowledged])).get(acknowledged.packageId));
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

  // Unknown and someone else's look the same, so package ids reveal nothing.
  private async readable(caller: Caller, packageId: string): Promise<PackageRow> {
    const row = /^[0-9a-f-]{36}$/i.test(packageId)
      ? await this.prisma.handoverPackage.findUnique({ where: { packageId } })
      : null;
    if (
      !row ||
      (row.receivingCareLinkId !== caller.careLinkId && row.sendingCareLinkId !== caller.careLinkId)
    ) {
      throw new GraphQLError(`Care link ${caller.careLinkId} has no handover ${packageId}`, {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    return row;
  }
}
