import { runService } from '@carechain/service-runtime';
import { CareEventsModule } from './care-events.module';

void runService('care-events', () => ({ ...CareEventsModule.fromEnv(), bodyLimit: '2mb' }));
