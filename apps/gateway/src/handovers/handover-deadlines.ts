import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { careEventEnvelope, validateCareEvent } from '@carechain/contracts';
import { handoverBreachOf } from '@carechain/domain';
import {
  CareEventStore,
  InjectPrisma,
  type NewCareEvent,
  type PrismaClient,
  type TransactionClient,
} from '@carechain/persistence';
import { PeriodicTask } from '@carechain/service-runtime';
import { HANDOVER_SETTINGS, type HandoverSettings } from './handover-settings';

interface DueRow {
  package_id: string;
  patient_id: string;
  specification_id: string;
  specification_version: number;
  receiving_care_link_id: string;
  sending_care_link_id: string;
  due_at: Date;
  sent_at: Date;
  near_breach_at: Date;
}

/**
 * Publishes near-breaches and breaches of transmission targets as care events, each once: the row
 * is claimed and the event appended in one transaction, so several gateways never publish twice.
 */
@Injectable()
export class HandoverDeadlines implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HandoverDeadlines.name);
  private readonly task: PeriodicTask;

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    @Inject(HANDOVER_SETTINGS) settings: HandoverSettings,
  ) {
    this.task = new PeriodicTask(
      settings.deadlineCheckIntervalMs,
      () => this.publishDue(new Date()),
      (error) => this.logger.warn(`checking handover deadlines failed, will retry: ${error.message}`),
    );
  }

  onApplicationBootstrap() {
    this.task.start();
  }

  onApplicationShutdown() {
    return this.task.stop();
  }

  async publishDue(now: Date): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const breached = await tx.$queryRaw<DueRow[]>`
        UPDATE handover_package SET breach_published_at = ${now}
        WHERE breach_published_at IS NULL
          AND (sent_at > due_at OR (acknowledged_at IS NULL AND due_at < ${now}) OR acknowledged_at > due_at)
        RETURNING package_id, patient_id, specification_id, specification_version, receiving_care_link_id, sending_care_link_id, due_at, sent_at`;
      const near = await tx.$queryRaw<DueRow[]>`
        UPDATE handover_package SET near_breach_published_at = ${now}
        WHERE near_breach_published_at IS NULL AND breach_published_at IS NULL AND acknowledged_at IS NULL
          AND near_breach_at <= ${now} AND due_at >= ${now}
        RETURNING package_id, patient_id, specification_id, specification_version, receiving_care_link_id, sending_care_link_id, due_at, sent_at, near_breach_at`;
      const events = [
        ...breached.map((row) => {
          const breach = handoverBreachOf({ sentAt: row.sent_at, dueAt: row.due_at }, now);
          return this.event('HandoverTargetBreached', row, breach.at, breach.reason);
        }),
        // Dated when three quarters of the time had passed, not when this check came round to it.
        ...near.map((row) =>
          this.event(
            'HandoverTargetNearlyBreached',
            row,
            row.near_breach_at,
            'three quarters of the time to the deadline passed unacknowledged',
          ),
        ),
      ];
      if (events.length) await this.append(tx, events);
    });
  }

  private async append(tx: TransactionClient, events: NewCareEvent[]) {
    const outcomes = await this.store.appendExpectingIn(tx, events);
    for (const outcome of outcomes) {
      if (outcome.status === 'conflict')
        throw new Error(`handover timeliness event refused: ${outcome.message}`);
      if (outcome.status === 'rejected')
        throw new Error(
          `handover timeliness event refused: ${outcome.problems.map((p) => p.message).join('; ')}`,
        );
    }
  }

  private event(
    type: 'HandoverTargetBreached' | 'HandoverTargetNearlyBreached',
    row: DueRow,
    occurredAt: Date,
    reason: string,
  ): NewCareEvent {
    const checked = validateCareEvent(
      careEventEnvelope({
        type,
        schemaVersion: 1,
        sameEventWhen: [row.package_id, type],
        patientId: row.patient_id,
        occurredAt,
        source: { system: 'carechain-handovers', careLinkId: row.receiving_care_link_id },
        payload: {
          packageId: row.package_id,
          specificationId: row.specification_id,
          specificationVersion: row.specification_version,
          receivingCareLinkId: row.receiving_care_link_id,
          sendingCareLinkId: row.sending_care_link_id,
          dueAt: row.due_at.toISOString(),
          reason,
        },
      }),
    );
    if (!checked.ok)
      throw new Error(
        `handover timeliness event breaks its contract: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    return checked.event;
  }
}
