import { Inject, Injectable, Logger } from '@nestjs/common';
import { careEventEnvelope, validateCareEvent, type CareEventType } from '@carechain/contracts';
import {
  breachMomentOf,
  homeCareLinksOf,
  noticeBreachOf,
  noticeEffectsOf,
  noticeRecipients,
  patientHomeOf,
  regionalNoticeDeadlines,
  sentByCarechain,
  type DischargeNoticeKind,
  type HomeLinkDirectory,
  type NoticeDeadlines,
  type PlanningFact,
} from '@carechain/domain';
import {
  CareEventStore,
  InjectPrisma,
  type NewCareEvent,
  type PrismaClient,
  type TransactionClient,
} from '@carechain/persistence';
import { PeriodicWork } from '@carechain/service-runtime';
import { DISCHARGE_PLANNING_SETTINGS, type DischargePlanningSettings } from './discharge-planning-settings';

const SYSTEM = 'carechain-discharge-planning';
const PAGE = 200;
const FLOW_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };
const planningTypes = [
  'PatientAdmitted',
  'PatientHomeRecorded',
  'MedicallyReadyForDischarge',
  'MedicallyReadyWithdrawn',
  'ExpectedDischargeDateSet',
  'PlanningMeetingCalled',
  'PatientDischarged',
  'AdmissionCancelled',
  'CareLinkNoticeAcknowledged',
  'CareLinkNotified',
];

type NoticeRow = {
  notice_id: string;
  patient_id: string;
  stay_id: string;
  notice: string;
  to_care_link_id: string | null;
  from_care_link_id: string;
  triggered_at: Date;
  due_at: Date;
  sent_at: Date | null;
};

/**
 * Coordinated discharge planning: reads the event store in order and, for each admission, readiness,
 * withdrawal and expected date, sends the notices the law owes the patient's home municipality and
 * primary care unit (found through the care-link directory), and publishes a breach for each notice
 * not sent by its deadline. One gateway at a time does it: the cursor row is locked for the run and
 * the others skip, and every event it appends is named by the notice, so a rerun repeats nothing.
 */
