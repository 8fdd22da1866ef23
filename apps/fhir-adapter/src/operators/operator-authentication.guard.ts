import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { mayOperateIntegrations } from '@carechain/domain';
import { AuthenticationError, type Authenticate } from '@carechain/service-runtime';

/** The token check for the adapter's operator API; null when FHIR_ADAPTER_AUTH_MODE=none (a closed network only). */
export const OPERATOR_AUTHENTICATE = Symbol('OperatorAuthenticate');

/** Connection status and sync-now are for the integrators who run the connections and for coordinators. */
@Injectable()
export class OperatorAuthentication implements CanActivate {
  constructor(@Inject(OPERATOR_AUTHENTICATE) private readonly authenticate: Authenticate | null) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.authenticate) return true;
    const req = context.switchToHttp().getRequest<Request>();
    try {
      const caller = await this.authenticate((name) => req.header(name));
      if (!mayOperateIntegrations(caller.roles)) {
        throw new ForbiddenException(`In the role ${caller.roles.join(', ') || 'none'} you may not operate EHR connections; integrators and coordinators may`);
      }
      return true;
    } catch (error) {
      if (error instanceof AuthenticationError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
