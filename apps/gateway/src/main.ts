import { runService } from '@carechain/service-runtime';
import { GatewayModule } from './gateway.module';

void runService('gateway', () => GatewayModule.fromEnv());
