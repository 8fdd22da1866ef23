import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../access/caller';

const log = new Logger('GraphQL');
const requestIds = new WeakMap<object, string>();

/**
 * A refusal the code meant (a GraphQLError, or an HTTP exception below 500) goes to the caller as
 * it is; anything else (a database error, a bug) is unexpected, and its text stays in the service.
 */
export function isUnexpected(error: unknown): boolean {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!original || original instanceof GraphQLError) return false;
  const status = (original as { status?: unknown }).status;
  return !(typeof status === 'number' && status < 500);
}

/**
 * Logs an unexpected error by its kind, code and field path: database messages repeat the
 * statement's values, which may be a patient's, so neither they nor the stack's message line are logged.
 */
function logUnexpected(error: unknown, requestId: string): void {
  const original = (error instanceof GraphQLError && error.originalError) || (error as Error);
  const code = (original as { code?: unknown }).code;
  const path = error instanceof GraphQLError && error.path ? error.path.join('.') : 'no field';
  log.error(
    `GraphQL operation failed unexpectedly: ${original?.name ?? 'unknown error'}${typeof code === 'string' ? ` ${code}` : ''} at ${path} (request ${requestId})`,
  );
}

const internal = (requestId: string): GraphQLFormattedError => ({
  message: `Internal error: the operators can trace it by request id ${requestId}`,
  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
});

/** Logs each unexpected error of an HTTP request once, under the request's id. */
export function unexpectedErrorsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: async ({ contextValue }) => ({
      didEncounterErrors: async ({ errors }) => {
        const requestId = String(contextValue.req?.id ?? randomUUID());
        for (const error of errors.filter(isUnexpected)) {
          requestIds.set(error, requestId);
          logUnexpected(error, requestId);
        }
      },
    }),
  };
}

/** Apollo's formatError: an unexpected error becomes a generic one naming the request id. */
export function clientSafeError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (!isUnexpected(error)) return formatted;
  const requestId = typeof error === 'object' && error !== null ? requestIds.get(error) : undefined;
  return internal(requestId ?? 'unknown');
}

/** The same for a result sent over WebSocket, where Apollo's formatting does not run. */
export function clientSafeErrors(
  errors: readonly GraphQLError[],
): (GraphQLFormattedError | ReturnType<GraphQLError['toJSON']>)[] {
  return errors.map((error) => {
    if (!isUnexpected(error)) return error.toJSON();
    const requestId = randomUUID();
    logUnexpected(error, requestId);
    return internal(requestId);
  });
}
