import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { loadConfig } from './config';

export const tracingSettings = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({
      error:
        'OTEL_EXPORTER_OTLP_ENDPOINT must be the URL of an OTLP/HTTP collector, e.g. http://otel-collector:4318',
    })
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  OTEL_BSP_SCHEDULE_DELAY: z.coerce
    .number({ error: 'OTEL_BSP_SCHEDULE_DELAY must be milliseconds between exports' })
    .int()
    .min(10)
    .default(5000),
};

export interface Tracing {
  /** Exports what is still buffered; called as the service stops. */
  shutdown(): Promise<void>;
}

/**
 * Starts exporting spans over OTLP/HTTP when a collector is configured. Without one the
 * OpenTelemetry API stays a no-op, and trace context still flows through Kafka headers untouched.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Tracing {
  const config = loadConfig(tracingSettings, env);
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return { shutdown: async () => undefined };
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.OTEL_SERVICE_NAME ?? `carechain-${service}` }),
    // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT itself and appends /v1/traces.
    spanProcessors: [
      new BatchSpanProcessor({
        exporter: new OTLPTraceExporter(),
        scheduledDelayMillis: config.OTEL_BSP_SCHEDULE_DELAY,
      }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return { shutdown: () => provider.shutdown() };
}

const tracer = () => trace.getTracer('carechain');

/**
 * A server span around each HTTP request, continuing the caller's traceparent, and active while the
 * request is handled so that what it stores carries the trace onwards. The name holds the first
 * path segment only: later segments can be identifiers. OpenTelemetry's HTTP instrumentation would
 * have to patch `http` before the bundled service loads it; one middleware needs no load order.
 */
export function traceHttpRequests(req: Request, res: Response, next: NextFunction): void {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const segment = req.path.split('/')[1] ?? '';
  const span = tracer().startSpan(
    `${req.method} /${segment}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } },
    parent,
  );
  res.on('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}

/** Runs `work` inside a new active span: what it stores carries this trace onwards. */
export function traced<T>(
  name: string,
  attributes: Record<string, string>,
  work: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
      throw error;
    } finally {
      span.end();
    }
  });
}