@Injectable()
export class DischargePlanningFlow extends PeriodicWork {
  private readonly deadlines: NoticeDeadlines;

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    @Inject(DISCHARGE_PLANNING_SETTINGS) private readonly settings: DischargePlanningSettings,
  ) {
    super(settings.intervalMs, 'discharge planning run', new Logger(DischargePlanningFlow.name));
    this.deadlines = regionalNoticeDeadlines(settings.planningRules);
  }

  protected work(now: Date) {
    return this.run(now);
  }

  /** One run: the events stored since the last, then the deadlines. Answers how many events it read. */
  async run(now: Date): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const [cursor] = await tx.$queryRaw<{ sequence: bigint }[]>`
        SELECT sequence FROM discharge_planning_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED`;
      if (!cursor) return 0;
      const settledBefore = new Date(now.getTime() - this.settings.settleMs);
      const [settled] = await tx.$queryRaw<{ sequence: bigint | null }[]>`
        SELECT max(sequence) AS sequence FROM care_event WHERE recorded_at < ${settledBefore}`;
      const upTo = settled.sequence ?? cursor.sequence;
      const events = await tx.careEvent.findMany({
        where: { sequence: { gt: cursor.sequence, lte: upTo }, type: { in: planningTypes } },
        orderBy: { sequence: 'asc' },
        take: PAGE,
      });
      if (events.length) {
        const directory = await directoryOf(tx);
        for (const event of events)
          await this.apply(
            tx,
            {
              eventId: event.eventId,
              type: event.type,
              occurredAt: event.occurredAt,
              careLinkId: event.careLinkId,
              payload: event.payload as Record<string, unknown>,
            },
            event.patientId,
            event.sourceSystem,
            directory,
            now,
          );
      }
      const readTo = events.length === PAGE ? events[events.length - 1].sequence : upTo;
      if (readTo > cursor.sequence)
        await tx.$executeRaw`UPDATE discharge_planning_cursor SET sequence = ${readTo} WHERE id = 1`;
      await this.publishBreaches(tx, now);
      return events.length;
    }, FLOW_TRANSACTION);
  }

  private async apply(
    tx: TransactionClient,
    fact: PlanningFact,
    patientId: string,
    sourceSystem: string,
    directory: HomeLinkDirectory,
    now: Date,
  ) {
    const stayId = typeof fact.payload.stayId === 'string' ? fact.payload.stayId : null;
    if (fact.type === 'CareLinkNoticeAcknowledged') {
      await tx.dischargeNotice.updateMany({
        where: { sentEventId: String(fact.payload.noticeEventId), acknowledgedAt: null },
        data: { acknowledgedAt: fact.occurredAt },
      });
      return;
    }
    if (fact.type === 'CareLinkNotified') {
      // Sent by the hospital's own system or recorded by staff: owed no more, as of its time.
      if (sourceSystem !== SYSTEM)
        await tx.dischargeNotice.updateMany({
          where: {
            patientId,
            stayId: String(fact.payload.stayId),
            notice: String(fact.payload.notice),
            toCareLinkId: String(fact.payload.toCareLinkId),
            sentAt: null,
          },
          data: { sentAt: fact.occurredAt, sentEventId: fact.eventId },
        });
      return;
    }
    if (fact.type === 'PatientHomeRecorded')
      return this.sendAwaitingRecipients(tx, patientId, directory, now);
    if (!stayId) return;

    const effects = noticeEffectsOf(fact, this.deadlines);
    if (effects.cancels.length)
      await tx.dischargeNotice.updateMany({
        where: { patientId, stayId, notice: { in: effects.cancels }, sentAt: null, cancelledAt: null },
        data: { cancelledAt: fact.occurredAt },
      });
    if (effects.calledCareLinkIds) {
      const calls = await tx.$queryRaw<NoticeRow[]>`
        SELECT * FROM discharge_notice WHERE patient_id = ${patientId} AND stay_id = ${stayId}
          AND notice = 'planning-meeting-call' AND sent_at IS NULL AND cancelled_at IS NULL
          AND to_care_link_id = ANY(${effects.calledCareLinkIds}::text[])`;
      for (const call of calls)
        await this.send(tx, call, fact.occurredAt, { meetingId: String(fact.payload.meetingId) });
    }
    if (!effects.owed.length) return;

    const links = homeCareLinksOf(patientHomeOf(await homeFactsOf(tx, patientId)), directory);
    const from = fact.type === 'PatientAdmitted' ? String(fact.payload.wardCareLinkId) : fact.careLinkId;
    for (const owed of effects.owed)
      for (const recipient of owed.recipients) {
        const [row] = await tx.dischargeNotice.createManyAndReturn({
          data: [
            {
              patientId,
              stayId,
              notice: owed.notice,
              recipient,
              toCareLinkId: links[recipient] ?? null,
              fromCareLinkId: from,
              triggerEventId: fact.eventId,
              triggeredAt: fact.occurredAt,
              dueAt: owed.dueAt,
            },
          ],
          skipDuplicates: true,
        });
        if (row && owed.sendNow && row.toCareLinkId)
          await this.send(tx, rowOf(row), now, {
            ...(fact.type === 'ExpectedDischargeDateSet'
              ? { expectedDischargeDate: String(fact.payload.expectedDischargeDate) }
              : {}),
          });
      }
  }

  /** The patient's home became known: notices that had nowhere to go go now, to the links it names. */
  private async sendAwaitingRecipients(
    tx: TransactionClient,
    patientId: string,
    directory: HomeLinkDirectory,
    now: Date,
  ) {
    const links = homeCareLinksOf(patientHomeOf(await homeFactsOf(tx, patientId)), directory);
    for (const recipient of noticeRecipients) {
      const link = links[recipient];
      if (!link) continue;
      const waiting = await tx.dischargeNotice.updateManyAndReturn({
        where: { patientId, recipient, toCareLinkId: null, sentAt: null, cancelledAt: null },
        data: { toCareLinkId: link },
      });
      for (const row of waiting)
        if (sentByCarechain(row.notice as DischargeNoticeKind)) await this.send(tx, rowOf(row), now, {});
    }
  }

  private async send(tx: TransactionClient, row: NoticeRow, at: Date, extra: Record<string, string>) {
    // The hospital's own system may have sent it, and reported it, before Carechain read the trigger.
    const [already] = await tx.$queryRaw<{ event_id: string; occurred_at: Date }[]>`
      SELECT event_id, occurred_at FROM care_event
      WHERE patient_id = ${row.patient_id} AND type = 'CareLinkNotified' AND payload->>'stayId' = ${row.stay_id}
        AND payload->>'notice' = ${row.notice} AND payload->>'toCareLinkId' = ${row.to_care_link_id}
        AND occurred_at >= ${row.triggered_at}
      ORDER BY occurred_at LIMIT 1`;
    if (already) {
      await tx.dischargeNotice.update({
        where: { noticeId: row.notice_id },
        data: { sentAt: already.occurred_at, sentEventId: already.event_id },
      });
      return;
    }
    const event = this.event('CareLinkNotified', row, at, [row.notice_id, 'sent'], {
      stayId: row.stay_id,
      notice: row.notice,
      toCareLinkId: row.to_care_link_id,
      dueAt: row.due_at.toISOString(),
      ...extra,
    });
    await this.append(tx, [event]);
    await tx.dischargeNotice.update({
      where: { noticeId: row.notice_id },
      data: { sentAt: at, sentEventId: event.eventId },
    });
  }

  /**
   * A breach once per notice and recipient. A notice with no recipient in the directory is shown to
   * the hospital as overdue, but publishes nothing: there is no link to name, and the fix is the directory.
   */
  private async publishBreaches(tx: TransactionClient, now: Date) {
    const candidates = await tx.$queryRaw<NoticeRow[]>`
      SELECT * FROM discharge_notice
      WHERE breach_published_at IS NULL AND cancelled_at IS NULL AND to_care_link_id IS NOT NULL
        AND ((sent_at IS NULL AND due_at < ${now}) OR sent_at > due_at)`;
    for (const row of candidates) {
      const reason = noticeBreachOf(
        { dueAt: row.due_at, sentAt: row.sent_at, toCareLinkId: row.to_care_link_id },
        now,
      );
      if (!reason) continue;
      await this.append(tx, [
        this.event(
          'CareLinkNoticeBreached',
          row,
          breachMomentOf(row.due_at, row.sent_at, now),
          [row.notice_id, 'breached'],
          {
            stayId: row.stay_id,
            notice: row.notice,
            toCareLinkId: row.to_care_link_id,
            dueAt: row.due_at.toISOString(),
            reason,
          },
        ),
      ]);
      await tx.dischargeNotice.update({
        where: { noticeId: row.notice_id },
        data: { breachPublishedAt: now },
      });
    }
  }

  private event(
    type: CareEventType,
    row: NoticeRow,
    occurredAt: Date,
    sameEventWhen: string[],
    payload: Record<string, unknown>,
  ): NewCareEvent {
    const checked = validateCareEvent(
      careEventEnvelope({
        type,
        schemaVersion: 1,
        sameEventWhen,
        patientId: row.patient_id,
        occurredAt,
        // Sent on behalf of the ward, whose care relationship gives the recipient one.
        source: { system: SYSTEM, careLinkId: row.from_care_link_id },
        payload,
      }),
    );
    if (!checked.ok)
      throw new Error(
        `${type} breaks its contract: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    return checked.event;
  }

  private async append(tx: TransactionClient, events: NewCareEvent[]) {
    for (const outcome of await this.store.appendExpectingIn(tx, events)) {
      if (outcome.status === 'rejected')
        throw new Error(`notice refused: ${outcome.problems.map((p) => p.message).join('; ')}`);
      if (outcome.status === 'conflict') throw new Error(`notice refused: ${outcome.message}`);
    }
  }
}

const rowOf = (row: {
  noticeId: string;
  patientId: string;
  stayId: string;
  notice: string;
  toCareLinkId: string | null;
  fromCareLinkId: string;
  triggeredAt: Date;
  dueAt: Date;
  sentAt: Date | null;
}): NoticeRow => ({
  notice_id: row.noticeId,
  patient_id: row.patientId,
  stay_id: row.stayId,
  notice: row.notice,
  to_care_link_id: row.toCareLinkId,
  from_care_link_id: row.fromCareLinkId,
  triggered_at: row.triggeredAt,
  due_at: row.dueAt,
  sent_at: row.sentAt,
});

async function homeFactsOf(tx: TransactionClient, patientId: string): Promise<PlanningFact[]> {
  const events = await tx.careEvent.findMany({
    where: { patientId, type: { in: ['PatientAdmitted', 'PatientHomeRecorded'] } },
    select: { eventId: true, type: true, occurredAt: true, careLinkId: true, payload: true },
  });
  return events.map((e) => ({ ...e, payload: e.payload as Record<string, unknown> }));
}

async function directoryOf(tx: TransactionClient): Promise<HomeLinkDirectory> {
  const links = await tx.careLink.findMany({
    where: { OR: [{ noticesForMunicipalityCode: { not: null } }, { hsaId: { not: null } }] },
    select: { careLinkId: true, noticesForMunicipalityCode: true, hsaId: true },
  });
  return {
    byMunicipalityCode: new Map(
      links.flatMap((l) =>
        l.noticesForMunicipalityCode ? [[l.noticesForMunicipalityCode, l.careLinkId]] : [],
      ),
    ),
    byHsaId: new Map(links.flatMap((l) => (l.hsaId ? [[l.hsaId, l.careLinkId]] : []))),
  };
}
