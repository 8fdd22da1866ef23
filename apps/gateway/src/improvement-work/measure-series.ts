import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  localDate,
  transmissionStatistics,
  type MeasureSeries,
  type SpcPoint,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { periodStart } from '../unnecessary-days/periods';
import { CountingRuleName, type Granularity } from '../unnecessary-days/unnecessary-days.model';
import {
  DASHBOARD_SETTINGS,
  UnnecessaryDaysService,
  type DashboardSettings,
} from '../unnecessary-days/unnecessary-days.service';
import { dateOf, dayOf } from './input-problems';

const toPoints = (series: { period: string; value: number }[]): SpcPoint[] =>
  series.map((p) => ({ label: p.period, value: p.value }));

/**
 * The values of a measure's series per period, from the read models the platform keeps (or the
 * team's entries for a manual series). Periods without a value are left out: a month no stay was
 * in hospital at all has no unnecessary-days value (not zero), a transmission time
 * needs a handover, a manual series an entry.
 */
@Injectable()
export class MeasureSeriesSource {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(DASHBOARD_SETTINGS) private readonly settings: DashboardSettings,
    private readonly days: UnnecessaryDaysService,
  ) {}

  async values(
    measureId: string,
    series: MeasureSeries,
    from: string,
    to: string,
    granularity: Granularity,
  ): Promise<SpcPoint[]> {
    switch (series.kind) {
      case 'unnecessary-days': {
        const filter = {
          from,
          to,
          rule: CountingRuleName.EVERY_READY_MIDNIGHT,
          ...(series.wardCareLinkIds.length ? { wardCareLinkIds: series.wardCareLinkIds } : {}),
          ...(series.receivingOrganisationIds.length
            ? { receivingOrganisationIds: series.receivingOrganisationIds }
            : {}),
        };
        return toPoints((await this.days.seriesWithData(filter, granularity)).series);
      }
      case 'admissions':
        return toPoints(
          await this.days.admissions({
            from,
            to,
            granularity,
            diagnosisGroup: series.diagnosisGroup ?? undefined,
          }),
        );
      case 'transmission-time':
        return this.transmissionTimes(series, from, to, granularity);
      case 'manual': {
        const rows = await this.prisma.measureValue.findMany({
          where: { measureId, period: { gte: dateOf(from), lte: dateOf(to) } },
          orderBy: { period: 'asc' },
        });
        return rows.map((r) => ({ label: dayOf(r.period), value: r.value }));
      }
    }
  }

  private async transmissionTimes(
    series: Extract<MeasureSeries, { kind: 'transmission-time' }>,
    from: string,
    to: string,
    granularity: Granularity,
  ): Promise<SpcPoint[]> {
    // A day wider on each side in UTC, then cut to the organisation's local days.
    const rows = await this.prisma.handoverPackage.findMany({
      where: {
        sendingCareLinkId: series.sendingCareLinkId,
        receivingCareLinkId: series.receivingCareLinkId,
        triggeredAt: { gte: dateOf(addDays(from, -1)), lt: dateOf(addDays(to, 2)) },
      },
      select: {
        sendingCareLinkId: true,
        receivingCareLinkId: true,
        triggeredAt: true,
        sentAt: true,
        dueAt: true,
        acknowledgedAt: true,
      },
    });
    const byPeriod = new Map<string, typeof rows>();
    for (const row of rows) {
      const day = localDate(row.triggeredAt, this.settings.timeZone);
      if (day < from || day > to) continue;
      const period = periodStart(day, granularity);
      byPeriod.set(period, [...(byPeriod.get(period) ?? []), row]);
    }
    const now = new Date();
    return [...byPeriod.keys()].sort().flatMap((period) => {
      const [pair] = transmissionStatistics(byPeriod.get(period)!, now);
      const value =
        series.statistic === 'share-on-target'
          ? pair.shareOnTarget
          : series.statistic === 'median-minutes-to-acknowledge'
            ? pair.medianMinutesToAcknowledge
            : pair.medianMinutesToSend;
      return value === null ? [] : [{ label: period, value }];
    });
  }
}
