import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
} from 'cockatiel';
import { Client, type FhirResource, type RequestOptions } from 'fhir-kit-client';
import type { Connection } from './connection-config';
import type { ConnectionStatus } from './connection-status';

/** A failed call to an EHR, described without query strings (they may carry identifiers). */
export class FhirServerError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
    readonly outcome?: unknown,
  ) {
    super(message);
    this.name = 'FhirServerError';
  }
}

type Resource = FhirResource & {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string };
};
export type SearchBundle = {
  resourceType: 'Bundle';
  entry?: { resource?: Resource }[];
  link?: { relation: string; url: string }[];
};

/**
 * One EHR's FHIR API through fhir-kit-client, which has no timeouts, retries or token refresh:
 * every call gets a timeout, retries with jittered exponential backoff on 429, 5xx and network
 * errors (waiting as long as Retry-After asks), and a circuit per connection that stops calls to
 * a server that keeps failing until a trial call succeeds.
 */
export class FhirServer {
  private readonly client: Client;
  private readonly policy;
  private token?: { value: string; expiresAt: number };

  constructor(
    private readonly connection: Connection,
    private readonly status: ConnectionStatus,
  ) {
    this.client = new Client({ baseUrl: connection.baseUrl });
    if (connection.auth.type === 'bearer') this.client.bearerToken = connection.secret!;
    const { maxAttempts, initialDelayMs, maxDelayMs } = connection.retry;
    const transient = handleWhen((error) => error instanceof BrokenCircuitError || isTransient(error));
    const retrying = retry(transient, {
      maxAttempts,
      backoff: honouringRetryAfter(
        new ExponentialBackoff({ initialDelay: initialDelayMs, maxDelay: maxDelayMs }),
        maxDelayMs,
      ),
    });
    const breaker = circuitBreaker(handleWhen(isTransient), {
      halfOpenAfter: new ExponentialBackoff({ initialDelay: initialDelayMs, maxDelay: maxDelayMs }),
      breaker: new ConsecutiveBreaker(5),
    });
    retrying.onRetry((event) =>
      status.retrying('error' in event ? event.error.message : 'unexpected answer', event.delay),
    );
    breaker.onBreak(() => status.circuit('open'));
    breaker.onReset(() => status.circuit('closed'));
    this.policy = wrap(retrying, breaker);
  }

  capabilityStatement(): Promise<Resource> {
    return this.call(
      'read the CapabilityStatement',
      (options) => this.client.capabilityStatement(options) as Promise<Resource>,
    );
  }

  search(resourceType: string, searchParams: Record<string, string | number>): Promise<SearchBundle> {
    return this.call(
      `search ${resourceType}`,
      (options) => this.client.search({ resourceType, searchParams, options }) as Promise<SearchBundle>,
    );
  }

  /** The page a `next` link points to; only links on this server are followed. */
  page(url: string): Promise<SearchBundle> {
    if (!url.startsWith(this.connection.baseUrl))
      throw new FhirServerError('a paging link points away from the connection base URL', false);
    return this.call(
      'read the next page',
      (options) => this.client.request(url, { options }) as Promise<SearchBundle>,
    );
  }

  read(resourceType: string, id: string): Promise<Resource> {
    return this.call(
      `read ${resourceType}`,
      (options) => this.client.read({ resourceType, id, options }) as Promise<Resource>,
    );
  }

  create(resource: Resource, ifNoneExist: string): Promise<Resource> {
    return this.call(
      `create ${resource.resourceType}`,
      (options) =>
        this.client.create({
          resourceType: resource.resourceType,
          body: resource,
          options: { ...options, headers: { ...options.headers, 'If-None-Exist': ifNoneExist } },
        }) as Promise<Resource>,
    );
  }

