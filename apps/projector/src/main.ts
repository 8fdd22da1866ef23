import { NestFactory } from '@nestjs/core';
import { runService } from '@carechain/service-runtime';
import { ReadModels } from './read-models/read-models';
import { ProjectorModule } from './projector.module';

async function replay() {
  const app = await NestFactory.createApplicationContext(ProjectorModule.fromEnv({ ...process.env, LOG_LEVEL: 'warn' }).module);
  const count = await app.get(ReadModels).rebuild();
  console.log(`read models rebuilt from ${count} stored events`);
  await app.close();
}

// `main.js replay` rebuilds the read models from the event store and exits.
void (process.argv[2] === 'replay' ? replay() : runService('projector', () => ProjectorModule.fromEnv()));
