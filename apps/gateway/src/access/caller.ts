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
  const actorId = req.header(CALLER_HEADERS.actor)?.trim();
  const careLinkId = req.header(CALLER_HEADERS.careLink)?.trim();
  if (!actorId || !careLinkId) {
    throw new GraphQLError(
      `Not signed in: send ${CALLER_HEADERS.actor} and ${CALLER_HEADERS.careLink} (the care link you act for)`,
      { extensions: { code: 'UNAUTHENTICATED' } },
    );
  }
  return { actorId, careLinkId };
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const req = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  return callerFromRequest(req);
});
