import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { parse } from 'graphql';
import type { Kafka, Producer } from 'kafkajs';
import { consumerGroups, topics, type PublishedCareEvent } from '@carechain/contracts';
import {
  deadlineOf,
  missingItems,
  nearBreachAt,
  triggerOfEventType,
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
import { PatientRecord, recordProjections } from './patient-record';

const PROJECTION_WAIT_MS = 15_000;
const triggerTypes = Object.keys(triggerOfEventType);

/** A care event as delivery reads it, from Kafka or from the store. */
type TriggerEvent = Pick<
  PublishedCareEvent,
  'eventId' | 'patientId' | 'occurredAt' | 'source' | 'payload'
> & { type: string };

/** Care links an event names as where the patient goes or who is told. */
function addressedBy(event: TriggerEvent): string[] {
  const p = event.payload;
  return [
    'expectedDestinationCareLinkId',
    'destinationCareLinkId',
    'toCareLinkId',
    'toWardCareLinkId',
    'wardCareLinkId',
  ]
    .map((key) => p[key])
    .filter((v): v is string => typeof v === 'string');
}

/**
 * When a trigger event arrives, runs every matching specification for that patient and stores the
 * result as a package for the receiving link. Idempotent: one package per specification and trigger.
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
        handleBatch: async (messages) => {
          const decoded = decodePublishedCareEvents(messages);
          for (const d of decoded)
            if ('value' in d && triggerOfEventType[d.value.type]) await this.deliver(d.value);
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
   */
  async deliverMissed(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.settings.catchUpGraceMs);
    const missed = await this.prisma.$queryRaw<{ event_id: string }[]>`
      SELECT DISTINCT c.event_id, c.sequence FROM care_event c
      JOIN handover_specification s ON s.active AND s.created_at <= c.recorded_at
        AND s.trigger = (${JSON.stringify(triggerOfEventType)}::jsonb ->> c.type)
        AND s.receiving_care_link_id <> c.care_link_id
      WHERE c.type = ANY(${triggerTypes}::text[]) AND c.sequence > ${this.settledUpTo} AND c.recorded_at < ${before}
        AND NOT EXISTS (SELECT 1 FROM handover_package p WHERE p.specification_id = s.specification_id AND p.trigger_event_id = c.event_id)
      ORDER BY c.sequence LIMIT 500`;
    if (missed.length) {
      const events = await readCareEvents(
        this.prisma,
        missed.map((m) => m.event_id),
      );
      for (const event of events) await this.deliver(event);
      const delivered = await this.prisma.handoverPackage.count({
        where: { triggerEventId: { in: missed.map((m) => m.event_id) } },
      });
      if (delivered) this.logger.warn(`delivered ${delivered} handovers whose trigger Kafka had not brought`);
    }
    if (missed.length < 500) {
      this.settledUpTo = Math.max(this.settledUpTo, await settledSequence(this.prisma, before));
    }
    return missed.length;
  }

  async deliver(event: TriggerEvent): Promise<void> {
    const trigger = triggerOfEventType[event.type];
    if (!trigger) return;
    const specifications = await this.prisma.handoverSpecification.findMany({
      where: { trigger, active: true },
    });
    const sender = event.source.careLinkId;
    const candidates = specifications.filter((s) => s.receivingCareLinkId !== sender);
    if (!candidates.length) return;
    await this.untilProjected(event.eventId);

    const [journey, stay, senderLink, receivers] = await Promise.all([
      this.prisma.patientJourney.findUnique({
        where: { patientId: event.patientId },
        select: { careLinkIds: true },
      }),
      this.prisma.stay.findFirst({
        where: { patientId: event.patientId },
        orderBy: { admittedAt: 'desc' },
        select: { receivingCareLinkId: true },
      }),
      this.prisma.careLink.findUnique({ where: { careLinkId: sender }, select: { kind: true } }),
      this.prisma.careLink.findMany({
        where: { careLinkId: { in: candidates.map((s) => s.receivingCareLinkId) } },
        select: { careLinkId: true, organisation: { select: { timeZone: true } } },
      }),
    ]);
    // A receiving link missing from the directory follows the platform's time zone.
    const timeZones = new Map(receivers.map((r) => [r.careLinkId, r.organisation.timeZone]));
    const involved = new Set([
      ...addressedBy(event),
      ...(journey?.careLinkIds ?? []),
      ...(stay?.receivingCareLinkId ? [stay.receivingCareLinkId] : []),
    ]);
    const sentAt = new Date();
    for (const spec of candidates) {
      if (!involved.has(spec.receivingCareLinkId)) continue;
      if (spec.fromCareLinkKinds.length && !(senderLink && spec.fromCareLinkKinds.includes(senderLink.kind)))
        continue;
      const data = await this.record.execute(parse(spec.document), event.patientId, sentAt);
      const triggeredAt = new Date(event.occurredAt);
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
            trigger,
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
      if (!created.length) continue;
      // A trigger that reached Carechain after its deadline is late before anyone could act.
      if (sentAt > dueAt) await this.deadlines.publishDue(sentAt);
    }
  }

  // The record is read from the read models; a package built before they hold the trigger would be stale.
  private async untilProjected(eventId: string): Promise<void> {
    const deadline = Date.now() + PROJECTION_WAIT_MS;
    for (;;) {
      const applied = await this.prisma.processedEvent.count({
        where: { eventId, consumer: { in: recordProjections } },
      });
      if (applied === recordProjections.length) return;
      if (Date.now() > deadline)
        throw new Error(`read models have not applied trigger event ${eventId} yet; retrying`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
