import { Inject, Injectable } from '@nestjs/common';
import { delayCauses } from '@carechain/contracts';
import {
  countingRule,
  nationalIndicator,
  placeOf,
  runChart,
  xmrChart,
  stayRecordFromJson,
  unnecessaryDays,
  waitingAt,
  wardAtStartOf,
  type CountingRuleName,
  type RegionalPlanningRules,
  type XmrChart,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CareLinkDirectory } from '../care-links/care-link-directory';
import { badInput } from '../client-errors';
import { periodsBetween, periodStart } from './periods';
import type {
  ChartArgs,
  Granularity,
  IndicatorArgs,
  KeyValue,
  NationalIndicator,
  PeriodValue,
  RunChartView,
  UnnecessaryDaysFilter,
  UnnecessaryDaysReport,
  Variation,
  XmrChartView,
} from './unnecessary-days.model';

export interface DashboardSettings {
  timeZone: string;
  planningRules: RegionalPlanningRules;
}
export const DASHBOARD_SETTINGS = Symbol('DashboardSettings');

interface DayRow {
  period: string;
  cause: string;
  ward: string;
  receiving: string | null;
  n: number;
}

const MAX_DAYS = 366 * 30;
const knownCauses = new Set<string>([...delayCauses, 'not-recorded']);

const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

function checkPeriod(from: string, to: string, prefix = ''): void {
  for (const [key, value] of [
    ['from', from],
    ['to', to],
  ]) {
    if (!isDay(value)) throw badInput(`${prefix}${key}`, `'${value}' is not a date in the form YYYY-MM-DD`);
  }
  if (to < from) throw badInput(`${prefix}to`, `must not be before ${prefix}from (${from})`);
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS)
    throw badInput(`${prefix}to`, 'a period may span at most 30 years');
}

function fillPeriods(
  from: string,
  to: string,
  granularity: Granularity,
  rows: { period: Date; n: number }[],
): PeriodValue[] {
  const values = new Map(rows.map((r) => [r.period.toISOString().slice(0, 10), r.n]));
  return periodsBetween(from, to, granularity).map((period) => ({ period, value: values.get(period) ?? 0 }));
}

/** Checks a dashboard filter and names each problem, before anything is counted. */
export function checkFilter(filter: UnnecessaryDaysFilter): void {
  checkPeriod(filter.from, filter.to, 'filter.');
  const unknown = filter.causes?.filter((c) => !knownCauses.has(c)) ?? [];
  if (unknown.length)
    throw badInput(
      'filter.causes',
      `unknown cause ${unknown.join(', ')}; known: ${[...knownCauses].join(', ')}`,
    );
}

const sum = (rows: DayRow[], key: (r: DayRow) => string | null): KeyValue[] => {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const k = key(row) ?? 'unknown';
    totals.set(k, (totals.get(k) ?? 0) + row.n);
  }
  return [...totals]
    .map(([k, value]) => ({ key: k, value }))
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
};

/** An XmR chart of periods as GraphQL shows it. */
export function xmrChartView(chart: XmrChart): Omit<XmrChartView, 'periodsWithoutData'> {
  return {
    segments: chart.segments.map(({ firstLabel, ...segment }) => ({ firstPeriod: firstLabel, ...segment })),
    points: chart.points.map(({ label, signals, variation, ...point }) => ({
      period: label,
      ...point,
      ...signals,
      variation: variation as Variation,
    })),
  };
}

