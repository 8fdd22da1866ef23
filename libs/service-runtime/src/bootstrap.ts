import 'reflect-metadata';
import {
  Inject,
  Injectable,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
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

/** Starts a service, or exits with a readable explanation when its configuration is wrong. */
export async function runService(name: string, define: () => ServiceDefinition): Promise<INestApplication> {
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
    throw error;
  }
  const app = await createService({ ...service, module: flushingOnShutdown(service.module, tracing) });
  await app.listen(service.port, '0.0.0.0');
  app.get(Logger).log(`${name} listening on http://localhost:${service.port}`);
  return app;
}

/** The Nest application of a service, configured as in production; tests listen on a free port. */
export async function createService(service: ServiceDefinition): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(service.module, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.use(traceHttpRequests);
  app.useBodyParser('json', { limit: service.bodyLimit ?? '100kb' });
  service.configure?.(app);
  app.enableShutdownHooks();
  return app;
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
