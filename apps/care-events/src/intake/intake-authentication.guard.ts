import {
  ForbiddenException,
  Inject,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request } from 'express';
import { mayReadPatientData } from '@carechain/domain';
import { callerOfRequest, type Authenticate } from '@carechain/service-runtime';

/** The token check for the HTTP intake; null when INTAKE_AUTH_MODE=none (a closed network only). */
export const INTAKE_AUTHENTICATE = Symbol('IntakeAuthenticate');

/** Care events come from integrators (EHRs, engines) and from care staff; nobody else writes the record. */
@Injectable()
export class IntakeAuthentication implements CanActivate {
  constructor(@Inject(INTAKE_AUTHENTICATE) private readonly authenticate: Authenticate | null) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.authenticate) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const caller = await callerOfRequest(this.authenticate, req);
    // An integrator's EHR speaks for many care links; a member of staff only for their own.
    if (caller.roles.includes('integrator')) return true;
    if (!mayReadPatientData(caller.roles)) {
      throw new ForbiddenException(
        `In the role ${caller.roles.join(', ') || 'none'} you may not submit care events`,
      );
    }
    const foreign = sourcesOf(req.body).find((careLinkId) => careLinkId !== caller.careLinkId);
    if (foreign)
      throw new ForbiddenException(`source.careLinkId: you act for ${caller.careLinkId}, not ${foreign}`);
    return true;
  }
}

/** The care links a single event or a batch says it is sent for; validation names malformed ones later. */
function sourcesOf(body: unknown): string[] {
  const events = Array.isArray((body as { events?: unknown })?.events)
    ? (body as { events: unknown[] }).events
    : [body];
  return events.flatMap((event) => {
    const careLinkId = (event as { source?: { careLinkId?: unknown } } | null)?.source?.careLinkId;
    return typeof careLinkId === 'string' ? [careLinkId] : [];
  });
}
