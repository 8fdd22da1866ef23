import {
  ForbiddenException,
  Inject,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request } from 'express';
import { mayOperateIntegrations } from '@carechain/domain';
import { callerOfRequest, type Authenticate } from '@carechain/service-runtime';

/** The token check for the adapter's operator API; null when FHIR_ADAPTER_AUTH_MODE=none (a closed network only). */
export const OPERATOR_AUTHENTICATE = Symbol('OperatorAuthenticate');

/** Connection status and sync-now are for the integrators who run the connections and for coordinators. */
@Injectable()
export class OperatorAuthentication implements CanActivate {
  constructor(@Inject(OPERATOR_AUTHENTICATE) private readonly authenticate: Authenticate | null) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.authenticate) return true;
    const caller = await callerOfRequest(this.authenticate, context.switchToHttp().getRequest<Request>());
    if (!mayOperateIntegrations(caller.roles)) {
      throw new ForbiddenException(
        `In the role ${caller.roles.join(', ') || 'none'} you may not operate EHR connections; integrators and coordinators may`,
      );
    }
    return true;
  }
}
