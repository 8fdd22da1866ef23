import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';
import {
  AuthenticationError,
  authenticateRequest,
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
    extra?: { socket?: WebSocket };
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
      // Over HTTP the request was already authenticated for its rate limit; that answer is reused.
      const caller = base.req
        ? await authenticateRequest(authenticate, base.req)
        : await authenticate(credentials);
      if (raw.extra?.socket && caller.expiresAt) closeAtExpiry(raw.extra.socket, caller.expiresAt);
      return { ...base, caller };
    } catch (error) {
      const authError =
        error instanceof AuthenticationError
          ? new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED' } })
          : (error as Error);
      return { ...base, authError };
    }
  };
}

const expiring = new WeakSet<WebSocket>();

/**
 * A subscription lives no longer than the token that opened it: the connection closes (4403) when
 * the token expires, and the client reconnects with a fresh one.
 */
function closeAtExpiry(socket: WebSocket, expiresAt: Date): void {
  if (expiring.has(socket)) return;
  expiring.add(socket);
  const timer = setTimeout(
    () => socket.close(4403, 'token expired; sign in again'),
    Math.max(0, expiresAt.getTime() - Date.now()),
  );
  socket.once('close', () => clearTimeout(timer));
}

export function callerFromContext(context: GatewayContext): Caller {
  if (!context.caller) throw context.authError ?? new Error('the caller was not authenticated');
  return context.caller;
}

export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller =>
    callerFromContext(GqlExecutionContext.create(context).getContext<GatewayContext>()),
);