/** Unnecessary days and the Esther indicators, from the stays read model. Aggregates only. */
@Injectable()
export class UnnecessaryDaysService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(DASHBOARD_SETTINGS) private readonly settings: DashboardSettings,
    @Inject(CareLinkDirectory) private readonly directory: CareLinkDirectory,
  ) {}

  async report(
    filter: UnnecessaryDaysFilter,
    granularity: Granularity,
    asOf = new Date(),
  ): Promise<UnnecessaryDaysReport> {
    checkFilter(filter);

    const places = await this.directory.places();
    const located = (row: DayRow) => ({
      ward: placeOf(row.ward, places),
      receiving: placeOf(row.receiving, places),
    });
    const rows = [
      ...(await this.dischargedStayDays(filter, granularity)),
      ...(await this.waitingStayDays(filter, granularity, asOf)),
    ].filter(
      (row) =>
        (!filter.hospitals || filter.hospitals.includes(located(row).ward.hospital)) &&
        (!filter.receivingOrganisationIds ||
          filter.receivingOrganisationIds.includes(located(row).receiving.organisation)),
    );
    const byPeriod = new Map(periodsBetween(filter.from, filter.to, granularity).map((p) => [p, 0]));
    for (const row of rows) byPeriod.set(row.period, (byPeriod.get(row.period) ?? 0) + row.n);
    return {
      rule: filter.rule,
      total: rows.reduce((total, r) => total + r.n, 0),
      series: [...byPeriod].map(([period, value]) => ({ period, value })),
      byCause: sum(rows, (r) => r.cause),
      byWard: sum(rows, (r) => r.ward),
      byReceivingCareLink: sum(rows, (r) => r.receiving),
      byHospital: sum(rows, (r) => located(r).ward.hospital),
      byReceivingOrganisation: sum(rows, (r) => located(r).receiving.organisation),
    };
  }

  private async dischargedStayDays(
    filter: UnnecessaryDaysFilter,
    granularity: Granularity,
  ): Promise<DayRow[]> {
    const rows = await this.prisma.$queryRaw<
      { period: Date; cause: string; ward: string; receiving: string | null; n: number }[]
    >`
      SELECT date_trunc(${granularity}, day)::date AS period, cause, ward_care_link_id AS ward,
             receiving_care_link_id AS receiving, count(*)::int AS n
      FROM unnecessary_day
      WHERE rule = ${filter.rule} AND day BETWEEN ${filter.from}::date AND ${filter.to}::date
        AND (${filter.wardCareLinkIds ?? null}::text[] IS NULL OR ward_care_link_id = ANY(${filter.wardCareLinkIds ?? null}::text[]))
        AND (${filter.receivingCareLinkIds ?? null}::text[] IS NULL OR receiving_care_link_id = ANY(${filter.receivingCareLinkIds ?? null}::text[]))
        AND (${filter.causes ?? null}::text[] IS NULL OR cause = ANY(${filter.causes ?? null}::text[]))
      GROUP BY 1, 2, 3, 4`;
    return rows.map((r) => ({ ...r, period: r.period.toISOString().slice(0, 10) }));
  }

  // Stays still in hospital gain a day every midnight, so theirs are counted now rather than stored:
  // every stay ready before now, including one whose readiness was withdrawn since.
  private async waitingStayDays(
    filter: UnnecessaryDaysFilter,
    granularity: Granularity,
    asOf: Date,
  ): Promise<DayRow[]> {
    const rule = countingRule(filter.rule as CountingRuleName, this.settings.planningRules);
    const stays = await this.prisma.stay.findMany({
      where: { readyFrom: { lte: asOf } },
      select: { facts: true },
    });
    const rows: DayRow[] = [];
    for (const stay of stays) {
      const record = stayRecordFromJson(stay.facts);
      for (const day of unnecessaryDays(record.facts, rule, this.settings.timeZone, asOf)) {
        if (day.date < filter.from || day.date > filter.to) continue;
        const ward = wardAtStartOf(day.date, record.wards, this.settings.timeZone);
        if (filter.wardCareLinkIds && !filter.wardCareLinkIds.includes(ward)) continue;
        if (
          filter.receivingCareLinkIds &&
          !filter.receivingCareLinkIds.includes(record.receivingCareLinkId ?? '')
        )
          continue;
        if (filter.causes && !filter.causes.includes(day.cause)) continue;
        rows.push({
          period: periodStart(day.date, granularity),
          cause: day.cause,
          ward,
          receiving: record.receivingCareLinkId,
          n: 1,
        });
      }
    }
    return rows;
  }

  async xmr({
    filter,
    granularity,
    rebaseAt,
    baselinePoints,
    improvement,
  }: ChartArgs): Promise<XmrChartView> {
    const { series, periodsWithoutData } = await this.seriesWithData(filter, granularity);
    if (baselinePoints !== undefined && baselinePoints !== null && baselinePoints < 2) {
      throw badInput('baselinePoints', 'limits need at least 2 points');
    }
    const unknown = (rebaseAt ?? []).filter((label) => !series.some((p) => p.period === label));
    if (unknown.length)
      throw badInput(
        'rebaseAt',
        `${unknown.join(', ')} is not the start of a ${granularity} with data in the period`,
      );
    const chart = xmrChart(
      series.map((p) => ({ label: p.period, value: p.value })),
      {
        improvement,
        rebaseAt: rebaseAt ?? [],
        baselinePoints: baselinePoints ?? undefined,
        floorAtZero: true,
      },
    );
    return { ...xmrChartView(chart), periodsWithoutData };
  }

  async run({ filter, granularity }: ChartArgs): Promise<RunChartView> {
    const { series, periodsWithoutData } = await this.seriesWithData(filter, granularity);
    const chart = runChart(series.map((p) => ({ label: p.period, value: p.value })));
    return {
      median: chart.median,
      runs: chart.runs,
      usefulObservations: chart.usefulObservations,
      fewestExpectedRuns: chart.expectedRuns?.fewest ?? null,
      mostExpectedRuns: chart.expectedRuns?.most ?? null,
      tooFewRuns: chart.tooFewRuns,
      tooManyRuns: chart.tooManyRuns,
      points: chart.points.map(({ label, ...point }) => ({ period: label, ...point })),
      periodsWithoutData,
    };
  }

  /**
   * The series without the periods the platform has no data for: a month no stay was in hospital
   * at all is missing data, not a month without unnecessary days, and judging it as zero would
   * flag an improvement that never happened.
   */
  async seriesWithData(filter: UnnecessaryDaysFilter, granularity: Granularity) {
    const [{ series }, covered] = await Promise.all([
      this.report(filter, granularity),
      this.periodsWithStays(filter.from, filter.to, granularity),
    ]);
    return {
      series: series.filter((p) => covered.has(p.period)),
      periodsWithoutData: series.filter((p) => !covered.has(p.period)).map((p) => p.period),
    };
  }

  private async periodsWithStays(from: string, to: string, granularity: Granularity): Promise<Set<string>> {
    const rows = await this.prisma.$queryRaw<{ period: Date }[]>`
      SELECT DISTINCT date_trunc(${granularity}, p)::date AS period
      FROM stay,
           generate_series(date_trunc(${granularity}, greatest(coalesce(admitted_on, discharged_on), ${from}::date)),
                           least(coalesce(discharged_on, current_date), ${to}::date),
                           ('1 ' || ${granularity})::interval) AS p
      WHERE coalesce(admitted_on, discharged_on) <= ${to}::date
        AND coalesce(discharged_on, current_date) >= ${from}::date`;
    return new Set(rows.map((r) => r.period.toISOString().slice(0, 10)));
  }

  /** Admissions per period, by admission date. */
  async admissions({ from, to, granularity, diagnosisGroup }: IndicatorArgs): Promise<PeriodValue[]> {
    checkPeriod(from, to);
    const rows = await this.prisma.$queryRaw<{ period: Date; n: number }[]>`
      SELECT date_trunc(${granularity}, admitted_on)::date AS period, count(*)::int AS n
      FROM stay
      WHERE admitted_on BETWEEN ${from}::date AND ${to}::date
        AND (${diagnosisGroup ?? null}::text IS NULL OR diagnosis_group = ${diagnosisGroup ?? null}::text)
      GROUP BY 1`;
    return fillPeriods(from, to, granularity, rows);
  }

  /** Hospital days (midnights spent in hospital) per period; stays still in hospital count to today. */
  async hospitalDays({ from, to, granularity, diagnosisGroup }: IndicatorArgs): Promise<PeriodValue[]> {
    checkPeriod(from, to);
    const rows = await this.prisma.$queryRaw<{ period: Date; n: number }[]>`
      WITH periods AS (
        SELECT p::date AS start, (p + ('1 ' || ${granularity})::interval - interval '1 day')::date AS finish
        FROM generate_series(date_trunc(${granularity}, ${from}::date), ${to}::date, ('1 ' || ${granularity})::interval) AS p
      )
      SELECT periods.start AS period,
             coalesce(sum(greatest(0, least(coalesce(stay.discharged_on, current_date), periods.finish, ${to}::date)
                                     - greatest(stay.admitted_on + 1, periods.start, ${from}::date) + 1)), 0)::int AS n
      FROM periods
      JOIN stay ON stay.admitted_on < least(periods.finish, ${to}::date)
               AND coalesce(stay.discharged_on, current_date) >= greatest(periods.start, ${from}::date)
               AND (${diagnosisGroup ?? null}::text IS NULL OR stay.diagnosis_group = ${diagnosisGroup ?? null}::text)
      GROUP BY 1`;
    return fillPeriods(from, to, granularity, rows);
  }

  /** Medically ready patients still in hospital at `asOf` (their stays, read through the door), with days so far and current cause. */
  waiting(stays: { patientId: string; stayId: string; facts: unknown }[], asOf = new Date()) {
    const everyMidnight = countingRule('every-ready-midnight', this.settings.planningRules);
    return stays
      .flatMap(({ patientId, stayId, facts }) => {
        const record = stayRecordFromJson(facts);
        const open = waitingAt(record.facts, asOf);
        if (!open) return [];
        const days = unnecessaryDays(record.facts, everyMidnight, this.settings.timeZone, asOf);
        const cause = [...record.facts.causes]
          .filter((c) => c.from <= asOf)
          .sort((a, b) => a.from.getTime() - b.from.getTime())
          .at(-1)?.cause;
        return [
          {
            patientId,
            stayId,
            wardCareLinkId: record.wards.at(-1)!.wardCareLinkId,
            receivingCareLinkId: record.receivingCareLinkId,
            readySince: open.from,
            daysSoFar: days.length,
            cause: cause ?? 'not-recorded',
          },
        ];
      })
      .sort((a, b) => b.daysSoFar - a.daysSoFar || a.readySince.getTime() - b.readySince.getTime());
  }

  async nationalIndicator(month: string): Promise<NationalIndicator> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw badInput('month', `'${month}' is not a month in the form YYYY-MM`);
    const first = `${month}-01`;
    const stays = await this.prisma.$queryRaw<{ facts: unknown }[]>`
      SELECT facts FROM stay WHERE discharged_on >= ${first}::date AND discharged_on < (${first}::date + interval '1 month')`;
    return nationalIndicator(
      stays.map((s) => stayRecordFromJson(s.facts).facts),
      month,
      this.settings.timeZone,
    );
  }
}
