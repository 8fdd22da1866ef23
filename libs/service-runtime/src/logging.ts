import { LoggerModule } from 'nestjs-pino';

/**
 * Structured logs without patient data: request bodies, query strings and headers that can carry
 * identities are never logged; only method, route, status and timing.
 */
export function loggingModule(level: string) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      redact: { paths: ['req.headers', 'res.headers', '*.patientId', '*.payload'], remove: true },
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  });
}
