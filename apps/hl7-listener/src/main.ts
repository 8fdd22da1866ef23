import { runService } from '@carechain/service-runtime';
import { Hl7ListenerModule } from './hl7-listener.module';

void runService('hl7-listener', () => Hl7ListenerModule.fromEnv());
