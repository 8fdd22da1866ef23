import { Logger } from '@nestjs/common';
import type { EhrConnectionState } from '@carechain/domain';
import type { MappingIssue } from '@carechain/fhir';

const KEEP = 50;

interface Problem {
  at: string;
  /** Type/id/_history/version: identifies the record, holds no patient data. */
  resource: string;
  issues: MappingIssue[];
}

/**
 * What one connection is doing and what went wrong, for GET /connections/status and the log.
 * Messages name resources and FHIR paths, never patient data.
 */
export class ConnectionStatus {
  private readonly logger: Logger;
  state: EhrConnectionState = 'starting';
  lastSyncStartedAt: Date | null = null;
  /** When a sync last caught up with everything the server had. */
  lastSyncedAt: Date | null = null;
  /** What the last complete sync did, for operators and the benchmark. */
  lastSync: { startedAt: string; seconds: number; resourcesRead: number; eventsAppended: number } | null =
    null;
  private countsAtStart = { resourcesRead: 0, eventsAppended: 0 };
  capabilityProblems: string[] = [];
  subscriptions = 'not configured: changes arrive by polling';
  lastNotificationAt: Date | null = null;
  readonly counts = {
    resourcesRead: 0,
    eventsAppended: 0,
    duplicates: 0,
    unmappable: 0,
    retries: 0,
    failedSyncs: 0,
  };
  readonly cursors: Record<string, string | null> = {};
  readonly errors: { at: string; message: string }[] = [];
  readonly unmappable: Problem[] = [];
  private lastLogged = '';

  constructor(
    readonly connectionId: string,
    readonly baseUrl: string,
  ) {
    this.logger = new Logger(`FhirConnection ${connectionId}`);
  }

  syncStarted() {
    this.lastSyncStartedAt = new Date();
    this.countsAtStart = {
      resourcesRead: this.counts.resourcesRead,
      eventsAppended: this.counts.eventsAppended,
    };
    if (this.state !== 'circuit-open') this.state = 'syncing';
  }

  syncFinished() {
    this.lastSyncedAt = new Date();
    this.lastSync = {
      startedAt: this.lastSyncStartedAt!.toISOString(),
      seconds: (this.lastSyncedAt.getTime() - this.lastSyncStartedAt!.getTime()) / 1000,
      resourcesRead: this.counts.resourcesRead - this.countsAtStart.resourcesRead,
      eventsAppended: this.counts.eventsAppended - this.countsAtStart.eventsAppended,
    };
    this.state = 'idle';
    if (this.lastLogged) this.logger.log('caught up with the server');
    this.lastLogged = '';
  }

  notified() {
    this.lastNotificationAt = new Date();
  }

  /** Another replica holds the connection: this one waits to take over. */
  standby() {
    this.state = 'standby';
  }

  syncFailed(message: string) {
    this.counts.failedSyncs++;
    this.state = this.state === 'circuit-open' ? 'circuit-open' : 'failing';
    this.error(`sync stopped, will resume from the cursor: ${message}`);
  }

  retrying(reason: string, delayMs: number) {
    this.counts.retries++;
    if (this.state !== 'circuit-open') this.state = 'retrying';
    this.error(`${reason}; retrying in ${Math.round(delayMs)} ms`, reason);
  }

  circuit(state: 'open' | 'closed') {
    this.state = state === 'open' ? 'circuit-open' : 'syncing';
    this.error(
      state === 'open'
        ? 'circuit opened after repeated failures; calls pause'
        : 'circuit closed: the server answers again',
    );
  }

  /** `refused`: mapped, but what it says breaks the care-event rules (a stop of nothing, a start without a dose). */
  resourceUnmappable(
    resource: string,
    issues: MappingIssue[],
    outcome: 'not mapped' | 'refused' = 'not mapped',
  ) {
    this.counts.unmappable++;
    keep(this.unmappable, { at: new Date().toISOString(), resource, issues });
    this.logger.warn(
      `${resource} ${outcome}: ${issues.map((i) => `[${i.code}] ${i.expression.join(', ')}: ${i.diagnostics}`).join('; ')}`,
    );
  }

  /** One log line per distinct failure, not one per retry, while a server is away. */
  private error(message: string, kind = message) {
    keep(this.errors, { at: new Date().toISOString(), message });
    if (kind !== this.lastLogged) this.logger.warn(message);
    this.lastLogged = kind;
  }

  view(now = new Date()) {
    return {
      connectionId: this.connectionId,
      baseUrl: this.baseUrl,
      state: this.state,
      lastSyncStartedAt: this.lastSyncStartedAt?.toISOString() ?? null,
      lastSyncedAt: this.lastSyncedAt?.toISOString() ?? null,
      lagSeconds: this.lastSyncedAt ? Math.round((now.getTime() - this.lastSyncedAt.getTime()) / 1000) : null,
      lastSync: this.lastSync,
      capabilityProblems: this.capabilityProblems,
      subscriptions: this.subscriptions,
      lastNotificationAt: this.lastNotificationAt?.toISOString() ?? null,
      cursors: this.cursors,
      counts: this.counts,
      errors: this.errors,
      unmappable: this.unmappable,
    };
  }
}

function keep<T>(list: T[], item: T) {
  list.push(item);
  if (list.length > KEEP) list.shift();
}
