import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  CareEventStore,
  InjectPrisma,
  PatientIdentityRegister,
  SQL_POOL_SIZE,
  type PrismaClient,
} from '@carechain/persistence';
import { Connections, type ConnectedEhr } from '../connections/connections';
import { offersSubscriptions } from '../connections/capabilities';
import { ConnectionLeases } from './connection-leases';
import { ConnectionSync } from './connection-sync';
import { subscribe } from './subscriptions';

/**
 * Polls every connection: the CapabilityStatement once it answers (and Subscriptions where
 * configured and offered), then a sync of all configured resource types every poll interval, or
 * sooner when a notification or a request asks, while this replica holds the connection's lease. A failed sync is reported and the next one
 * resumes from the stored cursors.
 */
@Injectable()
export class InboundSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopped = false;
  private readonly wakers = new Map<string, () => void>();
  private readonly loops = new Map<ConnectedEhr, { stopped: boolean; done: Promise<void> }>();
  /** Starts and stops one after another, so a changed connection's old loop ends before its new one starts. */
  private changes = Promise.resolve();

  constructor(
    private readonly connections: Connections,
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    @Inject(PatientIdentityRegister) private readonly identities: PatientIdentityRegister,
    @Inject(ConnectionLeases) private readonly leases: ConnectionLeases,
  ) {}

  onApplicationBootstrap() {
    // The pool connects when first used: its connections open while the capabilities are read, not
    // in the first sync, whose walks each commit one page while they look up the next.
    const sql = this.store.outsideTransaction();
    void Promise.all(Array.from({ length: SQL_POOL_SIZE }, () => sql.$queryRaw`SELECT 1`)).catch(
      () => undefined,
    );
    for (const ehr of this.connections.all) this.start(ehr);
    this.connections.onChange(({ started, stopped }) => {
      this.changes = this.changes.then(async () => {
        await Promise.all(stopped.map((ehr) => this.stop(ehr)));
        for (const ehr of stopped)
          if (!started.some((s) => s.connection.id === ehr.connection.id))
            await this.leases.release(ehr.connection.id);
        if (!this.stopped) for (const ehr of started) this.start(ehr);
      });
    });
  }

  async onApplicationShutdown() {
    this.stopped = true;
    for (const wake of this.wakers.values()) wake();
    await this.changes;
    await Promise.all([...this.loops.values()].map((l) => l.done));
    await this.leases.close();
  }

  private start(ehr: ConnectedEhr) {
    const loop = { stopped: false, done: Promise.resolve() };
    loop.done = this.run(ehr, () => this.stopped || loop.stopped);
    this.loops.set(ehr, loop);
  }

  /** Ends the connection's loop (it was paused or changed) once its current page is done. */
  private async stop(ehr: ConnectedEhr) {
    const loop = this.loops.get(ehr);
    if (!loop) return;
    loop.stopped = true;
    this.wakers.get(ehr.connection.id)?.();
    await loop.done;
    this.loops.delete(ehr);
  }

  private async run(ehr: ConnectedEhr, stopped: () => boolean) {
    const sync = new ConnectionSync(
      ehr.connection,
      ehr.server,
      ehr.status,
      this.prisma,
      this.store,
      this.identities,
    );
    let capabilitiesRead = false;
    while (!stopped()) {
      if (!capabilitiesRead) {
        const statement = await this.connections.checkCapabilities(ehr);
        capabilitiesRead = !!statement;
        if (statement && ehr.connection.subscription) {
          if (offersSubscriptions(statement)) await subscribe(ehr);
          else ehr.status.subscriptions = 'not offered by the server: changes arrive by polling';
        }
      }
      if (capabilitiesRead && !(await this.leases.hold(ehr.connection.id))) ehr.status.standby();
      else if (capabilitiesRead) {
        ehr.status.syncStarted();
        try {
          await sync.syncAll(stopped);
          if (!stopped()) ehr.status.syncFinished();
        } catch (error) {
          ehr.status.syncFailed((error as Error).message);
        }
      }
      if (!stopped()) await this.pause(ehr.connection.id, ehr.connection.pollIntervalSeconds * 1000);
    }
  }

  /** Ends the connection's pause, so its next sync starts now; false when it is syncing already or unknown. */
  syncNow(connectionId: string): boolean {
    const wake = this.wakers.get(connectionId);
    wake?.();
    return !!wake;
  }

  private pause(connectionId: string, ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(connectionId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.set(connectionId, done);
    });
  }
}
