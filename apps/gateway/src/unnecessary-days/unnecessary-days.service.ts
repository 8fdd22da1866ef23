import { Inject, Injectable } from '@nestjs/common';
import { delayCauses } from '@carechain/contracts';
import {
  addDays,
  checkPeriod,
  countingRule,
  nationalIndicator,
  placeOf,
  runChart,
  xmrChart,
  stayRecordFromJson,
  unnecessaryDays,
  waitingAt,
  wardAtStartOf,
  type CareLinkPlace,
  type CountingRuleName,
  type RegionalPlanningRules,
  type XmrChart,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CareLinkDirectory } from '../care-links/care-link-directory';
import { badInput, invalidInput } from '../client-errors';
import { periodsBetween, periodStart } from './periods';
import {
  Granularity,
  type ChartArgs,
  type IndicatorArgs,
  type KeyValue,
  type NationalIndicator,
  type PeriodValue,
  type RunChartView,
  type UnnecessaryDaysFilter,
  type UnnecessaryDaysReport,
  type Variation,
  type XmrChartView,
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

function checkDays(from: string, to: string, prefix = ''): void {
  const problems = checkPeriod(from, to, prefix);
  if (problems.length) throw invalidInput(problems);
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
  checkDays(filter.from, filter.to, 'filter.');
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
    const waiting = (await this.waitingStayDays(filter, granularity, asOf)).filter(
      (row) =>
        (!filter.hospitals || filter.hospitals.includes(located(row).ward.hospital)) &&
        (!filter.receivingOrganisationIds ||
          filter.receivingOrganisationIds.includes(located(row).receiving.organisation)),
    );
    const discharged = await this.dischargedStayTotals(filter, granularity, places);
    const byPeriod = new Map(periodsBetween(filter.from, filter.to, granularity).map((p) => [p, 0]));
    for (const row of [...discharged.period, ...waiting])
      byPeriod.set(row.period, (byPeriod.get(row.period) ?? 0) + row.n);
    const byWard = [...discharged.ward, ...waiting];
    const byReceiving = [...discharged.receiving, ...waiting];
    return {
      rule: filter.rule,
      total: [...byPeriod.values()].reduce((total, n) => total + n, 0),
      series: [...byPeriod].map(([period, value]) => ({ period, value })),
      byCause: sum([...discharged.cause, ...waiting], (r) => r.cause),
      byWard: sum(byWard, (r) => r.ward),
      byReceivingCareLink: sum(byReceiving, (r) => r.receiving),
      byHospital: sum(byWard, (r) => located(r).ward.hospital),
      byReceivingOrganisation: sum(byReceiving, (r) => located(r).receiving.organisation),
    };
  }

  /**
   * The days of discharged stays summed per period, per cause, per ward and per receiving link, in
   * one statement: whole months of the period come from the monthly totals, days of a month only
   * partly in it (and every day, for days and weeks) from the day rows.
   */
  private async dischargedStayTotals(
    filter: UnnecessaryDaysFilter,
    granularity: Granularity,
    places: ReadonlyMap<string, CareLinkPlace>,
  ): Promise<Record<'period' | 'cause' | 'ward' | 'receiving', DayRow[]>> {
    const { first, end } = wholeMonths(filter.from, filter.to, granularity);
    const wards = within(
      filter.wardCareLinkIds,
      careLinksIn(filter.hospitals, places, (place) => place.hospital ?? 'none'),
    );
    const receiving = within(
      filter.receivingCareLinkIds,
      careLinksIn(filter.receivingOrganisationIds, places, (place) => place.organisationId),
    );
    // Days with no receiving link pass an organisation filter only when it names 'none'.
    const unknownReceiving =
      !filter.receivingCareLinkIds && (filter.receivingOrganisationIds?.includes('none') ?? true);
    const rows = await this.prisma.$queryRaw<
      (Omit<DayRow, 'period'> & { period: Date | null; set: number })[]
    >`
      WITH days AS (
        SELECT month AS day, cause, ward_care_link_id AS ward, nullif(receiving_care_link_id, '') AS receiving,
               days AS n
        FROM unnecessary_day_month
        WHERE rule = ${filter.rule} AND month >= ${first}::date AND month < ${end}::date
        UNION ALL
        SELECT day, cause, ward_care_link_id, receiving_care_link_id, 1
        FROM unnecessary_day
        WHERE rule = ${filter.rule} AND day BETWEEN ${filter.from}::date AND ${filter.to}::date
          AND NOT (day >= ${first}::date AND day < ${end}::date)
      ),
      kept AS (
        SELECT date_trunc(${granularity}, day)::date AS period, cause, ward, receiving, n FROM days
        WHERE (${wards}::text[] IS NULL OR ward = ANY(${wards}::text[]))
          AND (${filter.causes ?? null}::text[] IS NULL OR cause = ANY(${filter.causes ?? null}::text[]))
          AND (${receiving}::text[] IS NULL OR receiving = ANY(${receiving}::text[])
               OR (receiving IS NULL AND ${unknownReceiving}))
      )
      SELECT period, cause, ward, receiving, GROUPING(period, cause, ward, receiving)::int AS set, sum(n)::int AS n
      FROM kept
      GROUP BY GROUPING SETS ((period), (cause), (ward), (receiving))`;
    // GROUPING has a bit set for each column summed over, the first column's the highest.
    const summedBy = (set: number): DayRow[] =>
      rows
        .filter((row) => row.set === set)
        .map((row) => ({ ...row, period: row.period?.toISOString().slice(0, 10) ?? '' }));
    return {
      period: summedBy(0b0111),
      cause: summedBy(0b1011),
      ward: summedBy(0b1101),
      receiving: summedBy(0b1110),
    };
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
    checkDays(from, to);
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
    checkDays(from, to);
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

/**
 * The months wholly inside `from`..`to` as [first, end), which the monthly totals answer; empty for
 * days and weeks, whose periods do not follow months.
 */
function wholeMonths(from: string, to: string, granularity: Granularity): { first: string; end: string } {
  if (granularity === Granularity.DAY || granularity === Granularity.WEEK) return { first: from, end: from };
  const first = from.endsWith('-01') ? from : nextMonth(from);
  const last = nextMonth(to);
  const end = addDays(to, 1) === last ? last : `${to.slice(0, 7)}-01`;
  return end > first ? { first, end } : { first: from, end: from };
}

const nextMonth = (day: string) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The care links a filter on their hospital or organisation keeps, as `placeOf` names those: the
 * registered ones placed there, and links named as unregistered. Null when there is no filter.
 */
function careLinksIn(
  names: string[] | null | undefined,
  places: ReadonlyMap<string, CareLinkPlace>,
  nameOf: (place: CareLinkPlace) => string,
): string[] | null {
  if (!names) return null;
  const registered = [...places].filter(([, place]) => names.includes(nameOf(place))).map(([id]) => id);
  const unregistered = names
    .filter((name) => name.startsWith('unregistered:'))
    .map((name) => name.slice('unregistered:'.length))
    .filter((id) => !places.has(id));
  return [...registered, ...unregistered];
}

/** The links both filters keep; null when neither filters. */
function within(a: string[] | null | undefined, b: string[] | null): string[] | null {
  if (!a) return b;
  return b ? a.filter((id) => b.includes(id)) : a;
}
