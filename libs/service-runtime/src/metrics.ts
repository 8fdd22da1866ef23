import {
  Controller,
  Get,
  Global,
  Header,
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram } from 'prom-client';
import { CONSUMER_GROUPS, ConsumerLagMetrics, type ConsumerGroup } from './metrics-consumer-lag';
import { Metrics, metricsRegistry } from './metrics-registry';

const httpDuration = new Histogram({
  name: 'carechain_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/**
 * The route pattern a request matched (`/connections/:id/sync`), the mount path of a middleware
 * that answered it (`/graphql`), or `other`; never the concrete path, which can carry ids. A
 * trailing catch-all (`/graphql/{*path}`, as the GraphQL driver registers) is left out.
 */
export function routeLabel(req: Pick<Request, 'route' | 'baseUrl'>): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string')
    return `${req.baseUrl ?? ''}${pattern}`.replace(/\/\{?\*\w+\}?$/, '') || '/';
  return req.baseUrl || 'other';
}

function timeRequests(req: Request, res: Response, next: NextFunction) {
  const stop = httpDuration.startTimer();
  res.once('finish', () =>
    stop({ method: req.method, route: routeLabel(req), status: String(res.statusCode) }),
  );
  next();
}

@Controller('metrics')
class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}

/**
 * GET /metrics in Prometheus text format: process metrics, HTTP timings, the lag of the service's
 * consumer groups and every capability's own (registered through `Metrics` or on `metricsRegistry`).
 */
@Global()
@Module({})
export class MetricsModule implements NestModule {
  static forRoot(options: { consumerGroups?: ConsumerGroup[] } = {}): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [
        Metrics,
        { provide: CONSUMER_GROUPS, useValue: options.consumerGroups ?? [] },
        ConsumerLagMetrics,
      ],
      exports: [Metrics],
    };
  }

  constructor() {
    // Once per process, however many applications a test starts in it.
    if (!metricsRegistry.getSingleMetric('process_cpu_user_seconds_total'))
      collectDefaultMetrics({ register: metricsRegistry });
  }

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(timeRequests).forRoutes('*');
  }
}
