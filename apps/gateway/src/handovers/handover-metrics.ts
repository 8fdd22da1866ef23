import { Injectable } from '@nestjs/common';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { Metrics, Recent } from '@carechain/service-runtime';

type Open = { careLink: string; near: number; breached: number }[];

/**
 * Unacknowledged handover packages past their near-breach point, per receiving care link, read at
 * scrape time: where handovers are stuck, before and after their deadline.
 */
@Injectable()
export class HandoverMetrics {
  private readonly recent = new Recent<Open>(1000);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    metrics: Metrics,
  ) {
    const open = () => this.recent.get(() => this.read(new Date()));
    metrics.gauge({
      name: 'carechain_handovers_near_breach',
      help: 'Handover packages not acknowledged, past three quarters of their time, not yet due; by receiving care link',
      labelNames: ['receiving_care_link'],
      async collect() {
        this.reset();
        for (const row of await open())
          if (row.near) this.set({ receiving_care_link: row.careLink }, row.near);
      },
    });
    metrics.gauge({
      name: 'carechain_handovers_breached_unacknowledged',
      help: 'Handover packages past their deadline and still not acknowledged, by receiving care link',
      labelNames: ['receiving_care_link'],
      async collect() {
        this.reset();
        for (const row of await open())
          if (row.breached) this.set({ receiving_care_link: row.careLink }, row.breached);
      },
    });
  }

  private read(now: Date): Promise<Open> {
    return this.prisma.$queryRaw<Open>`
      SELECT receiving_care_link_id AS "careLink",
        (count(*) FILTER (WHERE due_at >= ${now}))::int AS near,
        (count(*) FILTER (WHERE due_at < ${now}))::int AS breached
      FROM handover_package
      WHERE acknowledged_at IS NULL AND near_breach_at <= ${now}
      GROUP BY receiving_care_link_id`;
  }
}
