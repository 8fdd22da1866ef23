import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Role } from '@carechain/domain';
import type { Authenticate, Credentials } from './authentication';

/** Who is asking, in which roles, and on behalf of which care link. */
export interface Caller {
  actorId: string;
  careLinkId: string;
  roles: Role[];
}

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
  return async (raw: { req?: Request; connectionParams?: Record<string, unknown>; extra?: unknown }): Promise<GatewayContext> => {
    // Over WebSocket the driver's req is the connection itself: its parameters carry the credentials.
    const base: GatewayContext = raw.extra ? { connectionParams: raw.connectionParams ?? {} } : { req: raw.req };
    const credentials: Credentials = base.connectionParams
      ? (name) => {
          const value = base.connectionParams![name] ?? base.connectionParams![name.toLowerCase()];
          return typeof value === 'string' ? value : undefined;
        }
      : (name) => base.req?.header(name);
    try {
      return { ...base, caller: await authenticate(credentials) };
    } catch (error) {
      return { ...base, authError: error as Error };
    }
  };
}

export function callerFromContext(context: GatewayContext): Caller {
  if (!context.caller) throw context.authError ?? new Error('the caller was not authenticated');
  return context.caller;
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller =>
  callerFromContext(GqlExecutionContext.create(context).getContext<GatewayContext>()),
);
