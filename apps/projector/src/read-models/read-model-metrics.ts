import { Histogram } from 'prom-client';
import { metricsRegistry } from '@carechain/service-runtime';

const latency = new Histogram({
  name: 'carechain_projection_latency_seconds',
  help: 'Time from a care event being recorded (stored at intake) to its being applied to the read models from Kafka',
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800],
  registers: [metricsRegistry],
});

/** Observes how long each event took from the store to the read models; `now` is when they were applied. */
export function observeProjectionLatency(events: { recordedAt: string }[], now = Date.now()): void {
  for (const { recordedAt } of events) latency.observe(Math.max(0, now - Date.parse(recordedAt)) / 1000);
}
