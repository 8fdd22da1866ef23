import { randomBytes } from 'node:crypto';
import { careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { startCollector, type ExportedSpan } from './otlp-collector';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';

describe('an operator follows one care event through the platform', () => {
  let platform: RunningPlatform;
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    collector = await startCollector();
    const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
    platform = await RunningPlatform.start({ 'care-events': tracing, projector: tracing, gateway: tracing });
  });

  afterAll(async () => {
    await platform?.stop();
    await new Promise((resolve) => collector?.server.close(resolve));
  });

  it('sees intake, outbox publish, projection and the GraphQL read in the trace the client started', async () => {
    const traceId = randomBytes(16).toString('hex');
    const clientSpanId = randomBytes(8).toString('hex');
    const traceparent = `00-${traceId}-${clientSpanId}-01`;
    const patientId = uniquePatientId();

    const accepted = await fetch(`${platform.services['care-events'].url}/care-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent },
      body: JSON.stringify(careEvents.admitted(patientId, '2026-11-16T07:40:00+01:00', 'ryhov-akm')),
    });
    expect(accepted.status).toBe(201);
    await eventually(async () => {
      const { data } = await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, 'ryhov-akm');
      return data?.patientJourney ?? undefined;
    }, 'the admission in the journey read model');
    const read = await fetch(`${platform.services.gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent,
        'x-carechain-actor': 'nurse-e2e',
        'x-carechain-care-link': 'ryhov-akm',
      },
      body: JSON.stringify({ query: JOURNEY_QUERY, variables: { patientId } }),
    });
    expect(((await read.json()) as { data: JourneyView }).data.patientJourney?.eventCount).toBe(1);

    const inTrace = (predicate: (span: ExportedSpan) => boolean) =>
      collector.spans.find((s) => s.traceId === traceId && predicate(s));
    const projection = await eventually(
      async () =>
        inTrace(
          (s) =>
            s.service === 'carechain-projector' &&
            s.attributes['messaging.consumer.group.name'] === 'carechain.projector',
        ),
      "the projector's span in the client's trace",
    );
    const intake = inTrace((s) => s.service === 'carechain-care-events' && s.name === 'POST /care-events');
    const publish = inTrace((s) => s.service === 'carechain-care-events' && s.name === 'publish');
    const graphqlRead = await eventually(
      async () => inTrace((s) => s.service === 'carechain-gateway' && s.name === 'POST /graphql'),
      'the GraphQL read in the trace',
    );

    // One chain of parents: client → intake → outbox publish → projection; the read hangs off the client.
    expect(intake?.parentSpanId).toBe(clientSpanId);
    expect(publish?.parentSpanId).toBe(intake?.spanId);
    expect(projection.parentSpanId).toBe(publish?.spanId);
    expect(projection.attributes['messaging.destination.name']).toBe('care.events.v1');
    expect(graphqlRead.parentSpanId).toBe(clientSpanId);
    // No patient identifier is exported with the spans.
    expect(JSON.stringify(collector.spans)).not.toContain(patientId);
  });
});
