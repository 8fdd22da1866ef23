import { Injectable } from '@nestjs/common';
import { timelinessOf, type HandoverTimeliness, type HandoverToAcknowledge } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { forbidden } from '../client-errors';
import type { HandoverPackage } from '../handovers/handover.model';
import { inRequestedOrder } from '../handovers/requested-order';
import { RecordAccess } from './record-access';

type PackageRow = Awaited<ReturnType<PrismaClient['handoverPackage']['findMany']>>[number];

// How many earlier packages a reconnecting subscriber is sent at most.
const REPLAY_LIMIT = 500;
const order: Record<HandoverTimeliness, number> = { breached: 0, 'near-breach': 1, 'on-time': 2 };

/**
 * Handover packages through the patient-records door. The receiving link sees a package's patient
 * and data, the sending link its patient and status; each only while its care relationship with
 * the patient holds and in a role that sees identities, otherwise the status alone. Every patient
 * shown is audited.
 */
@Injectable()
export class HandoverRecords {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: RecordAccess,
  ) {}

  /** Packages addressed to the caller's link: late, near breach and unacknowledged first. */
  async inbox(caller: Caller, unacknowledgedOnly: boolean): Promise<HandoverPackage[]> {
    const rows = await this.ofLink({ receivingCareLinkId: caller.careLinkId }, unacknowledgedOnly);
    const views = await this.views(caller, rows, 'read handoverInbox');
    return views.sort(
      (a, b) =>
        Number(!!a.acknowledgedAt) - Number(!!b.acknowledgedAt) ||
        order[a.timeliness as HandoverTimeliness] - order[b.timeliness as HandoverTimeliness] ||
        a.dueAt.getTime() - b.dueAt.getTime(),
    );
  }

  /** Packages the caller's link sent, with their status but not the data. */
  async sent(caller: Caller, unacknowledgedOnly: boolean): Promise<HandoverPackage[]> {
    const rows = await this.ofLink({ sendingCareLinkId: caller.careLinkId }, unacknowledgedOnly);
    return this.views(caller, rows, 'read sentHandovers');
  }

  /** One package: its data for the receiving link, its status for the sender, nothing for anyone else. */
  async one(caller: Caller, packageId: string): Promise<HandoverPackage> {
    const [view] = await this.views(caller, [await this.readable(caller, packageId)], 'read handoverPackage');
    return view;
  }

  /** The package the caller's link may acknowledge: addressed to it, about a patient it may see (audited). */
  /** The package to acknowledge; whether the caller's link may is the domain's rule. */
  async toAcknowledge(caller: Caller, packageId: string): Promise<HandoverToAcknowledge> {
    const row = await this.readable(caller, packageId);
    await this.access.require(caller, 'handover.acknowledge', row.patientId, 'acknowledge handoverPackage');
    return row;
  }

  /** Ids of packages addressed to the caller's link sent since `since`, oldest first: no patient in them. */
  deliveredSince(caller: Caller, since: Date) {
    return this.prisma.handoverPackage.findMany({
      where: { receivingCareLinkId: caller.careLinkId, sentAt: { gte: since } },
      select: { packageId: true, receivingCareLinkId: true },
      orderBy: { sentAt: 'asc' },
      take: REPLAY_LIMIT,
    });
  }

  private ofLink(
    side: { receivingCareLinkId: string } | { sendingCareLinkId: string },
    unacknowledgedOnly: boolean,
  ) {
    return this.prisma.handoverPackage.findMany({
      where: { ...side, ...(unacknowledgedOnly ? { acknowledgedAt: null } : {}) },
      orderBy: { dueAt: 'asc' },
      take: 500,
    });
  }

  private async views(caller: Caller, rows: PackageRow[], action: string): Promise<HandoverPackage[]> {
    const receiving = rows.filter((r) => r.receivingCareLinkId === caller.careLinkId);
    const sending = rows.filter((r) => r.receivingCareLinkId !== caller.careLinkId);
    const [withData, withPatient] = await Promise.all([
      this.access.shown(
        caller,
        'handover.data',
        receiving.map((r) => r.patientId),
        action,
      ),
      this.access.shown(
        caller,
        'handover.patient',
        sending.map((r) => r.patientId),
        action,
      ),
    ]);
    const data = await this.dataOf(receiving.filter((r) => withData.has(r.patientId)));
    const now = new Date();
    return rows.map((row) =>
      view(row, withData.has(row.patientId) || withPatient.has(row.patientId), data.get(row.packageId), now),
    );
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

  // Unknown and someone else's look the same, so package ids reveal nothing.
  private async readable(caller: Caller, packageId: string): Promise<PackageRow> {
    const row = /^[0-9a-f-]{36}$/i.test(packageId)
      ? await this.prisma.handoverPackage.findUnique({ where: { packageId } })
      : null;
    if (
      !row ||
      (row.receivingCareLinkId !== caller.careLinkId && row.sendingCareLinkId !== caller.careLinkId)
    ) {
      throw forbidden(`Care link ${caller.careLinkId} has no handover ${packageId}`);
    }
    return row;
  }
}

/** A package's status for anyone it concerns; its patient only when shown, its data only to the receiver. */
function view(row: PackageRow, patientShown: boolean, data: unknown, now: Date): HandoverPackage {
  return {
    packageId: row.packageId,
    specificationId: row.specificationId,
    specificationVersion: row.specificationVersion,
    patientId: patientShown ? row.patientId : null,
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
    data: data ?? null,
  };
}
