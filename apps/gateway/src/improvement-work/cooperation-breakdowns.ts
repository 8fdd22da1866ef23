import { Injectable } from '@nestjs/common';
import { breakdownTrends, checkBreakdownReport, checkText } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { CareLinkDirectory } from '../care-links/care-link-directory';
import { periodsBetween } from '../unnecessary-days/periods';
import type { Granularity } from '../unnecessary-days/unnecessary-days.model';
import { checkSpan, dateOf, dayOf, isUuid, notFound, refuseIf } from './input-problems';
import type {
  BreakdownTrend,
  CooperationBreakdown,
  CooperationBreakdownInput,
} from './cooperation-breakdowns.model';
import { ImprovementProjects } from './improvement-projects';

type ReportRow = Awaited<ReturnType<PrismaClient['cooperationBreakdown']['findMany']>>[number];

const view = (row: ReportRow): CooperationBreakdown => ({ ...row, occurredOn: dayOf(row.occurredOn) });

/** Clinicians' quick reports of cooperation breaking down between care links; coaches see the trends. */
@Injectable()
export class CooperationBreakdowns {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly directory: CareLinkDirectory,
    private readonly projects: ImprovementProjects,
  ) {}

  async report(caller: Caller, input: CooperationBreakdownInput): Promise<CooperationBreakdown> {
    const known = new Set((await this.directory.careLinks()).map((l) => l.careLinkId));
    const draft = { ...input, consequence: input.consequence?.trim() ? input.consequence : null };
    refuseIf(checkBreakdownReport(draft, known, this.projects.today()));
    const row = await this.prisma.cooperationBreakdown.create({
      data: {
        ...draft,
        careLinkIds: [...new Set(draft.careLinkIds)],
        occurredOn: dateOf(draft.occurredOn),
        reportedBy: caller.actorId,
        reportingCareLinkId: caller.careLinkId,
      },
    });
    return view(row);
  }

  async list(from: string, to: string, careLinkId: string | null): Promise<CooperationBreakdown[]> {
    checkSpan(from, to);
    const rows = await this.prisma.cooperationBreakdown.findMany({
      where: {
        occurredOn: { gte: dateOf(from), lte: dateOf(to) },
        ...(careLinkId ? { careLinkIds: { has: careLinkId } } : {}),
      },
      orderBy: [{ occurredOn: 'desc' }, { reportedAt: 'desc' }],
      take: 1000,
    });
    return rows.map(view);
  }

  /** The caller's own reports, so the reporter sees what came of them. */
  async mine(caller: Caller): Promise<CooperationBreakdown[]> {
    const rows = await this.prisma.cooperationBreakdown.findMany({
      where: { reportedBy: caller.actorId },
      orderBy: { reportedAt: 'desc' },
      take: 200,
    });
    return rows.map(view);
  }

  async trends(from: string, to: string, granularity: Granularity): Promise<BreakdownTrend[]> {
    checkSpan(from, to);
    const rows = await this.prisma.cooperationBreakdown.findMany({
      where: { occurredOn: { gte: dateOf(from), lte: dateOf(to) } },
      select: { occurredOn: true, careLinkIds: true },
    });
    return breakdownTrends(
      rows.map((r) => ({ occurredOn: dayOf(r.occurredOn), careLinkIds: r.careLinkIds })),
      periodsBetween(from, to, granularity),
    );
  }

  async linkToProject(reportId: string, projectId: string): Promise<CooperationBreakdown> {
    await this.existing(reportId);
    await this.projects.one(projectId);
    return view(await this.prisma.cooperationBreakdown.update({ where: { reportId }, data: { projectId } }));
  }

  async giveFeedback(caller: Caller, reportId: string, feedback: string): Promise<CooperationBreakdown> {
    await this.existing(reportId);
    refuseIf(checkText('feedback', feedback, 4000), '');
    return view(
      await this.prisma.cooperationBreakdown.update({
        where: { reportId },
        data: { feedback, feedbackBy: caller.actorId, feedbackAt: new Date() },
      }),
    );
  }

  private async existing(reportId: string): Promise<void> {
    const found = isUuid(reportId) && (await this.prisma.cooperationBreakdown.count({ where: { reportId } }));
    if (!found) throw notFound('reportId', 'breakdown report', reportId);
  }
}
