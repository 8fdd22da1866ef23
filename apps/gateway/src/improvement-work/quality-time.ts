import { Injectable } from '@nestjs/common';
import { addDays, checkQualityTimeWeek, qualityTimeUptake } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { CareLinkDirectory } from '../care-links/care-link-directory';
import { periodsBetween } from '../unnecessary-days/periods';
import type { Granularity } from '../unnecessary-days/unnecessary-days.model';
import { checkSpan, dateOf, dayOf, refuseIf } from './input-problems';
import {
  UptakeGrouping,
  type QualityTimeUptake,
  type QualityTimeWeek,
  type QualityTimeWeekInput,
} from './quality-time.model';

const SOCIAL_CARE = new Set(['home-care', 'nursing-home']);

/** Quality Time for Esther: sessions offered and used per social-care unit and week, and the uptake. */
@Injectable()
export class QualityTime {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly directory: CareLinkDirectory,
  ) {}

  /** Records a unit's week; recording the same week again corrects it. */
  async record(caller: Caller, input: QualityTimeWeekInput): Promise<QualityTimeWeek> {
    const problems = checkQualityTimeWeek(input);
    const unit = await this.directory.careLink(input.careLinkId);
    if (!unit)
      problems.unshift({
        field: 'careLinkId',
        message: `no care link '${input.careLinkId}' in the directory`,
      });
    else if (!SOCIAL_CARE.has(unit.kind)) {
      problems.unshift({
        field: 'careLinkId',
        message: `Quality Time is offered in social care (home care, nursing homes), not by a ${unit.kind}`,
      });
    }
    refuseIf(problems);
    const key = { careLinkId: input.careLinkId, week: dateOf(input.week) };
    const row = await this.prisma.qualityTimeWeek.upsert({
      where: { careLinkId_week: key },
      create: { ...key, offered: input.offered, used: input.used, recordedBy: caller.actorId },
      update: {
        offered: input.offered,
        used: input.used,
        recordedBy: caller.actorId,
        recordedAt: new Date(),
      },
    });
    return { ...row, week: dayOf(row.week) };
  }

  async uptake(
    from: string,
    to: string,
    granularity: Granularity,
    by: UptakeGrouping,
  ): Promise<QualityTimeUptake[]> {
    checkSpan(from, to);
    const periods = periodsBetween(from, to, granularity);
    // A week counts in the period holding its Thursday: Thursdays from the first period's start to `to`.
    const rows = await this.prisma.qualityTimeWeek.findMany({
      where: { week: { gte: dateOf(addDays(periods[0], -3)), lte: dateOf(addDays(to, -3)) } },
    });
    const weeks = rows.map((r) => ({
      careLinkId: r.careLinkId,
      week: dayOf(r.week),
      offered: r.offered,
      used: r.used,
    }));
    const places = by === UptakeGrouping.ORGANISATION ? await this.directory.places() : null;
    const groupOf = (careLinkId: string) =>
      by === UptakeGrouping.UNIT
        ? careLinkId
        : by === UptakeGrouping.NETWORK
          ? 'network'
          : (places!.get(careLinkId)?.organisationId ?? `unregistered:${careLinkId}`);
    return qualityTimeUptake(weeks, periods, groupOf);
  }
}
