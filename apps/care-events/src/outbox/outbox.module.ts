import {
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectProducer, OutboxRelay } from '@carechain/messaging';
import type { Producer } from 'kafkajs';

export const OUTBOX_DATABASE_URL = Symbol('OutboxDatabaseUrl');

@Injectable()
class OutboxRelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly relay: OutboxRelay;

  constructor(@Inject(OUTBOX_DATABASE_URL) databaseUrl: string, @InjectProducer() producer: Producer) {
    let lastError = '';
    this.relay = new OutboxRelay({
      databaseUrl,
      producer,
      onError: (error) => {
        // One line per distinct failure, not one per retry, while the broker is away.
        if (error.message !== lastError) this.logger.warn(`outbox not published yet: ${error.message}`);
        lastError = error.message;
      },
    });
  }

  async onApplicationBootstrap() {
    await this.relay.start();
  }

  async onApplicationShutdown() {
    await this.relay.stop();
  }
}

@Module({})
export class OutboxModule {
  static forRoot(databaseUrl: string) {
    return {
      module: OutboxModule,
      providers: [{ provide: OUTBOX_DATABASE_URL, useValue: databaseUrl }, OutboxRelayLifecycle],
    };
  }
}
