import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Hl7Client } from '@medplum/hl7';
import {
  ackOf,
  ADT_MAPPING_FILE,
  adtMessage,
  careEvents,
  eventually,
  sendAdt,
  uniquePatientId,
} from '@carechain/testing';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';

/** The value of one series in a Prometheus text exposition, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('operators see every service through /metrics, /health/live, /health/ready and correlated logs', () => {
  let platform: RunningPlatform;
  let hl7: Hl7Client;
  const started = Date.now();
  const patients = [uniquePatientId(), uniquePatientId(), uniquePatientId()];
  type Service = 'care-events' | 'projector' | 'gateway' | 'hl7-listener';
  const url = (service: Service, path: string) => `${platform.services[service]?.url}${path}`;
  const metricsOf = async (service: Service) => {
    const res = await fetch(url(service, '/metrics'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  beforeAll(async () => {
    // Spans are made (and their export fails quietly) so that log lines carry trace ids.
    platform = await RunningPlatform.start({
      'care-events': { LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' },
      'hl7-listener': {
        HL7_MAPPING_FILE: ADT_MAPPING_FILE,
        // Any free port: the listener reports the one it got.
        HL7_MLLP_PORT: '0',
        HL7_MLLP_HOST: '127.0.0.1',
      },
    });
    hl7 = new Hl7Client({ host: '127.0.0.1', port: platform.services['hl7-listener']!.ports.mllp });
  });

  afterAll(async () => {
    await hl7?.close();
    await platform?.stop();
  });

  it('counts accepted care events, projects them with measured latency, and times named GraphQL operations', async () => {
    for (const patient of patients)
      expect((await platform.submit(careEvents.admitted(patient))).status).toBe(201);
    expect((await platform.submit({ type: 'PatientAdmitted' })).status).toBe(400);

    const intake = await metricsOf('care-events');
    expect(sample(intake, 'carechain_care_events_intake_total{channel="http",outcome="accepted"}')).toBe(3);
    expect(sample(intake, 'carechain_care_events_intake_total{channel="http",outcome="rejected"}')).toBe(1);
    expect(
      sample(
        intake,
        'carechain_http_request_duration_seconds_count{method="POST",route="/care-events",status="201"}',
      ),
    ).toBe(3);
    expect(sample(intake, 'carechain_outbox_unsent_messages')).toBeGreaterThanOrEqual(0);
    expect(intake).toContain('process_resident_memory_bytes');

    const projector = await eventually(async () => {
      const text = await metricsOf('projector');
      return (sample(text, 'carechain_projection_latency_seconds_count') ?? 0) >= 3 ? text : undefined;
    }, 'the projector to observe the latency of the three events');
    expect(sample(projector, 'carechain_projection_latency_seconds_sum')).toBeGreaterThan(0);
    const lagged = await eventually(async () => {
      const text = await metricsOf('projector');
      return sample(text, 'carechain_kafka_consumer_lag_known{group="carechain.projector"}') === 1
        ? text
        : undefined;
    }, "the projector's consumer lag read from the broker");
    expect(lagged).toMatch(
      /^carechain_kafka_consumer_lag\{group="carechain\.projector",topic="care\.events\.v1",partition="\d+"\} \d+$/m,
    );

    const journey = await eventually(async () => {
      const { data } = await platform.graphql<JourneyView>(
        JOURNEY_QUERY,
        { patientId: patients[0] },
        'ryhov-med-3',
      );
      return data?.patientJourney ?? undefined;
    }, 'the journey to be readable');
    expect(journey.eventCount).toBe(1);
    const gateway = await metricsOf('gateway');
    expect(
      sample(gateway, 'carechain_graphql_operation_duration_seconds_count{operation="Journey",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(
        gateway,
        'carechain_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(gateway).toContain('# TYPE carechain_handovers_near_breach gauge');
    expect(gateway).toMatch(
      /^carechain_kafka_consumer_lag_known\{group="carechain\.gateway\.handovers"\} [01]$/m,
    );

    const adtPatient = uniquePatientId();
    const admission = adtMessage({
      patientId: adtPatient,
      stayId: `V-${adtPatient}`,
      controlId: `${adtPatient}-1`,
      trigger: 'A01',
      ward: 'AKM',
      at: '202611160740',
    });
    expect(ackOf(await sendAdt(hl7, admission)).code).toBe('AA');
    const listener = await metricsOf('hl7-listener');
    expect(sample(listener, 'carechain_care_events_intake_total{channel="hl7",outcome="accepted"}')).toBe(1);

    // Labels carry channels, routes, groups and operation names: never a patient.
    for (const text of [intake, projector, gateway, listener])
      for (const patient of [...patients, adtPatient]) expect(text).not.toContain(patient);
  });

  it('echoes the x-request-id it was given and logs the request under it, in the trace it continues', async () => {
    const requestId = `op-${randomUUID()}`;
    const traceId = randomUUID().replace(/-/g, '');
    const res = await fetch(url('care-events', '/care-events'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify(careEvents.admitted(uniquePatientId())),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-request-id')).toBe(requestId);

    const unsafe = await fetch(url('care-events', '/health/live'), {
      headers: { 'x-request-id': 'not safe to echo' },
    });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const logs = join(__dirname, '..', '..', 'tmp', 'test-logs');
    const line = await eventually(async () => {
      const files = readdirSync(logs)
        .filter((name) => name.startsWith('care-events-'))
        .map((name) => join(logs, name))
        .filter((file) => statSync(file).mtimeMs >= started);
      const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
      return lines.find((l) => l.includes(requestId) && l.includes('"responseTime"'));
    }, "the care-events log line of the request's completion");
    const entry = JSON.parse(line) as {
      req: { id: string; method: string; path: string };
      res: { statusCode: number };
      trace_id: string;
      span_id: string;
    };
    expect(entry.req).toEqual({ id: requestId, method: 'POST', path: '/care-events' });
    expect(entry.res.statusCode).toBe(201);
    expect(entry.trace_id).toBe(traceId);
    expect(entry.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(entry.span_id).not.toBe('00f067aa0ba902b7');
  });

  it('keeps intake and reads ready while the broker is down, shows the broker down, holds the projector back, and is all ready again after', async () => {
    for (const service of ['care-events', 'projector', 'gateway'] as const) {
      expect((await fetch(url(service, '/health/ready'))).status).toBe(200);
      expect((await fetch(url(service, '/health'))).status).toBe(200);
    }

    await eventually(
      async () =>
        sample(await metricsOf('care-events'), 'carechain_outbox_unsent_messages') === 0 ? true : undefined,
      'the outbox to be sent',
    );
    await platform.stopBroker();
    const waiting = [uniquePatientId(), uniquePatientId()];
    for (const patient of waiting)
      expect((await platform.submit(careEvents.admitted(patient))).status).toBe(201);

    // Intake fills the outbox and the gateway reads PostgreSQL: both stay in service, naming the broker down.
    for (const service of ['care-events', 'gateway'] as const) {
      const degraded = await eventually(async () => {
        const res = await fetch(url(service, '/health/ready'));
        const body = (await res.json()) as { details: Record<string, { status: string }> };
        return res.status === 200 && body.details.broker?.status === 'down' ? body : undefined;
      }, `${service} to report the broker down while staying ready`);
      expect(degraded.details.database.status).toBe('up');
    }
    // The projector can do nothing without the broker: it is not ready.
    const notReady = await eventually(async () => {
      const res = await fetch(url('projector', '/health/ready'));
      return res.status === 503
        ? ((await res.json()) as { error: Record<string, { status: string }> })
        : undefined;
    }, 'the projector to report not ready');
    expect(notReady.error.broker.status).toBe('down');
    expect(notReady.error.database).toBeUndefined();
    expect((await fetch(url('projector', '/health'))).status).toBe(503);
    expect((await fetch(url('projector', '/health/live'))).status).toBe(200);
    expect((await fetch(url('care-events', '/health/live'))).status).toBe(200);
    // The HL7 listener stores into the database only: the broker is none of its readiness.
    expect((await fetch(url('hl7-listener', '/health/ready'))).status).toBe(200);

    const backlog = await metricsOf('care-events');
    expect(sample(backlog, 'carechain_outbox_unsent_messages')).toBe(waiting.length);
    expect(sample(backlog, 'carechain_outbox_oldest_unsent_age_seconds')).toBeGreaterThan(0);
    await eventually(
      async () =>
        /^carechain_kafka_consumer_lag_known\{group="carechain\.projector"\} 0$/m.test(
          await metricsOf('projector'),
        )
          ? true
          : undefined,
      'the projector to report its lag unknown',
    );

    await platform.restartBroker();
    for (const service of ['care-events', 'projector', 'gateway'] as const) {
      await eventually(
        async () => ((await fetch(url(service, '/health/ready'))).status === 200 ? true : undefined),
        `${service} to be ready again`,
      );
    }
    await eventually(
      async () =>
        sample(await metricsOf('care-events'), 'carechain_outbox_unsent_messages') === 0 ? true : undefined,
      'the outbox backlog to drain',
    );
  });
});
