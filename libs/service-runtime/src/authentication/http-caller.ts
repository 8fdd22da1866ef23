import { UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AuthenticationError, type Authenticate, type Caller } from './authentication';

/** Who sent an HTTP request, or a 401 naming what is wrong with its credentials. */
export async function callerOfRequest(authenticate: Authenticate, req: Request): Promise<Caller> {
  try {
    return await authenticate((name) => req.header(name));
  } catch (error) {
    if (error instanceof AuthenticationError) throw new UnauthorizedException(error.message);
    throw error;
  }
}
