import { setTimeout as sleep } from 'node:timers/promises';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { headersContinuing, withMessageSpans } from './trace-context';

interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface OutboxRelayOptions {
  databaseUrl: string;
  producer: Producer;
  batchSize?: number;
  /** Safety-net poll; commits normally wake the relay at once through LISTEN/NOTIFY. */
  pollIntervalMs?: number;
  /**
   * Under load (a batch of at least `busyRows` but not a full one), publishes start at most every
   * `busyIntervalMs`, so each carries more. A consumer on the embedded broker gets one publish per
   * partition per fetch: many small publishes would cost it a fetch and a transaction each. A full
   * batch is followed at once, so the relay keeps up with any backlog.
   */
  busyRows?: number;
  busyIntervalMs?: number;
  onError?: (error: Error) => void;
}

const DEFAULT_BATCH = 500;

// Only one relay publishes at a time, so each patient's events leave in the order they were stored.
const LEADER_LOCK = 'carechain.outbox-relay';

/**
 * Publishes the outbox to Kafka in store order and marks rows sent. A crash between publish and
 * mark republishes the batch: delivery is at-least-once and every consumer is idempotent.
 */
export class OutboxRelay {
  private client?: Client;
  private running = false;
  private pending = false;
  private wake?: () => void;
  private loop?: Promise<void>;

  constructor(private readonly options: OutboxRelayOptions) {}

  async start(): Promise<void> {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      // Cleared before connecting: a wake-up left from before the database went away would
      // otherwise skip every idle and retry the refused connection in a tight loop.
      this.pending = false;
      try {
        await this.connect();
        if (await this.isLeader()) await this.publishAll();
      } catch (error) {
        this.options.onError?.(error as Error);
        await this.disconnect();
      }
      await this.idle();
    }
    await this.disconnect();
  }

  private async connect(): Promise<void> {
    if (this.client) return;
    const client = new Client({ connectionString: this.options.databaseUrl });
    client.on('notification', () => {
      this.pending = true;
      this.wake?.();
    });
    client.on('error', (error) => this.options.onError?.(error));
    await client.connect();
    // The planner takes the unsent rows for few and reads them by bitmap, which never marks the
    // index entries of rows sent since the last vacuum as dead: every batch would walk them all again.
    await client.query('SET enable_bitmapscan = off');
    await client.query('LISTEN carechain_outbox');
    this.client = client;
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async isLeader(): Promise<boolean> {
    const { rows } = await this.client!.query<{ leader: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS leader',
      [LEADER_LOCK],
    );
    return rows[0].leader;
  }

  private async publishAll(): Promise<void> {
    const { batchSize = DEFAULT_BATCH, busyRows = 200, busyIntervalMs = 150 } = this.options;
    while (this.running) {
      const started = Date.now();
      const published = await this.publishBatch(batchSize);
      if (!published) return;
      const wait = started + busyIntervalMs - Date.now();
      if (published >= busyRows && published < batchSize && wait > 0) await sleep(wait);
    }
  }

  private async publishBatch(batchSize: number): Promise<number> {
    const client = this.client!;
    // Read from the partial index of unsent rows, never walking the rows already sent.
    const { rows } = await client.query<OutboxRow>(
      'SELECT id, topic, key, value, headers FROM outbox_message WHERE sent_at IS NULL ORDER BY id LIMIT $1',
      [batchSize],
    );
    if (!rows.length) return 0;
    const ids = rows.map((r) => r.id);
    try {
      await withMessageSpans(
        'publish',
        'producer',
        rows,
        (row) => ({ 'messaging.destination.name': row.topic, 'messaging.operation.type': 'send' }),
        (spans) =>
          this.options.producer.sendBatch({
            acks: -1,
            topicMessages: groupByTopic(
              rows.map((row, i) => ({ ...row, headers: headersContinuing(spans[i], row.headers) })),
            ),
          }),
      );
    } catch (error) {
      await client.query(
        'UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])',
        [ids, String((error as Error).message).slice(0, 500)],
      );
      throw error;
    }
    await client.query(
      'UPDATE outbox_message SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])',
      [ids],
    );
    return rows.length;
  }

  private idle(): Promise<void> {
    if (this.pending || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.options.pollIntervalMs ?? 1000);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

function groupByTopic(rows: OutboxRow[]) {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const row of rows) {
    const list = byTopic.get(row.topic) ?? [];
    list.push({ key: row.key, value: row.value, headers: row.headers });
    byTopic.set(row.topic, list);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
