import { Injectable } from '@nestjs/common';
import { timelinessOf, type HandoverToAcknowledge } from '@carechain/domain';
import { InjectPrisma, type Prisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { badInput, forbidden, instantIn } from '../client-errors';
import {
  HandoverInboxOrder,
  type HandoverInboxFilter,
  type HandoverInboxPage,
  type HandoverPackage,
} from '../handovers/handover.model';
import { inRequestedOrder } from '../handovers/requested-order';
import { inboxCursor, inboxPosition, type InboxPosition } from './inbox-cursor';
import { RecordAccess } from './record-access';

type PackageRow = Awaited<ReturnType<PrismaClient['handoverPackage']['findMany']>>[number];

// How many earlier packages a reconnecting subscriber is sent at most.
const REPLAY_LIMIT = 500;
const MAX_PAGE = 200;

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

  /**
   * One page of every package ever addressed to the caller's link, filtered and ordered in the
   * database: unacknowledged before acknowledged, then by deadline (latest or earliest first), then
   * by id, so a page resumes exactly where the last ended however many packages the link has.
   */
  async inboxPage(
    caller: Caller,
    filter: HandoverInboxFilter,
    order: HandoverInboxOrder,
    first: number,
    after?: string,
  ): Promise<HandoverInboxPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw badInput('first', `must be a whole number from 1 to ${MAX_PAGE}`);
    const from = after === undefined ? undefined : inboxPosition(after);
    if (after !== undefined && !from) throw badInput('after', 'is not a cursor this inbox gave out');
    const where = inboxWhere(caller.careLinkId, filter, new Date(), this.prisma.handoverPackage.fields.dueAt);
    const direction = order === HandoverInboxOrder.EARLIEST_DUE_FIRST ? 'asc' : 'desc';
    const phases = filter.unacknowledged ? [false] : [false, true];
    const rows: PackageRow[] = [];
    for (const acknowledged of phases) {
      if (rows.length > first || (from && from.acknowledged && !acknowledged)) continue;
      rows.push(
        ...(await this.prisma.handoverPackage.findMany({
          where: {
            AND: [
              where,
              { acknowledgedAt: acknowledged ? { not: null } : null },
              from?.acknowledged === acknowledged ? beyond(from, direction) : {},
            ],
          },
          orderBy: [{ dueAt: direction }, { packageId: direction }],
          take: first + 1 - rows.length,
        })),
      );
    }
    const [packages, totalCount] = await Promise.all([
      this.views(caller, rows.slice(0, first), 'read handoverInbox'),
      this.prisma.handoverPackage.count({ where }),
    ]);
    const last = rows.length > first ? rows[first - 1] : undefined;
    return {
      packages,
      totalCount,
      nextCursor: last
        ? inboxCursor({ acknowledged: !!last.acknowledgedAt, dueAt: last.dueAt, packageId: last.packageId })
        : null,
    };
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

/** The filter as a database condition; "late" is the domain's breached (see timelinessOf). */
function inboxWhere(
  careLinkId: string,
  filter: HandoverInboxFilter,
  now: Date,
  dueAtColumn: Prisma.DateTimeFieldRefInput<'HandoverPackage'>,
): Prisma.HandoverPackageWhereInput {
  const due = {
    ...(filter.dueFrom ? { gte: instantIn('filter.dueFrom', filter.dueFrom) } : {}),
    ...(filter.dueBefore ? { lt: instantIn('filter.dueBefore', filter.dueBefore) } : {}),
  };
  return {
    receivingCareLinkId: careLinkId,
    ...(filter.unacknowledged ? { acknowledgedAt: null } : {}),
    ...(filter.trigger ? { trigger: filter.trigger } : {}),
    ...(Object.keys(due).length ? { dueAt: due } : {}),
    ...(filter.late
      ? {
          OR: [
            { sentAt: { gt: dueAtColumn } },
            { acknowledgedAt: { gt: dueAtColumn } },
            { acknowledgedAt: null, dueAt: { lt: now } },
          ],
        }
      : {}),
  };
}

/** Packages after a position in the same half of the inbox, in the order the page runs. */
function beyond(from: InboxPosition, direction: 'asc' | 'desc'): Prisma.HandoverPackageWhereInput {
  const past = direction === 'desc' ? 'lt' : 'gt';
  return {
    OR: [{ dueAt: { [past]: from.dueAt } }, { dueAt: from.dueAt, packageId: { [past]: from.packageId } }],
  };
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
