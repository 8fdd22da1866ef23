import { runService } from '@carechain/service-runtime';
import { MllpListener } from './adt-intake/adt-intake.module';
import { Hl7ListenerModule } from './hl7-listener.module';

void runService(
  'hl7-listener',
  () => Hl7ListenerModule.fromEnv(),
  (app) => ({
    mllp: app.get(MllpListener).port,
  }),
);
