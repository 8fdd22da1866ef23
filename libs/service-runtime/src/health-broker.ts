import { Inject, Injectable, Optional, type OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { KAFKA } from '@carechain/messaging';

/** Fails with `what` when `work` has not settled within `ms`. */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A value loaded at most once per `ttlMs`; callers arriving while it loads share the load. Probes
 * and scrapes that come often then cost the broker one round trip per period.
 */
export class Recent<T> {
  private value?: { at: number; result: Promise<T> };

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(load: () => Promise<T>): Promise<T> {
    const now = this.now();
    if (this.value && now - this.value.at < this.ttlMs) return this.value.result;
    const result = load();
    this.value = { at: now, result };
    return result;
  }
}

const ADMIN_TIMEOUT_MS = 2000;

/**
 * One Kafka admin client per application for probes and lag, with no retries of its own: a call
 * fails within two seconds when the broker is away, and the client is dropped so that the next
 * call connects afresh once the broker is back.
 */
@Injectable()
export class BrokerAdmin implements OnApplicationShutdown {
  private admin?: Promise<Admin>;

  constructor(@Optional() @Inject(KAFKA) private readonly kafka?: Kafka) {}

  /** False in services without Kafka (the HL7 listener). */
  get configured(): boolean {
    return !!this.kafka;
  }

  async use<T>(what: string, work: (admin: Admin) => Promise<T>): Promise<T> {
    if (!this.kafka) throw new Error('this service has no broker');
    const admin = (this.admin ??= this.connect(this.kafka));
    try {
      return await within(admin.then(work), ADMIN_TIMEOUT_MS, what);
    } catch (error) {
      if (this.admin === admin) this.admin = undefined;
      void admin.then((a) => a.disconnect()).catch(() => undefined);
      throw error;
    }
  }

  private async connect(kafka: Kafka): Promise<Admin> {
    const admin = kafka.admin({ retry: { retries: 0 } });
    await admin.connect();
    return admin;
  }

  async onApplicationShutdown() {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
  }
}
