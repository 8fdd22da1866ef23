import 'reflect-metadata';
import {
  Inject,
  Injectable,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { ConfigurationError } from './config';
import { startTracing, traceHttpRequests, type Tracing } from './tracing';

export interface ServiceDefinition {
  module: DynamicModule;
  port: number;
  /** Largest request body accepted, e.g. '1mb'. */
  bodyLimit?: string;
  /** Service-specific HTTP set-up (security headers, rate limits), before any route is served. */
  configure?: (app: NestExpressApplication) => void;
}

/** What a service reports once it listens: the ports it got, by name (`http`, and e.g. `mllp`). */
export interface ListeningReport {
  carechain: 'listening';
  ports: Record<string, number>;
}

/**
 * Starts a service, or exits saying why on stderr (78 for wrong configuration, 1 otherwise).
 * `otherPorts` names ports besides HTTP that the service opened, once it listens. Ports of 0 take
 * any free one; the ports got are logged and, to a launcher that holds an IPC channel, sent as a
 * ListeningReport. A launched service stops when its launcher goes, so none outlives it.
 */
export async function runService(
  name: string,
  define: () => ServiceDefinition,
  otherPorts: (app: INestApplication) => Record<string, number> = () => ({}),
): Promise<INestApplication> {
  let service: ServiceDefinition;
  let tracing: Tracing;
  try {
    tracing = startTracing(name);
    service = define();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`${name} cannot start. ${error.message}`);
      process.exit(78);
    }
    return cannotStart(name, error);
  }
  try {
    const app = await createService({ ...service, module: flushingOnShutdown(service.module, tracing) });
    const server = await app.listen(service.port, '0.0.0.0');
    const ports = { http: (server.address() as AddressInfo).port, ...otherPorts(app) };
    app.get(Logger).log(`${name} listening on ${JSON.stringify(ports)}`);
    if (process.send) {
      process.send({ carechain: 'listening', ports } satisfies ListeningReport);
      process.once('disconnect', () => void app.close().finally(() => process.exit(0)));
    }
    return app;
  } catch (error) {
    return cannotStart(name, error);
  }
}

// Nest buffers its logs until start-up ends, so a failure there would otherwise leave no trace.
function cannotStart(name: string, error: unknown): never {
  console.error(`${name} cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** The Nest application of a service, configured as in production; tests listen on a free port. */
export async function createService(service: ServiceDefinition): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(service.module, {
    bufferLogs: true,
    bodyParser: false,
    // Nest's own handling would exit with code 1 and its logs still buffered, that is silently.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.use(traceHttpRequests);
  app.useBodyParser('json', { limit: service.bodyLimit ?? '100kb' });
  app.use(withoutQuotedBody);
  service.configure?.(app);
  app.enableShutdownHooks();
  return app;
}

/**
 * V8 quotes the text around an unexpected token, and a body may hold a patient's name or number:
 * the parser's refusal says what is wrong without the quote, on every service and route.
 */
function withoutQuotedBody(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const parseFailure = error as { type?: unknown; message?: unknown };
  if (
    parseFailure?.type === 'entity.parse.failed' &&
    / is not valid JSON$/.test(String(parseFailure.message))
  )
    parseFailure.message = 'a value is not written as JSON (text goes in double quotes)';
  next(error);
}

const TRACING = Symbol('tracing');

@Injectable()
class TracingFlush implements OnApplicationShutdown {
  constructor(@Inject(TRACING) private readonly tracing: Tracing) {}

  // Spans still buffered when the service stops would otherwise never reach the collector.
  onApplicationShutdown() {
    return this.tracing.shutdown();
  }
}

function flushingOnShutdown(module: DynamicModule, tracing: Tracing): DynamicModule {
  return {
    ...module,
    providers: [...(module.providers ?? []), { provide: TRACING, useValue: tracing }, TracingFlush],
  };
}
