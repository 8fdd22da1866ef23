import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  annotatePdsaCycles,
  baselineBefore,
  checkPdsaOutcome,
  checkPdsaPlan,
  checkProject,
  evaluateAim,
  evaluateMeasure,
  isDay,
  localDate,
  mayCelebrate,
  MIN_BASELINE_POINTS,
  statusChangeProblems,
  triageProblems,
  type AimEvaluation,
  type IdeaStatus,
  type MeasureSeries,
  type PdsaAct,
  type Problem,
  type ProjectDraft,
  type ProjectStatus,
  type SpcPoint,
  type TeamMember,
  type TeamRole,
  type TransmissionStatistic,
} from '@carechain/domain';
import { InjectPrisma, type Prisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { CareLinkDirectory } from '../care-links/care-link-directory';
import { periodsBetween, periodStart } from '../unnecessary-days/periods';
import { Granularity } from '../unnecessary-days/unnecessary-days.model';
import {
  DASHBOARD_SETTINGS,
  xmrChartView,
  type DashboardSettings,
} from '../unnecessary-days/unnecessary-days.service';
import { dateOf, dayOf, isUuid, notFound, refuse, refuseIf } from './input-problems';
import {
  MeasureSeriesKind,
  type ImprovementProject,
  type ImprovementProjectInput,
  type MeasureChart,
  type MeasureSeriesInput,
  type PdsaCycle,
  type PdsaOutcomeInput,
  type PdsaPlanInput,
} from './improvement-projects.model';
import { MeasureSeriesSource } from './measure-series';

type ProjectRow = Prisma.ImprovementProjectGetPayload<{ include: { measures: true; cycles: true } }>;
type MeasureRow = ProjectRow['measures'][number];
type CycleRow = ProjectRow['cycles'][number];
interface LearningRow {
  at: string;
  by: string;
  text: string;
}

const withParts = { measures: { orderBy: { key: 'asc' } }, cycles: { orderBy: { number: 'asc' } } } as const;
const MAX_BASELINE_PERIODS = 60;

function seriesOf(input: MeasureSeriesInput): MeasureSeries {
  switch (input.kind) {
    case MeasureSeriesKind.UNNECESSARY_DAYS:
      return {
        kind: input.kind,
        wardCareLinkIds: input.wardCareLinkIds ?? [],
        receivingOrganisationIds: input.receivingOrganisationIds ?? [],
      };
    case MeasureSeriesKind.TRANSMISSION_TIME:
      return {
        kind: input.kind,
        sendingCareLinkId: input.sendingCareLinkId ?? '',
        receivingCareLinkId: input.receivingCareLinkId ?? '',
        statistic: (input.statistic ?? 'median-minutes-to-send') as TransmissionStatistic,
      };
    case MeasureSeriesKind.ADMISSIONS:
      return { kind: input.kind, diagnosisGroup: input.diagnosisGroup ?? null };
    case MeasureSeriesKind.MANUAL:
      return { kind: input.kind, unit: input.unit ?? '' };
  }
}

/** The first day of the period `n` periods before the one starting on `start`. */
function periodsBack(start: string, n: number, granularity: Granularity): string {
  if (granularity === Granularity.WEEK) return addDays(start, -7 * n);
  const d = dateOf(start);
  d.setUTCMonth(d.getUTCMonth() - n);
  return dayOf(d);
}

/**
 * Improvement projects: created with their aim, team and measures, each measure's baseline fixed
 * from the periods before the start; PDSA cycles, learning, status and the celebration follow.
 */
@Injectable()
export class ImprovementProjects {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(DASHBOARD_SETTINGS) private readonly settings: DashboardSettings,
    private readonly directory: CareLinkDirectory,
    private readonly source: MeasureSeriesSource,
  ) {}

  today(): string {
    return localDate(new Date(), this.settings.timeZone);
  }

  async create(caller: Caller, input: ImprovementProjectInput): Promise<ImprovementProject> {
    const draft: ProjectDraft = {
      ...input,
      aim: { ...input.aim },
      team: input.team.map((m) => ({
        name: m.name,
        role: m.role as TeamRole,
        careLinkId: m.careLinkId ?? null,
      })),
      measures: input.measures.map((m) => ({ ...m, role: m.role as never, series: seriesOf(m.series) })),
    };
    const known = new Set((await this.directory.careLinks()).map((l) => l.careLinkId));
    const problems = checkProject(draft, known);
    if (input.granularity !== Granularity.WEEK && input.granularity !== Granularity.MONTH) {
      problems.push({ field: 'granularity', message: 'a project measures by WEEK or MONTH' });
    }
    if (
      !Number.isInteger(input.baselinePeriods) ||
      input.baselinePeriods < MIN_BASELINE_POINTS ||
      input.baselinePeriods > MAX_BASELINE_PERIODS
    ) {
      problems.push({
        field: 'baselinePeriods',
        message: `must be a whole number from ${MIN_BASELINE_POINTS} to ${MAX_BASELINE_PERIODS}`,
      });
    }
    refuseIf(problems);
    const startPeriod = periodStart(input.startsOn, input.granularity);
    const baselines = await Promise.all(
      draft.measures.map(async (measure, i) => {
        if (measure.series.kind === 'manual')
          return this.manualBaseline(
            input.measures[i].series.baseline ?? [],
            startPeriod,
            input.granularity,
            i,
          );
        const from = periodsBack(startPeriod, input.baselinePeriods, input.granularity);
        return baselineBefore(
          await this.source.values('', measure.series, from, addDays(startPeriod, -1), input.granularity),
          startPeriod,
        );
      }),
    );
    const aimIndex = draft.measures.findIndex((m) => m.key === draft.aim.measureKey);
    if (baselines[aimIndex].length < MIN_BASELINE_POINTS) {
      throw refuse([
        {
          field: `measures[${aimIndex}]`,
          message: `the aim's measure needs at least ${MIN_BASELINE_POINTS} periods of baseline before ${startPeriod}`,
        },
      ]);
    }
    if (input.ideaId) await this.checkIdeaAdoptable(input.ideaId);

    const row = await this.prisma.$transaction(async (tx) => {
      const project = await tx.improvementProject.create({
        data: {
          title: draft.title,
          problem: draft.problem,
          whoMustCooperate: draft.whoMustCooperate,
          aimStatement: draft.aimStatement,
          aimMeasureKey: draft.aim.measureKey,
          aimTarget: draft.aim.target,
          aimBy: dateOf(draft.aim.by),
          aimSustainedPoints: draft.aim.sustainedPoints,
          startsOn: dateOf(draft.startsOn),
          granularity: input.granularity,
          team: draft.team as unknown as Prisma.InputJsonValue,
          createdBy: caller.actorId,
          measures: {
            create: draft.measures.map((m, i) => ({
              key: m.key,
              name: m.name,
              role: m.role,
              improvement: m.improvement,
              series: m.series as unknown as Prisma.InputJsonValue,
              baseline: baselines[i] as unknown as Prisma.InputJsonValue,
            })),
          },
        },
        include: withParts,
      });
      if (input.ideaId) {
        // Only an idea still open for adoption: a concurrent adoption leaves nothing to update.
        const { count } = await tx.improvementIdea.updateMany({
          where: { ideaId: input.ideaId, status: { in: ['new', 'parked'] } },
          data: {
            status: 'adopted',
            projectId: project.projectId,
            triagedBy: caller.actorId,
            triagedAt: new Date(),
          },
        });
        if (!count) throw refuse([{ field: 'ideaId', message: 'the idea is already adopted as a project' }]);
      }
      return project;
    });
    return this.view(row);
  }

  private manualBaseline(
    values: { period: string; value: number }[],
    startPeriod: string,
    granularity: Granularity,
    index: number,
  ): SpcPoint[] {
    const at = `measures[${index}].series.baseline`;
    const problems: Problem[] = [];
    values.forEach(({ period, value }, i) => {
      if (!isDay(period) || periodStart(period, granularity) !== period || period >= startPeriod) {
        problems.push({
          field: `${at}[${i}].period`,
          message: `'${period}' is not the first day of a ${granularity} before ${startPeriod}`,
        });
      }
      if (!Number.isFinite(value)) problems.push({ field: `${at}[${i}].value`, message: 'must be a number' });
    });
    if (new Set(values.map((v) => v.period)).size !== values.length)
      problems.push({ field: at, message: 'a period appears twice' });
    refuseIf(problems);
    return [...values]
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((v) => ({ label: v.period, value: v.value }));
  }

  private async checkIdeaAdoptable(ideaId: string): Promise<void> {
    const idea = isUuid(ideaId) ? await this.prisma.improvementIdea.findUnique({ where: { ideaId } }) : null;
    if (!idea) throw notFound('input.ideaId', 'idea', ideaId);
    refuseIf(
      triageProblems(idea.status as IdeaStatus, { status: 'adopted', projectId: '' }).map((p) => ({
        ...p,
        field: 'ideaId',
      })),
    );
  }

  async list(status: string | null): Promise<ImprovementProject[]> {
    const rows = await this.prisma.improvementProject.findMany({
      where: status ? { status } : {},
      include: withParts,
      orderBy: { startsOn: 'desc' },
    });
    return rows.map((row) => this.view(row));
  }

  async celebrations(): Promise<ImprovementProject[]> {
    const rows = await this.prisma.improvementProject.findMany({
      where: { celebratedAt: { not: null } },
      include: withParts,
      orderBy: { celebratedAt: 'desc' },
    });
    return rows.map((row) => this.view(row));
  }

  async one(projectId: string, argument = 'projectId'): Promise<ProjectRow> {
    const row = isUuid(projectId)
      ? await this.prisma.improvementProject.findUnique({ where: { projectId }, include: withParts })
      : null;
    if (!row) throw notFound(argument, 'improvement project', projectId);
    return row;
  }

  async get(projectId: string): Promise<ImprovementProject> {
    return this.view(await this.one(projectId));
  }

  view(row: ProjectRow): ImprovementProject {
    return {
      projectId: row.projectId,
      title: row.title,
      problem: row.problem,
      whoMustCooperate: row.whoMustCooperate,
      aimStatement: row.aimStatement,
      aim: {
        measureKey: row.aimMeasureKey,
        target: row.aimTarget,
        by: dayOf(row.aimBy),
        sustainedPoints: row.aimSustainedPoints,
      },
      startsOn: dayOf(row.startsOn),
      granularity: row.granularity as Granularity,
      team: row.team as unknown as TeamMember[],
      status: row.status,
      learning: (row.learning as unknown as LearningRow[]).map((l) => ({ ...l, at: new Date(l.at) })),
      celebration: row.celebratedAt
        ? { at: row.celebratedAt, by: row.celebratedBy!, note: row.celebrationNote }
        : null,
      measures: row.measures.map((m) => {
        const series = m.series as unknown as Record<string, unknown>;
        return {
          measureId: m.measureId,
          projectId: m.projectId,
          key: m.key,
          name: m.name,
          role: m.role,
          improvement: m.improvement as never,
          series: {
            wardCareLinkIds: [],
            receivingOrganisationIds: [],
            sendingCareLinkId: null,
            receivingCareLinkId: null,
            statistic: null,
            diagnosisGroup: null,
            unit: null,
            ...series,
          } as never,
        };
      }),
      cycles: row.cycles.map((c) => this.cycleView(c)),
    };
  }

  private cycleView(c: CycleRow): PdsaCycle {
    return { ...c, startsOn: dayOf(c.startsOn), endsOn: c.endsOn ? dayOf(c.endsOn) : null };
  }

  /** The periods since the start up to `to` (inclusive), and whether the last of them is complete. */
  private async sinceStart(project: ProjectRow, measure: MeasureRow, to: string) {
    const granularity = project.granularity as Granularity;
    const startPeriod = periodStart(dayOf(project.startsOn), granularity);
    if (to < startPeriod)
      return { points: [] as SpcPoint[], complete: [] as SpcPoint[], periods: [] as string[] };
    const points = await this.source.values(
      measure.measureId,
      measure.series as unknown as MeasureSeries,
      startPeriod,
      to,
      granularity,
    );
    const lastComplete = periodStart(addDays(to, 1), granularity) !== periodStart(to, granularity);
    const complete = lastComplete ? points : points.filter((p) => p.label < periodStart(to, granularity));
    return { points, complete, periods: periodsBetween(startPeriod, to, granularity) };
  }

  async chart(projectId: string, measureId: string, to: string | null): Promise<MeasureChart | null> {
    const project = await this.one(projectId);
    const measure = project.measures.find((m) => m.measureId === measureId)!;
    const end = this.checkedTo(to);
    const baseline = measure.baseline as unknown as SpcPoint[];
    const { points, periods } = await this.sinceStart(project, measure, end);
    const evaluation = evaluateMeasure(baseline, points, measure.improvement as 'up' | 'down');
    if (!evaluation.chart) return null;
    const cycles = project.cycles.map((c) => ({
      number: c.number,
      change: c.change,
      startsOn: dayOf(c.startsOn),
      endsOn: c.endsOn ? dayOf(c.endsOn) : null,
    }));
    return {
      ...xmrChartView(evaluation.chart),
      baselineFixed: evaluation.baselineFixed,
      baselinePoints: baseline.length,
      firstImprovementSignal: evaluation.firstImprovementSignal,
      annotations: annotatePdsaCycles(cycles, periods, end),
    };
  }

  async aimEvaluation(projectId: string, to: string | null): Promise<AimEvaluation> {
    const project = await this.one(projectId);
    const end = this.checkedTo(to);
    const measure = project.measures.find((m) => m.key === project.aimMeasureKey)!;
    const { complete } = await this.sinceStart(project, measure, end);
    const aim = {
      measureKey: project.aimMeasureKey,
      target: project.aimTarget,
      by: dayOf(project.aimBy),
      sustainedPoints: project.aimSustainedPoints,
    };
    return evaluateAim(aim, measure.improvement as 'up' | 'down', complete, end);
  }

  private checkedTo(to: string | null): string {
    if (to === null) return this.today();
    if (!isDay(to))
      throw refuse([{ field: 'to', message: `'${to}' is not a date in the form YYYY-MM-DD` }], '');
    return to;
  }

  async planCycle(projectId: string, input: PdsaPlanInput): Promise<PdsaCycle> {
    const project = await this.one(projectId);
    refuseIf(checkPdsaPlan(input, dayOf(project.startsOn)));
    const number = (project.cycles.at(-1)?.number ?? 0) + 1;
    const row = await this.prisma.pdsaCycle.create({
      data: {
        projectId,
        number,
        change: input.change,
        plan: input.plan,
        prediction: input.prediction,
        startsOn: dateOf(input.startsOn),
      },
    });
    return this.cycleView(row);
  }

  async recordOutcome(cycleId: string, input: PdsaOutcomeInput): Promise<PdsaCycle> {
    const cycle = isUuid(cycleId) ? await this.prisma.pdsaCycle.findUnique({ where: { cycleId } }) : null;
    if (!cycle) throw notFound('cycleId', 'PDSA cycle', cycleId);
    refuseIf(checkPdsaOutcome({ ...input, act: input.act as PdsaAct }, dayOf(cycle.startsOn)));
    const row = await this.prisma.pdsaCycle.update({
      where: { cycleId },
      data: {
        endsOn: dateOf(input.endsOn),
        doNote: input.doNote,
        study: input.study,
        act: input.act,
        actNote: input.actNote,
      },
    });
    return this.cycleView(row);
  }

  async recordValue(caller: Caller, measureId: string, period: string, value: number): Promise<number> {
    const measure = isUuid(measureId)
      ? await this.prisma.improvementMeasure.findUnique({ where: { measureId }, include: { project: true } })
      : null;
    if (!measure) throw notFound('measureId', 'measure', measureId);
    const problems: Problem[] = [];
    if ((measure.series as unknown as MeasureSeries).kind !== 'manual') {
      problems.push({
        field: 'measureId',
        message: `'${measure.key}' follows a series the platform computes; only manual series take values`,
      });
    }
    const granularity = measure.project.granularity as Granularity;
    const startPeriod = periodStart(dayOf(measure.project.startsOn), granularity);
    if (!isDay(period) || periodStart(period, granularity) !== period || period < startPeriod) {
      problems.push({
        field: 'period',
        message: `'${period}' is not the first day of a ${granularity} from ${startPeriod} on (the baseline is fixed)`,
      });
    }
    if (!Number.isFinite(value)) problems.push({ field: 'value', message: 'must be a number' });
    refuseIf(problems, '');
    const key = { measureId, period: dateOf(period) };
    await this.prisma.measureValue.upsert({
      where: { measureId_period: key },
      create: { ...key, value, recordedBy: caller.actorId },
      update: { value, recordedBy: caller.actorId, recordedAt: new Date() },
    });
    return value;
  }

  async recordLearning(caller: Caller, projectId: string, text: string): Promise<ImprovementProject> {
    if (!text.trim()) throw refuse([{ field: 'text', message: 'must not be empty' }], '');
    await this.one(projectId);
    return this.view(await this.appendLearning(caller, projectId, text, {}));
  }

  async changeStatus(
    caller: Caller,
    projectId: string,
    status: string,
    learning: string | null,
  ): Promise<ImprovementProject> {
    const project = await this.one(projectId);
    refuseIf(statusChangeProblems(project.status as ProjectStatus, status as ProjectStatus, learning), '');
    return this.view(await this.appendLearning(caller, projectId, learning, { status }));
  }

  private async appendLearning(
    caller: Caller,
    projectId: string,
    text: string | null,
    data: Prisma.ImprovementProjectUpdateInput,
  ) {
    return this.prisma.$transaction(async (tx) => {
      // Locks the row so two entries written at once both stay.
      await tx.$queryRaw`SELECT 1 FROM improvement_project WHERE project_id = ${projectId}::uuid FOR UPDATE`;
      const { learning } = await tx.improvementProject.findUniqueOrThrow({
        where: { projectId },
        select: { learning: true },
      });
      const entries = learning as unknown as LearningRow[];
      const next = text?.trim()
        ? [...entries, { at: new Date().toISOString(), by: caller.actorId, text }]
        : entries;
      return tx.improvementProject.update({
        where: { projectId },
        data: { ...data, learning: next as unknown as Prisma.InputJsonValue },
        include: withParts,
      });
    });
  }

  /** Marks the project celebrated once its aim is reached, as the measure shows it today (or on `to`). */
  async celebrate(
    caller: Caller,
    projectId: string,
    note: string | null,
    to: string | null,
  ): Promise<ImprovementProject> {
    const evaluation = await this.aimEvaluation(projectId, to);
    if (!mayCelebrate(evaluation.status)) {
      throw refuse(
        [
          {
            field: 'projectId',
            message: `the aim is not reached (${evaluation.status}); celebrate when it is`,
          },
        ],
        '',
      );
    }
    const row = await this.prisma.improvementProject.update({
      where: { projectId },
      data: { celebratedAt: new Date(), celebratedBy: caller.actorId, celebrationNote: note },
      include: withParts,
    });
    return this.view(row);
  }
}
