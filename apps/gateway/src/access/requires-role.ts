import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { mayDo, rolesFor, type WorkKind } from '@carechain/domain';
import { forbidden } from '../client-errors';
import { callerFromContext, type GatewayContext } from './caller';

const WORK_KIND = 'carechain:work-kind';

@Injectable()
class RolesForWorkGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const work = this.reflector.get<WorkKind>(WORK_KIND, context.getHandler());
    const gql = GqlExecutionContext.create(context);
    const caller = callerFromContext(gql.getContext<GatewayContext>());
    if (mayDo(work, caller.roles)) return true;
    const held = caller.roles.length ? caller.roles.join(', ') : 'no role';
    throw forbidden(
      `${gql.getInfo().fieldName} is for the roles ${rolesFor[work].join(', ')}; the caller holds ${held}`,
    );
  }
}

/** Refuses the operation, before it runs, to a caller holding none of the roles of that kind of work. */
export const RequiresRole = (work: WorkKind) =>
  applyDecorators(SetMetadata(WORK_KIND, work), UseGuards(RolesForWorkGuard));
