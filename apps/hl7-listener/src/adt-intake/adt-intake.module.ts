import {
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  type DynamicModule,
} from '@nestjs/common';
import type { AdtMappings } from '@carechain/hl7';
import { careEventStoreProvider } from '@carechain/messaging';
import { MllpServer, type MllpServerOptions } from '../mllp/mllp-server';
import { ADT_MAPPING, AdtIntakeService, ORGANISATION_TIME_ZONE } from './adt-intake.service';

const MLLP_OPTIONS = Symbol('MllpOptions');

/** The MLLP listener of the service: open from bootstrap until shutdown. */
@Injectable()
export class MllpListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MllpListener');
  private readonly server: MllpServer;
  /** The port MLLP senders connect to, once listening (HL7_MLLP_PORT, or a free one for 0). */
  port = 0;

  constructor(
    @Inject(MLLP_OPTIONS) private readonly options: MllpServerOptions,
    @Inject(AdtIntakeService) intake: AdtIntakeService,
  ) {
    this.server = new MllpServer(options, intake, (error) => this.logger.warn(`MLLP: ${error.message}`));
  }

  async onApplicationBootstrap() {
    this.port = await this.server.start();
    this.logger.log(`MLLP listening on ${this.options.host}:${this.port}${this.options.tls ? ' (TLS)' : ''}`);
  }

  async onApplicationShutdown() {
    await this.server.stop();
  }
}

@Module({})
export class AdtIntakeModule {
  static forRoot(mapping: AdtMappings, timeZone: string, mllp: MllpServerOptions): DynamicModule {
    return {
      module: AdtIntakeModule,
      providers: [
        { provide: ADT_MAPPING, useValue: mapping },
        { provide: ORGANISATION_TIME_ZONE, useValue: timeZone },
        { provide: MLLP_OPTIONS, useValue: mllp },
        careEventStoreProvider,
        AdtIntakeService,
        MllpListener,
      ],
    };
  }
}
