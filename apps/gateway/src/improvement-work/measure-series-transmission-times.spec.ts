import { jonkopingPlanningRules } from '@carechain/domain';
import type { PrismaClient } from '@carechain/persistence';
import { Granularity } from '../unnecessary-days/unnecessary-days.model';
import type { UnnecessaryDaysService } from '../unnecessary-days/unnecessary-days.service';
import { MeasureSeriesSource } from './measure-series';

// The unit under test is the grouping of a pair's handovers into periods; the table is stubbed.
const handover = (triggeredAt: string, minutesToSend: number, minutesToAcknowledge: number | null) => {
  const at = new Date(triggeredAt);
  const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
  return {
    sendingCareLinkId: 'ryhov-med-1',
    receivingCareLinkId: 'jonkoping-home-care',
    triggeredAt: at,
    sentAt: later(minutesToSend),
    dueAt: later(24 * 60),
    acknowledgedAt: minutesToAcknowledge === null ? null : later(minutesToAcknowledge),
  };
};

describe('a transmission-time measure: the median per week of one pair of links, in the organisation’s days', () => {
  const rows = [
    // Sunday 8 March 23:30 in Stockholm is 22:30 UTC: it belongs to the week of 2 March.
    handover('2026-03-08T22:30:00Z', 10, 60),
    handover('2026-03-03T08:00:00Z', 30, 120),
    handover('2026-03-04T08:00:00Z', 20, null),
    // Monday 9 March 00:30 local is still 8 March in UTC: it belongs to the week of 9 March.
    handover('2026-03-08T23:30:00Z', 90, 30 * 60),
  ];
  const source = new MeasureSeriesSource(
    { handoverPackage: { findMany: async () => rows } } as unknown as PrismaClient,
    { timeZone: 'Europe/Stockholm', planningRules: jonkopingPlanningRules },
    {} as UnnecessaryDaysService,
  );
  const pair = {
    kind: 'transmission-time',
    sendingCareLinkId: 'ryhov-med-1',
    receivingCareLinkId: 'jonkoping-home-care',
  } as const;

  it('gives the median minutes to send per week, weeks without handovers left out', async () => {
    expect(
      await source.values(
        'm',
        { ...pair, statistic: 'median-minutes-to-send' },
        '2026-03-01',
        '2026-03-22',
        Granularity.WEEK,
      ),
    ).toEqual([
      { label: '2026-03-02', value: 20 },
      { label: '2026-03-09', value: 90 },
    ]);
  });

  it('gives the share on target: acknowledged within 24 hours; one never acknowledged is past its deadline', async () => {
    expect(
      await source.values(
        'm',
        { ...pair, statistic: 'share-on-target' },
        '2026-03-01',
        '2026-03-22',
        Granularity.WEEK,
      ),
    ).toEqual([
      { label: '2026-03-02', value: 2 / 3 },
      { label: '2026-03-09', value: 0 },
    ]);
  });
});
