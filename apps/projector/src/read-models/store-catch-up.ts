import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectKafka, onOffsetReset, type OffsetReset } from '@carechain/messaging';
import { InjectPrisma, settledSequence, type PrismaClient } from '@carechain/persistence';
import type { Kafka } from 'kafkajs';
import { PeriodicTask } from '@carechain/service-runtime';
import { ReadModels } from './read-models';

export interface CatchUpSettings {
  /** How often the store is compared with the read models. */
  intervalMs: number;
  /** Events younger than this are still on their way through Kafka and are left to it. */
  graceMs: number;
}
export const CATCH_UP_SETTINGS = Symbol('CatchUpSettings');

/**
 * Kafka is the fast path; the event store is the truth. Every interval this applies whatever the
 * read models lack from the store, so events a broker lost (retention, an offset reset) still arrive.
 * When the broker says it moved a consumer past messages it no longer holds, that happens at once.
 */
@Injectable()
export class StoreCatchUp implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StoreCatchUp.name);
  private readonly task: PeriodicTask;
  private settledUpTo = 0;
  /** Offset resets since the last pass began, which then includes the youngest events. */
  private resets: OffsetReset[] = [];
  private stopListening?: () => void;

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CATCH_UP_SETTINGS) private readonly settings: CatchUpSettings,
    @InjectKafka() private readonly kafka: Kafka,
  ) {
    this.task = new PeriodicTask(
      settings.intervalMs,
      () => this.pass(),
      (error) => this.logger.warn(`catching up from the event store failed, will retry: ${error.message}`),
    );
  }

  onApplicationBootstrap() {
    this.stopListening = onOffsetReset(this.kafka, (reset) => this.offsetReset(reset));
    this.task.start();
  }

  onApplicationShutdown() {
    this.stopListening?.();
    return this.task.stop();
  }

  /** One line for a burst of resets, however many partitions and fetches it spans. */
  private offsetReset(reset: OffsetReset): void {
    if (!this.resets.length)
      this.logger.warn(
        `${reset.topic} partition ${reset.partition}: the broker no longer holds messages ${reset.groupId} had not read (retention); catching up from the event store now`,
      );
    this.resets.push(reset);
    this.task.runNow();
  }

  /** One comparison of store and read models; public so a test or the CLI can run it at once. */
  async pass(now = new Date()): Promise<number> {
    const resets = this.resets.length;
    this.resets = [];
    // After a reset the skipped events may be seconds old: none is left to Kafka.
    const checkedBefore = new Date(now.getTime() - (resets ? 0 : this.settings.graceMs));
    const applied = await this.readModels.catchUp(this.settledUpTo, checkedBefore);
    if (applied)
      this.logger.warn(
        resets
          ? `applied ${applied} stored events that Kafka had not delivered`
          : `applied ${applied} stored events that Kafka had not delivered within ${this.settings.graceMs / 1000} s`,
      );
    this.settledUpTo = Math.max(this.settledUpTo, await settledSequence(this.prisma, checkedBefore));
    return applied;
  }
}
