import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import createPostgresSubscriber, { type Subscriber } from 'pg-listen';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { Connections } from '../connections/connections';

export const STORED_CONNECTIONS_WATCH = Symbol('StoredConnectionsWatch');
/** Sent on commit by the ehr_connection_setting trigger, with the connection id. */
const CHANNEL = 'ehr_connection_settings';

/**
 * Keeps the running connections in line with those integrators store: read at start, again on
 * every notification of a committed change, and every `rereadSeconds` in case one was missed
 * (the listening session was lost, or the notification sent while it reconnected).
 */
@Injectable()
export class StoredConnectionsWatch implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(StoredConnectionsWatch.name);
  private subscriber?: Subscriber<{ [CHANNEL]: string }>;
  private timer?: NodeJS.Timeout;
  private reading = Promise.resolve();
  private again = false;

  constructor(
    private readonly connections: Connections,
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(STORED_CONNECTIONS_WATCH)
    private readonly settings: { databaseUrl: string; rereadSeconds: number },
  ) {}

  /** Before the sync loops start at bootstrap, so the stored connections start with the file's. */
  async onModuleInit() {
    this.subscriber = createPostgresSubscriber<{ [CHANNEL]: string }>(
      { connectionString: this.settings.databaseUrl, application_name: 'fhir-adapter connections' },
      { retryLimit: Infinity, retryTimeout: Infinity, retryInterval: (n) => Math.min(500 * n, 5000) },
    );
    this.subscriber.notifications.on(CHANNEL, () => this.reread());
    this.subscriber.events.on('connected', () => this.reread());
    this.subscriber.events.on('error', (error) =>
      this.logger.warn(`connection notifications interrupted: ${error.message}`),
    );
    await this.subscriber
      .connect()
      .then(() => this.subscriber!.listenTo(CHANNEL))
      .catch((error: Error) =>
        this.logger.warn(`not listening for connection changes; re-reading periodically: ${error.message}`),
      );
    await this.reread();
    this.timer = setInterval(() => void this.reread(), this.settings.rereadSeconds * 1000);
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.subscriber?.close().catch(() => undefined);
    await this.reading;
  }

  /** One read at a time; a change arriving during a read is caught by one more read after it. */
  private reread(): Promise<void> {
    if (this.again) return this.reading;
    this.again = true;
    this.reading = this.reading.then(async () => {
      this.again = false;
      try {
        const stored = await this.prisma.ehrConnectionSetting.findMany({
          select: { connectionId: true, config: true, enabled: true },
        });
        this.connections.apply(stored);
      } catch (error) {
        this.logger.warn(`cannot read the stored connections: ${(error as Error).message}`);
      }
    });
    return this.reading;
  }
}