  update(resource: Resource & { id: string }, versionId: string): Promise<Resource> {
    return this.call(
      `update ${resource.resourceType}`,
      (options) =>
        this.client.update({
          resourceType: resource.resourceType,
          id: resource.id,
          body: resource,
          options: { ...options, headers: { ...options.headers, 'If-Match': `W/"${versionId}"` } },
        }) as Promise<Resource>,
    );
  }

  private call<T>(
    what: string,
    attempt: (options: RequestOptions & { headers: Record<string, string> }) => Promise<T>,
  ): Promise<T> {
    return this.policy
      .execute(async () => {
        const signal = AbortSignal.timeout(this.connection.timeoutMs);
        const headers = await this.authorization(signal);
        try {
          return await attempt({ signal, headers });
        } catch (error) {
          throw this.explain(what, error);
        }
      })
      .catch((error: Error) => {
        throw error instanceof FhirServerError
          ? error
          : new FhirServerError(`${what}: ${describe(error)}`, true);
      });
  }

  private explain(what: string, error: unknown): FhirServerError {
    const failed = error as {
      response?: { status?: number; data?: unknown };
      config?: { headers?: Headers };
    };
    const status = failed.response?.status;
    if (typeof status !== 'number') return new FhirServerError(`${what}: ${describe(error)}`, true);
    if (status === 401 && this.connection.auth.type === 'client-credentials') {
      // The token was revoked or expired early: fetch a new one on the retry.
      this.token = undefined;
      return new FhirServerError(`${what}: HTTP 401, token refused`, true, status);
    }
    const retryAfter = retryAfterMs(failed.config?.headers?.get?.('retry-after') ?? null);
    return new FhirServerError(
      `${what}: HTTP ${status}`,
      status === 429 || status === 408 || status >= 500,
      status,
      retryAfter,
      failed.response?.data,
    );
  }

  private async authorization(signal: AbortSignal): Promise<Record<string, string>> {
    const auth = this.connection.auth;
    if (auth.type !== 'client-credentials') return {};
    if (!this.token || this.token.expiresAt <= Date.now()) {
      const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: auth.clientId,
        client_secret: this.connection.secret!,
        ...(auth.scope ? { scope: auth.scope } : {}),
      });
      const res = await fetch(auth.tokenUrl, { method: 'POST', body, signal }).catch((error: Error) => {
        throw new FhirServerError(`fetch an access token: ${describe(error)}`, true);
      });
      const answer = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number };
      if (!res.ok || !answer.access_token)
        throw new FhirServerError(
          `fetch an access token: HTTP ${res.status}`,
          res.status >= 500 || res.status === 429,
          res.status,
        );
      // Renew a little before the server's expiry, so no call goes out with a token about to lapse.
      this.token = {
        value: answer.access_token,
        expiresAt: Date.now() + Math.max(0, (answer.expires_in ?? 300) - 30) * 1000,
      };
    }
    return { authorization: `Bearer ${this.token.value}` };
  }
}

const isTransient = (error: Error) => error instanceof FhirServerError && error.transient;

function describe(error: unknown): string {
  if ((error as Error).name === 'TimeoutError') return 'timed out';
  if (error instanceof BrokenCircuitError) return 'circuit open after repeated failures';
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return cause ? `${(error as Error).message} (${cause})` : (error as Error).message;
}

/** Retry-After in seconds or as an HTTP date, as milliseconds to wait. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Jittered exponential backoff, except that a server's Retry-After decides the wait when given. */
function honouringRetryAfter(
  backoff: IBackoffFactory<unknown> | IBackoff<unknown>,
  maxDelayMs: number,
): IBackoffFactory<IRetryBackoffContext<unknown>> {
  return {
    next(context) {
      const step = backoff.next(context);
      const error = 'error' in context.result ? context.result.error : undefined;
      const asked = error instanceof FhirServerError ? error.retryAfterMs : undefined;
      return {
        duration: asked === undefined ? step.duration : Math.min(asked, maxDelayMs),
        next: honouringRetryAfter(step, maxDelayMs).next,
      };
    },
  };
}
