import { missingItems, transmissionStatistics, type HandoverTimes } from './handover-package';

const at = (hours: number) => new Date(Date.UTC(2026, 10, 23, 8) + hours * 3_600_000);
const h = (receiving: string, sentAfterMinutes: number, ackAfterHours: number | null): HandoverTimes => ({
  sendingCareLinkId: 'ryhov-med-3',
  receivingCareLinkId: receiving,
  triggeredAt: at(0),
  sentAt: new Date(at(0).getTime() + sentAfterMinutes * 60_000),
  dueAt: at(24),
  acknowledgedAt: ackAfterHours === null ? null : at(ackAfterHours),
});

describe('Coaches compare how fast information moves between each pair of links', () => {
  const handovers = [
    h('jonkoping-home-care', 1, 2),
    h('jonkoping-home-care', 2, 4),
    h('jonkoping-home-care', 3, 30),
    h('jonkoping-home-care', 5, null),
    h('vc-tranas', 1, 1),
  ];

  it('gives median and 90th percentile times, and the share on target among decided handovers', () => {
    expect(transmissionStatistics(handovers, at(12))).toEqual([
      {
        sendingCareLinkId: 'ryhov-med-3',
        receivingCareLinkId: 'jonkoping-home-care',
        handovers: 4,
        acknowledged: 3,
        medianMinutesToSend: 2,
        p90MinutesToSend: 5,
        medianMinutesToAcknowledge: 240,
        p90MinutesToAcknowledge: 1800,
        // Three acknowledged, one of them late; the fourth is still within its deadline.
        shareOnTarget: 2 / 3,
      },
      {
        sendingCareLinkId: 'ryhov-med-3',
        receivingCareLinkId: 'vc-tranas',
        handovers: 1,
        acknowledged: 1,
        medianMinutesToSend: 1,
        p90MinutesToSend: 1,
        medianMinutesToAcknowledge: 60,
        p90MinutesToAcknowledge: 60,
        shareOnTarget: 1,
      },
    ]);
  });

  it('counts the unacknowledged one as a breach once its deadline has passed', () => {
    expect(transmissionStatistics(handovers, at(25))[0].shareOnTarget).toBe(2 / 4);
  });

  it('has no acknowledgement times while nothing is acknowledged', () => {
    expect(transmissionStatistics([h('habo-home-care', 1, null)], at(1))[0]).toMatchObject({
      medianMinutesToAcknowledge: null,
      p90MinutesToAcknowledge: null,
      shareOnTarget: null,
    });
  });
});

describe('A package is incomplete when a requested item is empty', () => {
  it('names each empty item by its path', () => {
    expect(
      missingItems({
        journey: { status: 'medically-ready' },
        stay: { wardCareLinkId: 'ryhov-med-3', receivingCareLinkId: null },
        medicineList: {
          medications: [
            { text: 'Furosemid', dose: null },
            { text: 'Alvedon', dose: '1 g' },
          ],
        },
        carePlanGoals: [],
        note: '  ',
      }),
    ).toEqual(['stay.receivingCareLinkId', 'medicineList.medications[0].dose', 'carePlanGoals', 'note']);
  });

  it('finds nothing missing in a complete package', () => {
    expect(missingItems({ stay: { stayId: 's-1', admittedAt: '2026-11-23T08:00:00Z' } })).toEqual([]);
  });
});
