import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { trace } from '@opentelemetry/api';
import { LoggerModule } from 'nestjs-pino';
import { personalIdentityNumberShape } from '@carechain/contracts';

export const REQUEST_ID_HEADER = 'x-request-id';

const personalIdentityNumbers = new RegExp(`(?<!\\d)${personalIdentityNumberShape.source}(?!\\d)`, 'g');

/**
 * The path a request is logged under: without its query, and with anything shaped like a personal
 * identity number masked, as a caller who sends one where a pseudonymous id belongs would have it logged.
 */
export function loggedPath(url: string): string {
  const path = url.split('?')[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // One malformed escape must not leave the others (a dash written %2D) hiding a number.
    decoded = path.replace(/%[0-9A-Fa-f]{2}/g, (escape) =>
      String.fromCharCode(parseInt(escape.slice(1), 16)),
    );
  }
  return decoded.replace(personalIdentityNumbers, '[personal identity number]');
}

/**
 * The caller's request id when it is short and made of safe characters (it is echoed and logged),
 * else a new one.
 */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/** Probes and scrapes come every few seconds and say nothing an operator needs. */
export function isProbeOrScrape(url: string | undefined): boolean {
  return /^\/(health(\/[^?]*)?|metrics)(\?|$)/.test(url ?? '');
}

/** Trace and span of the active OpenTelemetry span, so a log line leads to its trace. */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/**
 * Structured logs without patient data: request bodies, query strings and headers that can carry
 * identities are never logged; only method, route, status and timing. Each request's lines carry
 * its id (`req.id`), which the response returns in x-request-id.
 */
export function loggingModule(level: string) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      mixin: traceFields,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      redact: { paths: ['req.headers', 'res.headers', '*.patientId', '*.payload'], remove: true },
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({
          id: req.id,
          method: req.method,
          path: loggedPath(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => isProbeOrScrape(req.url) },
    },
  });
}
