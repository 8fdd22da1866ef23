import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { mayReadPatientData } from '@carechain/domain';
import { AuthenticationError, type Authenticate } from '@carechain/service-runtime';

/** The token check for the HTTP intake; null when INTAKE_AUTH_MODE=none (a closed network only). */
export const INTAKE_AUTHENTICATE = Symbol('IntakeAuthenticate');

/** Care events come from integrators (EHRs, engines) and from care staff; nobody else writes the record. */
@Injectable()
export class IntakeAuthentication implements CanActivate {
  constructor(@Inject(INTAKE_AUTHENTICATE) private readonly authenticate: Authenticate | null) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.authenticate) return true;
    const req = context.switchToHttp().getRequest<Request>();
    try {
      const caller = await this.authenticate((name) => req.header(name));
      if (caller.roles.includes('integrator') || mayReadPatientData(caller.roles)) return true;
      throw new ForbiddenException(`In the role ${caller.roles.join(', ') || 'none'} you may not submit care events`);
    } catch (error) {
      if (error instanceof AuthenticationError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
