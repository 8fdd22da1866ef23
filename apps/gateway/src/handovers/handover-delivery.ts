import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { parse } from 'graphql';
import type { Kafka, Producer } from 'kafkajs';
import { consumerGroups, topics, type PublishedCareEvent } from '@carechain/contracts';
import {
  careLinksAsOf,
  deadlineOf,
  missingItems,
  nearBreachAt,
  recordMomentOf,
  triggerOfEventType,
  type JourneyFact,
  type TransmissionTarget,
} from '@carechain/domain';
import {
  consumeInBackground,
  decodePublishedCareEvents,
  InjectKafka,
  InjectKafkaSettings,
  InjectProducer,
  type KafkaSettings,
  type RunningConsumer,
} from '@carechain/messaging';
import { InjectPrisma, readCareEvents, settledSequence, type PrismaClient } from '@carechain/persistence';
import { PeriodicTask } from '@carechain/service-runtime';
import { HandoverDeadlines } from './handover-deadlines';
import { HANDOVER_SETTINGS, type HandoverSettings } from './handover-settings';
import { PatientRecord } from './patient-record';

const PROJECTION_WAIT_MS = 15_000;
const CATCH_UP_PAGE = 500;
const triggerTypes = Object.keys(triggerOfEventType);

/** A care event as delivery reads it, from Kafka or from the store. */
type TriggerEvent = Pick<
  PublishedCareEvent,
  'eventId' | 'patientId' | 'occurredAt' | 'sequence' | 'source' | 'payload'
> & { type: string };

/** A stored care event as the journey rules see it. */
const journeyFactOf = (event: {
  eventId: string;
  sequence: number | bigint;
  occurredAt: Date | string;
  careLinkId: string;
  type: string;
  payload: unknown;
}) =>
  ({
    eventId: event.eventId,
    sequence: Number(event.sequence),
    occurredAt: new Date(event.occurredAt),
    careLinkId: event.careLinkId,
    type: event.type,
    payload: event.payload,
  }) as JourneyFact;

/**
 * When a trigger event arrives, runs every matching specification for that patient and stores the
 * result as a package for the receiving link. Idempotent: one package per specification and trigger.
 * It lives beside the patient record it builds packages from, and waits for the projector's
 * checkpoint on the trigger rather than moving into the projector and taking that record with it.
 */
