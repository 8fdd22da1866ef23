import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Every error of a GraphQL operation is answered by GraphQL, not logged here. A refused or invalid
 * request is the caller's answer, not a fault of the service, and its message may echo the caller's
 * input (ids, names, free text). Anything else (a database error, a bug) is made client-safe and
 * logged by kind and field only (hardening/unexpected-errors.ts): Nest's own handler would log its
 * message, and a database message repeats the statement's values. Other routes keep Nest's handling.
 */
@Catch()
export class ClientErrorsFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(error, host);
    return error;
  }
}
