import { runService } from '@carechain/service-runtime';
import { runMaintenance } from './read-models/maintenance-commands';
import { ProjectorModule } from './projector.module';

// Without arguments this is the projector service; with them, a maintenance command such as
// `main.js rebuild --model stays` or `main.js verify` (see `main.js --help`) that runs and exits.
void (process.argv.length > 2
  ? runMaintenance(process.argv).then((code) => process.exit(code))
  : runService('projector', () => ProjectorModule.fromEnv()));
