import { UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AuthenticationError, type Authenticate, type Caller } from './authentication';

const checked = new WeakMap<Authenticate, WeakMap<Request, Promise<Caller>>>();

/**
 * Who sent an HTTP request, checked once per request however many parts ask (the rate limit, then
 * the guard or the GraphQL context), so each refusal is counted once.
 */
export function authenticateRequest(authenticate: Authenticate, req: Request): Promise<Caller> {
  let requests = checked.get(authenticate);
  if (!requests) checked.set(authenticate, (requests = new WeakMap()));
  let caller = requests.get(req);
  if (!caller) requests.set(req, (caller = authenticate((name) => req.header(name))));
  return caller;
}

/** Who sent an HTTP request, or a 401 naming what is wrong with its credentials. */
export async function callerOfRequest(authenticate: Authenticate, req: Request): Promise<Caller> {
  try {
    return await authenticateRequest(authenticate, req);
  } catch (error) {
    if (error instanceof AuthenticationError) throw new UnauthorizedException(error.message);
    throw error;
  }
}
