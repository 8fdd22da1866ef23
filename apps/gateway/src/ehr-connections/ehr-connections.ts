import { Inject, Injectable } from '@nestjs/common';
import type { EhrConnectionState } from '@carechain/domain';
import { GraphQLError } from 'graphql';
import { forbidden } from '../client-errors';
import type { EhrConnection } from './ehr-connection.model';

export const FHIR_ADAPTER_URL = Symbol('FhirAdapterUrl');

interface StatusView {
  connectionId: string;
  baseUrl: string;
  state: EhrConnectionState;
  lastSyncedAt: string | null;
  lagSeconds: number | null;
  lastNotificationAt: string | null;
  counts: { resourcesRead: number; eventsAppended: number; unmappable: number; failedSyncs: number };
  errors: { at: string; message: string }[];
}

const STATUS_TIMEOUT_MS = 3000;

/** The FHIR adapter's connection status, asked over HTTP with the caller's own credentials. */
@Injectable()
export class EhrConnections {
  constructor(@Inject(FHIR_ADAPTER_URL) private readonly adapterUrl: string | null) {}

  async all(authorization: string | undefined): Promise<EhrConnection[]> {
    if (!this.adapterUrl)
      throw unavailable('no FHIR adapter is configured for this gateway (FHIR_ADAPTER_URL)');
    let res: Response;
    try {
      res = await fetch(`${this.adapterUrl}/connections/status`, {
        headers: authorization ? { authorization } : {},
        signal: AbortSignal.timeout(STATUS_TIMEOUT_MS),
      });
    } catch (error) {
      throw unavailable(`the FHIR adapter did not answer: ${(error as Error).message}`);
    }
    if (res.status === 401 || res.status === 403) {
      throw forbidden('the FHIR adapter refused your credentials for connection status');
    }
    if (!res.ok) throw unavailable(`the FHIR adapter answered ${res.status}`);
    const { connections } = (await res.json()) as { connections: StatusView[] };
    return connections.map((c) => ({
      connectionId: c.connectionId,
      baseUrl: c.baseUrl,
      state: c.state,
      lastSyncedAt: c.lastSyncedAt ? new Date(c.lastSyncedAt) : null,
      lagSeconds: c.lagSeconds,
      lastNotificationAt: c.lastNotificationAt ? new Date(c.lastNotificationAt) : null,
      resourcesRead: c.counts.resourcesRead,
      eventsAppended: c.counts.eventsAppended,
      unmappable: c.counts.unmappable,
      failedSyncs: c.counts.failedSyncs,
      lastError: c.errors.at(-1)?.message ?? null,
    }));
  }
}

const unavailable = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
