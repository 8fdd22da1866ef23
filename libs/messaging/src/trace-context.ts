import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type TextMapGetter,
} from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';

const tracer = () => trace.getTracer('carechain.messaging');

const kafkaHeaders: TextMapGetter<IHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? undefined : first.toString();
  },
};

/** The active trace context as headers, so an event stored now is traced through the outbox and Kafka. */
export function traceContextHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

export interface TracedMessage {
  headers?: IHeaders;
}

/**
 * One span per message, each a child of the trace its headers carry, kept open while `work` runs;
 * a failure of `work` marks them all failed.
 */
export async function withMessageSpans<M extends TracedMessage, T>(
  name: string,
  kind: 'producer' | 'consumer',
  messages: M[],
  attributes: (message: M) => Record<string, string | number>,
  work: (spans: Span[]) => Promise<T>,
): Promise<T> {
  const spans = messages.map((message) =>
    tracer().startSpan(
      name,
      {
        kind: kind === 'producer' ? SpanKind.PRODUCER : SpanKind.CONSUMER,
        attributes: { 'messaging.system': 'kafka', ...attributes(message) },
      },
      propagation.extract(ROOT_CONTEXT, message.headers ?? {}, kafkaHeaders),
    ),
  );
  try {
    return await work(spans);
  } catch (error) {
    for (const span of spans) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
    throw error;
  } finally {
    for (const span of spans) span.end();
  }
}

/** The headers a message leaves with so that its consumers continue from `span`. */
export function headersContinuing(span: Span, headers: Record<string, string>): Record<string, string> {
  const carrier = { ...headers };
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), carrier);
  return carrier;
}
