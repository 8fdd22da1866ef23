import { Injectable } from '@nestjs/common';
import { checkIdea, triageProblems, type IdeaStatus } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { isUuid, notFound, refuseIf } from './input-problems';
import type { ImprovementIdeaInput } from './improvement-projects.model';

/** The ideas register: anyone records an idea; coaches park it with a reason or adopt it as a project. */
@Injectable()
export class IdeasRegister {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  submit(caller: Caller, input: ImprovementIdeaInput) {
    refuseIf(checkIdea(input));
    return this.prisma.improvementIdea.create({
      data: { ...input, submittedBy: caller.actorId, submittedFromLink: caller.careLinkId },
    });
  }

  list(status: string | null) {
    return this.prisma.improvementIdea.findMany({
      where: status ? { status } : {},
      orderBy: { submittedAt: 'desc' },
      take: 500,
    });
  }

  async park(caller: Caller, ideaId: string, reason: string) {
    const idea = isUuid(ideaId) ? await this.prisma.improvementIdea.findUnique({ where: { ideaId } }) : null;
    if (!idea) throw notFound('ideaId', 'idea', ideaId);
    refuseIf(triageProblems(idea.status as IdeaStatus, { status: 'parked', reason }), '');
    return this.prisma.improvementIdea.update({
      where: { ideaId },
      data: { status: 'parked', parkedReason: reason, triagedBy: caller.actorId, triagedAt: new Date() },
    });
  }
}
