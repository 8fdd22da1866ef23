import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { isUnexpected } from '../hardening/unexpected-errors';
import { operationOutcome, type IssueCode } from './fhir-resources';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const log = new Logger('FhirApi');

// The door refuses in the gateway's one error shape; FHIR clients get the same refusal as a status.
const byCode: Record<string, [number, IssueCode]> = {
  BAD_USER_INPUT: [400, 'invalid'],
  FORBIDDEN: [403, 'forbidden'],
  NOT_FOUND: [404, 'not-found'],
};
const byStatus: Record<number, IssueCode> = {
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  429: 'throttled',
};

/**
 * Every answer of the FHIR API that is not a resource is an OperationOutcome naming the problem.
 * Anything unexpected (a database error, a bug) is logged by kind only and answered by request id:
 * its text may repeat a patient's data.
 */
@Catch()
export class OperationOutcomesFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const [status, outcome] = this.outcomeOf(error, req);
    res.status(status).setHeader('content-type', FHIR_JSON).send(JSON.stringify(outcome));
  }

  private outcomeOf(error: unknown, req: Request): [number, ReturnType<typeof operationOutcome>] {
    if (error instanceof GraphQLError && !isUnexpected(error)) {
      const { code, argumentName } = error.extensions as { code?: string; argumentName?: string };
      const [status, issue] = byCode[code ?? ''] ?? [400, 'invalid'];
      return [status, operationOutcome(issue, error.message, argumentName)];
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      return [status, operationOutcome(byStatus[status] ?? 'invalid', error.message)];
    }
    const requestId = String(req.id ?? randomUUID());
    const original = error as { name?: string; code?: unknown };
    log.error(
      `FHIR read failed unexpectedly: ${original?.name ?? 'unknown error'}${typeof original?.code === 'string' ? ` ${original.code}` : ''} at ${req.method} ${req.route?.path ?? 'no route'} (request ${requestId})`,
    );
    return [
      500,
      operationOutcome('exception', `Internal error: the operators can trace it by request id ${requestId}`),
    ];
  }
}