@Injectable()
export class HandoverDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HandoverDelivery.name);
  private consumer?: RunningConsumer;
  private readonly catchUp: PeriodicTask;
  private settledUpTo = 0;

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @InjectKafka() private readonly kafka: Kafka,
    @InjectKafkaSettings() private readonly kafkaSettings: KafkaSettings,
    @InjectProducer() private readonly producer: Producer,
    @Inject(HANDOVER_SETTINGS) private readonly settings: HandoverSettings,
    private readonly record: PatientRecord,
    private readonly deadlines: HandoverDeadlines,
  ) {
    this.catchUp = new PeriodicTask(
      settings.catchUpIntervalMs,
      () => this.deliverMissed(new Date()),
      (error) =>
        this.logger.warn(
          `catching up on handovers from the event store failed, will retry: ${error.message}`,
        ),
    );
  }

  onApplicationBootstrap() {
    this.consumer = consumeInBackground(
      {
        kafka: this.kafka,
        settings: this.kafkaSettings,
        groupId: consumerGroups.handovers.group,
        topic: topics.careEvents,
        deadLetterTopic: topics.careEventsDeadLetter,
        producer: this.producer,
        handleBatch: async (messages, heartbeat) => {
          const decoded = decodePublishedCareEvents(messages);
          for (const d of decoded)
            if ('value' in d && triggerOfEventType[d.value.type]) await this.deliver(d.value, heartbeat);
          return decoded.map((d) => ('reason' in d ? d.reason : null));
        },
      },
      (error) => this.logger.warn(`handover consumer not connected, retrying: ${error.message}`),
    );
    this.catchUp.start();
  }

  async onApplicationShutdown() {
    await this.catchUp.stop();
    await this.consumer?.stop();
  }

  /**
   * Kafka is the fast path; the event store is the truth. Delivers what a specification in force
   * when the trigger was recorded should have produced but did not (a broker that lost the event).
   * Pages on through the store: a trigger whose specifications address no one involved never gets
   * a package, and must not hold back the triggers after it.
   */
  async deliverMissed(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.settings.catchUpGraceMs);
    let after = this.settledUpTo;
    let examined = 0;
    for (;;) {
      const missed = await this.prisma.$queryRaw<{ event_id: string; sequence: bigint }[]>`
        SELECT DISTINCT c.event_id, c.sequence FROM care_event c
        JOIN handover_specification s ON s.active AND s.created_at <= c.recorded_at
          AND s.trigger = (${JSON.stringify(triggerOfEventType)}::jsonb ->> c.type)
          AND s.receiving_care_link_id <> c.care_link_id
        WHERE c.type = ANY(${triggerTypes}::text[]) AND c.sequence > ${after} AND c.recorded_at < ${before}
          AND NOT EXISTS (SELECT 1 FROM handover_package p WHERE p.specification_id = s.specification_id AND p.trigger_event_id = c.event_id)
        ORDER BY c.sequence LIMIT ${CATCH_UP_PAGE}`;
      if (!missed.length) break;
      examined += missed.length;
      const ids = missed.map((m) => m.event_id);
      for (const event of await readCareEvents(this.prisma, ids)) await this.deliver(event);
      const delivered = await this.prisma.handoverPackage.count({ where: { triggerEventId: { in: ids } } });
      if (delivered) this.logger.warn(`delivered ${delivered} handovers whose trigger Kafka had not brought`);
      after = Number(missed[missed.length - 1].sequence);
      if (missed.length < CATCH_UP_PAGE) break;
    }
    this.settledUpTo = Math.max(this.settledUpTo, await settledSequence(this.prisma, before));
    return examined;
  }

  /** `heartbeat` keeps a Kafka consumer in its group through a long batch (see handleBatch). */
  async deliver(
    event: TriggerEvent,
    heartbeat: () => Promise<void> = () => Promise.resolve(),
  ): Promise<void> {
    const kind = triggerOfEventType[event.type];
    if (!kind) return;
    const specifications = await this.prisma.handoverSpecification.findMany({
      where: { trigger: kind, active: true },
    });
    const sender = event.source.careLinkId;
    const candidates = specifications.filter((s) => s.receivingCareLinkId !== sender);
    if (!candidates.length) return;
    await this.untilProjected(event.eventId, heartbeat);

    const triggeredAt = new Date(event.occurredAt);
    const [history, senderLink, receivers, homeLinks] = await Promise.all([
      // The store, not a read model: who takes part as of the trigger is fixed once it is stored.
      this.prisma.careEvent.findMany({
        where: { patientId: event.patientId, occurredAt: { lte: triggeredAt } },
        select: {
          eventId: true,
          sequence: true,
          occurredAt: true,
          careLinkId: true,
          type: true,
          payload: true,
        },
      }),
      this.prisma.careLink.findUnique({ where: { careLinkId: sender }, select: { kind: true } }),
      this.prisma.careLink.findMany({
        where: { careLinkId: { in: candidates.map((s) => s.receivingCareLinkId) } },
        select: { careLinkId: true, organisation: { select: { timeZone: true } } },
      }),
      // Her home municipality and primary care unit take part before the journey shows them.
      this.prisma.dischargeNotice.findMany({
        where: { patientId: event.patientId, toCareLinkId: { not: null } },
        select: { toCareLinkId: true },
        distinct: ['toCareLinkId'],
      }),
    ]);
    // A receiving link missing from the directory follows the platform's time zone.
    const timeZones = new Map(receivers.map((r) => [r.careLinkId, r.organisation.timeZone]));
    const trigger = journeyFactOf({ ...event, careLinkId: sender });
    const involved = careLinksAsOf(trigger, history.map(journeyFactOf));
    for (const home of homeLinks) involved.add(home.toCareLinkId!);
    const sentAt = new Date();
    const recordAt = recordMomentOf(trigger, sentAt);
    let late = false;
    for (const spec of candidates) {
      if (!involved.has(spec.receivingCareLinkId)) continue;
      if (spec.fromCareLinkKinds.length && !(senderLink && spec.fromCareLinkKinds.includes(senderLink.kind)))
        continue;
      const data = await this.record.execute(parse(spec.document), event.patientId, recordAt);
      const dueAt = deadlineOf(
        triggeredAt,
        spec.target as unknown as TransmissionTarget,
        timeZones.get(spec.receivingCareLinkId) ?? this.settings.timeZone,
      );
      const created = await this.prisma.handoverPackage.createManyAndReturn({
        data: [
          {
            specificationId: spec.specificationId,
            specificationVersion: spec.version,
            patientId: event.patientId,
            receivingCareLinkId: spec.receivingCareLinkId,
            sendingCareLinkId: sender,
            trigger: kind,
            triggerEventId: event.eventId,
            triggeredAt,
            sentAt,
            dueAt,
            nearBreachAt: nearBreachAt(triggeredAt, dueAt),
            data: data as object,
            missing: missingItems(data),
          },
        ],
        skipDuplicates: true,
      });
      await heartbeat();
      if (created.length && sentAt > dueAt) late = true;
    }
    // A trigger that reached Carechain after its deadline is late before anyone could act: said once
    // for all its packages, as each publication scans every package still unpublished.
    if (late) await this.deadlines.publishDue(sentAt);
  }

  // The record is read from the read models; a package built before they all hold the trigger would be stale.
  private async untilProjected(eventId: string, heartbeat: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + PROJECTION_WAIT_MS;
    while (!(await this.prisma.projectionCheckpoint.findUnique({ where: { eventId } }))) {
      await heartbeat();
      if (Date.now() > deadline)
        throw new Error(`read models have not applied trigger event ${eventId} yet; retrying`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
