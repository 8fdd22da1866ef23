import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';

/** Who is asking, and on behalf of which care link. */
export interface Caller {
  actorId: string;
  careLinkId: string;
}

export const CALLER_HEADERS = { actor: 'x-carechain-actor', careLink: 'x-carechain-care-link' } as const;

/**
 * In 'trusted-headers' mode an authenticating proxy (or the local platform) asserts the caller in
 * headers. Token-based sign-in replaces this where the gateway faces users directly.
 */
export function callerFromRequest(req: Request): Caller {
  return callerFrom((name) => req.header(name));
}

/** GraphQL context: an HTTP request, or a WebSocket connection whose parameters carry the same names. */
export interface GatewayContext {
  req?: Request;
  connectionParams?: Record<string, unknown>;
}

// Over WebSocket the driver also sets req, to the connection context: connectionParams decide there.
export function callerFromContext(context: GatewayContext): Caller {
  const params = context.connectionParams;
  if (!params) return callerFromRequest(context.req!);
  return callerFrom((name) => (typeof params[name] === 'string' ? (params[name] as string) : undefined));
}

function callerFrom(value: (name: string) => string | undefined): Caller {
  const actorId = value(CALLER_HEADERS.actor)?.trim();
  const careLinkId = value(CALLER_HEADERS.careLink)?.trim();
  if (!actorId || !careLinkId) {
    throw new GraphQLError(
      `Not signed in: send ${CALLER_HEADERS.actor} and ${CALLER_HEADERS.careLink} (the care link you act for)`,
      { extensions: { code: 'UNAUTHENTICATED' } },
    );
  }
  return { actorId, careLinkId };
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller =>
  callerFromContext(GqlExecutionContext.create(context).getContext<GatewayContext>()),
);
