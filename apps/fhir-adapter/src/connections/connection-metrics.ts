import { Injectable } from '@nestjs/common';
import { Metrics } from '@carechain/service-runtime';
import type { ConnectionStatus } from './connection-status';
import { Connections } from './connections';

type Count = keyof ConnectionStatus['counts'];

const counters: [Count, string, string][] = [
  ['resourcesRead', 'carechain_fhir_resources_read_total', 'FHIR resources read from the EHR'],
  ['eventsAppended', 'carechain_fhir_events_appended_total', 'Care events appended from the EHR'],
  ['unmappable', 'carechain_fhir_unmappable_resources_total', 'Resources reported as unmappable'],
  [
    'retries',
    'carechain_fhir_retries_total',
    'Calls to the EHR retried after 429, 5xx, timeouts or network errors',
  ],
  [
    'failedSyncs',
    'carechain_fhir_failed_syncs_total',
    'Syncs that stopped on an error, to resume from the cursors',
  ],
];

/** Prometheus metrics per connection, read from the connections' status at each scrape. */
@Injectable()
export class ConnectionMetrics {
  constructor(connections: Connections, metrics: Metrics) {
    const each = (
      read: (status: ConnectionStatus) => number | null,
      set: (connection: string, value: number) => void,
    ) => {
      for (const { status } of connections.all) {
        const value = read(status);
        if (value !== null) set(status.connectionId, value);
      }
    };
    for (const [count, name, help] of counters) {
      metrics.counter({
        name,
        help,
        labelNames: ['connection'],
        collect() {
          this.reset();
          each(
            (s) => s.counts[count],
            (connection, value) => this.inc({ connection }, value),
          );
        },
      });
    }
    metrics.gauge({
      name: 'carechain_fhir_sync_lag_seconds',
      help: 'Seconds since the connection last caught up with its EHR',
      labelNames: ['connection'],
      collect() {
        this.reset();
        each(
          (s) => (s.lastSyncedAt ? (Date.now() - s.lastSyncedAt.getTime()) / 1000 : null),
          (connection, value) => this.set({ connection }, value),
        );
      },
    });
    metrics.gauge({
      name: 'carechain_fhir_circuit_open',
      help: '1 while calls to the EHR pause after repeated failures',
      labelNames: ['connection'],
      collect() {
        each(
          (s) => Number(s.state === 'circuit-open'),
          (connection, value) => this.set({ connection }, value),
        );
      },
    });
  }
}
