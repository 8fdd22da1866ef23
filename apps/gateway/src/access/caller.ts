import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import {
  AuthenticationError,
  type Authenticate,
  type Caller,
  type Credentials,
} from '@carechain/service-runtime';

export type { Caller };

/** GraphQL context: an HTTP request or a WebSocket connection, and who it was authenticated as. */
export interface GatewayContext {
  req?: Request;
  connectionParams?: Record<string, unknown>;
  caller?: Caller;
  authError?: Error;
}

/**
 * Builds the GraphQL context, authenticating once per request or subscription. A failure is kept,
 * not thrown, so it is answered where a caller is needed, as a GraphQL error naming the problem.
 */
export function gatewayContext(authenticate: Authenticate) {
  return async (raw: {
    req?: Request;
    connectionParams?: Record<string, unknown>;
    extra?: unknown;
  }): Promise<GatewayContext> => {
    // Over WebSocket the driver's req is the connection itself: its parameters carry the credentials.
    const base: GatewayContext = raw.extra
      ? { connectionParams: raw.connectionParams ?? {} }
      : { req: raw.req };
    const credentials: Credentials = base.connectionParams
      ? (name) => {
          const value = base.connectionParams![name] ?? base.connectionParams![name.toLowerCase()];
          return typeof value === 'string' ? value : undefined;
        }
      : (name) => base.req?.header(name);
    try {
      return { ...base, caller: await authenticate(credentials) };
    } catch (error) {
      const authError =
        error instanceof AuthenticationError
          ? new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED' } })
          : (error as Error);
      return { ...base, authError };
    }
  };
}

export function callerFromContext(context: GatewayContext): Caller {
  if (!context.caller) throw context.authError ?? new Error('the caller was not authenticated');
  return context.caller;
}

export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller =>
    callerFromContext(GqlExecutionContext.create(context).getContext<GatewayContext>()),
);
