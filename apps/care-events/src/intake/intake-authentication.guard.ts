import {
  ForbiddenException,
  Inject,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request } from 'express';
import { mayReadPatientData, type Submitter } from '@carechain/domain';
import { callerOfRequest, type Authenticate } from '@carechain/service-runtime';
import {
  integratorSubmitter,
  openIntakeSubmitter,
  SUBMITTER_CONFIGURATION,
  type SubmitterConfiguration,
} from './submitters';

/** The token check for the HTTP intake; null when INTAKE_AUTH_MODE=none (a closed network only). */
export const INTAKE_AUTHENTICATE = Symbol('IntakeAuthenticate');

/** A request whose submitter the guard has established; the intake decides each event by it. */
export type SubmittedRequest = Request & { submitter: Submitter };

/**
 * Care events come from integrators (EHRs, engines) and from care staff; nobody else writes the
 * record. Which events each may send is decided per event by the intake (refusalOfSubmission).
 */
@Injectable()
export class IntakeAuthentication implements CanActivate {
  constructor(
    @Inject(INTAKE_AUTHENTICATE) private readonly authenticate: Authenticate | null,
    @Inject(SUBMITTER_CONFIGURATION) private readonly submitters: SubmitterConfiguration,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<SubmittedRequest>();
    if (!this.authenticate) {
      req.submitter = openIntakeSubmitter(this.submitters);
      return true;
    }
    const caller = await callerOfRequest(this.authenticate, req);
    // An integrator's connection speaks for the care links configured for it; staff for their own.
    if (caller.roles.includes('integrator')) {
      req.submitter = integratorSubmitter(this.submitters, caller.actorId);
      return true;
    }
    if (!mayReadPatientData(caller.roles)) {
      throw new ForbiddenException(
        `In the role ${caller.roles.join(', ') || 'none'} you may not submit care events`,
      );
    }
    req.submitter = { kind: 'staff', careLinkId: caller.careLinkId };
    return true;
  }
}
