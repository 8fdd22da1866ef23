import { buildServices } from './build';
import { startPlatform } from './platform';

const say = (line: string) => console.log(`[carechain] ${line}`);

async function main() {
  say('building services and the web app (unchanged ones come from the cache)');
  buildServices({ progress: true });
  const platform = await startPlatform(say);
  const {
    gateway,
    'care-events': careEvents,
    projector,
    'hl7-listener': hl7,
    'fhir-adapter': fhir,
  } = platform.services;
  say('Carechain is running:');
  say(`  Web app           ${gateway.url}/   (staff, coaches, integrators; sign in with a care link)`);
  say(`  GraphQL gateway   ${gateway.url}/graphql   (health ${gateway.url}/health)`);
  say(`  Care-event intake ${careEvents.url}/care-events   (batch: /care-events/batch)`);
  say(`  Projector health  ${projector.url}/health`);
  say(`  HL7 v2 ADT (MLLP) localhost:${hl7.ports.mllp}   (health ${hl7.url}/health)`);
  say(
    `  FHIR adapter      ${fhir.url}/connections/status   (${process.env.FHIR_CONNECTIONS_FILE ? `connections from ${process.env.FHIR_CONNECTIONS_FILE}` : 'no FHIR_CONNECTIONS_FILE: idle'})`,
  );
  say(`  PostgreSQL        ${platform.embedded.postgres ? 'embedded' : 'from DATABASE_URL'}`);
  say(`  Kafka             ${platform.brokers}${platform.embedded.kafka ? ' (embedded)' : ''}`);
  say('Press Ctrl-C to stop.');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    await platform.stop();
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(`[carechain] could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
