import { Controller, Get, Header } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import type { ConnectionStatus } from './connection-status';
import { Connections } from './connections';

type Count = keyof ConnectionStatus['counts'];

const counters: [Count, string, string][] = [
  ['resourcesRead', 'carechain_fhir_resources_read_total', 'FHIR resources read from the EHR'],
  ['eventsAppended', 'carechain_fhir_events_appended_total', 'Care events appended from the EHR'],
  ['unmappable', 'carechain_fhir_unmappable_resources_total', 'Resources reported as unmappable'],
  ['retries', 'carechain_fhir_retries_total', 'Calls to the EHR retried after 429, 5xx, timeouts or network errors'],
  ['failedSyncs', 'carechain_fhir_failed_syncs_total', 'Syncs that stopped on an error, to resume from the cursors'],
];

/** Prometheus metrics per connection, read from the connections' status at each scrape. */
@Controller('metrics')
export class ConnectionMetricsController {
  private readonly registry = new Registry();

  constructor(connections: Connections) {
    const each = (read: (status: ConnectionStatus) => number | null, set: (connection: string, value: number) => void) => {
      for (const { status } of connections.all) {
        const value = read(status);
        if (value !== null) set(status.connectionId, value);
      }
    };
    for (const [count, name, help] of counters) {
      new Counter({
        name,
        help,
        labelNames: ['connection'],
        registers: [this.registry],
        collect() {
          this.reset();
          each((s) => s.counts[count], (connection, value) => this.inc({ connection }, value));
        },
      });
    }
    new Gauge({
      name: 'carechain_fhir_sync_lag_seconds',
      help: 'Seconds since the connection last caught up with its EHR',
      labelNames: ['connection'],
      registers: [this.registry],
      collect() {
        this.reset();
        each((s) => (s.lastSyncedAt ? (Date.now() - s.lastSyncedAt.getTime()) / 1000 : null), (connection, value) => this.set({ connection }, value));
      },
    });
    new Gauge({
      name: 'carechain_fhir_circuit_open',
      help: '1 while calls to the EHR pause after repeated failures',
      labelNames: ['connection'],
      registers: [this.registry],
      collect() {
        each((s) => Number(s.state === 'circuit-open'), (connection, value) => this.set({ connection }, value));
      },
    });
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
