import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import createPostgresSubscriber, { type Subscriber } from 'pg-listen';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { HANDOVER_SETTINGS, type HandoverSettings } from './handover-settings';

export interface Delivered {
  packageId: string;
  receivingCareLinkId: string;
}

// Written by the handover_package insert trigger (migration handover_delivered_notification).
const CHANNEL = 'carechain_handover_delivered';
const RECONNECT_MS = 2000;
// Packages committed while the listener was away are announced again from this far before it went.
const GAP_MARGIN_MS = 5000;

/**
 * Hears of every handover package, whichever gateway instance built it, through PostgreSQL
 * notifications sent on commit; a subscriber connected to any instance is told. After losing the
 * database connection it announces what was delivered meanwhile; subscribers ignore repeats.
 */
@Injectable()
export class HandoverAnnouncements implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HandoverAnnouncements.name);
  private readonly local = new EventEmitter({ captureRejections: false });
  private subscriber?: Subscriber<{ [CHANNEL]: Delivered }>;
  private lostAt?: Date;
  private stopped = false;

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(HANDOVER_SETTINGS) private readonly settings: HandoverSettings,
  ) {
    this.local.setMaxListeners(0);
  }

  async onApplicationBootstrap() {
    await this.connect();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    await this.subscriber?.close().catch(() => undefined);
  }

  /** Every package delivered from now on, as they are announced; stops listening when the caller returns. */
  listen(): AsyncIterableIterator<Delivered> {
    const events = on(this.local, 'delivered') as AsyncIterableIterator<[Delivered]>;
    return {
      next: async () => {
        const next = await events.next();
        return next.done ? { done: true, value: undefined } : { done: false, value: next.value[0] };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  // A subscriber whose first connection failed cannot be reused, so each attempt makes its own.
  private async connect(): Promise<void> {
    while (!this.stopped) {
      const subscriber = this.subscribe();
      try {
        await subscriber.connect();
        await subscriber.listenTo(CHANNEL);
        this.subscriber = subscriber;
        return;
      } catch (error) {
        await subscriber.close().catch(() => undefined);
        this.lostAt ??= new Date();
        this.logger.warn(
          `cannot listen for handover notifications yet, retrying: ${(error as Error).message}`,
        );
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
      }
    }
  }

  private subscribe(): Subscriber<{ [CHANNEL]: Delivered }> {
    const subscriber = createPostgresSubscriber<{ [CHANNEL]: Delivered }>(
      { connectionString: this.settings.databaseUrl },
      {
        retryLimit: Infinity,
        retryTimeout: Infinity,
        retryInterval: (attempt) => Math.min(500 * attempt, 5000),
      },
    );
    subscriber.notifications.on(CHANNEL, (delivered) => this.local.emit('delivered', delivered));
    subscriber.events.on('reconnect', () => {
      this.lostAt ??= new Date();
    });
    subscriber.events.on(
      'connected',
      () =>
        void this.announceGap().catch((error: Error) =>
          this.logger.warn(`announcing missed handovers failed: ${error.message}`),
        ),
    );
    subscriber.events.on('error', (error) =>
      this.logger.warn(`handover notifications interrupted: ${error.message}`),
    );
    return subscriber;
  }

  private async announceGap(): Promise<void> {
    const since = this.lostAt;
    if (!since) return;
    this.lostAt = undefined;
    const missed = await this.prisma.handoverPackage.findMany({
      where: { sentAt: { gte: new Date(since.getTime() - GAP_MARGIN_MS) } },
      select: { packageId: true, receivingCareLinkId: true },
      orderBy: { sentAt: 'asc' },
    });
    for (const delivered of missed) this.local.emit('delivered', delivered);
  }
}
